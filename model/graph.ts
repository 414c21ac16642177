/**
 * The workflow graph as the engine sees it: plain data, the same shape that crosses the wire
 * as weft.v1.WorkflowGraph. Built by the SDK, validated here, planned by engine/plan.
 */

/**
 * - task: one instance, values in, a value out.
 * - map: one instance per item of an upstream list (dynamic fan-out), gathered into a list.
 * - stage: a record-style operator with P partitions, one instance per partition (see `op`).
 * - aggregate: one instance; combines the partial aggregates of a stage into one value.
 * - collect: one instance; gathers every record of a stage, in partition order, into a list.
 */
export type NodeKind = "task" | "map" | "stage" | "aggregate" | "collect";
export type InputShape = "none" | "single" | "tuple";

/**
 * What a stage does per partition: `source` produces records; `map`, `flatMap`, `filter` and
 * `sink` take the records of the same partition of their upstream stage (a forward edge);
 * `keyed` merges, per key, what a shuffle from its upstream stage sent to its partition.
 */
export type StageOp = "source" | "map" | "flatMap" | "filter" | "keyed" | "sink";

/**
 * How a dependency's data reaches a node:
 * - value: the upstream node's whole value (task, map, aggregate and collect upstreams);
 * - forward: partition p of the upstream stage feeds partition p (equal partition counts);
 * - shuffle: records are partitioned by a hash of their key (keyed stages);
 * - gather: every partition's records, in partition order (collect);
 * - aggregate: partial aggregates, combined per worker, then across workers (aggregate);
 * - broadcast: a task-like value every partition of a stage sees, sent once per worker.
 */
export type EdgeRouting = "value" | "forward" | "shuffle" | "gather" | "aggregate" | "broadcast";

export interface RetrySpec {
  /** Total attempts, >= 1. */
  maxAttempts: number;
  backoffMs: number;
  backoffFactor: number;
  maxBackoffMs: number;
  /** 0..1: the share of each delay drawn at random. */
  jitter: number;
}

export interface NodeSpec {
  name: string;
  kind: NodeKind;
  /** Upstream node names, in argument order. A map node has exactly one: the list. */
  deps: string[];
  inputShape: InputShape;
  retry: RetrySpec;
  /** Per attempt, 0 = none. */
  timeoutMs: number;
  hasInit: boolean;
  /** Expected output size in bytes, a placement weight; 0 = unknown. */
  sizeHint: number;
  /** Stages only: what the stage does; "" for other kinds. */
  op: StageOp | "";
  /**
   * Stages only: the partition count. 0 for forward stages (they inherit their upstream's)
   * and for counts decided at run time from the input (`partitionsFromInput`).
   */
  partitions: number;
  /** Stages only: the count is computed by the stage's `partitions(input)` function on each worker. */
  partitionsFromInput: boolean;
  /** Per dep, in the same order: how its data arrives. */
  routing: EdgeRouting[];
  /**
   * Per dep, in the same order: what a failure of that dep does to this node. "fail" (the
   * default, also for a missing entry) fails the run; "skip" skips this node (and, through
   * their own policies, its consumers); "value" runs it with an `UpstreamFailure` in place of
   * the value.
   */
  onFailure?: FailurePolicy[];
  /**
   * Run each attempt in a worker thread: a function that blocks its thread forever is stopped
   * at its timeout, one that allocates without bound fails alone; the worker stays responsive.
   * Costs a structured clone of the inputs and the output.
   */
  isolate?: boolean;
  /** Isolated attempts: the thread's heap limit in MB (0 or absent: Node's default). */
  memoryLimitMb?: number;
  /**
   * Aggregate nodes: the fan-in of the tree that merges the workers' partials (an integer >= 2;
   * absent: DEFAULT_AGGREGATE_FANIN). See core/aggregation-tree.ts.
   */
  fanin?: number;
  /** Aggregate nodes: the fan-in is computed by the node's `fanin(input)` function on each worker. */
  faninFromInput?: boolean;
}

export type FailurePolicy = "fail" | "skip" | "value";

export interface WorkflowGraph {
  name: string;
  /** "express": its runs are express unless a submission says durable (docs/express.md); absent: durable. */
  durability?: "express";
  /** In declaration order, which the SDK guarantees is a topological order. */
  nodes: NodeSpec[];
}

export const DEFAULT_RETRY: RetrySpec = { maxAttempts: 1, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 30_000, jitter: 0.2 };
