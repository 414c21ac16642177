/**
 * What a streaming job's failure leads to, pure (Flink's exponential-delay restart strategy): a
 * task that cannot go on (its source is gone, its sink failed past its retries, user code
 * throws on every record) fails the job's epoch; the job restarts from its last completed
 * checkpoint after a backoff that doubles per attempt, up to `maxAttempts`; one more failure
 * and the job is failed, with the reason, until it is deployed again. An epoch that ran
 * `resetAfterMs` without failing starts the count again (a failure a day is not a crash loop).
 */

export interface RestartPolicy {
  /** Restarts after failures in a row; the next failure fails the job. */
  readonly maxAttempts: number;
  /** The wait before the first restart; each later one waits twice the one before... */
  readonly initialBackoffMs: number;
  /** ...up to this. */
  readonly maxBackoffMs: number;
  /** An epoch that ran this long before failing counts as a first failure again. */
  readonly resetAfterMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { maxAttempts: 3, initialBackoffMs: 1000, maxBackoffMs: 30_000, resetAfterMs: 60_000 };

/** Why a job is not running as deployed: what failed, how often in a row, and when it is tried again. */
export interface JobFailure {
  readonly reason: string;
  /** The task that reported it (`s0`, `w1`), or absent for the job as a whole (no workers). */
  readonly task?: string;
  /** Failures in a row (1 for the first). */
  readonly attempt: number;
  readonly at: number;
  /** When the next restart is due ("restarting" only). */
  readonly retryAt?: number;
}

export type AfterFailure = { readonly state: "restarting"; readonly failure: JobFailure } | { readonly state: "failed"; readonly failure: JobFailure };

/**
 * The job's next state after a failure at `now`; `previous` is its last failure (if any) and
 * `runningSince` when the failing epoch started.
 */
export function afterFailure(
  policy: RestartPolicy,
  previous: JobFailure | undefined,
  runningSince: number,
  reason: string,
  task: string | undefined,
  now: number,
): AfterFailure {
  const inARow = previous !== undefined && now - runningSince < policy.resetAfterMs ? previous.attempt : 0;
  const attempt = inARow + 1;
  const base = { reason, ...(task !== undefined ? { task } : {}), attempt, at: now };
  if (attempt > policy.maxAttempts) return { state: "failed", failure: base };
  const backoff = Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** (attempt - 1));
  return { state: "restarting", failure: { ...base, retryAt: now + backoff } };
}

/** How a failure reads in one line: `restarting (attempt 2 of 3, in 2 s): s0: stream "X" does not exist`. */
export function describeFailure(state: string, f: JobFailure, policy: Pick<RestartPolicy, "maxAttempts">, now: number): string {
  const what = `${f.task ? `${f.task}: ` : ""}${f.reason}`;
  if (state === "restarting") {
    const wait = f.retryAt !== undefined && f.retryAt > now ? `in ${Math.ceil((f.retryAt - now) / 1000)} s` : "";
    // Attempt 0: not a failure of the job's own (it waits for a worker).
    const how = [f.attempt > 0 ? `attempt ${f.attempt} of ${policy.maxAttempts}` : "", wait].filter(Boolean).join(", ");
    return `restarting${how ? ` (${how})` : ""}: ${what}`;
  }
  if (state === "failed") return `failed after ${f.attempt} failure${f.attempt === 1 ? "" : "s"} in a row: ${what}`;
  return `last failure (${f.attempt} in a row): ${what}`;
}
