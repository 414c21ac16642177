/**
 * A `toPostgres(url, table)` sink, checked at `weft deploy` as a JetStream sink's subject is:
 * the database must answer (exit 3 when it cannot be reached), and a table already there must
 * have what the sink upserts into (sink-writers.ts), or every write of the job would fail while
 * the deploy said it was running. A table that does not exist is fine: the sink creates it.
 */
import { ErrorCode, WeftError } from "../errors.js";
import { connectCapture } from "../triggers/postgres-capture.js";
import { redactUrl } from "../triggers/postgres-outbox.js";
import { POSTGRES_SINK_TABLE } from "./sink-writers.js";

const COLUMNS = ["id", "key", "window_start", "window_end", "value", "record"];

/** The table's columns and whether `id` is unique on its own (the upsert's ON CONFLICT (id)); no rows: no such table. */
const TABLE_SQL = `SELECT a.attname AS column, EXISTS (
    SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisunique AND i.indnatts = 1 AND i.indkey[0] = a.attnum
  ) AS unique_alone
  FROM pg_attribute a WHERE a.attrelid = to_regclass(quote_ident($1)) AND a.attnum > 0 AND NOT a.attisdropped`;

export async function checkPostgresSink(sink: string, url: string, table: string): Promise<void> {
  const names = { url: `the URL of sink "${sink}"`, table: `the table of sink "${sink}"`, reader: `sink "${sink}"` };
  const client = await connectCapture({ table, url, names });
  try {
    const { rows } = await client.query<{ column: string; unique_alone: boolean }>(TABLE_SQL, [table]);
    if (rows.length === 0) return;
    const have = new Map(rows.map((r) => [r.column, r.unique_alone]));
    const missing = COLUMNS.filter((c) => !have.has(c));
    const problem =
      missing.length > 0 ? `has no column ${missing.join(", ")}` : !have.get("id") ? `has no unique index on id alone (the upsert's key)` : undefined;
    if (problem) {
      throw new WeftError(
        ErrorCode.Usage,
        `sink "${sink}": table "${table}" in the database at ${redactUrl(url)} ${problem}: a toPostgres sink upserts rows ${POSTGRES_SINK_TABLE} ` +
          `and creates the table when it does not exist; give the sink a new table's name, or drop this one.`,
      );
    }
  } finally {
    await client.end().catch(() => {});
  }
}
