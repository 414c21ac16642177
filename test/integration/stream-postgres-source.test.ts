/**
 * The streaming source `postgres(url, table)` on a real nats-server and the machine's PostgreSQL
 * (127.0.0.1:5432, database `test`, a schema of its own dropped at the end): each inserted or
 * updated row is a record with its op, row, identity and commit position; the job's outbox rows
 * stay until a checkpoint that covers them completed; a job killed mid-stream and started again
 * counts every row once; a trigger's rows on the same table are not the job's.
 */
import assert from "node:assert/strict";
import pg from "pg";
import type { Bus } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { streamCaptureKey, streamCaptureTarget } from "../../engine/stream/postgres-source-reader.js";
import { startStreamJob, type StreamJobHandle } from "../../engine/stream/stream-job.js";
import { deployCapture } from "../../engine/triggers/postgres-capture.js";
import { postgres, stream, toFunction, tumbling, type RowChangeRecord, type WindowResult } from "../../sdk/index.js";
import { hasNatsServer, startNats, uid, waitFor } from "../helpers/nats.js";

const PG_BASE = "postgres://postgres@127.0.0.1:5432/test";
const quiet = () => {};

interface Reading {
  id: number;
  dev: string;
  at: number;
}

const reading = (i: number): Reading => ({ id: i, dev: `d${i % 7}`, at: 1_000_000 + i * 10 });

describe("the postgres streaming source (engine/stream)", function () {
  this.timeout(120_000);
  const schema = `weft_src_${uid()}`;
  const url = `${PG_BASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let server: NatsServerProcess | undefined;
  let bus: Bus | undefined;
  let admin: pg.Client | undefined;
  const jobs: StreamJobHandle[] = [];
  const sql = (text: string, values?: unknown[]) => admin!.query(text, values);
  const outboxRows = async (job: string, table: string) =>
    (await sql("SELECT count(*)::int AS n FROM weft_outbox WHERE trigger_key = $1", [streamCaptureKey(job, table)])).rows[0].n as number;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
    bus = await connectNatsBus(server.url, { name: "stream-pg-test" });
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await sql(`CREATE SCHEMA ${schema}`);
  });

  afterEach(async () => {
    for (const j of jobs.splice(0)) await j.kill().catch(() => {});
  });

  after(async function () {
    this.timeout(30_000);
    await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await admin?.end().catch(() => {});
    await bus?.close();
    await server?.stop();
  });

  /** Inserts readings [from, to), in transactions of 25 rows. */
  async function insert(table: string, from: number, to: number): Promise<void> {
    for (let i = from; i < to; i += 25) {
      const rs = Array.from({ length: Math.min(25, to - i) }, (_, k) => reading(i + k));
      await sql(`INSERT INTO ${table} (id, dev, at) SELECT * FROM unnest($1::int[], $2::text[], $3::bigint[])`, [
        rs.map((r) => r.id),
        rs.map((r) => r.dev),
        rs.map((r) => r.at),
      ]);
    }
  }

  it("each insert and update is a record with op, row, identity and commit position; its outbox rows go only once a checkpoint covers them", async () => {
    await sql("CREATE TABLE plain (id int PRIMARY KEY, dev text NOT NULL, at bigint NOT NULL)");
    const name = `plain-${uid()}`;
    const spec = postgres<Reading>(url, "plain");
    await deployCapture(streamCaptureTarget(spec as never), streamCaptureKey(name, "plain"));
    // A trigger-style reader of the same table under another key: it keeps its own copy of every row.
    await deployCapture(streamCaptureTarget(spec as never), streamCaptureKey(`other-${name}`, "plain"));
    const got: RowChangeRecord<Reading>[] = [];
    const wf = stream(name, (s) =>
      s.source("rows", spec, { timestamp: (r) => r.changedAt }).sink(
        "out",
        toFunction<RowChangeRecord<Reading>>((records) => void got.push(...records)),
      ),
    );
    const job = await startStreamJob(bus!, wf, { job: name, settings: { workers: 1, checkpointMs: 600_000, batchMs: 20 }, say: quiet });
    jobs.push(job);
    await insert("plain", 0, 12); // one transaction: read in outbox order, 10 after 9 (not as text)
    await sql("UPDATE plain SET dev = 'moved' WHERE id = 2");
    await waitFor(async () => got.length >= 13, { timeoutMs: 30_000, intervalMs: 50, message: () => `13 records, got ${got.length}` });

    assert.deepEqual(got.map((r) => `${r.op} ${r.row.id} ${r.row.dev}`), [
      ...Array.from({ length: 12 }, (_, i) => `INSERT ${i} d${i % 7}`),
      "UPDATE 2 moved",
    ]);
    for (const r of got) {
      assert.equal(r.table, "plain");
      assert.equal(r.id, `plain:${r.position}`);
      assert.match(r.txid, /^\d+$/);
      assert.ok(Number.isFinite(r.changedAt) && r.changedAt > 0);
    }
    assert.equal(new Set(got.map((r) => r.id)).size, 13, "one identity per change");
    assert.ok(Number(got[12]!.txid) > Number(got[0]!.txid), "the update's transaction came after the inserts'");

    // Read, but no checkpoint covers them yet: the outbox keeps them for a restore.
    assert.equal(await outboxRows(name, "plain"), 13);
    await job.savepoint();
    await waitFor(async () => (await outboxRows(name, "plain")) === 0, { timeoutMs: 30_000, intervalMs: 50, message: "the job's rows deleted after the checkpoint" });
    assert.equal(await outboxRows(`other-${name}`, "plain"), 13, "another reader's rows are left alone");
  });

  it("killed mid-stream and started again, every row is counted once", async () => {
    await sql("CREATE TABLE readings (id int PRIMARY KEY, dev text NOT NULL, at bigint NOT NULL)");
    const name = `readings-${uid()}`;
    const spec = postgres<Reading>(url, "readings");
    await deployCapture(streamCaptureTarget(spec as never), streamCaptureKey(name, "readings"));
    const byId = new Map<string, WindowResult<string, number>>();
    const wf = stream(name, (s) =>
      s
        .source("rows", spec, { timestamp: (r) => r.row.at })
        .keyBy((r) => r.row.dev)
        .window(tumbling("1s"))
        .aggregate("counts", { zero: () => 0, add: (n: number) => n + 1, merge: (a, b) => a + b })
        .sink(
          "out",
          toFunction<WindowResult<string, number>>((records, ctx) => records.forEach((r, i) => byId.set(ctx.ids[i]!, r))),
        ),
    );
    const settings = { workers: 2, partitions: 2, checkpointMs: 200, batchMs: 20 };
    const first = await startStreamJob(bus!, wf, { job: name, settings, say: quiet });
    jobs.push(first);
    await insert("readings", 0, 1000);
    await waitFor(async () => byId.size > 0 && first.checkpoints().completed >= 2, { timeoutMs: 60_000, intervalMs: 50, message: "windows and checkpoints" });
    await first.kill();
    await insert("readings", 1000, 2000);
    const second = await startStreamJob(bus!, wf, { job: name, settings, say: quiet });
    jobs.push(second);
    assert.ok(second.restoredFrom, "restored from a checkpoint");
    await insert("readings", 2000, 2002); // ids 2000, 2001 (one per partition) close the windows below them
    await sql("UPDATE readings SET at = at + 60000 WHERE id >= 2000");

    const want = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const r = reading(i);
      const k = `${r.dev}@${Math.floor(r.at / 1000) * 1000}`;
      want.set(k, (want.get(k) ?? 0) + 1);
    }
    const view = () => new Map<string, number>([...byId.values()].filter((r) => r.start < 1_020_000).map((r) => [`${r.key}@${r.start}`, r.value] as const));
    await waitFor(async () => view().size >= want.size && [...want].every(([k, n]) => view().get(k) === n), {
      timeoutMs: 60_000,
      intervalMs: 100,
      message: () => `windows: ${JSON.stringify([...view()].filter(([k, n]) => want.get(k) !== n).slice(0, 10))}`,
    });
    assert.deepEqual(new Map([...view()].sort()), new Map([...want].sort()));
  });
});
