/** When to stop warming up, and the pauses between runs. */

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Whether to do another warm-up run: fewer than `warmup` done, or less than `warmupS` seconds
 * spent since `since` (performance.now()). A short workload needs many runs before its code
 * paths are optimised (JIT) as they are in a long-lived worker.
 */
export function warming(args: { warmup: number; warmupS: number }, done: number, since: number): boolean {
  return done < args.warmup || performance.now() - since < args.warmupS * 1000;
}

/** Warm-ups are not measured: a short pause after each is enough. */
export const WARMUP_GAP_MS = 10;

/**
 * The pause after each timed run, so that its end-of-run messages (record, forget) pass before
 * the next window; WEFT_BENCH_GAP_MS overrides it (a diagnostic).
 */
export const GAP_MS = Number(process.env.WEFT_BENCH_GAP_MS ?? 300);
