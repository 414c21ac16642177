/**
 * `workflow(name, build)`: declares a graph of functions. The builder records nodes, checks
 * mistakes as they are made (bad names, duplicates, references to nodes of another workflow)
 * and keeps the functions beside the plain graph that the engine plans from.
 */
import { DEFAULT_RETRY, type NodeSpec, type RetrySpec, type WorkflowGraph } from "../model/graph.js";
import { ErrorCode, WeftError } from "../engine/errors.js";
import type { NodeOptions, NodeRef, OutputsOf, TaskContext } from "./types.js";
import { sourceCollection, type Collection, type RecordsOf, type SourceOptions, type StageBuilder, type StageContext } from "./collection.js";

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

/** The parts of a node's spec that depend on its kind (the builder fills in the rest). */
export interface NodeShape {
  kind: NodeSpec["kind"];
  deps: string[];
  routing: NodeSpec["routing"];
  inputShape: NodeSpec["inputShape"];
  op?: NodeSpec["op"];
  partitions?: number;
  partitionsFromInput?: boolean;
  fanin?: number;
  faninFromInput?: boolean;
}

/** A declared workflow: its graph and its functions. Default-export it from a `.ts` file. */
export interface Workflow<I = any> {
  readonly [WORKFLOW_BRAND]: true;
  readonly name: string;
  readonly graph: WorkflowGraph;
  readonly impls: ReadonlyMap<string, NodeImpl>;
  /** Type-level only: the input type. */
  readonly __input?: I;
}

const NAME = /^[A-Za-z0-9_-]+$/;

interface InternalRef<O> extends NodeRef<O> {
  readonly owner: symbol;
}

/** The builder passed to `workflow(name, build)`. */
export class WorkflowBuilder<I = any> {
  private readonly nodes: NodeSpec[] = [];
  private readonly impls = new Map<string, NodeImpl>();
  private readonly owner = Symbol("workflow");

  constructor(readonly workflowName: string) {}

  /** A node with no upstream: it reads the run input from its context. */
  node<O, S = undefined>(name: string, fn: (ctx: TaskContext<I, S>) => O | Promise<O>, options?: NodeOptions<S>): NodeRef<O>;
  /** A node with one upstream: its value is the argument. */
  node<A, O, S = undefined>(
    name: string,
    dep: NodeRef<A>,
    fn: (value: A, ctx: TaskContext<I, S>) => O | Promise<O>,
    options?: NodeOptions<S>,
  ): NodeRef<O>;
  /** A node with several upstreams: a tuple of their values, in the order given. */
  node<const Deps extends readonly NodeRef<any>[], O, S = undefined>(
    name: string,
    deps: Deps,
    fn: (values: OutputsOf<Deps>, ctx: TaskContext<I, S>) => O | Promise<O>,
    options?: NodeOptions<S>,
  ): NodeRef<O>;
  node(name: string, ...rest: unknown[]): NodeRef<unknown> {
    const [first] = rest;
    if (typeof first === "function") {
      return this.add(name, { kind: "task", deps: [], routing: [], inputShape: "none" }, { fn: first as NodeImpl["fn"] }, rest[1] as NodeOptions<unknown> | undefined);
    }
    const fn = rest[1];
    if (typeof fn !== "function") {
      throw new WeftError(ErrorCode.InvalidWorkflow, `node "${name}": expected a function after its dependencies, got ${typeof fn}.`);
    }
    const options = rest[2] as NodeOptions<unknown> | undefined;
    if (Array.isArray(first)) {
      const deps = first.map((d) => this.depName(name, d));
      return this.add(name, { kind: "task", deps, routing: deps.map(() => "value"), inputShape: "tuple" }, { fn: fn as NodeImpl["fn"] }, options);
    }
    return this.add(name, { kind: "task", deps: [this.depName(name, first)], routing: ["value"], inputShape: "single" }, { fn: fn as NodeImpl["fn"] }, options);
  }

  /**
   * Dynamic fan-out: one instance of `fn` per item of the list `list` produces at run time,
   * spread over the workers; the results are gathered, in item order, into this node's output.
   */
  map<T, O, S = undefined>(
    name: string,
    list: NodeRef<readonly T[]>,
    fn: (item: T, ctx: TaskContext<I, S>) => O | Promise<O>,
    options?: NodeOptions<S>,
  ): NodeRef<O[]> {
    return this.add(
      name,
      { kind: "map", deps: [this.depName(name, list)], routing: ["value"], inputShape: "single" },
      { fn: fn as NodeImpl["fn"] },
      options as NodeOptions<unknown>,
    ) as NodeRef<O[]>;
  }

  /**
   * A record source with `partitions` partitions (a number, or a function of the run input):
   * `fn(partition, ctx)` returns (or yields) the records of one partition, e.g. its shard of
   * files. Chain record operators on the collection it returns.
   */
  source<T, S = undefined, B = undefined>(
    name: string,
    options: SourceOptions<I, S, B>,
    fn: (partition: number, ctx: StageContext<I, S, B>) => RecordsOf<T>,
  ): Collection<T, I> {
    // Untyped callers (weft run does not type-check) might pass options last, as for map: they would be lost.
    if (arguments.length > 3) {
      throw new WeftError(
        ErrorCode.InvalidWorkflow,
        `wf.source("${name}", …) takes (name, options, fn): its options (partitions, retries, timeoutMs, …) go second, not after the function.`,
      );
    }
    return sourceCollection<T, I>(this as unknown as StageBuilder, name, options as SourceOptions<unknown, unknown, unknown>, fn as NodeImpl["fn"]);
  }

  /** The finished workflow. */
  build(): Workflow<I> {
    if (this.nodes.length === 0) {
      throw new WeftError(ErrorCode.InvalidWorkflow, `workflow "${this.workflowName}" has no nodes: add one with wf.node(name, fn).`);
    }
    return {
      [WORKFLOW_BRAND]: true,
      name: this.workflowName,
      graph: { name: this.workflowName, nodes: [...this.nodes] },
      impls: new Map(this.impls),
    };
  }

  /** @internal Adds a node; record-style builders (sdk/collection.ts) use it too. */
  add(name: string, shape: NodeShape, impl: Omit<NodeImpl, "init">, options: NodeOptions<unknown> | undefined): NodeRef<unknown> {
    if (typeof name !== "string" || !NAME.test(name)) {
      throw new WeftError(
        ErrorCode.InvalidWorkflow,
        `node name ${JSON.stringify(name)} is not valid: use letters, digits, "-" and "_" (names become parts of NATS subjects).`,
      );
    }
    if (this.impls.has(name)) {
      throw new WeftError(ErrorCode.DuplicateNode, `node "${name}" is declared twice in workflow "${this.workflowName}": give each node its own name.`);
    }
    if (typeof impl.fn !== "function") {
      throw new WeftError(ErrorCode.InvalidWorkflow, `node "${name}": expected a function, got ${typeof impl.fn}.`);
    }
    const init = options?.init;
    if (init !== undefined && typeof init !== "function") {
      throw new WeftError(ErrorCode.InvalidWorkflow, `node "${name}": option init must be a function.`);
    }
    if ((options?.isolate || options?.memoryLimitMb) && shape.kind !== "task" && shape.kind !== "map") {
      throw new WeftError(
        ErrorCode.InvalidWorkflow,
        `node "${name}": isolate and memoryLimitMb are for task and map nodes; a ${shape.kind} runs on its worker's own thread (give it timeoutMs, and keep busy loops in an isolated task).`,
      );
    }
    const timeoutMs = options?.timeoutMs ?? 0;
    if (!Number.isFinite(timeoutMs) || timeoutMs < 0) {
      throw new WeftError(ErrorCode.InvalidWorkflow, `node "${name}": timeoutMs must be a number of milliseconds >= 0, got ${String(timeoutMs)}.`);
    }
    this.nodes.push({
      name,
      kind: shape.kind,
      deps: shape.deps,
      inputShape: shape.inputShape,
      retry: retrySpec(name, options?.retries),
      timeoutMs,
      hasInit: init !== undefined,
      sizeHint: options?.sizeHint ?? 0,
      op: shape.op ?? "",
      partitions: shape.partitions ?? 0,
      partitionsFromInput: shape.partitionsFromInput ?? false,
      routing: shape.routing,
      ...failurePolicies(name, shape.deps, options?.onUpstreamFailure),
      ...(options?.isolate || options?.memoryLimitMb ? { isolate: true } : {}),
      ...(options?.memoryLimitMb ? { memoryLimitMb: options.memoryLimitMb } : {}),
      ...(shape.fanin ? { fanin: shape.fanin } : {}),
      ...(shape.faninFromInput ? { faninFromInput: true } : {}),
    });
    this.impls.set(name, { ...impl, init });
    const ref: InternalRef<unknown> = { name, owner: this.owner };
    return ref;
  }

  /** @internal The name of a dependency of `node`, checked to belong to this workflow. */
  depName(node: string, dep: unknown): string {
    const ref = dep as Partial<InternalRef<unknown>> | undefined;
    if (!ref || typeof ref.name !== "string") {
      throw new WeftError(ErrorCode.UnknownDependency, `node "${node}": a dependency is not a node reference (pass what wf.node() returned).`);
    }
    if (ref.owner !== this.owner) {
      throw new WeftError(
        ErrorCode.UnknownDependency,
        `node "${node}" depends on "${ref.name}", a node of another workflow: declare it in "${this.workflowName}".`,
      );
    }
    return ref.name;
  }
}

function failurePolicies(node: string, deps: string[], given: NodeOptions<unknown>["onUpstreamFailure"]): Pick<NodeSpec, "onFailure"> {
  if (given === undefined) return {};
  const valid = (p: unknown, what: string) => {
    if (p !== "fail" && p !== "skip" && p !== "value") {
      throw new WeftError(ErrorCode.InvalidWorkflow, `node "${node}": onUpstreamFailure ${what} must be "fail", "skip" or "value", got ${JSON.stringify(p)}.`);
    }
    return p;
  };
  if (typeof given === "string") return { onFailure: deps.map(() => valid(given, "")) };
  for (const name of Object.keys(given)) {
    if (!deps.includes(name)) {
      throw new WeftError(ErrorCode.UnknownDependency, `node "${node}": onUpstreamFailure names "${name}", which is not one of its upstream nodes (${deps.join(", ") || "none"}).`);
    }
  }
  return { onFailure: deps.map((d) => valid(given[d] ?? "fail", `for "${d}"`)) };
}

function retrySpec(node: string, retries: NodeOptions<unknown>["retries"]): RetrySpec {
  const given = typeof retries === "number" ? { attempts: retries } : (retries ?? {});
  const spec: RetrySpec = {
    maxAttempts: given.attempts ?? DEFAULT_RETRY.maxAttempts,
    backoffMs: given.backoffMs ?? DEFAULT_RETRY.backoffMs,
    backoffFactor: given.factor ?? DEFAULT_RETRY.backoffFactor,
    maxBackoffMs: given.maxBackoffMs ?? DEFAULT_RETRY.maxBackoffMs,
    jitter: given.jitter ?? DEFAULT_RETRY.jitter,
  };
  if (!Number.isInteger(spec.maxAttempts) || spec.maxAttempts < 1) {
    throw new WeftError(ErrorCode.InvalidWorkflow, `node "${node}": retries must be a whole number of attempts >= 1, got ${String(spec.maxAttempts)}.`);
  }
  return spec;
}

/**
 * Declares a workflow. `build` receives a builder; declare nodes on it in order (a node can
 * only depend on nodes declared before it, so a workflow can never contain a cycle).
 *
 * @example
 * export default workflow("hello", (wf) => {
 *   const n = wf.node("input", async (ctx) => ctx.input.n as number);
 *   const d = wf.node("double", n, async (x) => x * 2);
 *   wf.node("sum", [d, n], async ([a, b]) => a + b);
 * });
 */
export function workflow<I = any>(name: string, build: (wf: WorkflowBuilder<I>) => void): Workflow<I> {
  if (typeof name !== "string" || !NAME.test(name)) {
    throw new WeftError(ErrorCode.InvalidWorkflow, `workflow name ${JSON.stringify(name)} is not valid: use letters, digits, "-" and "_".`);
  }
  const builder = new WorkflowBuilder<I>(name);
  build(builder);
  return builder.build();
}

/** True for a workflow object made by any copy of this SDK. */
export function isWorkflow(value: unknown): value is Workflow {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[WORKFLOW_BRAND] === true;
}
