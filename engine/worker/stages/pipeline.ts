/**
 * One attempt of a pipeline: the stages of a fused chain composed into one push function per
 * partition (operator chaining). Records flow through the members' functions one by one, with
 * no array between them; what leaves the tail is folded into the partition's Outputs (per key
 * for a keyed consumer, into one partial for an aggregate, into batches otherwise), which the
 * exchange (exchange.ts) hands on once the attempt's success is logged.
 */
import type { Accounts } from "./exchange.js";
import { EdgeCounter } from "./edge-counter.js";
import { ErrorCode, WeftError } from "../../errors.js";
import type { NodeSpec } from "../../../model/graph.js";
import type { StageContext } from "../../../model/context.js";
import type { AttemptAbort } from "../invoke.js";
import type { Task } from "../task-record.js";
import { Slicer } from "../slot-pool.js";
import type { CpuTurn } from "../cpu-turn.js";
import type { WorkLabeler } from "../work-labeler.js";
import { keySlotFor, newFold, NO_ACC, objectKeyId, place, type KeyDictionary, type KeyFold } from "./key-fold.js";
import type { StageLayout } from "./layout.js";
import type { StageAttempts, StageValues } from "./ports.js";
import { Backlog, BATCH, onePerRecord, type RecordPush } from "./record-push.js";
import { describe, isAsyncIterable, isThenable, misuse } from "./user-shapes.js";
import { afterBigArray } from "../young-generation.js";

/** One partition of a chain of fused stages, run as one. */
export interface Pipeline {
  /** "head#partition": the pipeline's id, and its key among the flow's pipelines. */
  id: string;
  members: NodeSpec[];
  partition: number;
  tasks: Task[];
  started: boolean;
  /** A forward head's input, once it is here. */
  input: unknown[] | undefined;
  /** Moved here from its owner before it started: the accumulators its outputs go into (exchange.ts). */
  account?: Accounts;
  /** Moved to another worker before it started: it does not run here. */
  handedOver?: boolean;
}

/** Where a pipeline's records go after its last stage, for one partition. */
export interface Outputs {
  forward: Map<string, unknown[]>; // consumer stage -> records (materialised: not fused)
  keyed: Map<string, KeyFold>; // keyed consumer -> this partition's fold
  aggregate: Map<string, unknown>; // aggregate node -> partial
  gather: Map<string, unknown[]>; // collect node -> records
  counts: Map<string, EdgeCounter>; // edge "from->to" -> what crossed it in memory
}

/**
 * An error thrown by one member's code in a fused pipeline, with the member's index: the
 * pipeline's failure is that stage's, and its retry policy decides (core/pipeline-step.ts).
 */
export class StageFault extends Error {
  constructor(
    readonly member: number,
    readonly error: unknown,
  ) {
    super(`stage ${member} of a pipeline failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
    this.name = "StageFault";
  }
}

/** Blames member `i`, unless a stage further down the chain was already blamed. */
function blame(i: number, err: unknown): StageFault {
  return err instanceof StageFault ? err : new StageFault(i, err);
}

export class PipelineRunner {
  constructor(
    private readonly values: StageValues,
    private readonly layout: StageLayout,
    private readonly attempts: StageAttempts,
    private readonly labeler: WorkLabeler,
    private readonly cpu: CpuTurn,
    /** A keyed head's input for partition p: its merged [key, accumulator] entries. */
    private readonly keyedInput: (stage: string, partition: number) => Iterable<[unknown, unknown]> | undefined,
    /** The key dictionary to share with the fold a partition's keyed output is merged into (key-fold.ts). */
    private readonly keyDictionary: (from: string, to: string, account: Accounts | undefined) => KeyDictionary | undefined = () => undefined,
  ) {}

  /** Runs one attempt of `pl`; resolves with what it produced, rejects (a StageFault when blamed). */
  async execute(pl: Pipeline, abort: AttemptAbort): Promise<Outputs> {
    const p = pl.partition;
    const out: Outputs = { forward: new Map(), keyed: new Map(), aggregate: new Map(), gather: new Map(), counts: new Map() };
    const contexts = await Promise.all(pl.members.map((m, i) => this.context(m, pl.tasks[i]!, p, abort)));
    // Said again wherever this attempt resumes after an await: other pipelines ran meanwhile.
    const label = `stage ${pl.members.map((m) => `${m.name}[${p}]`).join(" → ")} (run ${this.values.runId})`;
    this.labeler.entering(label);
    const tail = pl.members[pl.members.length - 1]!;
    let push: RecordPush = this.tailEmitter(tail, pl.members.length - 1, out, pl.account);
    const finishers: Array<() => Promise<void>> = [];
    const head = pl.members[0]!;
    const first = head.op === "source" || head.op === "keyed" ? 1 : 0; // the first stage that transforms
    // A first flatMap leaves the rest of a big array to the driver (below), which drains it in slices.
    const backlog = pl.members[first]?.op === "flatMap" ? new Backlog() : undefined;
    // Compose from the tail backwards: each stage's op feeds the next one's push.
    for (let i = pl.members.length - 1; i >= 0; i--) {
      const m = pl.members[i]!;
      if (m.op === "source" || m.op === "keyed") continue; // heads that produce, not transform
      const wrapped = this.opPush(m, i, contexts[i]!, push, finishers, i === first ? backlog : undefined);
      const edge = `${m.deps[0]}->${m.name}`;
      push = i > 0 ? countingPush(out.counts, edge, wrapped) : wrapped;
    }
    // A partition of millions of records is seconds of work: it goes in slices, letting the
    // worker's heartbeats and I/O through (the stages' own code is synchronous per record).
    const slicer = new Slicer();
    /** After a slice is due: false when the attempt was aborted meanwhile. */
    const breathe = async (): Promise<boolean> => {
      await slicer.pause();
      if (abort.isAborted) return false;
      this.labeler.entering(label);
      return true;
    };
    /** Hands on what the first flatMap deferred, in slices; false when aborted meanwhile. */
    const drain = async (): Promise<boolean> => {
      if (!backlog?.pending) return true;
      while (backlog.pending) {
        if (slicer.due(backlog.step()) && !(await breathe())) return false;
      }
      // Here, with no frame holding the array any more: its records are garbage now.
      afterBigArray(backlog.takeFinished());
      return true;
    };
    // The record loop runs in this worker's CPU turn (cpu-turn.ts), held across its slices.
    const pushAll = async (records: Iterable<unknown>): Promise<void> => {
      await this.cpu.take();
      try {
        if (!abort.isAborted) {
          this.labeler.entering(label);
          await pushInTurn(records);
        }
      } finally {
        this.cpu.give();
      }
    };
    const pushInTurn = async (records: Iterable<unknown>): Promise<void> => {
      if (Array.isArray(records) && !backlog) {
        for (let lo = 0; lo < records.length; lo += BATCH) {
          push.many(records, lo, Math.min(lo + BATCH, records.length));
          if (slicer.due(BATCH) && !(await breathe())) return;
        }
        return;
      }
      // With a backlog, one record at a time: each one's output is drained before the next goes in.
      for (const r of records) {
        push.one(r);
        if (backlog?.pending && !(await drain())) return;
        if (slicer.due() && !(await breathe())) return;
      }
    };
    if (head.op === "source") {
      // Errors of the source's own code (its call, its generator) are its own; those of the
      // stages it feeds come out of push() already blamed on them.
      try {
        const source = this.layout.impl(head).fn; // a plain call: its frame takes the function's own name
        const produced = await source(p, contexts[0]);
        this.labeler.entering(label);
        if (isAsyncIterable(produced)) {
          for await (const r of produced) {
            if (abort.isAborted) break;
            this.labeler.entering(label);
            push.one(r);
            if (!(await drain())) break;
            // An async generator that never waits for I/O resumes in microtasks: it would hold the loop too.
            if (slicer.due()) await slicer.pause();
          }
        } else if (produced != null && typeof (produced as Iterable<unknown>)[Symbol.iterator] === "function") {
          await pushAll(produced as Iterable<unknown>);
        } else {
          throw misuse(`source "${head.name}" must return (or yield) records: an array, an iterable or an async iterable; it returned ${describe(produced)}.`);
        }
      } catch (err) {
        throw blame(0, err);
      }
    } else if (head.op === "keyed") {
      const part = this.keyedInput(head.name, p);
      if (part) await pushAll(part);
    } else {
      await pushAll(pl.input ?? []);
    }
    for (const f of finishers) {
      this.labeler.entering(label);
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
  private opPush(
    m: NodeSpec,
    i: number,
    ctx: StageContext<unknown, unknown, unknown>,
    next: RecordPush,
    finishers: Array<() => Promise<void>>,
    backlog: Backlog | undefined,
  ): RecordPush {
    const fn = this.layout.impl(m).fn;
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
        return onePerRecord((r) => {
          const v = call(r);
          if (isThenable(v)) throw async("a Promise");
          next.one(v);
        });
      case "filter":
        return onePerRecord((r) => {
          const keep = call(r);
          if (keep && isThenable(keep)) throw async("a Promise where true or false belongs");
          if (keep) next.one(r);
        });
      case "flatMap":
        return onePerRecord((r) => {
          const xs = call(r) as Iterable<unknown> | null | undefined;
          if (xs == null || typeof xs[Symbol.iterator] !== "function") {
            if (isThenable(xs) || isAsyncIterable(xs)) throw async(describe(xs));
            throw blame(i, misuse(`flatMap "${m.name}" must return an iterable (an array, a generator) for each record; it returned ${describe(xs)}.`));
          }
          try {
            // An array goes on in batches: the next stage loops over each. A big one's rest is
            // the driver's to hand on, in slices, when this is the chain's first stage.
            if (Array.isArray(xs)) {
              if (backlog && xs.length > BATCH) {
                next.many(xs, 0, BATCH);
                backlog.defer(xs, BATCH, next);
              } else next.many(xs, 0, xs.length);
            } else for (const x of xs) next.one(x);
          } catch (err) {
            throw blame(i, err); // a generator's own error is this stage's; next's are blamed already
          }
        });
      case "sink": {
        const records: unknown[] = [];
        finishers.push(async () => {
          try {
            await fn(records, ctx);
          } catch (err) {
            throw blame(i, err);
          }
        });
        return {
          one: (r) => records.push(r),
          many: (rs, lo, hi) => {
            for (let j = lo; j < hi; j++) records.push(rs[j]);
          },
        };
      }
      default:
        throw new WeftError(ErrorCode.InvalidWorkflow, `stage "${m.name}" has op "${m.op}", which cannot follow another stage`);
    }
  }

  /** Where the tail stage's records go: every consumer of it. */
  private tailEmitter(tail: NodeSpec, tailIndex: number, out: Outputs, account: Accounts | undefined): RecordPush {
    const sinks: RecordPush[] = [];
    for (const c of this.values.consumersOf(tail.name)) {
      if (c.kind === "stage" && c.op === "keyed") {
        sinks.push(this.keyedFold(c, tailIndex, out, this.keyDictionary(tail.name, c.name, account)));
      } else if (c.kind === "aggregate") {
        const combiner = this.layout.combinerOf(c);
        let acc = combiner.zero();
        out.aggregate.set(c.name, acc);
        const add = (r: unknown) => {
          try {
            acc = combiner.add(acc, r);
          } catch (err) {
            throw blame(tailIndex, err);
          }
          out.aggregate.set(c.name, acc);
        };
        sinks.push(onePerRecord(add));
      } else if (c.kind === "collect" || c.kind === "stage") {
        const records: unknown[] = [];
        (c.kind === "collect" ? out.gather : out.forward).set(c.name, records);
        sinks.push({
          one: (r) => records.push(r),
          many: (rs, lo, hi) => {
            for (let j = lo; j < hi; j++) records.push(rs[j]);
          },
        });
      }
    }
    if (sinks.length === 0) return { one: () => {}, many: () => {} };
    if (sinks.length === 1) return sinks[0]!;
    return {
      one: (r) => {
        for (const s of sinks) s.one(r);
      },
      many: (rs, lo, hi) => {
        for (const s of sinks) s.many(rs, lo, hi);
      },
    };
  }

  /**
   * Map-side combine into keyed consumer `c`: each key's records fold into its slot before
   * anything is sent. A record of a key already seen costs one lookup (a string key: in the
   * dictionary's string table, string-slots.ts) and an array write, and a batch is one loop
   * here, not a call per record.
   */
  private keyedFold(c: NodeSpec, tailIndex: number, out: Outputs, dict: KeyDictionary | undefined): RecordPush {
    const fold = newFold(dict);
    out.keyed.set(c.name, fold);
    const { keyOf, combiner } = this.layout.impl(c);
    if (!keyOf || !combiner) throw new WeftError(ErrorCode.WorkflowLoad, `keyed stage "${c.name}" has no key function or combiner in the bundle`);
    const { strings, primitives, objects, accs } = fold;
    /** A key's first record in this partition: a slot (new, or the shared dictionary's), and its accumulator. */
    const open = (key: unknown, r: unknown): void => {
      place(accs, keySlotFor(fold, key, c.name), combiner.add(combiner.zero(), r));
    };
    const one = (r: unknown): void => {
      const key = keyOf(r);
      let slot: number | undefined;
      if (typeof key === "string") slot = strings.get(key); // the common case: a word, an id
      else if (typeof key === "number" || typeof key === "boolean") slot = primitives.get(key);
      else slot = objects.get(objectKeyId(c.name, key));
      let acc: unknown;
      if (slot !== undefined && slot >= 0 && slot < accs.length && (acc = accs[slot]) !== NO_ACC) accs[slot] = combiner.add(acc, r);
      else open(key, r);
    };
    return {
      one: (r) => {
        try {
          one(r);
        } catch (err) {
          throw blame(tailIndex, err);
        }
      },
      many: (rs, lo, hi) => {
        try {
          for (let j = lo; j < hi; j++) one(rs[j]);
        } catch (err) {
          throw blame(tailIndex, err);
        }
      },
    };
  }

  private async context(m: NodeSpec, task: Task, p: number, abort: AttemptAbort): Promise<StageContext<unknown, unknown, unknown>> {
    const state = m.hasInit ? await this.attempts.initState(m.name) : undefined;
    const bi = m.routing.indexOf("broadcast");
    return this.attempts.context(task, abort, state, {
      partition: p,
      partitions: this.layout.partitionsOf(m),
      broadcast: bi >= 0 ? this.values.value(m.deps[bi]!) : undefined,
      idempotencyKey: `${this.values.runId}/${m.name}/${p}`,
    });
  }
}

/** Counts the records (and estimates the bytes) crossing a fused edge: no array, no copy, just counters. */
function countingPush(counts: Map<string, EdgeCounter>, edge: string, next: RecordPush): RecordPush {
  const c = new EdgeCounter();
  counts.set(edge, c);
  return {
    one: (r) => {
      c.add(r);
      next.one(r);
    },
    many: (rs, lo, hi) => {
      c.addMany(rs, lo, hi);
      next.many(rs, lo, hi);
    },
  };
}
