import type { RetrySpec } from "../../model/graph.js";

/**
 * The delay before the next attempt after `attempt` attempts failed: exponential backoff,
 * capped, with jitter. `draw` is a number in [0, 1) supplied by the caller (the shell owns
 * randomness, so this stays a pure function and tests pass a fixed draw).
 */
export function retryDelayMs(spec: RetrySpec, attempt: number, draw: number): number {
  const exponential = spec.backoffMs * Math.pow(spec.backoffFactor, Math.max(0, attempt - 1));
  const capped = Math.min(spec.maxBackoffMs, exponential);
  const jitter = Math.min(1, Math.max(0, spec.jitter));
  // Full delay minus up to `jitter` of it: spreads retries of many tasks that failed together.
  return Math.round(capped * (1 - jitter * draw));
}
