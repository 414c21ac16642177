/**
 * Connecting to the database of a watched table, checking the table and installing its change
 * capture (the outbox SQL of engine/triggers/postgres-outbox.ts), with the errors `weft deploy`
 * reports: shared by the PostgreSQL trigger and the streaming source `postgres(...)`, each
 * naming its settings the way its user wrote them (flags, or the SDK call).
 */
import pg from "pg";
import { ErrorCode, WeftError } from "../errors.js";
import { installStatements, OUTBOX_TABLE, quoteIdent, redactUrl, RESOLVE_TABLE_SQL, urlProblem, type ResolvedTable } from "./postgres-outbox.js";

/** How long a connection attempt may take before the database counts as unreachable. */
const CONNECT_TIMEOUT_MS = 5000;

/** SQLSTATE classes and socket errors that mean "cannot reach or log into the database". */
const UNREACHABLE = /^(08|28|57P0[1-3]|53)|^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)$/;

/** A watched table, and how its user named the settings (in error messages). */
export interface CaptureTarget {
  readonly table: string;
  readonly url: string;
  readonly names: {
    /** Where the URL was given: `--postgres-url`, `postgres({ url })`. */
    readonly url: string;
    /** Where the table was given: `--postgres`, `postgres({ table })`. */
    readonly table: string;
    /** Who reads the changes: "a trigger", "a stream source". */
    readonly reader: string;
  };
}

/** Connects to the database of `target`, mapping a failure to the error `weft deploy` reports (exit 2, or 3 when unreachable). */
export async function connectCapture(target: CaptureTarget): Promise<pg.Client> {
  const { url, names } = target;
  const problem = urlProblem(url);
  if (problem) throw new WeftError(ErrorCode.Usage, `${names.url} ${redactUrl(url)}: ${problem}; give postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.`);
  // pg falls back to PGUSER, then the OS user's name (USER): without either (a container's root
  // often has no USER) the server refuses the start-up packet, which is no unreachable database.
  const osUser = process.platform === "win32" ? process.env.USERNAME : process.env.USER;
  if (!new URL(url).username && !process.env.PGUSER && !osUser) {
    throw new WeftError(ErrorCode.Usage, `${names.url} ${redactUrl(url)}: it names no user (and neither PGUSER nor USER is set); give postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.`);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: "weft" });
  client.on("error", () => {}); // a connection lost later fails the next query, which is handled there
  try {
    await client.connect();
    return client;
  } catch (err) {
    await client.end().catch(() => {});
    const code = String((err as { code?: unknown }).code ?? "");
    const why = (err as Error).message || code || "connection failed";
    if (code === "3D000") throw new WeftError(ErrorCode.Usage, `PostgreSQL at ${redactUrl(url)}: ${why}: create the database or fix ${names.url}.`, { cause: err });
    const unreachable = UNREACHABLE.test(code) || /timeout|terminated/i.test(why);
    throw new WeftError(
      unreachable ? ErrorCode.ServiceUnreachable : ErrorCode.Usage,
      `PostgreSQL at ${redactUrl(url)} cannot be reached (${why}): start it, or fix ${names.url} (host, port, user, password).`,
      { cause: err },
    );
  }
}

/** The table of `target` as the database resolves it; E_USAGE when it does not exist or is no table. */
export async function resolveCaptureTable(client: pg.Client, target: CaptureTarget): Promise<ResolvedTable> {
  const { table, names } = target;
  const where = `in the database at ${redactUrl(target.url)}`;
  let rows: { schema: string; name: string; kind: string }[];
  try {
    rows = (await client.query<{ schema: string; name: string; kind: string }>(RESOLVE_TABLE_SQL, [table])).rows;
  } catch (err) {
    throw new WeftError(ErrorCode.Usage, `${names.table} ${table}: not a table name ${where} (${(err as Error).message}).`, { cause: err });
  }
  const found = rows[0];
  if (!found) {
    throw new WeftError(ErrorCode.Usage, `table "${table}" does not exist ${where} (looked up through its search_path): create it first, or name it as schema.table.`);
  }
  if (found.kind !== "r" && found.kind !== "p") throw new WeftError(ErrorCode.Usage, `"${table}" ${where} is not a table (a view or another relation): ${names.reader} watches a table.`);
  if (found.name === OUTBOX_TABLE) throw new WeftError(ErrorCode.Usage, `"${table}" is weft's own outbox: ${names.reader} cannot watch it.`);
  return { schema: found.schema, name: found.name };
}

/** Installs (or re-installs) the capture of the table's changes under `key`, all or nothing. */
export async function installCapture(client: pg.Client, table: ResolvedTable, key: string): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const sql of installStatements(table, key)) await client.query(sql);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

async function withConnection<T>(target: CaptureTarget, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connectCapture(target);
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The deploy-time check: the database answers and the table exists. */
export async function checkCapture(target: CaptureTarget): Promise<void> {
  await withConnection(target, (client) => resolveCaptureTable(client, target));
}

/** The deploy-time install: the capture under `key` is in place once this returns (changes from now on are kept). */
export async function deployCapture(target: CaptureTarget, key: string): Promise<void> {
  await withConnection(target, async (client) => {
    const table = await resolveCaptureTable(client, target);
    try {
      await installCapture(client, table, key);
    } catch (err) {
      throw new WeftError(
        ErrorCode.Usage,
        `cannot install the change capture of table "${target.table}" at ${redactUrl(target.url)} (${(err as Error).message}): ` +
          `the user needs to create tables, functions and triggers in schema ${quoteIdent(table.schema)}.`,
        { cause: err },
      );
    }
  });
}
