/**
 * What a name may look like: workflow and node names, run ids, worker names, bucket and stream
 * names. Names become tokens of NATS subjects (`weft.v1.…`), where `.` separates tokens, `*`
 * and `>` are wildcards and spaces are illegal, so every name keeps to one safe alphabet.
 */
import { ErrorCode, WeftError } from "./errors.js";

/** Letters, digits, "-" and "_", at least one. */
export const NAME = /^[A-Za-z0-9_-]+$/;

/** True when `value` is a string that can stand as a name (one subject token). */
export function isName(value: unknown): value is string {
  return typeof value === "string" && NAME.test(value);
}

/**
 * Returns `value` when it is a valid name, else throws a WeftError (`code`, E_USAGE by default)
 * that says what `kind` of name was wrong and what to use instead.
 */
export function assertName(kind: string, value: string, code: string = ErrorCode.Usage): string {
  if (!isName(value)) {
    throw new WeftError(code, `${kind} "${value}" is not valid: use letters, digits, "-" and "_" only.`);
  }
  return value;
}
