/**
 * The PostgreSQL trigger: each row inserted or updated in a table starts a run whose input is a
 * RowChange `{table, op, row}`. `weft deploy` installs a row trigger on the table that copies
 * each change into an outbox table in the same transaction (engine/triggers/postgres-outbox.ts);
 * the leader coordinator reads the outbox in commit order (woken by LISTEN/NOTIFY, and polling
 * every second as a safety net), hands each row to the sink and deletes it only once its run is
 * accepted. Changes made while no coordinator is up wait in the outbox and are run when one is;
 * the event id `TABLE:POSITION` (the outbox position) makes a row read again after a crash
 * refused as a duplicate.
 */
import pg from "pg";
import type { PostgresTriggerSpec } from "../../model/trigger.js";
import type { TimerId } from "../base/clock.js";
import { ErrorCode, WeftError } from "../errors.js";
import { eventsInFlight } from "./event-batcher.js";
import { captureName, deleteSql, installStatements, OUTBOX_TABLE, quoteIdent, readSql, redactUrl, RESOLVE_TABLE_SQL, urlProblem, type ResolvedTable } from "./postgres-outbox.js";
import type { RunningTrigger, TriggerContext, TriggerKindRunner } from "./trigger-kind.js";

/** How long a connection attempt may take before the database counts as unreachable. */
const CONNECT_TIMEOUT_MS = 5000;
/** The safety-net poll (a notification can be missed across a reconnect), and the wait after a refused event. */
const POLL_MS = 1000;
/** The wait before connecting again after the connection failed. */
const RECONNECT_MS = 2000;
/** Outbox rows read (and offered at once) at a time, at least; a batching trigger reads two batches' worth. */
const MIN_PAGE = 100;

/** SQLSTATE classes and socket errors that mean "cannot reach or log into the database". */
const UNREACHABLE = /^(08|28|57P0[1-3]|53)|^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)$/;

function newClient(url: string): pg.Client {
  return new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: "weft" });
}

/** Connects to the database of `spec`, mapping a failure to the error `weft deploy` reports. */
async function connect(spec: PostgresTriggerSpec): Promise<pg.Client> {
  const problem = urlProblem(spec.url);
  if (problem) {
    throw new WeftError(ErrorCode.Usage, `--postgres-url ${redactUrl(spec.url)}: ${problem}; give postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.`);
  }
  const client = newClient(spec.url);
  client.on("error", () => {}); // a connection lost later fails the next query, which is handled there
  try {
    await client.connect();
    return client;
  } catch (err) {
    await client.end().catch(() => {});
    const code = String((err as { code?: unknown }).code ?? "");
    const why = (err as Error).message || code || "connection failed";
    if (code === "3D000") throw new WeftError(ErrorCode.Usage, `PostgreSQL at ${redactUrl(spec.url)}: ${why}: create the database or fix --postgres-url.`, { cause: err });
    const unreachable = UNREACHABLE.test(code) || /timeout|terminated/i.test(why);
    throw new WeftError(
      unreachable ? ErrorCode.ServiceUnreachable : ErrorCode.Usage,
      `PostgreSQL at ${redactUrl(spec.url)} cannot be reached (${why}): start it, or fix --postgres-url (host, port, user, password).`,
      { cause: err },
    );
  }
}

/** The table of `spec` as the database resolves it; E_USAGE when it does not exist or is no table. */
async function resolveTable(client: pg.Client, spec: PostgresTriggerSpec): Promise<ResolvedTable> {
  const where = `in the database at ${redactUrl(spec.url)}`;
  let rows: { schema: string; name: string; kind: string }[];
  try {
    rows = (await client.query<{ schema: string; name: string; kind: string }>(RESOLVE_TABLE_SQL, [spec.table])).rows;
  } catch (err) {
    throw new WeftError(ErrorCode.Usage, `--postgres ${spec.table}: not a table name ${where} (${(err as Error).message}).`, { cause: err });
  }
  const found = rows[0];
  if (!found) {
    throw new WeftError(ErrorCode.Usage, `table "${spec.table}" does not exist ${where} (looked up through its search_path): create it first, or name it as schema.table.`);
  }
  if (found.kind !== "r" && found.kind !== "p") throw new WeftError(ErrorCode.Usage, `"${spec.table}" ${where} is not a table (a view or another relation): a trigger watches a table.`);
  if (found.name === OUTBOX_TABLE) throw new WeftError(ErrorCode.Usage, `"${spec.table}" is weft's own outbox: a trigger cannot watch it.`);
  return { schema: found.schema, name: found.name };
}

/** Installs (or re-installs) the capture of the table's changes for trigger `key`, all or nothing. */
async function install(client: pg.Client, table: ResolvedTable, key: string): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const sql of installStatements(table, key)) await client.query(sql);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

async function withConnection<T>(spec: PostgresTriggerSpec, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(spec);
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export const postgresTrigger: TriggerKindRunner<PostgresTriggerSpec> = {
  async check(_bus, spec) {
    await withConnection(spec, (client) => resolveTable(client, spec));
  },

  async install(_bus, spec, key) {
    await withConnection(spec, async (client) => {
      const table = await resolveTable(client, spec);
      try {
        await install(client, table, key);
      } catch (err) {
        throw new WeftError(
          ErrorCode.Usage,
          `cannot install the change capture of table "${spec.table}" at ${redactUrl(spec.url)} (${(err as Error).message}): ` +
            `the user needs to create tables, functions and triggers in schema ${quoteIdent(table.schema)}.`,
          { cause: err },
        );
      }
    });
  },

  async start(ctx) {
    const source = new OutboxSource(ctx);
    source.begin();
    return source;
  },
};

/** Reads one trigger's outbox on the leader coordinator, reconnecting as long as it runs. */
class OutboxSource implements RunningTrigger {
  private stopped = false;
  private client: pg.Client | undefined;
  /** Set by a notification (or stop) that came while no one was waiting: the next wait returns at once. */
  private poked = false;
  private wake: (() => void) | undefined;
  private readonly page: number;

  constructor(private readonly ctx: TriggerContext<PostgresTriggerSpec>) {
    this.page = Math.max(MIN_PAGE, eventsInFlight(ctx.spec));
  }

  begin(): void {
    void this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    // A read in flight fails; its rows stay in the outbox for the next leader.
    await this.client?.end().catch(() => {});
  }

  private poke(): void {
    this.poked = true;
    this.wake?.();
  }

  /** Waits `ms`, or less when `wakeEarly` and a notification comes (or came since the last wait). */
  private sleep(ms: number, wakeEarly: boolean): Promise<void> {
    if (this.stopped || (wakeEarly && this.poked)) {
      this.poked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      let timer: TimerId | undefined;
      const done = () => {
        this.ctx.clock.clearTimeout(timer);
        this.wake = undefined;
        this.poked = false;
        resolve();
      };
      timer = this.ctx.clock.setTimeout(done, ms);
      this.wake = () => {
        if (wakeEarly || this.stopped) done();
      };
    });
  }

  private async loop(): Promise<void> {
    const { spec, key, deployment, say } = this.ctx;
    let complaint = "";
    while (!this.stopped) {
      try {
        const client = await connect(spec);
        this.client = client;
        if (this.stopped) break;
        client.on("notification", () => this.poke());
        client.on("error", () => this.poke()); // the next query fails and the loop reconnects
        const table = await resolveTable(client, spec);
        // Again here, not only at deploy: the capture dropped by hand, or a deploy that stopped
        // after checking, is put back before reading.
        await install(client, table, key);
        await client.query(`LISTEN ${quoteIdent(captureName(key))}`);
        if (complaint) say(`weft coordinator: ${deployment}: reading the outbox of table ${spec.table} again`);
        complaint = "";
        const read = readSql(table);
        const remove = deleteSql(table);
        while (!this.stopped) {
          const step = await this.drain(client, read, remove);
          if (step === "more") continue;
          await this.sleep(POLL_MS, step === "idle");
        }
      } catch (err) {
        if (this.stopped) break;
        const line = `weft coordinator: ${deployment}: the postgres trigger on ${spec.table} cannot read its outbox (${(err as Error).message}); trying again every ${RECONNECT_MS / 1000} s`;
        if (line !== complaint) say(line);
        complaint = line;
        await this.sleep(RECONNECT_MS, false);
      } finally {
        const client = this.client;
        this.client = undefined;
        await client?.end().catch(() => {});
      }
    }
  }

  /**
   * Offers one page of the outbox to the sink (all at once, so that a batch can fill) and deletes
   * the rows whose runs were accepted. "more": a full page went through, read on; "idle": all
   * went through, wait for news; "refused": some were not accepted, wait before offering them again.
   */
  private async drain(client: pg.Client, read: string, remove: string): Promise<"more" | "idle" | "refused"> {
    const { spec, key, sink, clock } = this.ctx;
    const { rows } = await client.query<{ position: string; data: string }>(read, [key, spec.table, this.page]);
    if (rows.length === 0) return "idle";
    const encoder = new TextEncoder();
    const outcomes = await Promise.all(
      rows.map((r) =>
        sink.accept({
          data: encoder.encode(r.data),
          info: { kind: "postgres", eventId: `${spec.table}:${r.position}`, source: spec.table, receivedAtMs: clock.now() },
        }),
      ),
    );
    const accepted = rows.filter((_, i) => outcomes[i] === "ack").map((r) => r.position);
    if (accepted.length > 0) await client.query(remove, [key, accepted]);
    if (accepted.length < rows.length) return "refused";
    return rows.length === this.page ? "more" : "idle";
  }
}
