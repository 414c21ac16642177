/**
 * The errors both the SDK and the engine throw. Every error has a stable string `code`; errors
 * cross processes (and copies of this module: a bundle carries its own) by code, never by
 * `instanceof`.
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
  /** A service a trigger reads (an MQTT broker, a PostgreSQL database) cannot be reached: exit 3. */
  ServiceUnreachable: "E_SERVICE_UNREACHABLE",
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
  /** JetStream refused a write: its storage is full (max_file_store reached, or the disk of its store_dir). */
  StorageFull: "E_STORAGE_FULL",
  /** A coordinator that is no longer the active one was asked to take a run. */
  NotLeader: "E_NOT_LEADER",
  /** An express run's coordinator went away before the run ended: express runs are not resumed (docs/express.md). */
  ExpressLost: "E_EXPRESS_LOST",
  /** A worker did not take a direct express run under the lease named (docs/express.md, "Leases"): its client goes through the coordinator. */
  LeaseRefused: "E_LEASE_REFUSED",
  /**
   * The lease's worker could not start a peer's part of a run leased over several workers
   * (docs/express.md): its client goes through the coordinator for a while.
   */
  LeasePartsRefused: "E_LEASE_PARTS_REFUSED",
  /** A run was asked for by someone who is neither its owner nor an admin (docs/security.md, "Tenancy"). */
  NotOwner: "E_NOT_OWNER",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The base of every error weft throws on purpose. */
export class WeftError extends Error {
  readonly code: string;
  /** Not to be retried, whatever the node's retry policy (travels as ErrorInfo.terminal). */
  readonly terminal: boolean;
  constructor(code: string, message: string, options?: { cause?: unknown; terminal?: boolean }) {
    super(message, options);
    this.name = "WeftError";
    this.code = code;
    this.terminal = options?.terminal ?? false;
  }
}

/**
 * Throw a TerminalError from a node function to say "do not retry": the task fails at once,
 * whatever its retry policy. Anything else thrown is retried as configured.
 */
export class TerminalError extends WeftError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.Terminal, message, { ...options, terminal: true });
    this.name = "TerminalError";
  }
}
