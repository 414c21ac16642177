/**
 * A streaming workflow as plain data and functions: what `stream(name, build)` records and what
 * the engine runs. Operators form a chain from one source; a keyBy splits it into the part that
 * runs where records are read (map, flatMap, filter) and the part that runs where a key's state
 * lives (the window). Sources and sinks are named by kind and settings (plain data, so the
 * coordinator can check them), functions stay beside them (they run on the workers).
 */
import type { Combiner } from "./workflow.js";

/** Where records come from. Payloads of JetStream and MQTT messages are read as JSON. */
export type StreamSourceSpec =
  | { readonly kind: "jetstream"; readonly stream: string; readonly subject?: string }
  | { readonly kind: "mqtt"; readonly url: string; readonly topic: string }
  /** Rows inserted or updated in a PostgreSQL table, as RowChangeRecords (captured into an outbox, as the trigger does). */
  | { readonly kind: "postgres"; readonly url: string; readonly table: string }
  | {
      readonly kind: "generator";
      /** Records in all (the source then stays open, with nothing more to read). */
      readonly count: number;
      /** Record i (deterministic: a replay from a checkpoint makes the same records again). */
      readonly make: (index: number) => unknown;
    };

/** A record of a `postgres(url, table)` source: one inserted or updated row. */
export interface RowChangeRecord<R = Record<string, unknown>> {
  /** The table as the source names it. */
  readonly table: string;
  readonly op: "INSERT" | "UPDATE";
  /** The row after the change, column by column (as `row_to_json` writes it). */
  readonly row: R;
  /** The event's identity, `TABLE:POSITION` (the outbox position), as the trigger's event id. */
  readonly id: string;
  /** The commit position: the id of the transaction that made the change, decimal text... */
  readonly txid: string;
  /** ...and the outbox position (a sequence), decimal text. Records come in (txid, position) order. */
  readonly position: string;
  /** When the change was made, ms since the epoch (the database's clock): an event time if the row has none. */
  readonly changedAt: number;
}

/** Where results go; every kind writes idempotently so a replay after a failure writes nothing twice. */
export type StreamSinkSpec =
  | { readonly kind: "jetstream"; readonly subject: string }
  | { readonly kind: "objects"; readonly bucket: string; readonly prefix?: string }
  | { readonly kind: "postgres"; readonly url: string; readonly table: string }
  | { readonly kind: "webhook"; readonly url: string }
  | { readonly kind: "function"; readonly write: (records: unknown[], ctx: StreamSinkContext) => void | Promise<void> };

/** What a function sink is told about the batch it writes. */
export interface StreamSinkContext {
  /** The same for the same records after a replay: write with it to write once. */
  readonly idempotencyKey: string;
  /** One id per record, stable across replays (a window result's names its key and window). */
  readonly ids: readonly string[];
}

/** Event-time windows. Durations are in ms. */
export type WindowSpec =
  | { readonly kind: "tumbling"; readonly sizeMs: number }
  | { readonly kind: "sliding"; readonly sizeMs: number; readonly slideMs: number }
  | { readonly kind: "session"; readonly gapMs: number };

/** One result of a window: the key, the window's bounds [start, end) and the accumulator. */
export interface WindowResult<K, A> {
  readonly key: K;
  readonly start: number;
  readonly end: number;
  readonly value: A;
}

/** A record-at-a-time operator before or after the window. */
export type RecordOp =
  | { readonly op: "map"; readonly name: string; readonly fn: (record: any) => unknown }
  | { readonly op: "flatMap"; readonly name: string; readonly fn: (record: any) => Iterable<unknown> }
  | { readonly op: "filter"; readonly name: string; readonly fn: (record: any) => boolean };

export interface StreamWindowStage {
  readonly name: string;
  readonly keyOf: (record: any) => unknown;
  readonly window: WindowSpec;
  readonly combiner: Combiner<any, any>;
  /** How long after a window fired late records still update it (default 0). */
  readonly allowedLatenessMs: number;
}

export interface StreamSinkStage {
  readonly name: string;
  /** The sink reads the window's late records (its side output) rather than its results. */
  readonly from: "main" | "late" | "dead";
  readonly spec: StreamSinkSpec;
}

export interface StreamSourceStage {
  readonly name: string;
  readonly spec: StreamSourceSpec;
  /** A record's event time, ms. */
  readonly timestamp: (record: any) => number;
  /** How far records may come out of event-time order, ms. */
  readonly outOfOrderMs: number;
}

/** A declared streaming workflow. */
export interface StreamWorkflow<T = unknown, R = unknown> {
  readonly [STREAM_BRAND]: true;
  readonly name: string;
  readonly source: StreamSourceStage;
  /** Operators between the source and the window (or the sinks, without a window). */
  readonly before: readonly RecordOp[];
  readonly window: StreamWindowStage | undefined;
  /** Operators on the window's results. */
  readonly after: readonly RecordOp[];
  readonly sinks: readonly StreamSinkStage[];
  /** Type-level only. */
  readonly __record?: T;
  readonly __result?: R;
}

export const STREAM_BRAND = Symbol.for("weft.stream");

/** True for a streaming workflow made by any copy of the SDK. */
export function isStreamWorkflow(value: unknown): value is StreamWorkflow {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[STREAM_BRAND] === true;
}
