/**
 * Every run's end on this NATS, as it happens: a core subscription to all run states (set up
 * before the first event is published), keeping each run's terminal event once. Cheaper than
 * a log follower per run, and it sees the moment a run ends rather than a poll's next tick.
 * W8 sums the `{count, sum}` results of the succeeded runs to know when every event was run.
 */
import { type Bus, decodeMessage, errorFromWire, isTerminalRunState, pb, subjects } from "../../engine/internal.js";

export interface RunEnd {
  runId: string;
  state: string;
  resultJson: string;
  error: string | undefined;
  /** performance.now() when this process saw the end. */
  atMs: number;
}

export class RunEnds {
  private readonly ends = new Map<string, RunEnd>();
  private readonly waiters = new Set<() => void>();
  private readonly sub: { unsubscribe(): void };

  constructor(bus: Bus, private readonly onEnd: (end: RunEnd) => void) {
    this.sub = bus.subscribe(subjects.allRunStates(), (msg) => {
      const batch = decodeMessage(pb.LogBatch, msg.data, () => {});
      if (!batch?.runId) return;
      for (const entry of batch.entries) {
        const run = entry.run;
        if (!run || !isTerminalRunState(run.to ?? "") || this.ends.has(batch.runId)) continue;
        const error = errorFromWire(run.error);
        const end = { runId: batch.runId, state: run.to!, resultJson: run.resultJson ?? "", error: error ? `${error.code}: ${error.message}` : undefined, atMs: performance.now() };
        this.ends.set(batch.runId, end);
        this.onEnd(end);
        for (const w of this.waiters) w();
      }
    });
  }

  /** Resolves once `done()` holds (checked at every run end), or rejects after `timeoutMs`. */
  until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`${what}: not done within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  stop(): void {
    this.sub.unsubscribe();
    this.waiters.clear();
  }
}
