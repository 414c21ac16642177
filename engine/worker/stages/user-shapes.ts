/**
 * What a user function gave that a stage cannot take (a Promise where a record belongs, a
 * non-iterable from a source): described for the error message, and refused terminally.
 */
import { ErrorCode, WeftError } from "../../errors.js";

/** A user error no retry can mend (a function of the wrong shape). */
export function misuse(message: string): WeftError {
  return new WeftError(ErrorCode.UserCode, message, { terminal: true });
}

export function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return x != null && typeof (x as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
}

export function isThenable(x: unknown): boolean {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof (x as { then?: unknown }).then === "function";
}

/** What a value is, for an error message. */
export function describe(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "an array";
  if (isThenable(x)) return "a Promise";
  if (isAsyncIterable(x)) return "an async iterable";
  const t = typeof x;
  const type = t === "object" ? (x as object).constructor?.name : undefined;
  return t === "object" ? (type ? `an object (${type})` : "an object") : t === "undefined" ? "undefined" : `a ${t}`;
}
