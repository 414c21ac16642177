/**
 * weft's errors. Every error has a stable string `code`; errors cross processes by code
 * (see ErrorInfo in proto/weft.proto), never by `instanceof`.
 */

/** Stable error codes. Add, never rename: other processes and users match on them. */
export const ErrorCode = {
  Usage: "E_USAGE",
  InvalidWorkflow: "E_INVALID_WORKFLOW",
  WorkflowLoad: "E_WORKFLOW_LOAD",
  InvalidInput: "E_INVALID_INPUT",
  Cycle: "E_CYCLE",
  DuplicateNode: "E_DUPLICATE_NODE",
  UnknownDependency: "E_UNKNOWN_DEPENDENCY",
  NatsUnreachable: "E_NATS_UNREACHABLE",
  Infrastructure: "E_INFRASTRUCTURE",
  NoWorkers: "E_NO_WORKERS",
  UserCode: "E_USER_CODE",
  Terminal: "E_TERMINAL",
  Timeout: "E_TIMEOUT",
  Resource: "E_RESOURCE",
  NotSerializable: "E_NOT_SERIALIZABLE",
  Decode: "E_DECODE",
  BundleMismatch: "E_BUNDLE_MISMATCH",
  NotFound: "E_NOT_FOUND",
  Cancelled: "E_CANCELLED",
  IllegalTransition: "E_ILLEGAL_TRANSITION",
  Closed: "E_CLOSED",
  AlreadyLeader: "E_ALREADY_LEADER",
  KvConflict: "E_KV_CONFLICT",
  NoResponders: "E_NO_RESPONDERS",
  PayloadTooLarge: "E_PAYLOAD_TOO_LARGE",
  /** A coordinator that is no longer the active one was asked to take a run. */
  NotLeader: "E_NOT_LEADER",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The base of every error weft throws on purpose. */
export class WeftError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WeftError";
    this.code = code;
  }
}

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
    const terminal = (err as { terminal?: unknown }).terminal === true;
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
