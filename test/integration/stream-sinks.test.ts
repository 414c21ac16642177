/**
 * The sinks of streaming jobs write by replay-stable ids: the same job run twice from the start
 * (as a restore replays what came after its checkpoint) leaves PostgreSQL with one row per
 * window (an upsert keyed by the result id), the object store with one object per window, and
 * a webhook receiving the same ids (and Idempotency-Key per batch) to dedupe on.
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import pg from "pg";
import type { Bus } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { startStreamJob } from "../../engine/stream/stream-job.js";
import { generator, stream, toObjects, toPostgres, toWebhook, tumbling } from "../../sdk/index.js";
import { hasNatsServer, startNats, uid, waitFor } from "../helpers/nats.js";

const PG = "postgres://postgres@127.0.0.1:5432/test";

describe("streaming job sinks (PostgreSQL, object store, webhook)", function () {
  this.timeout(90_000);
  let server: NatsServerProcess | undefined;
  let bus: Bus | undefined;
  let db: pg.Client | undefined;
  let hook: Server | undefined;
  const table = `weft_stream_${uid().replace(/[^a-z0-9]/gi, "_").toLowerCase()}`;
  const received: { key: string | undefined; ids: string[] }[] = [];

  before(async function () {
    if (!hasNatsServer()) this.skip();
    db = new pg.Client({ connectionString: PG });
    try {
      await db.connect();
    } catch {
      db = undefined;
      this.skip(); // no PostgreSQL on this machine
    }
    server = await startNats();
    bus = await connectNatsBus(server.url, { name: "stream-sinks" });
    hook = createServer((req, res) => {
      let body = "";
      req.on("data", (d: Buffer) => (body += d.toString()));
      req.on("end", () => {
        received.push({ key: req.headers["idempotency-key"] as string | undefined, ids: (JSON.parse(body) as { ids: string[] }).ids });
        res.end("ok");
      });
    });
    await new Promise<void>((r) => hook!.listen(0, "127.0.0.1", r));
  });

  after(async () => {
    await db?.query(`DROP TABLE IF EXISTS ${table}`).catch(() => {});
    await db?.end().catch(() => {});
    hook?.close();
    await bus?.close().catch(() => {});
    await server?.stop();
  });

  it("a second run from the start writes no window twice", async () => {
    const port = (hook!.address() as { port: number }).port;
    const bucket = `sinks_${uid().replace(/-/g, "_")}`;
    const wf = stream("sinks", (s) => {
      const counts = s
        .source("g", generator(3000, (i) => ({ k: `k${i % 4}`, t: 10_000 + i })), { timestamp: (r) => r.t })
        .keyBy((r) => r.k)
        .window(tumbling("1s"))
        .aggregate("counts", { zero: () => 0, add: (n: number) => n + 1, merge: (a, b) => a + b });
      counts.sink("pg", toPostgres(PG, table));
      counts.sink("objects", toObjects(bucket, "w/"));
      counts.sink("hook", toWebhook(`http://127.0.0.1:${port}/results`));
    });
    const windows = 4 * 3; // 4 keys x 3 seconds of event time
    const rows = async () => Number((await db!.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    const name = `sinks-${uid()}`;
    for (let run = 1; run <= 2; run++) {
      const job = await startStreamJob(bus!, wf, { job: name, settings: { workers: 2 }, restore: false, say: () => {} });
      await waitFor(async () => received.flatMap((r) => r.ids).length === windows * run && (await rows().catch(() => 0)) === windows, {
        timeoutMs: 30_000,
        message: () => `run ${run}: ${received.flatMap((r) => r.ids).length} webhook ids`,
      });
      await job.stop();
    }
    assert.equal(await rows(), windows, "one row per window after two runs");
    const k0 = (await db!.query(`SELECT window_start, value FROM ${table} WHERE key = '"k0"' ORDER BY window_start`)).rows;
    assert.deepEqual(k0.map((r: { window_start: string; value: number }) => [Number(r.window_start), r.value]), [[10_000, 250], [11_000, 250], [12_000, 250]]);
    const ids = received.flatMap((r) => r.ids);
    assert.equal(new Set(ids).size, windows, "the webhook got the same ids both times");
    assert.ok(received.every((r) => typeof r.key === "string" && r.key.length > 0), "every batch has an Idempotency-Key");
    const store = await bus!.objects(bucket);
    const one = await store.get(`w/${ids[0]!.replace(/[^A-Za-z0-9_.=-]/g, "_")}.json`);
    assert.ok(one, "the object store holds a result under its id");
  });
});
