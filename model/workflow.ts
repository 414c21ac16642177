/**
 * A declared workflow as the engine receives it: the plain graph plus the functions behind its
 * nodes. The SDK builds it; the engine loads it from a bundle, which carries its own copy of
 * the SDK, so a workflow is recognised by a registered symbol, never by `instanceof`.
 */
import type { WorkflowGraph } from "./graph.js";
import type { TriggerSpec } from "./trigger.js";

/** Marks a workflow object, across copies of the SDK (a bundle carries its own copy). */
export const WORKFLOW_BRAND = Symbol.for("weft.workflow.v1");

/** An associative and commutative way to fold records into an accumulator. */
export interface Combiner<T, A> {
  /** A fresh, empty accumulator. */
  zero: () => A;
  /** Folds one record in (may mutate and return `acc`). */
  add: (acc: A, record: T) => A;
  /** Merges two accumulators (may mutate and return `a`). */
  merge: (a: A, b: A) => A;
}

/** What the engine calls for one node. Arguments depend on the node's kind and input shape. */
export interface NodeImpl {
  readonly fn: (...args: any[]) => unknown;
  readonly init: (() => unknown) | undefined;
  /** Stages whose partition count comes from the input. */
  readonly partitions?: (input: any) => number;
  /** Keyed stages: the key of a record (applied where the records are produced). */
  readonly keyOf?: (record: any) => unknown;
  /** Keyed stages and aggregate nodes: how records fold (applied on both sides of the wire). */
  readonly combiner?: Combiner<any, any>;
  /** Aggregate nodes whose tree fan-in comes from the input. */
  readonly fanin?: (input: any) => number;
}

/** A trigger the workflow file declares (`wf.trigger`): deployed with it. */
export interface DeclaredTrigger {
  readonly spec: TriggerSpec;
  /** Turns one event into the workflow's input (or into one element of it, for a batch); runs on the workers. */
  readonly map: ((event: any) => unknown) | undefined;
}

/**
 * A declared workflow: its graph and its functions. Default-export it from a `.ts` file.
 * `I` is its input; `R` its result, the value of its end node (a node nothing consumes) when it
 * has one, an object keyed by end-node name when it has several (`unknown` unless the build
 * function returns its end nodes, see `workflow()`).
 */
export interface Workflow<I = any, R = unknown> {
  readonly [WORKFLOW_BRAND]: true;
  readonly name: string;
  readonly graph: WorkflowGraph;
  readonly impls: ReadonlyMap<string, NodeImpl>;
  /** The triggers it declares, in order (a run's `ctx.trigger.declared` indexes them). */
  readonly triggers?: readonly DeclaredTrigger[];
  /**
   * Where `workflow()` was called: the file (a path or a file: URL) a client bundles to ship
   * this workflow object to the workers. Absent when the SDK could not tell.
   */
  readonly source?: string;
  /** Type-level only: the input type. */
  readonly __input?: I;
  /** Type-level only: the result type. */
  readonly __result?: R;
}

/** The input type of a workflow. */
export type InputOf<W> = W extends Workflow<infer I, any> ? I : never;
/** The result type of a workflow (see `Workflow`). */
export type ResultOf<W> = W extends Workflow<any, infer R> ? R : never;

/** True for a workflow object made by any copy of the SDK. */
export function isWorkflow(value: unknown): value is Workflow {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[WORKFLOW_BRAND] === true;
}
