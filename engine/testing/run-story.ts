/**
 * What happened in a run, folded from its log entries (pure): per node, per task and per
 * worker, how many attempts ran, where, and how they ended. The test harness hands it to
 * assertions; the log stays beside it for anything this does not count.
 */
import type { LogEntry } from "../client/run-client.js";

/** How one attempt of a task went. */
export interface AttemptStory {
  /** 1 for the first attempt (a re-placed task starts again from 1, in a new epoch). */
  readonly attempt: number;
  readonly worker: string;
  /** The run's placement it ran in: 0, then one more each time the run was placed again. */
  readonly epoch: number;
  /** Its outcome; "running" when the log ends before it does (its worker was lost). */
  readonly outcome: "running" | "succeeded" | "failed" | "retrying" | "cancelled";
  /** The error of a failed attempt. */
  readonly error: { code: string; message: string } | undefined;
}

/** One task: a task node, a map node's instance (`node[3]`) or a stage's partition. */
export interface TaskStory {
  readonly taskId: string;
  readonly node: string;
  /** The item index of a map instance (-1 otherwise). */
  readonly index: number;
  /** Its last state in the log. */
  readonly state: string;
  readonly attempts: AttemptStory[];
}

/** One node's figures. */
export interface NodeStory {
  /** Tasks of the node (its instances for a map node, its partitions for a stage). */
  readonly tasks: number;
  /** Attempts started, retries and re-placements included. */
  readonly attempts: number;
  /** Tasks whose last state is each of these. */
  readonly succeeded: number;
  readonly failed: number;
  readonly cancelled: number;
  readonly skipped: number;
  /** Attempts that failed and were tried again. */
  readonly retries: number;
}

/** One worker's figures. */
export interface WorkerStory {
  /** Attempts that started on it. */
  readonly attempts: number;
  /** Attempts that succeeded on it. */
  readonly succeeded: number;
}

export interface RunStory {
  readonly nodes: Record<string, NodeStory>;
  readonly tasks: Record<string, TaskStory>;
  readonly workers: Record<string, WorkerStory>;
  /** The users' log lines (`ctx.log`), in log order. */
  readonly lines: { taskId: string; worker: string; level: string; message: string }[];
}

type MutableAttempt = { -readonly [K in keyof AttemptStory]: AttemptStory[K] };
type MutableTask = { taskId: string; node: string; index: number; state: string; attempts: MutableAttempt[] };
type MutableCounts<T> = { -readonly [K in keyof T]: T[K] };

/** Folds a run's log entries, in log order, into its story; `nodes` lists every node of the graph. */
export function runStory(entries: readonly LogEntry[], nodes: readonly string[]): RunStory {
  const tasks = new Map<string, MutableTask>();
  const workers: Record<string, MutableCounts<WorkerStory>> = {};
  const lines: RunStory["lines"] = [];
  const retries = new Map<string, number>();
  for (const entry of entries) {
    if (entry.log) {
      const l = entry.log;
      lines.push({ taskId: l.taskId ?? "", worker: l.worker ?? "", level: l.level ?? "", message: l.message ?? "" });
      continue;
    }
    if (entry.block) {
      // Map instances that each succeeded on their first attempt, logged as one range: told per instance.
      const b = entry.block;
      const worker = b.worker ?? "";
      for (let i = b.start ?? 0, end = i + (b.count ?? 0); i < end; i++) {
        const taskId = `${b.node}[${i}]`;
        let task = tasks.get(taskId);
        if (!task) tasks.set(taskId, (task = { taskId, node: b.node ?? "", index: i, state: "pending", attempts: [] }));
        task.state = "succeeded";
        task.attempts.push({ attempt: 1, worker, epoch: b.epoch ?? 0, outcome: "succeeded", error: undefined });
        const w = (workers[worker] ??= { attempts: 0, succeeded: 0 });
        w.attempts++;
        w.succeeded++;
      }
      continue;
    }
    const t = entry.task;
    if (!t?.taskId) continue;
    const node = t.node ?? "";
    let task = tasks.get(t.taskId);
    if (!task) tasks.set(t.taskId, (task = { taskId: t.taskId, node, index: t.index ?? -1, state: "pending", attempts: [] }));
    const to = t.to ?? "";
    const worker = t.worker ?? "";
    task.state = to;
    if (to === "running") {
      task.attempts.push({ attempt: t.attempt ?? 0, worker, epoch: t.epoch ?? 0, outcome: "running", error: undefined });
      (workers[worker] ??= { attempts: 0, succeeded: 0 }).attempts++;
      continue;
    }
    if (t.from !== "running") continue;
    const current = task.attempts.findLast((a) => a.worker === worker && a.outcome === "running");
    if (!current) continue;
    if (to === "succeeded" || to === "failed" || to === "retrying" || to === "cancelled") current.outcome = to;
    if (t.error) current.error = { code: t.error.code ?? "", message: t.error.message ?? "" };
    if (to === "succeeded") (workers[worker] ??= { attempts: 0, succeeded: 0 }).succeeded++;
    if (to === "retrying") retries.set(node, (retries.get(node) ?? 0) + 1);
  }
  const perNode: Record<string, MutableCounts<NodeStory>> = {};
  for (const name of nodes) perNode[name] = { tasks: 0, attempts: 0, succeeded: 0, failed: 0, cancelled: 0, skipped: 0, retries: retries.get(name) ?? 0 };
  for (const task of tasks.values()) {
    const n = (perNode[task.node] ??= { tasks: 0, attempts: 0, succeeded: 0, failed: 0, cancelled: 0, skipped: 0, retries: retries.get(task.node) ?? 0 });
    n.tasks++;
    n.attempts += task.attempts.length;
    if (task.state === "succeeded" || task.state === "failed" || task.state === "cancelled" || task.state === "skipped") n[task.state]++;
  }
  return { nodes: perNode, tasks: Object.fromEntries(tasks), workers, lines };
}
