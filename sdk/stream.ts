/**
 * `stream(name, build)`: a streaming workflow, the unbounded sibling of `workflow()`. One source
 * of records with an event-time extractor, record operators, keyBy, an event-time window with
 * a combiner `{ zero, add, merge }`, and sinks; the window's late records and the job's dead
 * letters are side outputs with sinks of their own. Types flow from the source to the sinks.
 *
 *   export default stream("clicks", (s) =>
 *     s.source("clicks", jetstream<Click>("CLICKS"), { timestamp: (c) => c.at, outOfOrder: "5s" })
 *       .keyBy((c) => c.user)
 *       .window(session("30m"))
 *       .aggregate("sessions", { zero: () => 0, add: (n) => n + 1, merge: (a, b) => a + b })
 *       .sink("out", toJetStream("sessions.out")));
 */
import { parseDuration } from "../model/duration.js";
import { ErrorCode, WeftError } from "../model/errors.js";
import { assertName } from "../model/names.js";
import {
  STREAM_BRAND,
  type RecordOp,
  type StreamSinkContext,
  type StreamSinkSpec,
  type StreamSinkStage,
  type StreamSourceSpec,
  type StreamSourceStage,
  type RowChangeRecord,
  type StreamWindowStage,
  type StreamWorkflow,
  type WindowResult,
  type WindowSpec,
} from "../model/stream.js";
import type { Combiner } from "../model/workflow.js";

export type { StreamWorkflow, WindowResult, WindowSpec, StreamSinkContext, RowChangeRecord } from "../model/stream.js";

/** A duration: ms, or text such as "500ms", "10s", "1m". */
export type Duration = number | string;

/** A source spec typed by its records (type-level only: the payloads are JSON). */
export type SourceOf<T> = StreamSourceSpec & { readonly __record?: T };
/** A sink spec typed by what it accepts. */
export type SinkOf<T> = StreamSinkSpec & { readonly __accepts?: T };

function ms(what: string, d: Duration): number {
  const v = typeof d === "number" ? d : parseDuration(d);
  if (v === undefined || !Number.isFinite(v) || v < 0) {
    throw new WeftError(ErrorCode.InvalidWorkflow, `${what}: expected a duration such as 500, "500ms", "10s" or "1m", got ${JSON.stringify(d)}.`);
  }
  return v;
}

function positive(what: string, d: Duration): number {
  const v = ms(what, d);
  if (v <= 0) throw new WeftError(ErrorCode.InvalidWorkflow, `${what}: a window needs a duration above zero, got ${JSON.stringify(d)}.`);
  return v;
}

/** Windows of `size`, one after the other. */
export const tumbling = (size: Duration): WindowSpec => ({ kind: "tumbling", sizeMs: positive("tumbling(size)", size) });
/** Windows of `size` starting every `slide` (a record is in size/slide of them). */
export function sliding(size: Duration, slide: Duration): WindowSpec {
  const sizeMs = positive("sliding(size)", size);
  const slideMs = positive("sliding(slide)", slide);
  if (slideMs > sizeMs) throw new WeftError(ErrorCode.InvalidWorkflow, `sliding(${JSON.stringify(size)}, ${JSON.stringify(slide)}): the slide must not exceed the size.`);
  return { kind: "sliding", sizeMs, slideMs };
}
/** Per key, records less than `gap` apart in event time form one window. */
export const session = (gap: Duration): WindowSpec => ({ kind: "session", gapMs: positive("session(gap)", gap) });

/**
 * Records of a JetStream stream (all its subjects, or those matching `subject`), JSON payloads.
 * A subject with the token `{partition}` (`"clicks.{partition}"`) is partitioned by its
 * producer: source partition p reads only `clicks.p` (each worker receives its share, not the
 * whole stream); without it, each of P partitions reads the whole stream and keeps every P-th.
 */
export const jetstream = <T>(stream: string, subject?: string): SourceOf<T> => ({ kind: "jetstream", stream, ...(subject ? { subject } : {}) });
/** Messages of an MQTT topic (QoS 1, a persistent session), JSON payloads. */
export const mqtt = <T>(url: string, topic: string): SourceOf<T> => ({ kind: "mqtt", url, topic });
/**
 * Each row inserted or updated in a PostgreSQL `table` from the deploy on (a row trigger copies it
 * into weft's outbox in the same transaction), in commit order, exactly once with checkpoints.
 */
export const postgres = <R = Record<string, unknown>>(url: string, table: string): SourceOf<RowChangeRecord<R>> => ({ kind: "postgres", url, table });
/** `count` records made by `make(i)`: deterministic, for tests and benches. */
export const generator = <T>(count: number, make: (index: number) => T): SourceOf<T> => {
  if (!Number.isInteger(count) || count < 0) throw new WeftError(ErrorCode.InvalidWorkflow, `generator(count): expected a whole number >= 0, got ${String(count)}.`);
  return { kind: "generator", count, make };
};

/** Publishes each result as JSON to `subject`, with a message id JetStream dedupes by. */
export const toJetStream = <T>(subject: string): SinkOf<T> => ({ kind: "jetstream", subject });
/** Writes each batch as a JSON object named by its idempotency key. */
export const toObjects = <T>(bucket: string, prefix?: string): SinkOf<T> => ({ kind: "objects", bucket, ...(prefix ? { prefix } : {}) });
/** Upserts each window result into `table` (key, window_start, window_end, value jsonb), keyed by key and window. */
export const toPostgres = <T>(url: string, table: string): SinkOf<T> => ({ kind: "postgres", url, table });
/** POSTs each batch as JSON with an `Idempotency-Key` header. */
export const toWebhook = <T>(url: string): SinkOf<T> => ({ kind: "webhook", url });
/** Hands each batch to `write`, with an idempotency key stable across replays. */
export const toFunction = <T>(write: (records: T[], ctx: StreamSinkContext) => void | Promise<void>): SinkOf<T> => ({
  kind: "function",
  write: write as (records: unknown[], ctx: StreamSinkContext) => void | Promise<void>,
});

export interface StreamSourceOptions<T> {
  /** A record's event time, ms since the epoch. */
  timestamp: (record: T) => number;
  /** How far records may come out of order (default 0): the watermark trails the largest time by this. */
  outOfOrder?: Duration;
}

export interface WindowOptions {
  /** How long after a window fired its late records still update it (it fires again). Default 0. */
  allowedLateness?: Duration;
}

/** A stream of records of type T. */
export interface DataStream<T> {
  map<U>(name: string, fn: (record: T) => U): DataStream<U>;
  flatMap<U>(name: string, fn: (record: T) => Iterable<U>): DataStream<U>;
  filter(name: string, fn: (record: T) => boolean): DataStream<T>;
  /** Records by key, for a window (state per key lives on the worker owning its key group). */
  keyBy<K>(keyOf: (record: T) => K): KeyedStream<K, T>;
  sink(name: string, spec: SinkOf<T>): DataStream<T>;
}

export interface KeyedStream<K, T> {
  window(spec: WindowSpec, options?: WindowOptions): WindowedStream<K, T>;
}

export interface WindowedStream<K, T> {
  /** Folds each key's records per window; results come when the watermark passes a window's end. */
  aggregate<A>(name: string, combiner: Combiner<T, A>): WindowResults<K, T, A>;
}

export interface WindowResults<K, T, A> extends DataStream<WindowResult<K, A>> {
  /** Records that came after their windows closed (past the allowed lateness): the side output. */
  late(): DataStream<T>;
}

/** A record the job could not place, with why (a timestamp that is no number, a key JSON cannot write). */
export interface DeadLetter {
  readonly stage: string;
  readonly reason: string;
  readonly record: unknown;
}

export interface StreamBuilder {
  source<T>(name: string, spec: SourceOf<T>, options: StreamSourceOptions<T>): DataStream<T>;
  /** The job's dead-letter output. */
  deadLetters(): DataStream<DeadLetter>;
}

interface Draft {
  name: string;
  source?: StreamSourceStage;
  before: RecordOp[];
  window?: StreamWindowStage;
  after: RecordOp[];
  sinks: StreamSinkStage[];
  names: Set<string>;
}

function fail(message: string): never {
  throw new WeftError(ErrorCode.InvalidWorkflow, message);
}

function claim(draft: Draft, name: string): string {
  assertName("stage name", name);
  if (draft.names.has(name)) fail(`stream "${draft.name}": two stages are named "${name}"; give each its own name.`);
  draft.names.add(name);
  return name;
}

/** Where in the chain a stream is: before the window, on its results, or a side output. */
type Place = "before" | "after" | "late" | "dead";

class StreamImpl<T> implements DataStream<T> {
  constructor(
    private readonly draft: Draft,
    private readonly place: Place,
  ) {}

  private op(op: RecordOp["op"], name: string, fn: unknown): StreamImpl<any> {
    if (typeof fn !== "function") fail(`${op} "${name}": expected a function of a record.`);
    if (this.place === "late" || this.place === "dead") fail(`${op} "${name}": side outputs (late records, dead letters) go straight to a sink.`);
    const list = this.place === "before" ? this.draft.before : this.draft.after;
    if (this.place === "before" && this.draft.window) fail(`${op} "${name}": the chain before the window is complete; add operators in source order.`);
    if (this.place === "after" && this.draft.sinks.some((s) => s.from === "main")) {
      fail(`${op} "${name}": a sink already reads this stream; declare operators before the sinks.`);
    }
    list.push({ op, name: claim(this.draft, name), fn } as RecordOp);
    return this;
  }

  map<U>(name: string, fn: (record: T) => U): DataStream<U> {
    return this.op("map", name, fn) as DataStream<U>;
  }

  flatMap<U>(name: string, fn: (record: T) => Iterable<U>): DataStream<U> {
    return this.op("flatMap", name, fn) as DataStream<U>;
  }

  filter(name: string, fn: (record: T) => boolean): DataStream<T> {
    return this.op("filter", name, fn) as DataStream<T>;
  }

  keyBy<K>(keyOf: (record: T) => K): KeyedStream<K, T> {
    if (typeof keyOf !== "function") fail(`keyBy on stream "${this.draft.name}": expected a function that returns a record's key.`);
    if (this.place !== "before" || this.draft.window) fail(`keyBy on stream "${this.draft.name}": a stream has one keyed window, after its source's operators.`);
    return {
      window: (spec, options) => ({
        aggregate: <A>(name: string, combiner: Combiner<T, A>) => {
          if (!combiner || typeof combiner.zero !== "function" || typeof combiner.add !== "function" || typeof combiner.merge !== "function") {
            fail(`aggregate "${name}": the combiner needs three functions: { zero, add, merge }.`);
          }
          if (!spec || !["tumbling", "sliding", "session"].includes(spec.kind)) fail(`aggregate "${name}": window() takes tumbling(size), sliding(size, slide) or session(gap).`);
          this.draft.window = {
            name: claim(this.draft, name),
            keyOf,
            window: spec,
            combiner,
            allowedLatenessMs: ms(`aggregate "${name}": allowedLateness`, options?.allowedLateness ?? 0),
          };
          const results = new StreamImpl<WindowResult<K, A>>(this.draft, "after") as StreamImpl<WindowResult<K, A>> & { late(): DataStream<T> };
          results.late = () => new StreamImpl<T>(this.draft, "late");
          return results as WindowResults<K, T, A>;
        },
      }),
    };
  }

  sink(name: string, spec: SinkOf<T>): DataStream<T> {
    if (!spec || typeof spec !== "object" || typeof spec.kind !== "string") fail(`sink "${name}": expected a sink such as toJetStream(subject) or toFunction(fn).`);
    const from = this.place === "late" ? "late" : this.place === "dead" ? "dead" : "main";
    if (from === "main" && this.place === "before" && this.draft.window) fail(`sink "${name}": this stream feeds the window; sink the window's results.`);
    this.draft.sinks.push({ name: claim(this.draft, name), from, spec });
    return this;
  }
}

/** Declares a streaming workflow; default-export it from a `.ts` file and `weft deploy` it. */
export function stream<T = unknown, R = unknown>(name: string, build: (s: StreamBuilder) => unknown): StreamWorkflow<T, R> {
  assertName("stream name", name);
  const draft: Draft = { name, before: [], after: [], sinks: [], names: new Set() };
  const builder: StreamBuilder = {
    source: <S>(sourceName: string, spec: SourceOf<S>, options: StreamSourceOptions<S>) => {
      if (draft.source) fail(`stream "${name}": one source per stream; "${draft.source.name}" is already declared.`);
      if (!spec || !["jetstream", "mqtt", "postgres", "generator"].includes(spec.kind)) {
        fail(`source "${sourceName}": expected jetstream(...), mqtt(...), postgres(...) or generator(...).`);
      }
      if (typeof options?.timestamp !== "function") fail(`source "${sourceName}": options.timestamp must be a function returning a record's event time in ms.`);
      draft.source = {
        name: claim(draft, sourceName),
        spec,
        timestamp: options.timestamp,
        outOfOrderMs: ms(`source "${sourceName}": outOfOrder`, options.outOfOrder ?? 0),
      };
      return new StreamImpl<S>(draft, "before");
    },
    deadLetters: () => new StreamImpl<DeadLetter>(draft, "dead"),
  };
  build(builder);
  if (!draft.source) fail(`stream "${name}": declare a source with s.source(name, spec, { timestamp }).`);
  if (!draft.sinks.some((s) => s.from === "main")) fail(`stream "${name}": nothing reads its records; add a sink.`);
  return {
    [STREAM_BRAND]: true,
    name,
    source: draft.source,
    before: draft.before,
    window: draft.window,
    after: draft.after,
    sinks: draft.sinks,
  };
}
