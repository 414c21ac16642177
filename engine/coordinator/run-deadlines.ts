/**
 * The timers behind runs' deadlines (`--timeout`): one per run that has one. The deadline
 * itself lives in the run's setup (and its record), so a coordinator that takes a run over arms
 * it again. Time is read only through the injected clock.
 */
import { systemClock, type Clock, type TimerId } from "../base/clock.js";

/** setTimeout holds at most ~24.8 days: a later deadline is re-armed when that much has passed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class RunDeadlines {
  private readonly timers = new Map<string, TimerId>();

  constructor(private readonly clock: Clock = systemClock) {}

  /** Calls `passed` at `deadlineAt` (ms since the epoch; at once if it is past); replaces an earlier timer of the run. */
  arm(runId: string, deadlineAt: number, passed: () => void): void {
    this.clear(runId);
    if (deadlineAt <= 0) return;
    const timer = this.clock.setTimeout(
      () => {
        this.timers.delete(runId);
        if (this.clock.now() < deadlineAt) this.arm(runId, deadlineAt, passed);
        else passed();
      },
      Math.min(Math.max(0, deadlineAt - this.clock.now()), MAX_TIMER_MS),
    );
    (timer as { unref?: () => void }).unref?.(); // a deadline alone does not keep the process up
    this.timers.set(runId, timer);
  }

  clear(runId: string): void {
    this.clock.clearTimeout(this.timers.get(runId));
    this.timers.delete(runId);
  }

  stop(): void {
    for (const t of this.timers.values()) this.clock.clearTimeout(t);
    this.timers.clear();
  }
}
