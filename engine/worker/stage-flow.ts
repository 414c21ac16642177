/**
 * Record-style stages on one worker: partitions, pipelines, shuffles, aggregation, gathering.
 *
 * A partition of a stage runs where `partitionWorkers` puts it. A chain of forward stages
 * whose partitions sit on the same worker, each the only consumer of the one before, runs as
 * ONE pipeline per partition (operator chaining): records flow through the stages' functions
 * one by one, with no array between them, while every stage keeps its own task and state
 * changes in the log. What leaves a pipeline is combined on the worker first: per key for a
 * shuffle (map-side combine, then across the worker's partitions), into one partial for an
 * aggregate, into one batch for a collect; then one message per receiving worker (for an
 * aggregate: to the worker's parent in the aggregation tree, once its subtree is merged).
 * Receivers count the producer partitions each batch covers: a partition is complete when
 * every producer partition is accounted for.
 */
import { aggregationTree, DEFAULT_AGGREGATE_FANIN } from "../core/aggregation-tree.js";
import { partitionCountProblem, partitionWorkers, stageOrdinals } from "../core/partition-placement.js";
import { estimateBytes } from "../core/estimate-bytes.js";
import { keyIdentity, partitionOfKey } from "../core/record-keys.js";
import type { TaskState } from "../core/task.machine.js";
import { longestTimeout, stepPipeline, type PipelineEvent, type PipelineStep } from "../core/pipeline-step.js";
import { failureAbsorbed } from "../core/upstream-failure.js";
import { fusionPlan } from "../plan/fusion.js";
import { userError } from "../bundle/user-stack.js";
import { ErrorCode, WeftError, toErrorInfo } from "../errors.js";
import type { weft } from "../gen/weft.js";
import type { NodeSpec } from "../model/graph.js";
import type { Combiner, NodeImpl } from "../../sdk/workflow.js";
import type { StageContext } from "../../sdk/collection.js";
import { decodeValue, encodeValue } from "../wire/value-codec.js";
import { AttemptAbort, invokeAttempt } from "./invoke.js";
import { inSlices } from "./slot-pool.js";
import type { StageHost, Task } from "./task-record.js";

type KeyedMap = Map<unknown, [unknown, unknown]>;

/**
 * What one producer (a partition, then a worker) folded per key for a keyed consumer. Keys
 * that are strings, numbers or booleans map straight to their accumulator (one Map lookup per
 * record, like a plain count); other keys go by their JSON text. Target partitions are worked
 * out once per distinct key, when the fold is sent.
 */
interface KeyFold {
  prim: Map<unknown, unknown>;
  objs: Map<string, [unknown, unknown]>;
}

const newFold = (): KeyFold => ({ prim: new Map(), objs: new Map() });

/** Where a pipeline's records go after its last stage, for one partition. */
interface Outputs {
  forward: Map<string, unknown[]>; // consumer stage -> records (materialised: not fused)
  keyed: Map<string, KeyFold>; // keyed consumer -> this partition's fold
  aggregate: Map<string, unknown>; // aggregate node -> partial
  gather: Map<string, unknown[]>; // collect node -> records
  counts: Map<string, { records: number; bytes: number }>; // edge "from->to" -> what crossed it in memory
}

interface Pipeline {
  /** "head#partition": the pipeline's id, and its key in StageFlow.pipelines. */
  id: string;
  members: NodeSpec[];
  partition: number;
  tasks: Task[];
  started: boolean;
  /** A forward head's input, once it is here. */
  input: unknown[] | undefined;
}

/** What a finished pipeline hands on, once its success is logged; `node` is the receiving node. */
interface Effect {
  node: string;
  run: () => void;
}

/**
 * An error thrown by one member's code in a fused pipeline, with the member's index: the
 * pipeline's failure is that stage's, and its retry policy decides whether the pipeline retries.
 */
class StageFault {
  constructor(
    readonly member: number,
    readonly error: unknown,
  ) {}
}

/** A run's stages could not be set up on this worker because of node `node` (its combiner, its fan-in). */
export class StartFault {
  constructor(
    readonly node: string,
    readonly error: unknown,
  ) {}
}

/** Blames member `i`, unless a stage further down the chain was already blamed. */
function blame(i: number, err: unknown): StageFault {
  return err instanceof StageFault ? err : new StageFault(i, err);
}

/** A user error no retry can mend (a function of the wrong shape). */
function misuse(message: string): WeftError {
  return Object.assign(new WeftError(ErrorCode.UserCode, message), { terminal: true });
}

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return x != null && typeof (x as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";
}

function isThenable(x: unknown): boolean {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof (x as { then?: unknown }).then === "function";
}

/** What a value is, for an error message. */
function describe(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "an array";
  if (isThenable(x)) return "a Promise";
  if (isAsyncIterable(x)) return "an async iterable";
  const t = typeof x;
  const type = t === "object" ? (x as object).constructor?.name : undefined;
  return t === "object" ? (type ? `an object (${type})` : "an object") : t === "undefined" ? "undefined" : `a ${t}`;
}

/** This worker's node in an aggregate's tree (core/aggregation-tree.ts). */
interface TreeNode {
  parent: number | undefined; // undefined: this worker holds the aggregate node
  expected: number; // producer partitions the subtree covers
  covered: number;
  acc: unknown;
  done: boolean;
}

/** Worker-level accumulation of one producer stage's output for one consumer. */
interface Pending<T> {
  left: number; // local partitions of the producer still to finish
  covered: number;
  value: T;
}

export class StageFlow {
  private readonly counts = new Map<string, number>();
  private readonly owners = new Map<string, number[]>();
  private readonly ordinals: Map<string, number>;
  /** Stage -> the stage it is fused into (its pipeline continues that one). */
  private readonly fusedInto = new Map<string, string>();
  private readonly pipelines = new Map<string, Pipeline>(); // "head#p"
  private readonly inboxes = new Map<string, { covered: number; parts: Map<number, KeyedMap> }>(); // keyed stage
  private readonly outgoingKeyed = new Map<string, Pending<KeyFold>>(); // "from->to"
  private readonly outgoingAgg = new Map<string, Pending<unknown>>();
  private readonly outgoingGather = new Map<string, Pending<Map<number, unknown[]>>>();
  private readonly trees = new Map<string, TreeNode>(); // aggregate node -> this worker's place in its tree
  private readonly gathers = new Map<string, { covered: number; parts: Map<number, unknown[]> }>(); // collect node here
  private readonly stages: NodeSpec[];

  constructor(private readonly host: StageHost) {
    this.stages = host.graph.nodes.filter((n) => n.kind === "stage");
    this.ordinals = stageOrdinals(host.graph.nodes);
  }

  get hasStages(): boolean {
    return this.stages.length > 0;
  }

  // ---------- set-up ----------

  /**
   * Resolves partition counts, trees and accumulators (throws at once on a bad count or fan-in),
   * then lays out this worker's pipelines and starts what can start: in slices that let the
   * event loop turn when they are many (a 1M-partition stage is seconds of work). Returns
   * undefined when it was all done at once, else a promise of the end (rejecting with what
   * failed). Data must wait for that end (the executor keeps it until then).
   */
  start(): Promise<void> | undefined {
    for (const s of this.stages) {
      const count = this.partitionsOf(s);
      const owners = partitionWorkers(count, this.host.placement, this.ordinals.get(s.name)!);
      this.owners.set(s.name, owners);
      if (owners[0] === this.host.me) this.host.logExpanded(s.name, count);
    }
    // Which stage continues which one's pipeline: the planner's rule (plan/fusion.ts).
    for (const [stage, into] of fusionPlan(this.host.graph, this.owners)) this.fusedInto.set(stage, into);
    // Producer-side accumulators: one per (producer stage, consumer) with local partitions.
    // Before any pipeline exists: a pipeline started early (valueArrived) may finish at once.
    for (const s of this.stages) {
      const local = this.localPartitions(s.name).length;
      for (const c of this.host.consumersOf(s.name)) {
        const key = `${s.name}->${c.name}`;
        if (c.kind === "stage" && c.op === "keyed") this.outgoingKeyed.set(key, { left: local, covered: local, value: newFold() });
        if (c.kind === "aggregate") {
          try {
            this.outgoingAgg.set(key, { left: local, covered: local, value: this.combinerOf(c).zero() });
            const root = this.host.placement.nodeWorker[c.name]!;
            const place = aggregationTree(this.owners.get(s.name)!, root, this.faninOf(c)).get(this.host.me);
            if (place) this.trees.set(c.name, { ...place, covered: 0, acc: this.combinerOf(c).zero(), done: false });
          } catch (err) {
            throw new StartFault(c.name, err); // its combiner's zero, or its fan-in: the aggregate's failure
          }
        }
        if (c.kind === "collect") this.outgoingGather.set(key, { left: local, covered: local, value: new Map() });
      }
    }
    const heads: { head: NodeSpec; members: NodeSpec[]; partitions: number[] }[] = [];
    for (const s of this.stages) {
      if (this.fusedInto.has(s.name) || !this.host.isNeeded(s.name)) continue;
      heads.push({ head: s, members: this.chainFrom(s), partitions: this.localPartitions(s.name) });
    }
    const layout = (i: number): void => {
      for (const { head, members, partitions } of heads) {
        if (i >= partitions.length) {
          i -= partitions.length;
          continue;
        }
        const p = partitions[i]!;
        const id = `${head.name}#${p}`;
        const pipeline: Pipeline = { id, members, partition: p, tasks: [], started: false, input: undefined };
        pipeline.tasks = members.map((m) => this.host.tasks.newTask(m, p, undefined, undefined, pipeline));
        this.pipelines.set(id, pipeline);
        return;
      }
    };
    const count = heads.reduce((n, h) => n + h.partitions.length, 0);
    const laidOut = inSlices(count, layout, { stop: () => this.host.stopped });
    if (!laidOut) return this.startAll();
    return laidOut.then(() => this.startAll());
  }

  /** tryStart for every pipeline, in slices when they are many; undefined when done at once. */
  private startAll(): Promise<void> | undefined {
    const keys = [...this.pipelines.keys()];
    return inSlices(keys.length, (i) => this.tryStart(keys[i]!), { stop: () => this.host.stopped });
  }

  /** The partition count of a stage: its own, the input's answer, or its forward upstream's. */
  partitionsOf(s: NodeSpec): number {
    let n = this.counts.get(s.name);
    if (n !== undefined) return n;
    const up = this.forwardUpstream(s);
    if (up) n = this.partitionsOf(up);
    else {
      const fn = this.impl(s).partitions;
      n = fn ? Number(fn(this.host.input)) : s.partitions;
      const problem = partitionCountProblem(s.name, s.op ?? "", n);
      if (problem) throw new WeftError(ErrorCode.InvalidInput, problem);
    }
    this.counts.set(s.name, n);
    return n;
  }

  /** The fan-in of an aggregate's tree: its own, the input's answer, or the default. */
  private faninOf(node: NodeSpec): number {
    const fn = this.impl(node).fanin;
    const n = fn ? Number(fn(this.host.input)) : node.fanin ?? DEFAULT_AGGREGATE_FANIN;
    if (!Number.isInteger(n) || n < 2) {
      throw new WeftError(ErrorCode.InvalidInput, `aggregate "${node.name}" has fanin ${String(n)}: its tree needs a whole number >= 2.`);
    }
    return n;
  }

  private forwardUpstream(s: NodeSpec): NodeSpec | undefined {
    return s.routing[0] === "forward" ? this.host.node(s.deps[0]!) : undefined;
  }

  private chainFrom(head: NodeSpec): NodeSpec[] {
    const members = [head];
    for (;;) {
      const last = members[members.length - 1]!;
      const next = this.host.consumersOf(last.name).find((c) => this.fusedInto.get(c.name) === last.name);
      if (!next) return members;
      members.push(next);
    }
  }

  private localPartitions(stage: string): number[] {
    const out: number[] = [];
    this.owners.get(stage)?.forEach((w, p) => w === this.host.me && out.push(p));
    return out;
  }

  private impl(node: NodeSpec): NodeImpl {
    const impl = this.host.workflow.impls.get(node.name);
    if (!impl) throw new WeftError(ErrorCode.WorkflowLoad, `the bundle has no function for node "${node.name}"`);
    return impl;
  }

  private combinerOf(node: NodeSpec): Combiner<unknown, unknown> {
    const c = this.impl(node).combiner;
    if (!c) throw new WeftError(ErrorCode.WorkflowLoad, `node "${node.name}" has no combiner in the bundle`);
    return c;
  }

  // ---------- readiness ----------

  /** A task-like value arrived (a broadcast, perhaps): start what waited for it. */
  valueArrived(): void {
    void this.startAll()?.catch((err: unknown) => this.host.fail(this.stages[0]!.name, err));
  }

  private tryStart(key: string): void {
    const pl = this.pipelines.get(key);
    if (!pl || pl.started || this.host.stopped) return;
    const head = pl.members[0]!;
    for (const m of pl.members) {
      for (let i = 0; i < m.deps.length; i++) if (m.routing[i] === "broadcast" && !this.host.hasValue(m.deps[i]!)) return;
    }
    if (head.op === "keyed") {
      const inbox = this.inboxes.get(head.name);
      if (!inbox || inbox.covered < this.partitionsOf(this.host.node(head.deps[0]!))) return;
    } else if (head.routing[0] === "forward" && pl.input === undefined) return;
    pl.started = true;
    this.step(pl, { type: "deps.met" });
  }

  /**
   * Feeds an event to a pipeline: the core (core/pipeline-step.ts) steps its members together;
   * the task table logs them and carries out their instructions, then this carries out the
   * pipeline's own (queue its next attempt, or arm its retry).
   */
  private step(pl: Pipeline, event: PipelineEvent): void {
    const { tasks, clock } = this.host;
    let step: PipelineStep;
    try {
      step = stepPipeline(pl.tasks, event, {
        pipelineId: pl.id,
        stimulusId: tasks.nextStimulus(),
        absorbsFailure: (i) => failureAbsorbed(pl.members[i]!.name, this.host.consumersOf(pl.members[i]!.name)),
      });
    } catch (err) {
      tasks.illegal(err);
      return;
    }
    tasks.applyPipeline(pl.tasks, step, event.type);
    const next = step.pipeline;
    if (next?.type === "QueueAttempt") this.schedule(pl);
    else if (next?.type === "ArmRetry") {
      clock.setTimeout(() => {
        if (!this.host.stopped) this.step(pl, { type: "retry.due", at: clock.now() });
      }, next.dueAt - clock.now());
    }
  }

  private schedule(pl: Pipeline): void {
    this.host.pool.submit(() => this.runAttempt(pl));
  }

  // ---------- running a pipeline ----------

  private async runAttempt(pl: Pipeline): Promise<void> {
    if (this.host.stopped || pl.tasks.some((t) => t.snapshot.value !== "ready")) return;
    const { clock } = this.host;
    this.step(pl, { type: "attempt.started", at: clock.now() });
    const controller = new AttemptAbort();
    for (const t of pl.tasks) t.controller = controller;
    // The longest timeout of the chain bounds the whole pipeline (its stages run interleaved);
    // when it fires, it is that stage's failure (pipeline-step.ts).
    const timed = longestTimeout(pl.tasks);
    const timeoutMs = pl.members[timed]!.timeoutMs;
    const label = `stage ${pl.members[timed]!.name}[${pl.partition}]`;
    const outcome = await invokeAttempt(() => this.execute(pl, controller), timeoutMs, controller, label, undefined, clock);
    for (const t of pl.tasks) t.controller = undefined;
    if (this.host.stopped || pl.tasks.some((t) => (t.snapshot.value as TaskState) !== "running")) return;
    let failure: unknown = outcome.ok ? undefined : outcome.error instanceof StageFault ? outcome.error.error : outcome.error;
    if (outcome.ok) {
      const effects: Effect[] = [];
      try {
        // Combining and encoding come before the success is logged: a combiner or an encoding
        // that fails fails the stage (not retried: the worker's accumulators may already hold
        // part of this partition). What they produce is handed on after it is logged, so the
        // log shows causes before effects.
        this.dispatch(pl, outcome.value as Outputs, effects);
      } catch (err) {
        failure = err;
      }
      if (failure === undefined) {
        this.step(pl, { type: "attempt.succeeded", at: clock.now() });
        for (const e of effects) {
          try {
            e.run();
          } catch (err) {
            // Taking the data in failed on this worker (a combiner's merge, say): its consumer fails.
            this.host.fail(e.node, err);
          }
        }
        return;
      }
    }
    const error = userError(outcome.ok ? { ...toErrorInfo(failure), terminal: true } : toErrorInfo(failure));
    const member = !outcome.ok && outcome.error instanceof StageFault ? outcome.error.member : undefined;
    this.step(pl, { type: "attempt.failed", at: clock.now(), error, draw: this.host.random.next(), member });
  }

  private async execute(pl: Pipeline, abort: AttemptAbort): Promise<Outputs> {
    const p = pl.partition;
    const out: Outputs = { forward: new Map(), keyed: new Map(), aggregate: new Map(), gather: new Map(), counts: new Map() };
    const contexts = await Promise.all(pl.members.map((m, i) => this.context(m, pl.tasks[i]!, p, abort)));
    // Said again wherever this attempt resumes after an await: other pipelines ran meanwhile.
    const label = `stage ${pl.members.map((m) => `${m.name}[${p}]`).join(" → ")}`;
    this.host.entering(label);
    const tail = pl.members[pl.members.length - 1]!;
    let push = this.tailEmitter(tail, pl.members.length - 1, p, out);
    const finishers: Array<() => Promise<void>> = [];
    // Compose from the tail backwards: each stage's op feeds the next one's push.
    for (let i = pl.members.length - 1; i >= 0; i--) {
      const m = pl.members[i]!;
      if (m.op === "source" || m.op === "keyed") continue; // heads that produce, not transform
      const wrapped = this.opPush(m, i, contexts[i]!, push, finishers);
      const edge = `${m.deps[0]}->${m.name}`;
      push = i > 0 ? countingPush(out.counts, edge, wrapped) : wrapped;
    }
    const head = pl.members[0]!;
    if (head.op === "source") {
      // Errors of the source's own code (its call, its generator) are its own; those of the
      // stages it feeds come out of push() already blamed on them.
      try {
        const produced = await this.impl(head).fn(p, contexts[0]);
        this.host.entering(label);
        if (isAsyncIterable(produced)) {
          for await (const r of produced) {
            if (abort.isAborted) break;
            this.host.entering(label);
            push(r);
          }
        } else if (produced != null && typeof (produced as Iterable<unknown>)[Symbol.iterator] === "function") {
          for (const r of produced as Iterable<unknown>) push(r);
        } else {
          throw misuse(`source "${head.name}" must return (or yield) records: an array, an iterable or an async iterable; it returned ${describe(produced)}.`);
        }
      } catch (err) {
        throw blame(0, err);
      }
    } else if (head.op === "keyed") {
      const part = this.inboxes.get(head.name)?.parts.get(p);
      if (part) for (const entry of part.values()) push(entry);
    } else {
      for (const r of pl.input ?? []) push(r);
    }
    for (const f of finishers) {
      this.host.entering(label);
      await f();
    }
    abort.throwIfAborted();
    return out;
  }

  /**
   * The push function of one forward stage's op (member `i` of its pipeline). Errors of the
   * stage's own code are blamed on it; a Promise where a record (or a verdict) belongs is
   * refused: map, filter and flatMap run synchronously, once per record.
   */
  private opPush(m: NodeSpec, i: number, ctx: StageContext<unknown, unknown, unknown>, next: (r: unknown) => void, finishers: Array<() => Promise<void>>): (r: unknown) => void {
    const fn = this.impl(m).fn;
    const call = (r: unknown): unknown => {
      try {
        return fn(r, ctx);
      } catch (err) {
        throw blame(i, err);
      }
    };
    const async = (what: string) =>
      blame(i, misuse(`${m.op} "${m.name}" returned ${what}: map, filter and flatMap run synchronously, once per record. Do asynchronous work in a source (it may be an async generator) or a sink, or in a task node.`));
    switch (m.op) {
      case "map":
        return (r) => {
          const v = call(r);
          if (isThenable(v)) throw async("a Promise");
          next(v);
        };
      case "filter":
        return (r) => {
          const keep = call(r);
          if (keep && isThenable(keep)) throw async("a Promise where true or false belongs");
          if (keep) next(r);
        };
      case "flatMap":
        return (r) => {
          const xs = call(r) as Iterable<unknown> | null | undefined;
          if (xs == null || typeof xs[Symbol.iterator] !== "function") {
            if (isThenable(xs) || isAsyncIterable(xs)) throw async(describe(xs));
            throw blame(i, misuse(`flatMap "${m.name}" must return an iterable (an array, a generator) for each record; it returned ${describe(xs)}.`));
          }
          try {
            for (const x of xs) next(x);
          } catch (err) {
            throw blame(i, err); // a generator's own error is this stage's; next()'s are blamed already
          }
        };
      case "sink": {
        const records: unknown[] = [];
        finishers.push(async () => {
          try {
            await fn(records, ctx);
          } catch (err) {
            throw blame(i, err);
          }
        });
        return (r) => records.push(r);
      }
      default:
        throw new WeftError(ErrorCode.InvalidWorkflow, `stage "${m.name}" has op "${m.op}", which cannot follow another stage`);
    }
  }

  /** Where the tail stage's records go: every consumer of it. */
  private tailEmitter(tail: NodeSpec, tailIndex: number, p: number, out: Outputs): (r: unknown) => void {
    const sinks: Array<(r: unknown) => void> = [];
    for (const c of this.host.consumersOf(tail.name)) {
      if (c.kind === "stage" && c.op === "keyed") {
        const fold = newFold();
        out.keyed.set(c.name, fold);
        const { keyOf, combiner } = this.impl(c);
        if (!keyOf || !combiner) throw new WeftError(ErrorCode.WorkflowLoad, `keyed stage "${c.name}" has no key function or combiner in the bundle`);
        const { prim, objs } = fold;
        // Map-side combine: each key's records fold into one accumulator before anything is sent.
        sinks.push((r) => {
          try {
            const key = keyOf(r);
            const t = typeof key;
            if (t === "string" || t === "number" || t === "boolean") {
              const acc = prim.get(key);
              prim.set(key, combiner.add(acc === undefined && !prim.has(key) ? combiner.zero() : acc, r));
            } else {
              const id = objectKeyId(c.name, key);
              const entry = objs.get(id);
              if (entry) entry[1] = combiner.add(entry[1], r);
              else objs.set(id, [key, combiner.add(combiner.zero(), r)]);
            }
          } catch (err) {
            throw blame(tailIndex, err);
          }
        });
      } else if (c.kind === "aggregate") {
        const combiner = this.combinerOf(c);
        out.aggregate.set(c.name, combiner.zero());
        sinks.push((r) => {
          try {
            out.aggregate.set(c.name, combiner.add(out.aggregate.get(c.name), r));
          } catch (err) {
            throw blame(tailIndex, err);
          }
        });
      } else if (c.kind === "collect") {
        const records: unknown[] = [];
        out.gather.set(c.name, records);
        sinks.push((r) => records.push(r));
      } else if (c.kind === "stage") {
        const records: unknown[] = [];
        out.forward.set(c.name, records);
        sinks.push((r) => records.push(r));
      }
    }
    if (sinks.length === 0) return () => {};
    if (sinks.length === 1) return sinks[0]!;
    return (r) => {
      for (const s of sinks) s(r);
    };
  }

  private async context(m: NodeSpec, task: Task, p: number, abort: AttemptAbort): Promise<StageContext<unknown, unknown, unknown>> {
    const state = m.hasInit ? await this.host.initState(m.name) : undefined;
    const bi = m.routing.indexOf("broadcast");
    return this.host.context(task, abort, state, {
      partition: p,
      partitions: this.partitionsOf(m),
      broadcast: bi >= 0 ? this.host.value(m.deps[bi]!) : undefined,
      idempotencyKey: `${this.host.runId}/${m.name}/${p}`,
    });
  }

  // ---------- after a pipeline ----------

  private dispatch(pl: Pipeline, out: Outputs, effects: Effect[]): void {
    const tail = pl.members[pl.members.length - 1]!;
    const p = pl.partition;
    for (const [edge, c] of out.counts) {
      const [from, to] = edge.split("->") as [string, string];
      this.host.account(from, to, { localRecords: c.records, localBytes: c.bytes });
    }
    for (const [to, records] of out.forward) {
      const owner = this.owners.get(to)![p]!;
      if (owner === this.host.me) {
        this.host.account(tail.name, to, { localRecords: records.length, localBytes: estimateBytes(records) });
        effects.push({ node: to, run: () => this.forwardArrived(to, p, records) });
      } else {
        const body = { stageRecords: { node: to, from: tail.name, partition: p, records: encodeValue(records, `stage "${tail.name}"`) } };
        effects.push({ node: to, run: () => this.host.send(owner, body, { from: tail.name, to, records: records.length }) });
      }
    }
    for (const [to, fold] of out.keyed) {
      const acc = this.outgoingKeyed.get(`${tail.name}->${to}`)!;
      mergeFold(acc.value, fold, this.combinerOf(this.host.node(to)).merge);
      if (--acc.left === 0) this.flushKeyed(tail.name, to, acc, effects);
    }
    for (const [to, partial] of out.aggregate) {
      const acc = this.outgoingAgg.get(`${tail.name}->${to}`)!;
      acc.value = this.combinerOf(this.host.node(to)).merge(acc.value, partial);
      if (--acc.left === 0) this.flushAggregate(tail.name, to, acc, effects);
    }
    for (const [to, records] of out.gather) {
      const acc = this.outgoingGather.get(`${tail.name}->${to}`)!;
      acc.value.set(p, records);
      if (--acc.left === 0) this.flushGather(tail.name, to, acc, effects);
    }
  }

  /** Every local partition of `from` is done: one batch per worker that holds partitions of `to`. */
  private flushKeyed(from: string, to: string, acc: Pending<KeyFold>, effects: Effect[]): void {
    const owners = this.owners.get(to)!;
    const entries: [unknown, unknown][][] = owners.map(() => []);
    for (const [key, a] of acc.value.prim) entries[partitionOfKey(key, owners.length)]!.push([key, a]);
    for (const [key, a] of acc.value.objs.values()) entries[partitionOfKey(key, owners.length)]!.push([key, a]);
    const byWorker = new Map<number, number[]>();
    owners.forEach((w, r) => {
      if (!byWorker.has(w)) byWorker.set(w, []);
      byWorker.get(w)!.push(r);
    });
    for (const [w, partitions] of byWorker) {
      const parts = partitions.map((r) => ({ partition: r, entries: entries[r]! }));
      const records = parts.reduce((n, x) => n + x.entries.length, 0);
      const covered = acc.covered;
      if (w === this.host.me) {
        this.host.account(from, to, { localRecords: records, localBytes: estimateBytes(parts) });
        effects.push({ node: to, run: () => this.shuffleArrived(to, covered, parts) });
      } else {
        const body = {
          shuffleBatch: { node: to, from, covered, parts: parts.map((x) => ({ partition: x.partition, entries: encodeValue(x.entries, `stage "${from}"`) })) },
        };
        effects.push({ node: to, run: () => this.host.send(w, body, { from, to, records }) });
      }
    }
    acc.value = newFold();
  }

  /** Every local partition of `from` is done: the worker's partial joins its tree node. */
  private flushAggregate(from: string, to: string, acc: Pending<unknown>, effects: Effect[]): void {
    const { covered, value } = acc;
    if (this.trees.get(to)?.parent === undefined) this.host.account(from, to, { localRecords: 1, localBytes: estimateBytes(value) });
    // Merged (and, if that completes the subtree, encoded) now, so a failing combiner or
    // encoding fails this stage; handed on once its success is logged.
    const handOn = this.foldIntoTree(to, covered, value);
    if (handOn) effects.push({ node: to, run: handOn });
  }

  private flushGather(from: string, to: string, acc: Pending<Map<number, unknown[]>>, effects: Effect[]): void {
    const w = this.host.placement.nodeWorker[to]!;
    const parts = [...acc.value.entries()].map(([partition, records]) => ({ partition, records }));
    const records = parts.reduce((n, x) => n + x.records.length, 0);
    const covered = acc.covered;
    if (w === this.host.me) {
      this.host.account(from, to, { localRecords: records, localBytes: estimateBytes(parts) });
      effects.push({ node: to, run: () => this.gatherArrived(to, covered, parts) });
    } else {
      const body = {
        gatherBatch: { node: to, from, covered, parts: parts.map((x) => ({ partition: x.partition, records: encodeValue(x.records, `stage "${from}"`) })) },
      };
      effects.push({ node: to, run: () => this.host.send(w, body, { from, to, records }) });
    }
    acc.value = new Map();
  }

  // ---------- arrivals ----------

  /** Data for stages from another worker. */
  receive(message: weft.v1.DataMessage): void {
    switch (message.body) {
      case "stageRecords": {
        const m = message.stageRecords!;
        this.forwardArrived(m.node ?? "", m.partition ?? 0, decodeValue(m.records ?? new Uint8Array()) as unknown[]);
        return;
      }
      case "shuffleBatch": {
        const m = message.shuffleBatch!;
        const parts = (m.parts ?? []).map((x) => ({ partition: x.partition ?? 0, entries: decodeValue(x.entries ?? new Uint8Array()) as [unknown, unknown][] }));
        this.shuffleArrived(m.node ?? "", m.covered ?? 0, parts);
        return;
      }
      case "partialAggregate": {
        const m = message.partialAggregate!;
        this.aggregateArrived(m.node ?? "", m.covered ?? 0, decodeValue(m.accumulator ?? new Uint8Array()));
        return;
      }
      case "gatherBatch": {
        const m = message.gatherBatch!;
        const parts = (m.parts ?? []).map((x) => ({ partition: x.partition ?? 0, records: decodeValue(x.records ?? new Uint8Array()) as unknown[] }));
        this.gatherArrived(m.node ?? "", m.covered ?? 0, parts);
        return;
      }
      default:
        throw new WeftError(ErrorCode.Decode, `unexpected data message "${String(message.body)}"`);
    }
  }

  private forwardArrived(stage: string, p: number, records: unknown[]): void {
    const key = `${stage}#${p}`;
    const pl = this.pipelines.get(key);
    if (!pl || pl.input !== undefined) return; // not ours, or a duplicate
    pl.input = records;
    this.tryStart(key);
  }

  private shuffleArrived(stage: string, covered: number, parts: { partition: number; entries: [unknown, unknown][] }[]): void {
    const node = this.host.node(stage);
    const merge = this.combinerOf(node).merge;
    let inbox = this.inboxes.get(stage);
    if (!inbox) this.inboxes.set(stage, (inbox = { covered: 0, parts: new Map() }));
    for (const { partition, entries } of parts) {
      let map = inbox.parts.get(partition);
      if (!map) inbox.parts.set(partition, (map = new Map()));
      for (const [key, acc] of entries) {
        const id = keyIdentity(key);
        const e = map.get(id);
        if (e) e[1] = merge(e[1], acc);
        else map.set(id, [key, acc]);
      }
    }
    inbox.covered += covered;
    if (inbox.covered >= this.partitionsOf(this.host.node(node.deps[0]!))) {
      const local = this.localPartitions(stage);
      const rest = inSlices(local.length, (i) => this.tryStart(`${stage}#${local[i]}`), { stop: () => this.host.stopped });
      void rest?.catch((err: unknown) => this.host.fail(stage, err));
    }
  }

  /** A child's merged partial, over NATS. */
  private aggregateArrived(node: string, covered: number, partial: unknown): void {
    this.foldIntoTree(node, covered, partial)?.();
  }

  /**
   * Merges a partial into this worker's node of the aggregate's tree. When that completes the
   * subtree, returns what hands the merged value on: to the parent worker (encoded here), or,
   * at the root, to the aggregate node.
   */
  private foldIntoTree(node: string, covered: number, partial: unknown): (() => void) | undefined {
    const spec = this.host.node(node);
    const t = this.trees.get(node);
    if (!t || t.done) throw new WeftError(ErrorCode.Decode, `a partial for aggregate "${node}" that this worker does not (or no longer) merge`);
    t.acc = this.combinerOf(spec).merge(t.acc, partial);
    t.covered += covered;
    if (t.covered < t.expected) return undefined;
    t.done = true;
    const acc = t.acc;
    if (t.parent === undefined) return () => this.host.completeGathered(spec, acc);
    const from = spec.deps[0]!;
    const body = { partialAggregate: { node, from, covered: t.covered, accumulator: encodeValue(acc, `aggregate "${node}"`) } };
    const parent = t.parent;
    return () => this.host.send(parent, body, { from, to: node, records: 1 });
  }

  private gatherArrived(node: string, covered: number, parts: { partition: number; records: unknown[] }[]): void {
    const spec = this.host.node(node);
    let g = this.gathers.get(node);
    if (!g) this.gathers.set(node, (g = { covered: 0, parts: new Map() }));
    for (const x of parts) g.parts.set(x.partition, x.records);
    g.covered += covered;
    const total = this.partitionsOf(this.host.node(spec.deps[0]!));
    if (g.covered >= total) {
      const all: unknown[] = [];
      for (let p = 0; p < total; p++) for (const r of g.parts.get(p) ?? []) all.push(r);
      this.host.completeGathered(spec, all);
    }
  }
}

/** Folds `from` into `into` (accumulators of one key merged). */
function mergeFold(into: KeyFold, from: KeyFold, merge: (a: unknown, b: unknown) => unknown): void {
  if (into.prim.size === 0 && into.objs.size === 0) {
    into.prim = from.prim; // the first partition's fold is taken as it is
    into.objs = from.objs;
    return;
  }
  for (const [key, a] of from.prim) into.prim.set(key, into.prim.has(key) ? merge(into.prim.get(key), a) : a);
  for (const [id, e] of from.objs) {
    const mine = into.objs.get(id);
    if (mine) mine[1] = merge(mine[1], e[1]);
    else into.objs.set(id, e);
  }
}

/**
 * Counts the records (and estimates the bytes) crossing a fused edge: no array, no copy, just
 * counters. Buffers and strings are measured exactly; other records are sampled (1 in 64).
 */
function countingPush(counts: Map<string, { records: number; bytes: number }>, edge: string, next: (r: unknown) => void): (r: unknown) => void {
  const c = { records: 0, bytes: 0 };
  counts.set(edge, c);
  return (r) => {
    c.records++;
    if (ArrayBuffer.isView(r)) c.bytes += r.byteLength;
    else if (typeof r === "string") c.bytes += r.length;
    else if ((c.records & 63) === 1) c.bytes += estimateBytes(r) * 64;
    next(r);
  };
}

/**
 * The text a key that is not a string, number or boolean is grouped by: its JSON. A key JSON
 * cannot write (undefined, a function, a symbol, a BigInt) would group unrelated records, so it
 * is refused, naming the keyed stage.
 */
function objectKeyId(stage: string, key: unknown): string {
  const t = typeof key;
  let id: string | undefined;
  let why = "";
  try {
    if (t !== "undefined" && t !== "function" && t !== "symbol" && t !== "bigint") id = JSON.stringify(key);
  } catch (err) {
    why = ` (${(err as Error).message})`;
  }
  if (id === undefined) {
    throw misuse(`the key function of "${stage}" returned ${describe(key)}${why} for a record: a key must be a string, a number, a boolean, null, or an array or object JSON can write.`);
  }
  return id;
}
