/**
 * End to end, a streaming job whose source is a PostgreSQL table (`postgres(url, table)`) against
 * the machine's PostgreSQL (127.0.0.1:5432, database `test`), in a schema of its own (dropped at
 * the end), on a cluster of processes: rows inserted while the job runs are counted per user per
 * 1 s window; a worker SIGKILLed mid-stream, the job resumes from its last completed checkpoint
 * (the outbox cursor stored there) and its output is exactly the fault-free result; the outbox is
 * emptied once checkpoints cover every row. A missing table is exit 2, an unreachable database
 * exit 3. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import pg from "pg";
import { lastCheckpoint } from "../../engine/stream/stream-job.js";
import { StreamJobStore } from "../../engine/stream/stream-job-store.js";
import { describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { freePort, hasNatsServer, uid, waitFor } from "../helpers/nats.js";
import { readAll, streamFor } from "../helpers/stream-output.js";
import { pgClick } from "../fixtures/stream-pgcdc.js";

const PG_BASE = "postgres://postgres@127.0.0.1:5432/test";
const FIXTURE = "test/fixtures/stream-pgcdc.ts";
/** Rows inserted in all, in transactions of CHUNK rows. */
const ROWS = 3000;
const CHUNK = 50;

interface Row {
  user: string;
  start: number;
  count: number;
}

/** Counts per user per 1 s window of rows [0, n), computed directly. */
function expectedRows(n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = pgClick(i);
    const id = `${c.usr}@${Math.floor(c.at / 1000) * 1000}`;
    m.set(id, (m.get(id) ?? 0) + 1);
  }
  return m;
}

describe("e2e: a streaming job reading PostgreSQL changes", function () {
  this.timeout(240_000);
  const schema = `weft_cdc_${uid()}`;
  const url = `${PG_BASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const out = `pgcdc.${uid()}`;
  const env = { WEFT_PGCDC_URL: url, WEFT_PGCDC_TABLE: "clicks", WEFT_PGCDC_OUT: out };
  let admin: pg.Client | undefined;
  let cluster: Cluster | undefined;

  const sql = (text: string, values?: unknown[]) => admin!.query(text, values);

  before(async function () {
    if (!hasNatsServer()) this.skip();
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await sql(`CREATE SCHEMA ${schema}`);
    await sql("CREATE TABLE clicks (id int PRIMARY KEY, usr text NOT NULL, at bigint NOT NULL)");
    cluster = await startCluster(["wa", "wb"], { env });
  });

  after(async function () {
    this.timeout(40_000);
    await cluster?.stop();
    await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await admin?.end().catch(() => {});
  });

  /** Inserts rows [from, to) in transactions of CHUNK rows. */
  async function insert(from: number, to: number): Promise<void> {
    for (let i = from; i < to; i += CHUNK) {
      const ids = Array.from({ length: Math.min(CHUNK, to - i) }, (_, k) => i + k);
      const values = ids.map((id) => pgClick(id));
      await sql(
        "INSERT INTO clicks (id, usr, at) SELECT * FROM unnest($1::int[], $2::text[], $3::bigint[])",
        [values.map((v) => v.id), values.map((v) => v.usr), values.map((v) => v.at)],
      );
    }
  }

  it("rows inserted while it runs, a worker SIGKILLed mid-stream: every window once, and the outbox emptied behind the checkpoints", async () => {
    const c = cluster!;
    const outStream = await streamFor(c.bus, out);
    const deployed = await runCli(["deploy", FIXTURE, "--parallelism", "2", "--partitions", "2", "--checkpoint-interval", "300ms", "--nats", c.url], { env });
    assert.equal(deployed.code, 0, describeResult(deployed));
    assert.match(deployed.stdout, /^pgcdc@[0-9a-f]{12}\n$/);

    // Captured from the deploy on, before the job's tasks even started.
    await insert(0, 1000);
    await waitFor(async () => (await readAll<Row>(c.bus, outStream, out)).length > 0, {
      timeoutMs: 60_000,
      intervalMs: 200,
      message: () => `first windows (coordinator: ${c.coordinator.stderr().slice(-1500)})`,
    });
    await waitFor(async () => ((await lastCheckpoint(c.bus, "pgcdc"))?.id ?? 0) >= 2, { timeoutMs: 60_000, intervalMs: 100, message: "two checkpoints" });

    const placed = await (await StreamJobStore.open(c.bus)).placement("pgcdc");
    assert.ok(placed?.sources.includes("wb"), `the worker killed reads a partition of the table: ${JSON.stringify(placed)}`);
    const wb = c.workers[1]!;
    wb.child.kill("SIGKILL");
    await wb.exited;
    await insert(1000, 2000); // while the job is restored on the worker left
    const before = (await lastCheckpoint(c.bus, "pgcdc"))!.id;
    await waitFor(async () => ((await lastCheckpoint(c.bus, "pgcdc"))?.id ?? 0) > before, {
      timeoutMs: 90_000,
      intervalMs: 200,
      message: () => `checkpoints after the worker loss (coordinator: ${c.coordinator.stderr().slice(-1500)})`,
    });
    await insert(2000, ROWS);
    // Rows far later in event time, one per partition (consecutive outbox positions): their
    // watermark closes every window of the rows above.
    await sql("INSERT INTO clicks VALUES ($1, 'flush', $3), ($2, 'flush', $3)", [ROWS, ROWS + 1, pgClick(ROWS).at + 60_000]);

    const want = expectedRows(ROWS);
    let rows: Row[] = [];
    await waitFor(async () => (rows = await readAll<Row>(c.bus, outStream, out)).length >= want.size, {
      timeoutMs: 150_000,
      intervalMs: 500,
      message: () => `${rows.length} of ${want.size} windows (coordinator: ${c.coordinator.stderr().slice(-1500)})`,
    });
    await new Promise((r) => setTimeout(r, 1000)); // anything written twice would show by now
    rows = await readAll<Row>(c.bus, outStream, out);
    assert.equal(rows.length, want.size, "no window written twice");
    assert.deepEqual(new Map(rows.map((r) => [`${r.user}@${r.start}`, r.count] as const).sort()), new Map([...want].sort()));

    // Every row read and covered by a completed checkpoint: the job's outbox rows are deleted.
    await waitFor(async () => (await sql("SELECT count(*)::int AS n FROM weft_outbox")).rows[0].n === 0, {
      timeoutMs: 60_000,
      intervalMs: 300,
      message: async () => `an empty outbox, ${(await sql("SELECT count(*)::int AS n FROM weft_outbox")).rows[0].n} rows left`,
    });

    const stopped = await runCli(["stop", "pgcdc", "--savepoint", "--nats", c.url], { timeoutMs: 60_000 });
    assert.equal(stopped.code, 0, describeResult(stopped));
    const removed = await runCli(["undeploy", "pgcdc", "--nats", c.url], { timeoutMs: 20_000 });
    assert.equal(removed.code, 0, describeResult(removed));
  });

  it("a table that does not exist is refused with exit 2 naming it; an unreachable database with exit 3", async () => {
    const missing = await runCli(["deploy", FIXTURE, "--name", "pgcdc-missing", "--nats", cluster!.url], { env: { ...env, WEFT_PGCDC_TABLE: "no_such_table" } });
    assert.equal(missing.code, 2, describeResult(missing));
    assert.match(missing.stderr, /table "no_such_table" does not exist/);
    const port = await freePort();
    const away = await runCli(["deploy", FIXTURE, "--name", "pgcdc-away", "--nats", cluster!.url], { env: { ...env, WEFT_PGCDC_URL: `postgres://postgres@127.0.0.1:${port}/test` } });
    assert.equal(away.code, 3, describeResult(away));
    assert.match(away.stderr, /cannot be reached/);
  });

  it("a PostgreSQL sink is checked at deploy: a table that is not the sink's is exit 2 saying what it lacks, an unreachable database exit 3", async () => {
    const db = new pg.Client({ connectionString: PG_BASE });
    await db.connect();
    const table = `pgsink_${uid()}`;
    try {
      await db.query(`CREATE TABLE ${table} (id serial PRIMARY KEY, label text)`);
      const sinkEnv = { WEFT_PGSINK_URL: PG_BASE, WEFT_PGSINK_TABLE: table };
      const wrong = await runCli(["deploy", "test/fixtures/stream-pgsink.ts", "--name", "pgsink-wrong", "--nats", cluster!.url], { env: sinkEnv });
      assert.equal(wrong.code, 2, describeResult(wrong));
      assert.match(wrong.stderr, new RegExp(`sink "out": table "${table}" .* has no column key, window_start, window_end, value, record: a toPostgres sink upserts rows \\(id text PRIMARY KEY`), describeResult(wrong));
      const port = await freePort();
      const away = await runCli(["deploy", "test/fixtures/stream-pgsink.ts", "--name", "pgsink-away", "--nats", cluster!.url], {
        env: { ...sinkEnv, WEFT_PGSINK_URL: `postgres://postgres@127.0.0.1:${port}/test` },
      });
      assert.equal(away.code, 3, describeResult(away));
      assert.match(away.stderr, /cannot be reached/);
      const jobs = await (await StreamJobStore.open(cluster!.bus)).jobs();
      assert.deepEqual(jobs.filter((j) => j.name.startsWith("pgsink")), [], "nothing deployed");
    } finally {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
      await db.end();
    }
  });
});
