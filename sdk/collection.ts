/**
 * Record-style nodes: a partitioned collection of records flowing through stages. A source
 * produces the records of each partition; map, flatMap, filter and sink work partition by
 * partition (a forward edge: partition p feeds partition p, on the same worker, handed over in
 * memory); keyBy(...).reduce/aggregate shuffles records by key into its own partitions, with a
 * combiner applied before anything is sent; aggregate folds everything into one value; collect
 * gathers every record. Task-style nodes consume collections through aggregate or collect.
 */
import { ErrorCode, WeftError } from "../model/errors.js";
import type { StageContext } from "../model/context.js";
import type { AnyFn, Combiner, NodeShape, StageBuilder } from "./node-impl.js";
import type { NodeOptions, NodeRef } from "./types.js";

export type { StageContext } from "../model/context.js";

/** What a source (or flatMap) may return: records, sync or async. */
export type RecordsOf<T> = Iterable<T> | AsyncIterable<T> | Promise<Iterable<T> | AsyncIterable<T>>;

/** Options of record operators: a task node's, but no isolation (stages run on their worker's thread). */
export interface StageOptions<S = undefined, B = undefined> extends Omit<NodeOptions<S>, "isolate" | "memoryLimitMb"> {
  /** A task-style node whose value every partition sees as `ctx.broadcast` (sent once per worker). */
  broadcast?: NodeRef<B>;
}

/** A per-record result that is not a Promise: map runs synchronously (asynchronous work belongs in a source, a sink or a task). */
export type Sync<U> = U extends PromiseLike<unknown> ? never : U;

/** A partition count: fixed, or computed from the run input on every worker. */
export type PartitionCount<I> = number | ((input: I) => number);

export interface SourceOptions<I, S = undefined, B = undefined> extends StageOptions<S, B> {
  partitions: PartitionCount<I>;
}

export interface KeyedOptions<I> extends Omit<NodeOptions<undefined>, "isolate" | "memoryLimitMb"> {
  /** Partitions of the keyed stage (default: the same as the source's). */
  partitions?: PartitionCount<I>;
}

/** A tree's fan-in: fixed, or computed from the run input on every worker. */
export type FanIn<I> = number | ((input: I) => number);

export interface AggregateOptions<I> extends NodeOptions<undefined> {
  /**
   * The fan-in of the tree that merges the workers' partials (default 4). Each worker folds
   * its partitions into one partial; the partials then merge up a tree of workers rooted at
   * the aggregate's worker, each receiving at most this many. A whole number >= 2.
   */
  fanin?: FanIn<I>;
}

/** A partitioned collection of records of type T. */
export interface Collection<T, I = any> {
  /** The stage that produces it. */
  readonly name: string;
  /** `fn` runs synchronously, once per record: a function returning a Promise is refused here (and at run time). */
  map<U, S = undefined, B = undefined>(name: string, fn: (record: T, ctx: StageContext<I, S, B>) => Sync<U>, options?: StageOptions<S, B>): Collection<U, I>;
  flatMap<U, S = undefined, B = undefined>(
    name: string,
    fn: (record: T, ctx: StageContext<I, S, B>) => Iterable<U>,
    options?: StageOptions<S, B>,
  ): Collection<U, I>;
  filter<S = undefined, B = undefined>(name: string, fn: (record: T, ctx: StageContext<I, S, B>) => boolean, options?: StageOptions<S, B>): Collection<T, I>;
  /** Records by key, for a shuffle into a keyed stage. */
  keyBy<K>(keyOf: (record: T) => K): Keyed<K, T, I>;
  /** Folds every record into one value: per partition, then per worker, then up a tree of workers. */
  aggregate<A>(name: string, combiner: Combiner<T, A>, options?: AggregateOptions<I>): NodeRef<A>;
  /** Every record, in partition order, as one list (a task-style node). */
  collect(name: string, options?: NodeOptions<undefined>): NodeRef<T[]>;
  /** Hands each partition's records to `fn` (e.g. to write them out); `ctx.idempotencyKey` names the batch. */
  sink<S = undefined, B = undefined>(name: string, fn: (records: T[], ctx: StageContext<I, S, B>) => void | Promise<void>, options?: StageOptions<S, B>): void;
}

/** Records grouped by key, ready for a shuffle. */
export interface Keyed<K, T, I = any> {
  /** Per key, folds its records with `fn` (associative and commutative). Records become `[key, value]`. */
  reduce(name: string, fn: (a: T, b: T) => T, options?: KeyedOptions<I>): Collection<[K, T], I>;
  /** Per key, folds its records with a combiner. Records become `[key, accumulator]`. */
  aggregate<A>(name: string, combiner: Combiner<T, A>, options?: KeyedOptions<I>): Collection<[K, A], I>;
}

function partitionShape(count: PartitionCount<any> | undefined): Pick<NodeShape, "partitions" | "partitionsFromInput"> & {
  partitionsFn?: (input: unknown) => number;
} {
  if (typeof count === "function") return { partitions: 0, partitionsFromInput: true, partitionsFn: count };
  return { partitions: count ?? 0, partitionsFromInput: false };
}

/** A sentinel for "no value yet" in reduce(), which has no zero. */
const EMPTY = Symbol("weft.empty");

class CollectionImpl<T, I> implements Collection<T, I> {
  constructor(
    private readonly builder: StageBuilder,
    readonly name: string,
    /** The partition count of the source this collection descends from (default for keyed stages). */
    private readonly rootPartitions: PartitionCount<I>,
  ) {}

  private stage<U>(name: string, op: "map" | "flatMap" | "filter" | "sink", fn: unknown, options: StageOptions<any, any> | undefined): Collection<U, I> {
    const broadcast = options?.broadcast ? [this.builder.depName(name, options.broadcast)] : [];
    this.builder.add(
      name,
      {
        kind: "stage",
        op,
        deps: [this.name, ...broadcast],
        routing: ["forward", ...broadcast.map(() => "broadcast" as const)],
        inputShape: "single",
        partitions: 0,
      },
      { fn: fn as AnyFn },
      options as NodeOptions<unknown>,
    );
    return new CollectionImpl<U, I>(this.builder, name, this.rootPartitions);
  }

  map<U, S, B>(name: string, fn: (record: T, ctx: StageContext<I, S, B>) => Sync<U>, options?: StageOptions<S, B>): Collection<U, I> {
    return this.stage<U>(name, "map", fn, options);
  }

  flatMap<U, S, B>(name: string, fn: (record: T, ctx: StageContext<I, S, B>) => Iterable<U>, options?: StageOptions<S, B>): Collection<U, I> {
    return this.stage<U>(name, "flatMap", fn, options);
  }

  filter<S, B>(name: string, fn: (record: T, ctx: StageContext<I, S, B>) => boolean, options?: StageOptions<S, B>): Collection<T, I> {
    return this.stage<T>(name, "filter", fn, options);
  }

  sink<S, B>(name: string, fn: (records: T[], ctx: StageContext<I, S, B>) => void | Promise<void>, options?: StageOptions<S, B>): void {
    this.stage<never>(name, "sink", fn, options);
  }

  keyBy<K>(keyOf: (record: T) => K): Keyed<K, T, I> {
    if (typeof keyOf !== "function") throw new TypeError(`keyBy on "${this.name}": expected a function that returns a record's key.`);
    const keyed = (name: string, combiner: Combiner<any, any>, options: KeyedOptions<I> | undefined) => {
      const count = partitionShape(options?.partitions ?? this.rootPartitions);
      this.builder.add(
        name,
        {
          kind: "stage",
          op: "keyed",
          deps: [this.name],
          routing: ["shuffle"],
          inputShape: "single",
          partitions: count.partitions,
          partitionsFromInput: count.partitionsFromInput,
        },
        { fn: combiner.merge as AnyFn, keyOf, combiner, ...(count.partitionsFn ? { partitions: count.partitionsFn } : {}) },
        options as NodeOptions<unknown>,
      );
      return new CollectionImpl<any, I>(this.builder, name, options?.partitions ?? this.rootPartitions);
    };
    return {
      reduce: (name, fn, options) => {
        if (typeof fn !== "function") throw new TypeError(`reduce "${name}": expected a function (a, b) => value.`);
        const combiner: Combiner<T, T | typeof EMPTY> = {
          zero: () => EMPTY,
          add: (acc, record) => (acc === EMPTY ? record : fn(acc, record)),
          merge: (a, b) => (a === EMPTY ? b : b === EMPTY ? a : fn(a, b)),
        };
        return keyed(name, combiner, options);
      },
      aggregate: (name, combiner, options) => keyed(name, checkCombiner(name, combiner), options),
    };
  }

  aggregate<A>(name: string, combiner: Combiner<T, A>, options?: AggregateOptions<I>): NodeRef<A> {
    const c = checkCombiner(name, combiner);
    const fanin = options?.fanin;
    if (fanin !== undefined && typeof fanin !== "function" && (!Number.isInteger(fanin) || fanin < 2)) {
      throw new WeftError(ErrorCode.InvalidWorkflow, `aggregate "${name}": fanin must be a whole number >= 2 (or a function of the input), got ${String(fanin)}.`);
    }
    return this.builder.add(
      name,
      {
        kind: "aggregate",
        deps: [this.name],
        routing: ["aggregate"],
        inputShape: "single",
        ...(typeof fanin === "function" ? { faninFromInput: true } : fanin !== undefined ? { fanin } : {}),
      },
      { fn: c.merge as AnyFn, combiner: c, ...(typeof fanin === "function" ? { fanin } : {}) },
      options as NodeOptions<unknown>,
    ) as NodeRef<A>;
  }

  collect(name: string, options?: NodeOptions<undefined>): NodeRef<T[]> {
    return this.builder.add(
      name,
      { kind: "collect", deps: [this.name], routing: ["gather"], inputShape: "single" },
      { fn: ((records: T[]) => records) as AnyFn },
      options as NodeOptions<unknown>,
    ) as NodeRef<T[]>;
  }
}

function checkCombiner<T, A>(name: string, c: Combiner<T, A>): Combiner<T, A> {
  if (!c || typeof c.zero !== "function" || typeof c.add !== "function" || typeof c.merge !== "function") {
    throw new TypeError(`aggregate "${name}": the combiner needs three functions: { zero, add, merge }.`);
  }
  return c;
}

/** @internal Declares a source stage (wf.source). */
export function sourceCollection<T, I>(
  builder: StageBuilder,
  name: string,
  options: SourceOptions<unknown, unknown, unknown>,
  fn: AnyFn,
): Collection<T, I> {
  const count = partitionShape(options?.partitions as PartitionCount<I>);
  const broadcast = options?.broadcast ? [builder.depName(name, options.broadcast)] : [];
  builder.add(
    name,
    {
      kind: "stage",
      op: "source",
      deps: broadcast,
      routing: broadcast.map(() => "broadcast" as const),
      inputShape: "none",
      partitions: count.partitions,
      partitionsFromInput: count.partitionsFromInput,
    },
    { fn, ...(count.partitionsFn ? { partitions: count.partitionsFn } : {}) },
    options as NodeOptions<unknown>,
  );
  return new CollectionImpl<T, I>(builder, name, options.partitions as PartitionCount<I>);
}
