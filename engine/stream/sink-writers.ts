/**
 * Writers of a streaming job's sinks. Every record comes with an id that is the same when a
 * restore replays it (a window result's id names its job, key and window), and every writer
 * writes by that id, so a replay after a failure writes nothing twice: JetStream dedupes by
 * message id, the object store overwrites the object named by it, PostgreSQL upserts the row
 * keyed by it, a webhook receives it (and the batch's Idempotency-Key) to dedupe on, and a
 * function sink is handed the ids.
 */
import type { Pool } from "pg";
import type { StreamSinkSpec } from "../../model/stream.js";
import type { Bus } from "../bus/bus.js";
import { fnv1a32 } from "../core/record-keys.js";
import { quoteIdent } from "../triggers/postgres-outbox.js";

export interface SinkWriter {
  write(records: readonly unknown[], ids: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

const enc = new TextEncoder();

/** The key of a batch: a hash of its records' ids. */
export function batchKey(ids: readonly string[]): string {
  let h = 0;
  for (const id of ids) h = (Math.imul(h, 31) + fnv1a32(id)) >>> 0;
  return `${ids.length}-${h.toString(36)}-${fnv1a32(ids.join("\n")).toString(36)}`;
}

/** JetStream caps in-flight publishes per call: chunks of this many. */
const PUBLISH_CHUNK = 256;

function jetstreamWriter(bus: Bus, subject: string): SinkWriter {
  return {
    async write(records, ids) {
      for (let i = 0; i < records.length; i += PUBLISH_CHUNK) {
        const chunk = [];
        for (let j = i; j < Math.min(records.length, i + PUBLISH_CHUNK); j++) {
          chunk.push(bus.publishDurable(subject, enc.encode(JSON.stringify(records[j])), { msgId: ids[j] as string }));
        }
        await Promise.all(chunk);
      }
    },
    close: async () => {},
  };
}

function objectsWriter(bus: Bus, bucket: string, prefix: string): SinkWriter {
  return {
    async write(records, ids) {
      const store = await bus.objects(bucket);
      await Promise.all(records.map((r, i) => store.put(`${prefix}${(ids[i] as string).replace(/[^A-Za-z0-9_.=-]/g, "_")}.json`, enc.encode(JSON.stringify(r)))));
    },
    close: async () => {},
  };
}

/** The table a toPostgres sink writes (and creates when it does not exist). */
export const POSTGRES_SINK_TABLE = "(id text PRIMARY KEY, key jsonb, window_start bigint, window_end bigint, value jsonb, record jsonb)";

/** Rows of POSTGRES_SINK_TABLE: a window result fills key..value, other records `record`. */
function postgresWriter(url: string, table: string): SinkWriter {
  // The PostgreSQL client is loaded by the jobs that write to it only (its load takes a while).
  let pool: Promise<Pool> | undefined;
  const open = () => (pool ??= import("pg").then((pg) => new pg.default.Pool({ connectionString: url, max: 2 })));
  const t = quoteIdent(table);
  let ready: Promise<unknown> | undefined;
  return {
    async write(records, ids) {
      // Two slots creating the table at once: one fails on PostgreSQL's catalog (a known race); asked again, it exists.
      const db = await open();
      ready ??= db
        .query(`CREATE TABLE IF NOT EXISTS ${t} ${POSTGRES_SINK_TABLE}`)
        .catch((err: unknown) => {
          ready = undefined;
          throw err;
        });
      await ready;
      const rows = records.map((r, i) => {
        const w = r as { key?: unknown; start?: unknown; end?: unknown; value?: unknown };
        const windowed = typeof w === "object" && w !== null && typeof w.start === "number" && typeof w.end === "number" && "value" in w;
        return windowed ? [ids[i], JSON.stringify(w.key), w.start, w.end, JSON.stringify(w.value), null] : [ids[i], null, null, null, null, JSON.stringify(r)];
      });
      const values = rows.map((_, i) => `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6})`).join(", ");
      await db.query(
        `INSERT INTO ${t} (id, key, window_start, window_end, value, record) VALUES ${values} ` +
          `ON CONFLICT (id) DO UPDATE SET key = EXCLUDED.key, window_start = EXCLUDED.window_start, window_end = EXCLUDED.window_end, value = EXCLUDED.value, record = EXCLUDED.record`,
        rows.flat(),
      );
    },
    close: async () => {
      await (await pool)?.end();
    },
  };
}

function webhookWriter(url: string): SinkWriter {
  return {
    async write(records, ids) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": batchKey(ids) },
        body: JSON.stringify({ ids, records }),
      });
      if (!res.ok) throw new Error(`the webhook ${url} answered ${res.status} ${res.statusText}`);
    },
    close: async () => {},
  };
}

export function sinkWriter(bus: Bus, spec: StreamSinkSpec): SinkWriter {
  switch (spec.kind) {
    case "jetstream":
      return jetstreamWriter(bus, spec.subject);
    case "objects":
      return objectsWriter(bus, spec.bucket, spec.prefix ?? "");
    case "postgres":
      return postgresWriter(spec.url, spec.table);
    case "webhook":
      return webhookWriter(spec.url);
    case "function":
      return {
        write: async (records, ids) => {
          // The key hashes every id: made only when the function reads it.
          let key: string | undefined;
          const ctx = {
            ids,
            get idempotencyKey() {
              return (key ??= batchKey(ids));
            },
          };
          await spec.write([...records], ctx);
        },
        close: async () => {},
      };
  }
}
