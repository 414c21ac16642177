/**
 * The timers behind runs' deadlines (`--timeout`): one per run that has one. The deadline
 * itself lives in the run (and its record), so a coordinator that takes a run over arms it again.
 */
/** setTimeout holds at most ~24.8 days: a later deadline is re-armed when that much has passed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class RunDeadlines {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  /** Calls `passed` at `deadlineAt` (ms since the epoch; at once if it is past); replaces an earlier timer of the run. */
  arm(runId: string, deadlineAt: number, passed: () => void): void {
    this.clear(runId);
    if (deadlineAt <= 0) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(runId);
        if (Date.now() < deadlineAt) this.arm(runId, deadlineAt, passed);
        else passed();
      },
      Math.min(Math.max(0, deadlineAt - Date.now()), MAX_TIMER_MS),
    );
    timer.unref();
    this.timers.set(runId, timer);
  }

  clear(runId: string): void {
    clearTimeout(this.timers.get(runId));
    this.timers.delete(runId);
  }

  stop(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
