/**
 * Errors as the engine handles them: their wire form (ErrorInfo in proto/weft.proto) and the
 * CLI's exit codes. The error classes and codes themselves are shared with the SDK and live in
 * model/errors.ts; engine code imports them from here.
 */
import { ErrorCode, WeftError } from "../model/errors.js";

export { ErrorCode, WeftError, TerminalError } from "../model/errors.js";

/** What crosses the wire for an error (mirrors the ErrorInfo protobuf message). */
export interface ErrorInfoLike {
  code: string;
  message: string;
  stack: string;
  terminal: boolean;
}

/** The most of an error's message, and of its stack, that travels (each): errors go into log entries. */
const MAX_ERROR_TEXT = 16 * 1024;

function capped(text: string): string {
  return text.length <= MAX_ERROR_TEXT ? text : `${text.slice(0, MAX_ERROR_TEXT)}… (${text.length - MAX_ERROR_TEXT} more characters cut)`;
}

/** Turns anything thrown into the wire form, keeping the stack (both cut at MAX_ERROR_TEXT). */
export function toErrorInfo(err: unknown, fallbackCode: string = ErrorCode.UserCode): ErrorInfoLike {
  if (err instanceof Error) {
    const code = typeof (err as { code?: unknown }).code === "string" ? (err as unknown as { code: string }).code : fallbackCode;
    // Read structurally, not by instanceof: a bundle's TerminalError comes from its own copy of the SDK.
    const terminal = code === ErrorCode.Terminal || (err as { terminal?: unknown }).terminal === true;
    return { code: capped(code), message: capped(String(err.message)), stack: capped(err.stack ?? ""), terminal };
  }
  return { code: fallbackCode, message: capped(String(err)), stack: "", terminal: false };
}

/** The CLI's exit codes, as the README documents them. */
export const ExitCode = {
  Ok: 0,
  RunFailed: 1,
  Usage: 2,
  Infrastructure: 3,
} as const;

/** Which exit code an error means for the CLI. */
export function exitCodeFor(err: unknown): number {
  const code = (err as { code?: unknown })?.code;
  switch (code) {
    case ErrorCode.Usage:
    case ErrorCode.InvalidWorkflow:
    case ErrorCode.WorkflowLoad:
    case ErrorCode.InvalidInput:
    case ErrorCode.Cycle:
    case ErrorCode.DuplicateNode:
    case ErrorCode.UnknownDependency:
    case ErrorCode.NotFound:
      return ExitCode.Usage;
    default:
      return ExitCode.Infrastructure;
  }
}

/** Exhaustiveness check for `switch` statements over closed unions. */
export function assertNever(x: never, what = "value"): never {
  throw new WeftError(ErrorCode.IllegalTransition, `unexpected ${what}: ${JSON.stringify(x)}`);
}
