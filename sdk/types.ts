/** The types a workflow author sees. */
import type { FailurePolicy } from "../model/graph.js";

export type { TaskContext, TaskLogger, TaskObjects } from "../model/context.js";
export type { FailurePolicy } from "../model/graph.js";

export interface RetryOptions {
  /** Retries after the first attempt (default 0: run once). `retries: 2` runs at most 3 times. */
  retries?: number;
  /**
   * @deprecated Attempts in all, the first included: the older spelling, which warns once.
   * Write `retries` (attempts - 1).
   */
  attempts?: number;
  /** Delay before the second attempt, ms (default 100). */
  backoffMs?: number;
  /** Multiplier per further attempt (default 2). */
  factor?: number;
  /** Upper bound of one delay, ms (default 30000). */
  maxBackoffMs?: number;
  /** Share of each delay drawn at random, 0..1 (default 0.2). */
  jitter?: number;
}

export interface NodeOptions<S = undefined> {
  /**
   * Retries after the first attempt (`retries: 2`: at most 3 attempts; default 0), or a policy
   * `{ retries, backoffMs, factor, maxBackoffMs, jitter }`.
   */
  retries?: number | RetryOptions;
  /** Timeout per attempt, ms. The attempt fails with E_TIMEOUT and its signal fires. */
  timeoutMs?: number;
  /** Runs once per worker before the node's first call there; its value is `ctx.state`. */
  init?: () => S | Promise<S>;
  /** Expected output size in bytes: a placement hint (heavier edges are kept on one worker). */
  sizeHint?: number;
  /**
   * What a failure of an upstream node does to this one (per edge: a policy for all, or one per
   * upstream node name). "fail" (default): the run fails. "skip": this node is skipped, and its
   * consumers receive a skipped `UpstreamFailure`. "value": this node runs, receiving an
   * `UpstreamFailure` (check with `isUpstreamFailure`) in place of that upstream's value.
   */
  onUpstreamFailure?: FailurePolicy | Record<string, FailurePolicy>;
  /**
   * Run each attempt in a worker thread, where it can be interrupted: a function that blocks
   * forever is stopped at `timeoutMs`, one that allocates without bound fails with E_RESOURCE,
   * and the worker keeps serving. Inputs and output are copied (structured clone).
   */
  isolate?: boolean;
  /** With isolation: the thread's heap limit in MB (implies `isolate`). */
  memoryLimitMb?: number;
}

declare const OUTPUT: unique symbol;

/** A handle to a node, typed by its output. Pass it to later nodes as a dependency. */
export interface NodeRef<O> {
  readonly name: string;
  /** Type-level only: the node's output type. */
  readonly [OUTPUT]?: O;
}

/** The output type of a node reference. */
export type OutputOf<R> = R extends NodeRef<infer O> ? O : never;

/** The tuple of outputs of a tuple of node references. */
export type OutputsOf<Deps extends readonly NodeRef<any>[]> = { [K in keyof Deps]: OutputOf<Deps[K]> };
