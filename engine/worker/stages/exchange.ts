/**
 * What crosses between pipelines and workers: a finished pipeline's outputs are combined on the
 * worker first (per key for a shuffle, into one partial for an aggregate, into one batch for a
 * collect), then sent once per receiving worker (an aggregate's partial goes up its aggregation
 * tree, core/aggregation-tree.ts); arrivals are taken in here and start what they complete.
 * Receivers count the producer partitions each batch covers: a partition is complete when
 * every producer partition is accounted for.
 */
import { aggregationTree } from "../../core/aggregation-tree.js";
import { estimateBytes } from "../../core/estimate-bytes.js";
import { partitionOfKey } from "../../core/record-keys.js";
import { ErrorCode, WeftError } from "../../errors.js";
import type { weft } from "../../gen/weft.js";
import type { NodeSpec } from "../../../model/graph.js";
import { decodeValue, encodeValue } from "../../wire/value-codec.js";
import { dictionaryOf, foldRecords, mergeColumns, mergeFold, newFold, NO_ACC, type KeyDictionary, type KeyFold } from "./key-fold.js";
import type { StageLayout } from "./layout.js";
import { inSlices } from "../slot-pool.js";
import type { Outputs, Pipeline } from "./pipeline.js";
import type { StageOutbox, StageRun, StageValues } from "./ports.js";
import { chainCarriesOver } from "../../core/stage-recovery.js";
import { CarryBook, type CarriedChain, type EdgeCarry, type KeptPart, type StageCarry } from "./stage-carry.js";

/** One target partition's share of a shuffle: its keys and their accumulators, slot by slot. */
interface ShuffleColumns {
  partition: number;
  keys: unknown[];
  accs: unknown[];
}

/** What a finished pipeline hands on, once its success is logged; `node` is the receiving node. */
export interface Effect {
  node: string;
  /** A promise when it goes in slices (taking a shuffle's keys in). */
  run: () => void | Promise<void>;
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
export interface Pending<T> {
  left: number; // local partitions of the producer still to finish
  covered: number;
  value: T;
  /** A shuffle's part sent in an earlier epoch (kept), per consumer partition: sent again with the rest. */
  carried?: ReadonlyMap<number, KeptPart>;
}

/**
 * The accumulators a pipeline's outputs go into: the worker's own (its partitions in the
 * layout, `owner` is this worker), or those of one batch of partitions moved here from their
 * owner (core/stage-handover.ts): sent on their own, covering those partitions, an aggregate's
 * partial to the owner's node in the tree.
 */
export interface Accounts {
  owner: number;
  keyed: Map<string, Pending<KeyFold>>; // "from->to"
  aggregate: Map<string, Pending<unknown>>;
  gather: Map<string, Pending<Map<number, unknown[]>>>;
}

/** A run's stages could not be set up on this worker because of node `node` (its combiner, its fan-in). */
export class StartFault extends Error {
  constructor(
    readonly node: string,
    readonly error: unknown,
  ) {
    super(`the stages could not be set up because of node "${node}": ${(error as Error)?.message ?? String(error)}`, { cause: error });
    this.name = "StartFault";
  }
}

/** What the exchange starts when an arrival completes a pipeline's input. */
export interface ExchangeStarts {
  /** A forward stage's partition got its records. */
  forwardArrived(stage: string, partition: number, records: unknown[]): void;
  /** Every producer partition of keyed stage `stage` is here: its local partitions may start. */
  keyedComplete(stage: string): void;
}

export class Exchange {
  private readonly inboxes = new Map<string, { covered: number; parts: Map<number, KeyFold> }>(); // keyed stage
  private readonly outgoingKeyed = new Map<string, Pending<KeyFold>>(); // "from->to"
  private readonly outgoingAgg = new Map<string, Pending<unknown>>();
  private readonly outgoingGather = new Map<string, Pending<Map<number, unknown[]>>>();
  private readonly trees = new Map<string, TreeNode>(); // aggregate node -> this worker's place in its tree
  private readonly gathers = new Map<string, { covered: number; parts: Map<number, unknown[]> }>(); // collect node here
  /** Which ended partitions the accumulators hold, for the run's next epoch here (stage-carry.ts). */
  private readonly book: CarryBook;
  /** Edges "from->to" whose every local producer partition was kept: sent once set up (flushKept). */
  private readonly keptWhole: string[] = [];
  /** The worker's own accumulators (the maps above). */
  private readonly own: Accounts;

  constructor(
    private readonly values: StageValues,
    private readonly layout: StageLayout,
    private readonly outbox: StageOutbox,
    private readonly run: StageRun,
    private readonly starts: ExchangeStarts,
  ) {
    // A run on one worker has no survivor to keep anything for.
    this.book = new CarryBook(values.placement.workers.length > 1);
    this.own = { owner: values.me, keyed: this.outgoingKeyed, aggregate: this.outgoingAgg, gather: this.outgoingGather };
  }

  /**
   * Producer-side accumulators: one per (producer stage, consumer) with local partitions, and
   * this worker's place in each aggregate's tree. Throws StartFault naming an aggregate whose
   * combiner's zero or fan-in fails. `kept` (by chain tail): partitions ended here in the run's
   * previous epoch, with what they accumulated: counted as done, their accumulators as the start.
   */
  setUp(kept: StageCarry = new Map()): void {
    const me = this.values.me;
    for (const s of this.layout.stages) {
      const local = this.layout.localPartitions(s.name).length;
      const carried = kept.get(s.name);
      if (carried) this.book.seed(s.name, carried.head, carried.partitions);
      const left = local - (carried?.partitions.size ?? 0);
      for (const c of this.values.consumersOf(s.name)) {
        const key = `${s.name}->${c.name}`;
        if (carried && left === 0 && local > 0 && this.values.isNeeded(s.name)) this.keptWhole.push(key);
        const edge = carried?.edges.get(c.name);
        if (c.kind === "stage" && c.op === "keyed") {
          const from = edge?.kind === "keyed" ? edge : undefined;
          this.outgoingKeyed.set(key, { left, covered: local, value: from?.fold ?? newFold(), ...(from ? { carried: from.parts } : {}) });
        }
        if (c.kind === "aggregate") {
          try {
            const value = edge?.kind === "aggregate" ? edge.value : this.layout.combinerOf(c).zero();
            this.outgoingAgg.set(key, { left, covered: local, value });
            const root = this.values.placement.nodeWorker[c.name]!;
            const place = aggregationTree(this.layout.ownersOf(s.name), root, this.layout.faninOf(c)).get(me);
            if (place) this.trees.set(c.name, { ...place, covered: 0, acc: this.layout.combinerOf(c).zero(), done: false });
          } catch (err) {
            throw new StartFault(c.name, err); // its combiner's zero, or its fan-in: the aggregate's failure
          }
        }
        if (c.kind === "collect") this.outgoingGather.set(key, { left, covered: local, value: edge?.kind === "gather" ? edge.value : new Map() });
      }
    }
  }

  /**
   * Hands on the accumulators that kept partitions completed (every local partition of their
   * producer was kept): what is to be sent or taken in goes into `effects`.
   */
  async flushKept(effects: Effect[]): Promise<void> {
    // Only those: an edge with a partition to run is sent when that one ends (dispatch).
    for (const edge of this.keptWhole) await this.flushEdge(edge, this.own, effects);
  }

  /** Hands on what an edge "from->to" of `account` accumulated (every partition it counts is in). */
  private async flushEdge(edge: string, account: Accounts, effects: Effect[]): Promise<void> {
    const [from, to] = edge.split("->") as [string, string];
    const keyed = account.keyed.get(edge);
    const agg = account.aggregate.get(edge);
    const gather = account.gather.get(edge);
    if (keyed) await this.flushKeyed(from, to, keyed, effects, account);
    else if (agg) this.flushAggregate(from, to, agg, effects, account);
    else if (gather) this.flushGather(from, to, gather, effects, account);
  }

  /**
   * Accumulators for `count` partitions of the chain ending in `tail` moved here from worker
   * `owner` (they went out of its own): one per edge leaving the chain. Throws StartFault naming
   * an aggregate whose combiner's zero fails.
   */
  openMoved(tail: string, count: number, owner: number): Accounts {
    const account: Accounts = { owner, keyed: new Map(), aggregate: new Map(), gather: new Map() };
    for (const c of this.values.consumersOf(tail)) {
      const key = `${tail}->${c.name}`;
      if (c.kind === "stage" && c.op === "keyed") account.keyed.set(key, { left: count, covered: count, value: newFold() });
      if (c.kind === "collect") account.gather.set(key, { left: count, covered: count, value: new Map() });
      if (c.kind === "aggregate") {
        try {
          account.aggregate.set(key, { left: count, covered: count, value: this.layout.combinerOf(c).zero() });
        } catch (err) {
          throw new StartFault(c.name, err);
        }
      }
    }
    return account;
  }

  /**
   * `count` partitions of the chain ending in `tail`, counted in `account` (undefined: this
   * worker's own), moved to another worker before they started: they no longer count here.
   * An edge whose other partitions all ended is handed on now (into `effects`).
   */
  async release(tail: string, count: number, account: Accounts | undefined, effects: Effect[]): Promise<void> {
    const from = account ?? this.own;
    // Every edge counts them out before the first await: a partition ending meanwhile must
    // not see an edge still counting them.
    const complete: string[] = [];
    for (const c of this.values.consumersOf(tail)) {
      const edge = `${tail}->${c.name}`;
      const acc = from.keyed.get(edge) ?? from.aggregate.get(edge) ?? from.gather.get(edge);
      if (!acc) continue;
      acc.left -= count;
      acc.covered -= count;
      if (acc.left === 0) complete.push(edge);
    }
    for (const edge of complete) await this.flushEdge(edge, from, effects);
  }

  /**
   * What this worker keeps into the run's next epoch, by chain head: each chain whose ended
   * partitions are wholly in its accumulators (none half taken in) and whose tail hands nothing
   * on partition by partition (core/stage-recovery.ts), with each edge's accumulated output.
   */
  carry(): StageCarry {
    const out = new Map<string, CarriedChain>();
    if (!this.book.on) return out;
    for (const [tail, chain] of this.book.whole()) {
      const consumers = this.values.consumersOf(tail);
      if (!chainCarriesOver(consumers, (i) => this.layout.isFused(consumers[i]!.name))) continue;
      const edges = new Map<string, EdgeCarry>();
      for (const c of consumers) {
        const key = `${tail}->${c.name}`;
        const sent = this.book.sent.get(key);
        const keyed = this.outgoingKeyed.get(key);
        const agg = this.outgoingAgg.get(key);
        const gather = this.outgoingGather.get(key);
        if (sent) edges.set(c.name, sent);
        else if (keyed) edges.set(c.name, { kind: "keyed", fold: keyed.value, parts: keyed.carried ?? new Map() });
        else if (agg) edges.set(c.name, { kind: "aggregate", value: agg.value });
        else if (gather) edges.set(c.name, { kind: "gather", value: gather.value });
      }
      out.set(chain.head, { ...chain, edges });
    }
    return out;
  }

  /**
   * Whether this worker's node of every aggregate's tree the epoch computes has merged all it
   * expects and handed it on: until then a partial (a child's, or from partitions moved away
   * from here) may still come, and this worker must stay.
   */
  get treesSettled(): boolean {
    for (const [node, t] of this.trees) if (!t.done && this.values.isNeeded(node)) return false;
    return true;
  }

  /**
   * The key dictionary the partitions of chain tail `from` fold into for keyed consumer `to`:
   * that of the fold they are merged into (`account`'s, or this worker's own), so that merging
   * goes slot by slot. None when there is no such fold (the partition folds into its own).
   */
  keyDictionary(from: string, to: string, account: Accounts | undefined): KeyDictionary | undefined {
    const fold = (account ?? this.own).keyed.get(`${from}->${to}`)?.value;
    return fold && dictionaryOf(fold);
  }

  /** The merged [key, accumulator] records of keyed stage `stage` for partition p (once complete). */
  keyedInput(stage: string, partition: number): [unknown, unknown][] | undefined {
    const fold = this.inboxes.get(stage)?.parts.get(partition);
    return fold && foldRecords(fold);
  }

  /** Whether every producer partition of keyed stage `head` has been taken in. */
  keyedReady(head: NodeSpec): boolean {
    const inbox = this.inboxes.get(head.name);
    return inbox !== undefined && inbox.covered >= this.layout.producerPartitions(head);
  }

  /**
   * Folds a finished pipeline's outputs into the worker's accumulators; what must be handed on
   * (sent, or taken in here) goes into `effects`, run once the pipeline's success is logged.
   * Keyed folds are merged and partitioned in slices (millions of keys are seconds of work).
   */
  async dispatch(pl: Pipeline, out: Outputs, effects: Effect[]): Promise<void> {
    const tail = pl.members[pl.members.length - 1]!;
    // Partitions moved here are not kept after a loss: their owner runs them again.
    if (!this.book.on || pl.account) return this.handOver(pl, out, effects);
    this.book.began(tail.name);
    try {
      await this.handOver(pl, out, effects);
    } catch (err) {
      this.book.failed(tail.name);
      throw err;
    }
    this.book.finished(tail.name, pl.members[0]!.name, pl.partition);
  }

  /** dispatch's work: folds `out` in, and what completes goes into `effects`. */
  private async handOver(pl: Pipeline, out: Outputs, effects: Effect[]): Promise<void> {
    const tail = pl.members[pl.members.length - 1]!;
    const p = pl.partition;
    const me = this.values.me;
    const account = pl.account ?? this.own;
    for (const [edge, c] of out.counts) {
      const [from, to] = edge.split("->") as [string, string];
      this.outbox.account(from, to, { localRecords: c.records, localBytes: c.bytes });
    }
    for (const [to, records] of out.forward) {
      const owner = this.layout.ownersOf(to)[p]!;
      if (owner === me) {
        this.outbox.account(tail.name, to, { localRecords: records.length, localBytes: estimateBytes(records) });
        effects.push({ node: to, run: () => this.starts.forwardArrived(to, p, records) });
      } else {
        const body = { stageRecords: { node: to, from: tail.name, partition: p, records: encodeValue(records, `stage "${tail.name}"`) } };
        effects.push({ node: to, run: () => this.outbox.send(owner, body, { from: tail.name, to, records: records.length }) });
      }
    }
    for (const [to, fold] of out.keyed) {
      const acc = account.keyed.get(`${tail.name}->${to}`)!;
      await mergeFold(acc.value, fold, this.layout.combinerOf(this.values.node(to)).merge, to);
      // Counted once merged: another partition's merge may be under way meanwhile.
      if (--acc.left === 0) await this.flushKeyed(tail.name, to, acc, effects, account);
    }
    for (const [to, partial] of out.aggregate) {
      const acc = account.aggregate.get(`${tail.name}->${to}`)!;
      acc.value = this.layout.combinerOf(this.values.node(to)).merge(acc.value, partial);
      if (--acc.left === 0) this.flushAggregate(tail.name, to, acc, effects, account);
    }
    for (const [to, records] of out.gather) {
      const acc = account.gather.get(`${tail.name}->${to}`)!;
      acc.value.set(p, records);
      if (--acc.left === 0) this.flushGather(tail.name, to, acc, effects, account);
    }
  }

  /** Data for stages from another worker. */
  receive(message: weft.v1.DataMessage): void {
    switch (message.body) {
      case "stageRecords": {
        const m = message.stageRecords!;
        this.starts.forwardArrived(m.node ?? "", m.partition ?? 0, decodeValue(m.records ?? new Uint8Array()) as unknown[]);
        return;
      }
      case "shuffleBatch": {
        const m = message.shuffleBatch!;
        const parts = (m.parts ?? []).map((x) => shuffleColumns(x));
        const node = m.node ?? "";
        // Taking the data in failed on this worker (a combiner's merge, say): its node fails.
        this.shuffleArrived(node, m.covered ?? 0, parts).catch((err: unknown) => this.run.fail(node, err));
        return;
      }
      case "partialAggregate": {
        const m = message.partialAggregate!;
        this.foldIntoTree(m.node ?? "", m.covered ?? 0, decodeValue(m.accumulator ?? new Uint8Array()))?.();
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

  /** Every local partition of `from` is done: one batch per worker that holds partitions of `to`. */
  private async flushKeyed(from: string, to: string, acc: Pending<KeyFold>, effects: Effect[], account: Accounts): Promise<void> {
    const owners = this.layout.ownersOf(to);
    const columns: ShuffleColumns[] = owners.map((_, partition) => ({ partition, keys: [], accs: [] }));
    const { keys, accs } = acc.value;
    acc.value = newFold();
    // Each distinct key is hashed to its partition once; keys and accumulators go out as two
    // arrays per partition: no pair per key, here or in the encoding.
    await inSlices(accs.length, (i) => {
      if (accs[i] === NO_ACC) return; // a key of the shared dictionary this worker's partitions did not see
      const c = columns[partitionOfKey(keys[i], owners.length)]!;
      c.keys.push(keys[i]);
      c.accs.push(accs[i]);
    });
    // Sent in an earlier epoch (kept): goes again with the rest (a key in both is merged where it lands).
    for (const [partition, part] of acc.carried ?? []) {
      const { keys: ks, accs: as } = part instanceof Uint8Array ? shuffleColumns({ partition, columns: part }) : part;
      const c = columns[partition]!;
      for (let i = 0; i < ks.length; i++) {
        c.keys.push(ks[i]);
        c.accs.push(as[i]);
      }
    }
    const encoded = new Map<number, Uint8Array>();
    const encode = (x: ShuffleColumns): Uint8Array => {
      let bytes = encoded.get(x.partition);
      if (!bytes) encoded.set(x.partition, (bytes = encodeValue([x.keys, x.accs], `stage "${from}"`)));
      return bytes;
    };
    // Kept for a next epoch: accumulators that are plain values as they are (nothing can change
    // them); others as bytes, since where they land they are merged into (and may be changed).
    if (this.book.on && account === this.own) {
      try {
        const kept = new Map<number, KeptPart>();
        for (const c of columns) if (c.keys.length > 0) kept.set(c.partition, c.accs.every(isPlainValue) ? { keys: c.keys, accs: c.accs } : encode(c));
        this.book.sent.set(`${from}->${to}`, { kind: "keyed", fold: newFold(), parts: kept });
      } catch {
        // Keys or accumulators that cannot be encoded, sent to this worker only (they need not
        // be): they cannot be kept either, so the chain runs again after a loss.
        this.book.refuse(from);
      }
    }
    const byWorker = new Map<number, number[]>();
    owners.forEach((w, r) => {
      if (!byWorker.has(w)) byWorker.set(w, []);
      byWorker.get(w)!.push(r);
    });
    // Other workers' shares first: merging this worker's own share (below) takes a while, in
    // slices, and the others would wait for theirs meanwhile (W3: 40–60 ms at the run's end).
    const remoteFirst = [...byWorker].sort(([a], [b]) => Number(a === this.values.me) - Number(b === this.values.me));
    for (const [w, partitions] of remoteFirst) {
      const parts = partitions.map((r) => columns[r]!);
      const records = parts.reduce((n, x) => n + x.keys.length, 0);
      const covered = acc.covered;
      if (w === this.values.me) {
        this.outbox.account(from, to, { localRecords: records, localBytes: estimateBytes(parts) });
        effects.push({ node: to, run: () => this.shuffleArrived(to, covered, parts) });
      } else {
        const body = {
          shuffleBatch: { node: to, from, covered, parts: parts.map((x) => ({ partition: x.partition, columns: encode(x) })) },
        };
        effects.push({ node: to, run: () => this.outbox.send(w, body, { from, to, records }) });
      }
    }
  }

  /**
   * Every local partition of `from` is done: the worker's partial joins its tree node (that of
   * the partitions' owner, for partitions moved here).
   */
  private flushAggregate(from: string, to: string, acc: Pending<unknown>, effects: Effect[], account: Accounts): void {
    const { covered, value } = acc;
    if (account !== this.own && account.owner !== this.values.me) {
      const body = { partialAggregate: { node: to, from, covered, accumulator: encodeValue(value, `stage "${from}"`) } };
      effects.push({ node: to, run: () => this.outbox.send(account.owner, body, { from, to, records: 1 }) });
      return;
    }
    // A partial is merged into a tree node, never changed itself: kept as it is.
    if (this.book.on && account === this.own) this.book.sent.set(`${from}->${to}`, { kind: "aggregate", value });
    if (this.trees.get(to)?.parent === undefined) this.outbox.account(from, to, { localRecords: 1, localBytes: estimateBytes(value) });
    // Merged (and, if that completes the subtree, encoded) now, so a failing combiner or
    // encoding fails this stage; handed on once its success is logged.
    const handOn = this.foldIntoTree(to, covered, value);
    if (handOn) effects.push({ node: to, run: handOn });
  }

  private flushGather(from: string, to: string, acc: Pending<Map<number, unknown[]>>, effects: Effect[], account: Accounts): void {
    const w = this.values.placement.nodeWorker[to]!;
    if (this.book.on && account === this.own) this.book.sent.set(`${from}->${to}`, { kind: "gather", value: acc.value });
    const parts = [...acc.value.entries()].map(([partition, records]) => ({ partition, records }));
    const records = parts.reduce((n, x) => n + x.records.length, 0);
    const covered = acc.covered;
    if (w === this.values.me) {
      this.outbox.account(from, to, { localRecords: records, localBytes: estimateBytes(parts) });
      effects.push({ node: to, run: () => this.gatherArrived(to, covered, parts) });
    } else {
      const body = {
        gatherBatch: { node: to, from, covered, parts: parts.map((x) => ({ partition: x.partition, records: encodeValue(x.records, `stage "${from}"`) })) },
      };
      effects.push({ node: to, run: () => this.outbox.send(w, body, { from, to, records }) });
    }
    acc.value = new Map();
  }

  /**
   * Merges arrived keys and accumulators into the keyed stage's partitions, in slices; the
   * producer partitions they cover count once all are merged (other arrivals may merge meanwhile:
   * each key is merged in one step).
   */
  private async shuffleArrived(stage: string, covered: number, parts: ShuffleColumns[]): Promise<void> {
    const node = this.values.node(stage);
    const merge = this.layout.combinerOf(node).merge;
    let inbox = this.inboxes.get(stage);
    if (!inbox) this.inboxes.set(stage, (inbox = { covered: 0, parts: new Map() }));
    for (const { partition, keys, accs } of parts) {
      let fold = inbox.parts.get(partition);
      if (!fold) inbox.parts.set(partition, (fold = newFold()));
      await mergeColumns(fold, keys, accs, merge, stage);
      if (this.run.stopped) return;
    }
    inbox.covered += covered;
    if (inbox.covered >= this.layout.producerPartitions(node)) this.starts.keyedComplete(stage);
  }

  /**
   * Merges a partial into this worker's node of the aggregate's tree. When that completes the
   * subtree, returns what hands the merged value on: to the parent worker (encoded here), or,
   * at the root, to the aggregate node.
   */
  private foldIntoTree(node: string, covered: number, partial: unknown): (() => void) | undefined {
    const spec = this.values.node(node);
    const t = this.trees.get(node);
    if (!t || t.done) throw new WeftError(ErrorCode.Decode, `a partial for aggregate "${node}" that this worker does not (or no longer) merge`);
    t.acc = this.layout.combinerOf(spec).merge(t.acc, partial);
    t.covered += covered;
    if (t.covered < t.expected) return undefined;
    t.done = true;
    const acc = t.acc;
    if (t.parent === undefined) return () => this.run.completeGathered(spec, acc);
    const from = spec.deps[0]!;
    const body = { partialAggregate: { node, from, covered: t.covered, accumulator: encodeValue(acc, `aggregate "${node}"`) } };
    const parent = t.parent;
    return () => this.outbox.send(parent, body, { from, to: node, records: 1 });
  }

  private gatherArrived(node: string, covered: number, parts: { partition: number; records: unknown[] }[]): void {
    const spec = this.values.node(node);
    let g = this.gathers.get(node);
    if (!g) this.gathers.set(node, (g = { covered: 0, parts: new Map() }));
    for (const x of parts) g.parts.set(x.partition, x.records);
    g.covered += covered;
    const total = this.layout.producerPartitions(spec);
    if (g.covered >= total) {
      const all: unknown[] = [];
      for (let p = 0; p < total; p++) for (const r of g.parts.get(p) ?? []) all.push(r);
      this.run.completeGathered(spec, all);
    }
  }
}

/**
 * One partition of an arrived shuffle batch: `columns`, an encoded [keys, accumulators], or
 * `entries`, an encoded array of [key, accumulator] (what workers before the columns sent).
 */
function shuffleColumns(x: weft.v1.IShufflePart): ShuffleColumns {
  const partition = x.partition ?? 0;
  if (x.columns && x.columns.length > 0) {
    const v = decodeValue(x.columns);
    if (!Array.isArray(v) || v.length !== 2 || !Array.isArray(v[0]) || !Array.isArray(v[1]) || v[0].length !== v[1].length) {
      throw new WeftError(ErrorCode.Decode, `a shuffle batch's part ${partition} is not [keys, accumulators] of one length`);
    }
    return { partition, keys: v[0] as unknown[], accs: v[1] as unknown[] };
  }
  const entries = decodeValue(x.entries ?? new Uint8Array());
  if (!Array.isArray(entries)) throw new WeftError(ErrorCode.Decode, `a shuffle batch's part ${partition} is not an array of [key, accumulator]`);
  return { partition, keys: entries.map((e: [unknown, unknown]) => e[0]), accs: entries.map((e: [unknown, unknown]) => e[1]) };
}

/** A value no merge can change in place (not an object or a function). */
function isPlainValue(v: unknown): boolean {
  return v === null || (typeof v !== "object" && typeof v !== "function");
}
