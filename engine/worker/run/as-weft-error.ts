/**
 * A failure outside any attempt (a bad partition count, data that could not be handed on) as a
 * WeftError: a user function's throw becomes `code`, keeping its own stack.
 */
import { ErrorCode, WeftError } from "../../errors.js";

export function asWeftError(err: unknown, code: string = ErrorCode.UserCode): WeftError {
  if (err instanceof WeftError) return err;
  const e = new WeftError(code, String((err as Error)?.message ?? err));
  if (err instanceof Error && err.stack) e.stack = err.stack; // where the user's code threw, not here
  return e;
}
