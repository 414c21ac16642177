/**
 * Triggers: what makes a deployed workflow run when an event arrives. A TriggerSpec is declared
 * in the workflow file (`wf.trigger(...)`) or at deploy time (`weft deploy --subject ...`); a
 * TriggerInfo describes the event (or the batch of events) that started a run, and is what the
 * workflow reads as `ctx.trigger`.
 */
import { redactUrl } from "./redact-url.js";

/** Micro-batching: one run whose input is the list of up to `max` events, formed within `waitMs`. */
export interface TriggerBatch {
  readonly max: number;
  readonly waitMs: number;
}

interface TriggerCommon {
  /** Batch events into one run (`--batch N --batch-wait DURATION`); absent: a run per event. */
  readonly batch?: TriggerBatch;
  /** Set for a trigger declared in the workflow file: its index among the file's triggers (its `map` runs on the workers). */
  readonly declared?: number;
  /** Its runs are express runs: no record, not resumed after a coordinator's loss, at-least-once (docs/express.md). */
  readonly express?: boolean;
}

/**
 * Each message on a NATS subject (wildcards allowed). With `stream`, a durable JetStream
 * consumer on that stream: messages published while no coordinator is up are processed once one
 * is. Without, a core subscription: messages published while none is up are lost.
 */
export interface NatsTriggerSpec extends TriggerCommon {
  readonly kind: "nats";
  readonly subject: string;
  readonly stream?: string;
}

/** Each request to the gateway on `METHOD /path`: the body is the input. */
export interface HttpTriggerSpec extends TriggerCommon {
  readonly kind: "http";
  readonly method: string;
  readonly path: string;
}

/** Each tick of a cron schedule (5 fields, or 6 with seconds first), in `tz` (default UTC). */
export interface CronTriggerSpec extends TriggerCommon {
  readonly kind: "cron";
  readonly cron: string;
  readonly tz?: string;
  /** Ticks missed while no coordinator was up: none run (`skip`, the default) or the latest one runs (`once`). */
  readonly catchUp?: "skip" | "once";
}

/** Each message on an MQTT topic (wildcards allowed), QoS 1 with a persistent session. */
export interface MqttTriggerSpec extends TriggerCommon {
  readonly kind: "mqtt";
  readonly topic: string;
  readonly url: string;
}

/** Each object put into a NATS object store bucket whose name matches `match` (a glob; default every object). */
export interface ObjectTriggerSpec extends TriggerCommon {
  readonly kind: "object";
  readonly bucket: string;
  readonly match?: string;
}

/** Each row inserted or updated in a PostgreSQL table. */
export interface PostgresTriggerSpec extends TriggerCommon {
  readonly kind: "postgres";
  readonly table: string;
  readonly url: string;
}

/** Every kind of trigger weft runs. */
export type TriggerSpec = NatsTriggerSpec | HttpTriggerSpec | CronTriggerSpec | MqttTriggerSpec | ObjectTriggerSpec | PostgresTriggerSpec;

export type TriggerKind = TriggerSpec["kind"];

/** The spec of one kind. */
export type TriggerSpecOf<K extends TriggerKind> = Extract<TriggerSpec, { kind: K }>;

/** The event that started a run: `ctx.trigger` (undefined for a run not started by a trigger). */
export interface TriggerInfo {
  readonly kind: TriggerKind;
  /**
   * The event's identity, unique per trigger: `STREAM:SEQ` for a JetStream message, the tick's
   * time for cron, `bucket/name@digest` for an object, the row's key and commit position for
   * PostgreSQL; for a batch, its first event's.
   */
  readonly eventId: string;
  /** nats: the subject the message arrived on. */
  readonly subject?: string;
  /** Where it came from, for the other kinds: the MQTT topic, `bucket/object`, the table, `METHOD /path`, the schedule. */
  readonly source?: string;
  /** When weft received the event (ms since the epoch). */
  readonly receivedAtMs: number;
  /** A batch run: the ids of its events, in order (the input is the list of their bodies). */
  readonly batch?: readonly string[];
  /** Fired by a trigger the workflow file declares: its index there (its `map` made the input). */
  readonly declared?: number;
}

/** The spec as listings show it (`weft deployments --json`, the gateway): passwords in URLs masked. */
export function publicSpec(t: TriggerSpec): TriggerSpec {
  return "url" in t ? { ...t, url: redactUrl(t.url) } : t;
}

/** How a trigger reads in listings: `nats:orders.> (stream ORDERS)`, `cron:0 3 * * * (Europe/Paris)`. */
export function describeTrigger(t: TriggerSpec): string {
  const batch = (t.batch ? ` [batch ${t.batch.max}/${t.batch.waitMs} ms]` : "") + (t.express ? " [express]" : "");
  switch (t.kind) {
    case "nats":
      return `nats:${t.subject}${t.stream ? ` (stream ${t.stream})` : ""}${batch}`;
    case "http":
      return `http:${t.method} ${t.path}${batch}`;
    case "cron":
      return `cron:${t.cron}${t.tz ? ` (${t.tz})` : ""}${t.catchUp === "once" ? " catch-up once" : ""}${batch}`;
    case "mqtt":
      return `mqtt:${t.topic} (${redactUrl(t.url)})${batch}`;
    case "object":
      return `object:${t.bucket}${t.match ? `/${t.match}` : ""}${batch}`;
    case "postgres":
      return `postgres:${t.table}${batch}`;
  }
}

/** What a run of a deployed workflow came from: the deployment, the version it is pinned to, and the trigger event (none for `weft invoke`). */
export interface RunOrigin {
  readonly deployment: string;
  readonly version: string;
  readonly trigger?: TriggerInfo;
}

/** A cron trigger's event: the tick that fired. */
export interface CronTick {
  /** The schedule's expression. */
  readonly cron: string;
  /** The time zone it is read in. */
  readonly tz: string;
  /** The tick's time (ISO 8601, UTC): the same for the tick however late it ran. */
  readonly scheduledAt: string;
}

/** An object trigger's event: the object put into the bucket (read its bytes with `ctx.objects`). */
export interface ObjectPut {
  readonly bucket: string;
  readonly name: string;
  readonly size: number;
  /** The object's digest as the object store keeps it (`SHA-256=...`). */
  readonly digest: string;
  /** When it was put (ISO 8601). */
  readonly mtime: string;
}

/** A PostgreSQL trigger's event: one inserted or updated row. */
export interface RowChange {
  readonly table: string;
  readonly op: "INSERT" | "UPDATE";
  /** The row as it is after the change, column by column (as `row_to_json` writes it). */
  readonly row: Record<string, unknown>;
}

/** What one event of each kind is, as a declared trigger's `map` receives it. */
export interface TriggerEventOf {
  /** The message body, parsed as JSON. */
  nats: unknown;
  /** The request body, parsed as JSON. */
  http: unknown;
  cron: CronTick;
  /** The message payload, parsed as JSON. */
  mqtt: unknown;
  object: ObjectPut;
  postgres: RowChange;
}
