/**
 * `--timeline`: per node and worker, when its tasks were first ready and running and last
 * succeeded, and when the run changed state, in ms after submission, read from the run's log
 * as the follower receives it.
 */
import type { LogEntry } from "../../engine/internal.js";

export interface Timeline {
  /** By `node@worker`. */
  tasks: Record<string, { first_ready_ms: number; first_running_ms: number; last_succeeded_ms: number; succeeded: number }>;
  /** By run state. */
  run: Record<string, number>;
  /** When the client held the result. */
  client_result_ms: number;
}

/** Collects log entries during a run; `result` gives the timeline relative to the submission. */
export function timelineRecorder(): { onEntry(entry: LogEntry): void; result(submittedAt: number, wallS: number): Timeline } {
  const tasks = new Map<string, { ready: number; first: number; last: number; n: number }>();
  const run: Record<string, number> = {};
  return {
    onEntry(entry) {
      const t = entry.task;
      if (t) {
        const key = `${t.node}@${t.worker}`;
        let e = tasks.get(key);
        if (!e) tasks.set(key, (e = { ready: Infinity, first: Infinity, last: -Infinity, n: 0 }));
        const at = Number(t.atMs ?? 0);
        if (t.to === "ready" && at < e.ready) e.ready = at;
        if (t.to === "running" && at < e.first) e.first = at;
        if (t.to === "succeeded") {
          e.n++;
          if (at > e.last) e.last = at;
        }
      } else if (entry.block) {
        // Map successes told as a range: their ready and running times are not logged, the first success stands for them.
        const b = entry.block;
        const key = `${b.node}@${b.worker}`;
        let e = tasks.get(key);
        if (!e) tasks.set(key, (e = { ready: Infinity, first: Infinity, last: -Infinity, n: 0 }));
        const first = Number(b.firstAtMs ?? 0);
        if (first < e.ready) e.ready = first;
        if (first < e.first) e.first = first;
        e.n += b.count ?? 0;
        if (Number(b.atMs ?? 0) > e.last) e.last = Number(b.atMs ?? 0);
      } else if (entry.run?.to) run[entry.run.to] = Number(entry.run.atMs ?? 0);
    },
    result(submittedAt, wallS) {
      const out: Timeline = { tasks: {}, run: {}, client_result_ms: wallS * 1000 };
      for (const [k, e] of tasks) out.tasks[k] = { first_ready_ms: e.ready - submittedAt, first_running_ms: e.first - submittedAt, last_succeeded_ms: e.last - submittedAt, succeeded: e.n };
      for (const [k, at] of Object.entries(run)) out.run[k] = at - submittedAt;
      return out;
    },
  };
}
