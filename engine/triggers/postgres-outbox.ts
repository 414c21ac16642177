/**
 * The PostgreSQL trigger's outbox, as SQL: what `weft deploy` installs beside a watched table
 * and how the leader coordinator reads it. Pure text builders; engine/triggers/postgres-trigger.ts
 * runs them.
 *
 * One table `weft_outbox` per schema (the watched table's) holds the row changes of every weft
 * trigger on that schema's tables, each tagged with its trigger key. A row trigger
 * `weft_<key>` on the watched table copies each inserted or updated row there
 * (`row_to_json(NEW)`) in the same transaction as the change, and notifies the channel
 * `weft_<key>` so that the reader wakes at once. The reader deletes an outbox row only once its
 * run is accepted.
 *
 * Order: `position` (a bigserial) is taken when the row is inserted, not when its transaction
 * commits, so a lower position can become visible after a higher one. The reader therefore only
 * reads rows below a safe horizon: those whose transaction id is older than every transaction
 * still running (`pg_snapshot_xmin`). No row can appear later below that horizon, so the rows it
 * reads, in (transaction id, position) order, come in the same order each time they are read
 * (a batch offered again after a crash starts with the same first event, and is found by it).
 */

/** The outbox table's name in the watched table's schema. */
export const OUTBOX_TABLE = "weft_outbox";
const CAPTURE_FUNCTION = "weft_outbox_capture";

/** A quoted SQL identifier: `"a""b"` for `a"b`. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A quoted SQL string: `'it''s'` for `it's`. */
export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The name of the row trigger (and of the notification channel) of one weft trigger. */
export function captureName(key: string): string {
  if (!/^[0-9a-f]{1,40}$/.test(key)) throw new Error(`a trigger key is hex, got "${key}"`);
  return `weft_${key}`;
}

/** A table as PostgreSQL resolved it (its schema and name, unquoted). */
export interface ResolvedTable {
  readonly schema: string;
  readonly name: string;
}

/**
 * Resolves the table as written (`orders`, `sales.orders`, `"Orders"`) through the connection's
 * search_path: its schema, name and kind, or no row when there is no such relation.
 */
export const RESOLVE_TABLE_SQL =
  "SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)";

/**
 * The statements, in order and in one transaction, that install the capture of `table` for the
 * trigger `key`: idempotent (run at every deploy and every leader start), serialized by an
 * advisory lock so that two installers do not race on CREATE ... IF NOT EXISTS.
 */
export function installStatements(table: ResolvedTable, key: string): string[] {
  const schema = quoteIdent(table.schema);
  const outbox = `${schema}.${quoteIdent(OUTBOX_TABLE)}`;
  const capture = `${schema}.${quoteIdent(CAPTURE_FUNCTION)}`;
  const name = quoteIdent(captureName(key));
  const target = `${schema}.${quoteIdent(table.name)}`;
  return [
    "SELECT pg_advisory_xact_lock(hashtext('weft_outbox_install'))",
    `CREATE TABLE IF NOT EXISTS ${outbox} (
  position bigserial PRIMARY KEY,
  trigger_key text NOT NULL,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  op text NOT NULL,
  new_row json NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
)`,
    `CREATE INDEX IF NOT EXISTS weft_outbox_order ON ${outbox} (trigger_key, txid, position)`,
    `CREATE OR REPLACE FUNCTION ${capture}() RETURNS trigger LANGUAGE plpgsql AS $weft$
BEGIN
  INSERT INTO ${outbox} (trigger_key, op, new_row) VALUES (TG_ARGV[0], TG_OP, row_to_json(NEW));
  PERFORM pg_notify('weft_' || TG_ARGV[0], '');
  RETURN NULL;
END
$weft$`,
    // Created only when missing: CREATE TRIGGER locks the table against writes for a moment, and
    // this runs at every leader start.
    `DO $weft$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = ${quoteLiteral(target)}::regclass AND tgname = ${quoteLiteral(captureName(key))}) THEN
    CREATE TRIGGER ${name} AFTER INSERT OR UPDATE ON ${target} FOR EACH ROW EXECUTE FUNCTION ${capture}(${quoteLiteral(key)});
  END IF;
END
$weft$`,
  ];
}

/** Rows below the safe horizon only: no row can appear later among them (see the top). */
const BELOW_HORIZON = "txid < pg_snapshot_xmin(pg_current_snapshot())";
/**
 * The read order, by the table's columns: a bare `ORDER BY position` would sort by the output
 * column `position::text AS position` (PostgreSQL matches output names first), "10" before "2".
 */
const IN_ORDER = "ORDER BY o.txid, o.position";

function outboxOf(table: ResolvedTable): string {
  return `${quoteIdent(table.schema)}.${quoteIdent(OUTBOX_TABLE)}`;
}

/**
 * Up to $3 outbox rows of trigger $1 below the safe horizon, oldest first, each with its event
 * body (a RowChange of table $2) as JSON text, built by PostgreSQL so that numbers keep their
 * digits.
 */
export function readSql(table: ResolvedTable): string {
  return `SELECT o.position::text AS position, json_build_object('table', $2::text, 'op', o.op, 'row', o.new_row)::text AS data
FROM ${outboxOf(table)} o
WHERE o.trigger_key = $1 AND o.${BELOW_HORIZON}
${IN_ORDER}
LIMIT $3`;
}

/** Deletes the outbox rows of trigger $1 at positions $2 (their runs are accepted). */
export function deleteSql(table: ResolvedTable): string {
  return `DELETE FROM ${outboxOf(table)} WHERE trigger_key = $1 AND position = ANY($2::bigint[])`;
}

/**
 * A reader that keeps its own place (a streaming source, whose checkpoints store it): a cursor
 * `TXID:POSITION`, the (transaction id, position) of the last row read. Below the safe horizon
 * rows come in that order and none appears later before a row already read, so "the rows after
 * the cursor" is the same set each time it is read: a restore replays exactly what came after.
 */
export interface OutboxCursor {
  readonly txid: string;
  readonly position: string;
}

/** The start of an outbox: before every row. */
export const OUTBOX_START: OutboxCursor = { txid: "0", position: "0" };

export function cursorText(c: OutboxCursor): string {
  return `${c.txid}:${c.position}`;
}

/** The cursor written by cursorText; the start for "" or 0 (a source that read nothing yet). */
export function parseCursor(text: string | number): OutboxCursor {
  if (text === 0 || text === "") return OUTBOX_START;
  const m = /^(\d+):(\d+)$/.exec(String(text));
  if (!m) throw new Error(`an outbox cursor is TXID:POSITION, got ${JSON.stringify(text)}`);
  return { txid: m[1] as string, position: m[2] as string };
}

/**
 * Up to $4 outbox rows of reader $1 below the safe horizon and after the cursor ($2 txid, $3
 * position), in order, of split $6 of $5 (position mod $5 = $6: each split has its own cursor).
 */
export function readAfterSql(table: ResolvedTable): string {
  return `SELECT o.txid::text AS txid, o.position::text AS position, o.op, o.new_row::text AS row, (extract(epoch FROM o.changed_at) * 1000)::float8 AS changed_at_ms
FROM ${outboxOf(table)} o
WHERE o.trigger_key = $1 AND o.${BELOW_HORIZON} AND (o.txid, o.position) > ($2::xid8, $3::bigint) AND o.position % $5 = $6
${IN_ORDER}
LIMIT $4`;
}

/** Deletes the outbox rows of reader $1 up to and with the cursor ($2 txid, $3 position), of split $5 of $4. */
export function deleteThroughSql(table: ResolvedTable): string {
  return `DELETE FROM ${outboxOf(table)} WHERE trigger_key = $1 AND (txid, position) <= ($2::xid8, $3::bigint) AND position % $4 = $5`;
}

export { redactUrl } from "../../model/redact-url.js";

/** Why `url` is not a PostgreSQL URL, or undefined when it is one. */
export function urlProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "it is not a URL";
  }
  if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") return `its scheme is "${u.protocol.replace(/:$/, "")}", not postgres`;
  if (!u.hostname) return "it names no host";
  return undefined;
}
