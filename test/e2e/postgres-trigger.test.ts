/**
 * End to end, the PostgreSQL trigger against the machine's PostgreSQL (127.0.0.1:5432, database
 * `test`), in a schema of its own (dropped at the end): `weft deploy --postgres TABLE
 * --postgres-url URL` with a coordinator and a worker process on a real nats-server; inserts and
 * updates each run once with ctx.trigger, rows changed while the coordinator is SIGKILLed are run
 * once when another starts; examples/orders.ts fills order_totals; a missing table is exit 2, an
 * unreachable database exit 3. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { listRunRecords, type RunRecord } from "../../engine/coordinator/run-store.js";
import { batchFromWire, triggerFromWire } from "../../engine/wire/origin.js";
import { describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { freePort, hasNatsServer, uid, waitFor } from "../helpers/nats.js";

const PG_BASE = "postgres://postgres@127.0.0.1:5432/test";

/** A workflow that returns its input (the RowChange) and its trigger. */
const ECHO = `import { workflow } from "weft";
export default workflow<unknown>("pg-echo", (wf) => {
  wf.node("echo", async (ctx) => ({ input: ctx.input, trigger: ctx.trigger ?? null }));
});
`;

interface Echo {
  input: { table: string; op: string; row: { id: number; label: string } };
  trigger: { kind: string; eventId: string; source: string };
}

describe("e2e: the PostgreSQL trigger", function () {
  this.timeout(120_000);
  const schema = `weft_e2e_${uid()}`;
  /** The test database with the test's schema first on the search_path: the tables are found there. */
  const url = `${PG_BASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let admin: pg.Client | undefined;
  let cluster: Cluster | undefined;
  let nats = "";
  let dir = "";

  const sql = (text: string, values?: unknown[]) => admin!.query(text, values);

  async function runsOf(deployment: string): Promise<RunRecord[]> {
    return (await listRunRecords(cluster!.bus)).filter((r) => r.origin?.deployment === deployment);
  }

  async function ended(deployment: string): Promise<RunRecord[]> {
    return (await runsOf(deployment)).filter((r) => r.state === "succeeded" || r.state === "failed");
  }

  before(async function () {
    if (!hasNatsServer()) this.skip();
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await sql(`CREATE SCHEMA ${schema}`);
    cluster = await startCluster(["wa"], { env: { WEFT_EXAMPLE_PG_URL: url } });
    nats = cluster.url;
    dir = mkdtempSync(join(tmpdir(), "weft-pg-"));
    writeFileSync(join(dir, "echo.ts"), ECHO);
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await admin?.end().catch(() => {});
  });

  it("each insert and update runs once with ctx.trigger kind postgres, also the rows changed while the coordinator is SIGKILLed", async () => {
    await sql("CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL)");
    const deployed = await runCli(["deploy", join(dir, "echo.ts"), "--name", "pg-items", "--postgres", "items", "--postgres-url", url, "--nats", nats]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    assert.match(deployed.stdout, /^pg-items@[0-9a-f]{12}\n$/);
    const insert = async (from: number, to: number) => {
      for (let i = from; i < to; i++) await sql("INSERT INTO items VALUES ($1, $2)", [i, `item ${i}`]);
    };
    // Captured from the deploy on: these are run once the leader picks the deployment up.
    await insert(0, 10);
    // Several rows in one transaction, and updates.
    await sql("BEGIN");
    await sql("UPDATE items SET label = label || ' (changed)' WHERE id < 3");
    await insert(10, 12);
    await sql("COMMIT");
    await waitFor(async () => (await runsOf("pg-items")).length >= 4, { timeoutMs: 30_000, intervalMs: 100, message: "the first trigger runs" });
    cluster!.coordinator.child.kill("SIGKILL");
    await cluster!.coordinator.exited;
    await insert(12, 20); // while no coordinator is up
    await sql("UPDATE items SET label = 'late' WHERE id = 19");
    const next = cluster!.spawn(["coordinator", "--nats", nats]);
    await next.waitForStderr(/active on/, 30_000);
    const changes = 20 + 3 + 1;
    await waitFor(async () => (await ended("pg-items")).length >= changes, {
      timeoutMs: 60_000,
      intervalMs: 250,
      message: async () => `${changes} runs, got ${(await ended("pg-items")).length}\ncoordinator stderr:\n${next.stderr().slice(-3000)}`,
    });
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate, if any, would show up now
    const runs = await runsOf("pg-items");
    assert.equal(runs.length, changes, `one run per change: ${runs.map((r) => `${r.state} ${r.origin?.trigger?.eventId}`).join(", ")}`);
    const results = runs.map((r) => {
      assert.equal(r.state, "succeeded", JSON.stringify(r.error));
      return JSON.parse(r.resultJson) as Echo;
    });
    for (const x of results) {
      assert.equal(x.trigger.kind, "postgres");
      assert.match(x.trigger.eventId, /^items:\d+$/);
      assert.equal(x.trigger.source, "items");
      assert.equal(x.input.table, "items");
    }
    assert.equal(new Set(results.map((x) => x.trigger.eventId)).size, changes, "every event id once");
    const inserted = results.filter((x) => x.input.op === "INSERT").map((x) => x.input.row.id);
    assert.deepEqual(inserted.sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i), "every row inserted, once");
    const updated = results.filter((x) => x.input.op === "UPDATE").map((x) => `${x.input.row.id}=${x.input.row.label}`);
    assert.deepEqual(updated.sort(), ["0=item 0 (changed)", "1=item 1 (changed)", "19=late", "2=item 2 (changed)"].sort());
    const waiting = await sql("SELECT count(*)::int AS n FROM weft_outbox");
    assert.equal(waiting.rows[0].n, 0, "the outbox is emptied as runs are accepted");
    const r = await runCli(["undeploy", "pg-items", "--nats", nats]);
    assert.equal(r.code, 0, describeResult(r));
  });

  it("with --batch, each change is in exactly one batch run's input, in commit order", async () => {
    await sql("CREATE TABLE readings (id int PRIMARY KEY, value int NOT NULL)");
    const deployed = await runCli(["deploy", join(dir, "echo.ts"), "--name", "pg-batch", "--postgres", "readings", "--postgres-url", url, "--batch", "5", "--batch-wait", "300ms", "--nats", nats]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    await sql("BEGIN");
    for (let i = 0; i < 12; i++) await sql("INSERT INTO readings VALUES ($1, $2)", [i, i * 10]);
    await sql("COMMIT");
    const inputs = async () =>
      (await ended("pg-batch")).flatMap((r) => (JSON.parse(r.resultJson || "{}") as { input?: Echo["input"][] }).input ?? []).map((c) => c.row.id);
    await waitFor(async () => (await inputs()).length >= 12, { timeoutMs: 30_000, intervalMs: 200, message: async () => JSON.stringify(await inputs()) });
    const runs = await runsOf("pg-batch");
    for (const r of runs) {
      assert.equal(r.state, "succeeded", JSON.stringify(r.error));
      const batch = batchFromWire(r.origin?.trigger);
      assert.ok(batch.length >= 1 && batch.length <= 5, `a batch of 1..5 events: ${batch.join(", ")}`);
    }
    // Batches one after the other, each in outbox order: by their first event, they read 0..11.
    const position = (r: RunRecord) => Number(r.origin?.trigger?.eventId?.split(":")[1]);
    const inOrder = runs.sort((a, b) => position(a) - position(b)).flatMap((r) => (JSON.parse(r.resultJson) as { input: Echo["input"][] }).input.map((c) => c.row.id));
    assert.deepEqual(inOrder, Array.from({ length: 12 }, (_, i) => i), "every change in exactly one batch, in order");
    const r = await runCli(["undeploy", "pg-batch", "--nats", nats]);
    assert.equal(r.code, 0, describeResult(r));
  });

  it("examples/orders.ts: each order inserted makes one row in order_totals with its total; an update replaces it", async () => {
    await sql("CREATE TABLE orders (id text PRIMARY KEY, customer text NOT NULL, items jsonb NOT NULL)");
    await sql(`CREATE TABLE order_totals (order_id text PRIMARY KEY, customer text NOT NULL, item_count int NOT NULL,
      subtotal numeric NOT NULL, discount numeric NOT NULL, total numeric NOT NULL, event_id text NOT NULL)`);
    const deployed = await runCli(["deploy", "examples/orders.ts", "--nats", nats], { env: { WEFT_EXAMPLE_PG_URL: url } });
    assert.equal(deployed.code, 0, describeResult(deployed));
    assert.match(deployed.stdout, /^orders@[0-9a-f]{12}\n$/);
    const order = (id: string, customer: string, items: { sku: string; price: number; qty: number }[]) =>
      sql("INSERT INTO orders VALUES ($1, $2, $3)", [id, customer, JSON.stringify(items)]);
    await order("o-1", "ada", [{ sku: "pen", price: 2.5, qty: 4 }]);
    await order("o-2", "bob", [
      { sku: "pad", price: 3, qty: 2 },
      { sku: "ink", price: 1.25, qty: 4 },
    ]);
    await order("o-3", "cy", [{ sku: "clip", price: 0.5, qty: 20 }]); // 20 items: 10% off
    const totals = async () =>
      (await sql("SELECT order_id, customer, item_count, subtotal::float8 AS subtotal, discount::float8 AS discount, total::float8 AS total, event_id FROM order_totals ORDER BY order_id"))
        .rows as { order_id: string; customer: string; item_count: number; subtotal: number; discount: number; total: number; event_id: string }[];
    await waitFor(async () => (await totals()).length === 3, {
      timeoutMs: 30_000,
      intervalMs: 200,
      message: async () => `order_totals: ${JSON.stringify(await totals())}; runs: ${JSON.stringify((await runsOf("orders")).map((r) => [r.state, r.error?.message]))}`,
    });
    const rows = await totals();
    assert.deepEqual(
      rows.map(({ event_id: _, ...rest }) => rest),
      [
        { order_id: "o-1", customer: "ada", item_count: 4, subtotal: 10, discount: 0, total: 10 },
        { order_id: "o-2", customer: "bob", item_count: 6, subtotal: 11, discount: 0, total: 11 },
        { order_id: "o-3", customer: "cy", item_count: 20, subtotal: 10, discount: 1, total: 9 },
      ],
    );
    for (const row of rows) assert.match(row.event_id, /^orders:\d+$/);
    await sql("UPDATE orders SET items = $1 WHERE id = 'o-1'", [JSON.stringify([{ sku: "pen", price: 2.5, qty: 2 }])]);
    await waitFor(async () => (await totals()).find((r) => r.order_id === "o-1")?.total === 5, { timeoutMs: 30_000, intervalMs: 200, message: "the update's run" });
    assert.equal((await totals()).length, 3, "still one row per order");
    await waitFor(async () => (await ended("orders")).length >= 4, { timeoutMs: 30_000, intervalMs: 200, message: "4 runs ended" });
    const runs = await runsOf("orders");
    assert.equal(runs.length, 4, "three inserts and an update");
    for (const r of runs) {
      assert.equal(r.state, "succeeded", JSON.stringify(r.error));
      assert.equal(r.origin?.trigger?.kind, "postgres");
      assert.equal(triggerFromWire(r.origin?.trigger)?.declared, 0, "the trigger the file declares");
    }
    const r = await runCli(["undeploy", "orders", "--nats", nats]);
    assert.equal(r.code, 0, describeResult(r));
  });

  it("a table that does not exist is refused with exit 2 naming it, and nothing is deployed or installed", async () => {
    const r = await runCli(["deploy", join(dir, "echo.ts"), "--name", "pg-nope", "--postgres", "no_such_table", "--postgres-url", url, "--nats", nats]);
    assert.equal(r.code, 2, describeResult(r));
    assert.match(r.stderr, /table "no_such_table" does not exist in the database at postgres:\/\/postgres@127\.0\.0\.1:5432\/test/);
    const list = await runCli(["deployments", "--json", "--nats", nats]);
    assert.ok(!list.stdout.includes('"pg-nope"'), list.stdout);
    const bad = await runCli(["deploy", join(dir, "echo.ts"), "--postgres", "items", "--postgres-url", "mysql://127.0.0.1/test", "--nats", nats]);
    assert.equal(bad.code, 2, describeResult(bad));
    assert.match(bad.stderr, /--postgres-url .*not postgres/);
    const half = await runCli(["deploy", join(dir, "echo.ts"), "--postgres", "items", "--nats", nats]);
    assert.equal(half.code, 2, describeResult(half));
    assert.match(half.stderr, /--postgres needs --postgres-url/);
  });

  it("a URL with no user, where neither PGUSER nor USER is set (a container's root), is a usage error (exit 2) saying to add one", async () => {
    const r = await runCli(["deploy", join(dir, "echo.ts"), "--postgres", "items", "--postgres-url", "postgres://127.0.0.1:5432/test", "--nats", nats], {
      env: { USER: undefined, PGUSER: undefined },
    });
    assert.equal(r.code, 2, describeResult(r));
    assert.match(r.stderr, /--postgres-url postgres:\/\/127\.0\.0\.1:5432\/test: it names no user/);
  });

  it("a database that cannot be reached is refused with exit 3 naming its URL without the password", async () => {
    const port = await freePort();
    const r = await runCli(["deploy", join(dir, "echo.ts"), "--postgres", "items", "--postgres-url", `postgres://postgres:s3cret@127.0.0.1:${port}/test`, "--nats", nats]);
    assert.equal(r.code, 3, describeResult(r));
    assert.match(r.stderr, new RegExp(`PostgreSQL at postgres://postgres:\\*\\*\\*@127\\.0\\.0\\.1:${port}/test cannot be reached`));
    assert.ok(!r.stderr.includes("s3cret"), r.stderr);
  });
});
