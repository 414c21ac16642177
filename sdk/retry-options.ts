/**
 * `retries` of a node's options → the RetrySpec the engine runs by.
 *
 * `retries: N` means N retries after the first attempt (N + 1 attempts in all), as Temporal and
 * BullMQ users read it; `retries: 0` (or none) runs once. The policy object says the same with
 * `{ retries: N, backoffMs, ... }`. The older spelling `{ attempts: N }` (N attempts in all,
 * the first included) still works and warns once per process.
 */
import { DEFAULT_RETRY, type RetrySpec } from "../model/graph.js";
import { ErrorCode, WeftError } from "../model/errors.js";
import type { RetryOptions } from "./types.js";

/** `{ attempts }` warns once per process (per copy of the SDK). */
let warnedAttempts = false;

export function retrySpec(node: string, retries: number | RetryOptions | undefined): RetrySpec {
  const given: RetryOptions = typeof retries === "number" ? { retries } : (retries ?? {});
  const { retries: count, attempts } = given;
  if (count !== undefined && attempts !== undefined) {
    throw new WeftError(ErrorCode.InvalidWorkflow, `node "${node}": retries gives both retries and attempts: give retries (the retries after the first attempt).`);
  }
  if (count !== undefined && (!Number.isInteger(count) || count < 0)) {
    throw new WeftError(ErrorCode.InvalidWorkflow, `node "${node}": retries must be a whole number of retries after the first attempt, >= 0, got ${String(count)}.`);
  }
  const spec: RetrySpec = {
    maxAttempts: count !== undefined ? count + 1 : (attempts ?? DEFAULT_RETRY.maxAttempts),
    backoffMs: given.backoffMs ?? DEFAULT_RETRY.backoffMs,
    backoffFactor: given.factor ?? DEFAULT_RETRY.backoffFactor,
    maxBackoffMs: given.maxBackoffMs ?? DEFAULT_RETRY.maxBackoffMs,
    jitter: given.jitter ?? DEFAULT_RETRY.jitter,
  };
  if (!Number.isInteger(spec.maxAttempts) || spec.maxAttempts < 1) {
    throw new WeftError(ErrorCode.InvalidWorkflow, `node "${node}": retries.attempts must be a whole number of attempts >= 1, got ${String(spec.maxAttempts)}.`);
  }
  if (attempts !== undefined && !warnedAttempts) {
    warnedAttempts = true;
    process.emitWarning(
      `node "${node}": retries.attempts (attempts in all, the first included) is the old spelling: write retries: ${Number.isInteger(attempts) ? Math.max(0, attempts - 1) : "N"} (retries after the first attempt).`,
      { type: "DeprecationWarning", code: "WEFT_RETRIES_ATTEMPTS" },
    );
  }
  return spec;
}
