/**
 * `workflow(name, build)`: declares a graph of functions. The builder records nodes, checks
 * mistakes as they are made (bad names, duplicates, references to nodes of another workflow)
 * and keeps the functions beside the plain graph that the engine plans from.
 */
import type { NodeSpec } from "../model/graph.js";
import { ErrorCode, WeftError } from "../model/errors.js";
import { isName } from "../model/names.js";
import type { TriggerBatch, TriggerEventOf, TriggerKind, TriggerSpecOf } from "../model/trigger.js";
import { WORKFLOW_BRAND, type DeclaredTrigger, type Workflow } from "../model/workflow.js";
import type { StageContext } from "../model/context.js";
import { sourceCollection, type Collection, type RecordsOf, type SourceOptions } from "./collection.js";
import type { AnyFn, NodeImpl, NodeShape, StageBuilder } from "./node-impl.js";
import { retrySpec } from "./retry-options.js";
import type { NodeOptions, NodeRef, OutputOf, OutputsOf, TaskContext } from "./types.js";

export { isWorkflow, type Combiner, type NodeImpl, type Workflow, type InputOf, type ResultOf } from "../model/workflow.js";

/** What a build function may return to type the result: its end node, or its end nodes by name. */
export type EndNodes = NodeRef<any> | { readonly [node: string]: NodeRef<any> };

/**
 * The result type a build function's return gives: the end node's output, or an object of
 * the end nodes' outputs by name; `unknown` when it returns nothing.
 */
export type ResultOfEnds<E> = [E] extends [NodeRef<infer O>]
  ? O
  : [E] extends [{ readonly [node: string]: NodeRef<any> }]
    ? { [K in keyof E]: OutputOf<E[K]> }
    : unknown;

/** The deprecated `source(name, options, fn)` order warns once per process (per copy of the SDK). */
let warnedSourceOrder = false;

interface InternalRef<O> extends NodeRef<O> {
  readonly owner: symbol;
}

/** The builder passed to `workflow(name, build)`. */
/**
 * What a declared trigger's `map` receives: the kind's event (`CronTick`, `ObjectPut`,
 * `RowChange`), or for the JSON kinds (nats, http, mqtt: `unknown`) the type its parameter
 * declares, as `jetstream<T>(...)` does for a streaming source: `(m: Reading) => ...`.
 */
export type MapEvent<K extends TriggerKind, E> = unknown extends TriggerEventOf[K] ? E : TriggerEventOf[K];

export class WorkflowBuilder<I = any> implements StageBuilder {
  private readonly nodes: NodeSpec[] = [];
  private readonly impls = new Map<string, NodeImpl>();
  private readonly owner = Symbol("workflow");
  private readonly triggerList: DeclaredTrigger[] = [];

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
      return this.add(name, { kind: "task", deps: [], routing: [], inputShape: "none" }, { fn: first as AnyFn }, rest[1] as NodeOptions<unknown> | undefined);
    }
    const fn = rest[1];
    if (typeof fn !== "function") {
      throw new WeftError(ErrorCode.InvalidWorkflow, `node "${name}": expected a function after its dependencies, got ${typeof fn}.`);
    }
    const options = rest[2] as NodeOptions<unknown> | undefined;
    if (Array.isArray(first)) {
      const deps = first.map((d) => this.depName(name, d));
      return this.add(name, { kind: "task", deps, routing: deps.map(() => "value"), inputShape: "tuple" }, { fn: fn as AnyFn }, options);
    }
    return this.add(name, { kind: "task", deps: [this.depName(name, first)], routing: ["value"], inputShape: "single" }, { fn: fn as AnyFn }, options);
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
      { fn: fn as AnyFn },
      options as NodeOptions<unknown>,
    ) as NodeRef<O[]>;
  }

  /**
   * A record source with `partitions` partitions (a number, or a function of the run input):
   * `fn(partition, ctx)` returns (or yields) the records of one partition, e.g. its shard of
   * files. Chain record operators on the collection it returns. Options go last, as for `node`
   * and `map`.
   */
  source<T, S = undefined, B = undefined>(
    name: string,
    fn: (partition: number, ctx: StageContext<I, S, B>) => RecordsOf<T>,
    options: SourceOptions<I, S, B>,
  ): Collection<T, I>;
  /** @deprecated Options now go last: `source(name, fn, options)`. This order keeps working for one release, with a warning. */
  source<T, S = undefined, B = undefined>(
    name: string,
    options: SourceOptions<I, S, B>,
    fn: (partition: number, ctx: StageContext<I, S, B>) => RecordsOf<T>,
  ): Collection<T, I>;
  source(name: string, ...rest: unknown[]): Collection<unknown, I> {
    // Untyped callers (weft run does not type-check) might pass options twice: one set would be lost.
    if (rest.length > 2) {
      throw new WeftError(
        ErrorCode.InvalidWorkflow,
        `wf.source("${name}", …) takes (name, fn, options): one function, then its options (partitions, retries, timeoutMs, …), once.`,
      );
    }
    let [fn, options] = rest;
    if (typeof fn !== "function" && typeof options === "function") {
      [fn, options] = [options, fn];
      if (!warnedSourceOrder) {
        warnedSourceOrder = true;
        process.emitWarning(`wf.source("${name}", options, fn) is deprecated: pass the options last, wf.source(name, fn, options), as for node and map.`, {
          type: "DeprecationWarning",
          code: "WEFT_SOURCE_OPTIONS_FIRST",
        });
      }
    }
    if (typeof fn !== "function") {
      throw new WeftError(ErrorCode.InvalidWorkflow, `source "${name}": expected a function (partition, ctx) => records, got ${typeof fn}.`);
    }
    if (typeof options !== "object" || options === null) {
      throw new WeftError(ErrorCode.InvalidWorkflow, `source "${name}": expected options after the function, at least { partitions }.`);
    }
    return sourceCollection<unknown, I>(this, name, options as SourceOptions<unknown, unknown, unknown>, fn as AnyFn);
  }

  /** The finished workflow. */
  /**
   * Runs the workflow when an event arrives, once it is deployed (`weft deploy FILE`). Without
   * `map`, the event is the input; with it, `map(event)` is (for a batch: each event's `map` is
   * one element of the input list). `map` runs on the workers: keep it pure.
   *
   *   wf.trigger({ kind: "cron", cron: "0 3 * * *", tz: "Europe/Paris" }, (tick) => ({ day: tick.scheduledAt.slice(0, 10) }));
   *   wf.trigger({ kind: "nats", subject: "readings.>", stream: "READINGS", batch: { max: 500, waitMs: 200 } });
   */
  trigger<K extends TriggerKind, E = TriggerEventOf[K]>(spec: Omit<TriggerSpecOf<K>, "declared" | "batch"> & { kind: K; batch?: undefined }, map?: (event: MapEvent<K, E>) => I): void;
  trigger<K extends TriggerKind, E = TriggerEventOf[K]>(
    spec: Omit<TriggerSpecOf<K>, "declared" | "batch"> & { kind: K; batch: TriggerBatch },
    map?: (event: MapEvent<K, E>) => I extends readonly (infer T)[] ? T : never,
  ): void;
  trigger(spec: { kind: TriggerKind; declared?: unknown }, map?: (event: never) => unknown): void {
    if (typeof spec !== "object" || spec === null || typeof spec.kind !== "string") {
      throw new WeftError(ErrorCode.InvalidWorkflow, `workflow "${this.workflowName}": wf.trigger needs a spec like { kind: "cron", cron: "0 3 * * *" }, got ${JSON.stringify(spec)}.`);
    }
    if (map !== undefined && typeof map !== "function") {
      throw new WeftError(ErrorCode.InvalidWorkflow, `workflow "${this.workflowName}": the map of its ${spec.kind} trigger must be a function, got ${typeof map}.`);
    }
    const { declared: _ignored, ...plain } = spec;
    this.triggerList.push({ spec: plain as DeclaredTrigger["spec"], map: map as DeclaredTrigger["map"] });
  }

  /**
   * The finished workflow. `ends`, what the build function returned (if anything), must name
   * exactly its end nodes: the result type is read from them, so they must be the truth.
   */
  build(ends?: unknown, site?: Error, options: WorkflowOptions = {}): Workflow<I> {
    if (this.nodes.length === 0) {
      throw new WeftError(ErrorCode.InvalidWorkflow, `workflow "${this.workflowName}" has no nodes: add one with wf.node(name, fn).`);
    }
    if (ends !== undefined) this.checkEnds(ends);
    const wf: Workflow<I> = {
      [WORKFLOW_BRAND]: true,
      name: this.workflowName,
      graph: { name: this.workflowName, nodes: [...this.nodes], ...durabilityOf(this.workflowName, options) },
      impls: new Map(this.impls),
      triggers: [...this.triggerList],
    };
    if (site) Object.defineProperty(wf, "source", { enumerable: true, get: once(() => callerFile(site)) });
    return wf;
  }

  /** The nodes nothing consumes, in declaration order: their values make the run's result. */
  private endNodes(): string[] {
    const consumed = new Set(this.nodes.flatMap((n) => n.deps));
    return this.nodes.filter((n) => !consumed.has(n.name)).map((n) => n.name);
  }

  /** Checks that the build function returned the end node, or every end node keyed by its name. */
  private checkEnds(ends: unknown): void {
    const actual = this.endNodes();
    const rule = `the result is the value of the end node (a node nothing consumes) when there is one, an object keyed by end-node name when there are several`;
    const list = actual.map((n) => `"${n}"`).join(", ");
    const fix = actual.length === 1 ? `return ${actual[0]}'s reference` : `return { ${actual.join(", ")} } (each node's reference under its own name)`;
    const wrong = (what: string) =>
      new WeftError(ErrorCode.InvalidWorkflow, `workflow "${this.workflowName}": the build function returns ${what}, but its end nodes are ${list} (${rule}): ${fix}, or return nothing.`);
    if (typeof ends !== "object" || ends === null) throw wrong(`${typeof ends === "object" ? "null" : typeof ends}`);
    const ref = ends as Partial<InternalRef<unknown>>;
    if (typeof ref.name === "string" && ref.owner !== undefined) {
      this.depName("(result)", ends);
      if (actual.length !== 1 || actual[0] !== ref.name) throw wrong(`node "${ref.name}"`);
      return;
    }
    const entries = Object.entries(ends as Record<string, unknown>);
    for (const [key, value] of entries) {
      const name = this.depName("(result)", value);
      if (name !== key) throw wrong(`node "${name}" under the key "${key}"`);
    }
    const keys = entries.map(([k]) => k);
    if (actual.length < 2 || keys.length !== actual.length || !actual.every((n) => keys.includes(n))) throw wrong(`{ ${keys.join(", ")} }`);
  }

  /** @internal Adds a node; record-style builders (sdk/collection.ts) use it too. */
  add(name: string, shape: NodeShape, impl: Omit<NodeImpl, "init">, options: NodeOptions<unknown> | undefined): NodeRef<unknown> {
    if (!isName(name)) {
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
    // A stack frame names a function by its `name`; an anonymous one (an arrow written in the
    // call) would otherwise be named by V8's guess from the code around it
    // ("Object.wf.node.retries"): it takes its node's name.
    if (impl.fn.name === "") Object.defineProperty(impl.fn, "name", { value: name, configurable: true });
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


/**
 * Declares a workflow. `build` receives a builder; declare nodes on it in order (a node can
 * only depend on nodes declared before it, so a workflow can never contain a cycle).
 *
 * To type the run's result, return the end node (or `{ name: ref, … }` for several end nodes;
 * checked against the graph) and let the input type be inferred from the builder's annotation,
 * `(wf: WorkflowBuilder<Input>)`: an explicit `workflow<Input>(…)` fixes the result to `unknown`
 * (TypeScript infers all type arguments or none).
 *
 * @example
 * export default workflow("hello", (wf: WorkflowBuilder<{ n?: number }>) => {
 *   const n = wf.node("input", async (ctx) => ctx.input.n ?? 3);
 *   const d = wf.node("double", n, async (x) => x * 2);
 *   return wf.node("sum", [d, n], async ([a, b]) => a + b);   // Workflow<{ n?: number }, number>
 * });
 */
export function workflow<I = any, E extends EndNodes | void = void>(
  name: string,
  build: (wf: WorkflowBuilder<I>) => E,
  options?: WorkflowOptions,
): Workflow<I, ResultOfEnds<E>> {
  if (!isName(name)) {
    throw new WeftError(ErrorCode.InvalidWorkflow, `workflow name ${JSON.stringify(name)} is not valid: use letters, digits, "-" and "_".`);
  }
  // The stack is captured here but read only when someone asks for the file (a client shipping
  // this object; a worker never does): formatting it maps its frames through the bundle's
  // source map, which made a quarter of a worker's cold start (~45 ms of CPU per import).
  const site = new Error();
  const builder = new WorkflowBuilder<I>(name);
  const ends: unknown = build(builder);
  return builder.build(ends, site, options) as Workflow<I, ResultOfEnds<E>>;
}

/** Options of a whole workflow (the third argument of `workflow`). */
export interface WorkflowOptions {
  /**
   * "durable" (the default): recorded before it starts, resumed by another coordinator after a
   * loss. "express": no record, result over core NATS, at-least-once, not resumed (docs/express.md);
   * `--express` and the client's `durability` choose per run.
   */
  durability?: "durable" | "express";
}

function durabilityOf(workflow: string, options: WorkflowOptions): { durability?: "express" } {
  const d = options.durability;
  if (d !== undefined && d !== "durable" && d !== "express") {
    throw new WeftError(ErrorCode.InvalidWorkflow, `workflow "${workflow}": durability must be "durable" or "express", got ${JSON.stringify(d)}.`);
  }
  return d === "express" ? { durability: "express" } : {};
}

/** `f`'s value, computed at the first call. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

/**
 * The file that called `workflow()`, from a stack captured there (its second frame): a path or
 * a file: URL, or undefined when the stack does not say (a client then asks for the path).
 */
function callerFile(err: Error): string | undefined {
  const frame = err.stack?.split("\n")[2];
  const m = frame ? /\(?((?:file:\/\/)?\/[^():]*|[A-Za-z]:\\[^():]*):\d+:\d+\)?\s*$/.exec(frame) : null;
  return m?.[1];
}
