/**
 * A run's tasks as its log tells them: each task's state, its attempts (worker, time running,
 * outcome, error with its stack). Pure: the page feeds it log entries as they arrive.
 */
import type { LogJson } from "./api";

export interface Attempt {
  attempt: number;
  worker: string;
  /** Time spent running (ms); undefined while it runs. */
  runningMs: number | undefined;
  outcome: string;
  error?: { code: string; message: string; stack?: string };
}

export interface TaskView {
  task: string;
  node: string;
  state: string;
  attempts: Attempt[];
}

/** Tasks by id, in the order they first appeared. */
export type TaskTable = Map<string, TaskView>;

/** Takes one log entry in; returns whether the table changed. */
export function applyEntry(table: TaskTable, e: LogJson): boolean {
  if (e.type === "tasks") return applySuccesses(table, e);
  if (e.type !== "task" || !e.task || !e.node) return false;
  let t = table.get(e.task);
  if (!t) table.set(e.task, (t = { task: e.task, node: e.node, state: e.to ?? "", attempts: [] }));
  t.state = e.to ?? t.state;
  const n = e.attempt ?? 1;
  let a = t.attempts.find((x) => x.attempt === n);
  if (e.to === "running" || (!a && e.from === "running")) {
    if (!a) t.attempts.push((a = { attempt: n, worker: e.worker ?? "", runningMs: undefined, outcome: "running" }));
    a.worker = e.worker ?? a.worker;
  }
  if (a && e.from === "running") {
    // duration_ms is the time spent in `from`: here, the attempt's running time.
    a.runningMs = e.duration_ms;
    a.outcome = e.to ?? a.outcome;
    if (e.error) a.error = e.error;
  } else if (e.error && e.to !== "running") {
    // A failure outside an attempt (an upstream failed, the run was cancelled).
    t.attempts.push({ attempt: n, worker: e.worker ?? "", runningMs: undefined, outcome: e.to ?? "", error: e.error });
  }
  return true;
}

/** Map instances that each succeeded on their first attempt, told as one range: a row each. */
function applySuccesses(table: TaskTable, e: LogJson): boolean {
  if (!e.node || e.first === undefined || !e.count) return false;
  const runningMs = e.duration_ms === undefined ? undefined : e.duration_ms / e.count; // only their sum is logged
  for (let i = e.first; i < e.first + e.count; i++) {
    const task = `${e.node}[${i}]`;
    let t = table.get(task);
    if (!t) table.set(task, (t = { task, node: e.node, state: "succeeded", attempts: [] }));
    t.state = "succeeded";
    t.attempts.push({ attempt: 1, worker: e.worker ?? "", runningMs, outcome: "succeeded" });
  }
  return true;
}

/** The tasks of one node. */
export function tasksOf(table: TaskTable, node: string): TaskView[] {
  return [...table.values()].filter((t) => t.node === node);
}
