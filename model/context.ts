/**
 * What a node function receives besides its inputs: the context the engine builds for each
 * attempt and the SDK's types describe to the workflow author.
 */
import type { TriggerInfo } from "./trigger.js";

/** A logger whose lines land in the run's log, tagged with the task. */
export interface TaskLogger {
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

/**
 * A task's access to NATS object store buckets (`ctx.objects`), through its worker's connection
 * and so with the worker's NATS permissions (docs/security.md). On the in-process bus of
 * `weft run`, buckets live in that process.
 */
export interface TaskObjects {
  /** The bytes of object `name` in `bucket`; undefined when there is no such object (or bucket). */
  get(bucket: string, name: string): Promise<Uint8Array | undefined>;
  /** Stores `bytes` as object `name` in `bucket` (created if missing), replacing any object of that name. */
  put(bucket: string, name: string, bytes: Uint8Array): Promise<void>;
}

/** What every node function receives, besides its inputs. */
export interface TaskContext<I = any, S = undefined> {
  /** The run's input (`--input`). */
  readonly input: I;
  readonly runId: string;
  /**
   * The event that started the run when a trigger of a deployment did (`weft deploy --subject`):
   * its kind and identity. Undefined for a run started by `weft run`, `weft submit` or `weft invoke`.
   */
  readonly trigger?: TriggerInfo | undefined;
  /** `node`, or `node[index]` for an instance of a map node. */
  readonly taskId: string;
  readonly node: string;
  /** The item index for an instance of a map node; -1 for a task node. */
  readonly index: number;
  /** 1 for the first attempt. */
  readonly attempt: number;
  readonly log: TaskLogger;
  /** Fires when the attempt times out or the run is cancelled: stop work and return. */
  readonly signal: AbortSignal;
  /** What the node's `init` hook returned on this worker (warm state); undefined without one. */
  readonly state: S;
  /** Read and write objects in NATS object store buckets (an object trigger's upload, a result). */
  readonly objects: TaskObjects;
}

/** The context of a stage function: a task context plus its partition and broadcast value. */
export interface StageContext<I = any, S = undefined, B = undefined> extends TaskContext<I, S> {
  /** This task's partition, 0-based. */
  readonly partition: number;
  /** The stage's partition count. */
  readonly partitions: number;
  /** The value of the `broadcast` node, the same object for every partition on a worker. */
  readonly broadcast: B;
  /** Unique to this run, stage and partition: lets a sink write idempotently (a retried or re-run partition repeats it). */
  readonly idempotencyKey: string;
}
