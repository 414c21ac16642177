/**
 * The PostgreSQL trigger's source against the machine's PostgreSQL (database `test`, a schema of
 * its own, dropped at the end), feeding a recording sink: the safe horizon (a change whose
 * transaction is still open holds back later ones, so the order read never changes), an event
 * refused by the sink is offered again and only acknowledged rows leave the outbox, and rows
 * changed while the source is stopped are delivered by the next one.
 */
import assert from "node:assert/strict";
import pg from "pg";
import { systemClock } from "../../engine/base/clock.js";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { installStatements, readSql } from "../../engine/triggers/postgres-outbox.js";
import { postgresTrigger } from "../../engine/triggers/postgres-trigger.js";
import type { EventOutcome, TriggerEvent } from "../../engine/triggers/trigger-event.js";
import type { RunningTrigger } from "../../engine/triggers/trigger-kind.js";
import type { PostgresTriggerSpec, RowChange } from "../../model/trigger.js";
import { uid, waitFor } from "../helpers/nats.js";

describe("integration: the PostgreSQL trigger's outbox", function () {
  this.timeout(30_000);
  const schema = `weft_it_${uid()}`;
  const url = `postgres://postgres@127.0.0.1:5432/test?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const clients: pg.Client[] = [];
  const bus = connectMemoryBus(new MemoryBroker());

  async function client(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    clients.push(c);
    return c;
  }

  before(async () => {
    const admin = await client();
    await admin.query(`CREATE SCHEMA ${schema}`);
  });

  after(async () => {
    await clients[0]?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
  });

  it("reads below the safe horizon: a change whose transaction is open holds back those committed after it, in a stable order", async () => {
    const db = clients[0]!;
    await db.query("CREATE TABLE horizon (id int PRIMARY KEY)");
    const table = { schema, name: "horizon" };
    await db.query("BEGIN");
    for (const sql of installStatements(table, "aaaa")) await db.query(sql);
    await db.query("COMMIT");
    const early = await client();
    await early.query("BEGIN");
    await early.query("INSERT INTO horizon VALUES (1)"); // the lower position, committed last
    await db.query("INSERT INTO horizon VALUES (2)");
    const read = async () => (await db.query<{ data: string }>(readSql(table), ["aaaa", "horizon", 10])).rows.map((r) => (JSON.parse(r.data) as RowChange).row.id);
    assert.deepEqual(await read(), [], "nothing past the open transaction");
    await early.query("COMMIT");
    assert.deepEqual(await read(), [1, 2]);
  });

  it("offers a refused event again, deletes only acknowledged rows, and a new start delivers what changed while stopped", async () => {
    const db = clients[0]!;
    await db.query("CREATE TABLE things (id int PRIMARY KEY, label text)");
    const spec: PostgresTriggerSpec = { kind: "postgres", table: "things", url };
    const key = "bbbb";
    await postgresTrigger.check(bus, spec);
    await postgresTrigger.install!(bus, spec, key);
    await postgresTrigger.install!(bus, spec, key); // idempotent: still one capture
    const seen: string[] = [];
    let refusedOnce = false;
    const sink = {
      accept: async (event: TriggerEvent): Promise<EventOutcome> => {
        const change = JSON.parse(new TextDecoder().decode(event.data)) as RowChange;
        seen.push(`${change.op} ${String(change.row.id)} ${event.info.eventId}`);
        if (change.row.id === 2 && !refusedOnce) {
          refusedOnce = true;
          return "retry";
        }
        return "ack";
      },
    };
    const said: string[] = [];
    const start = () => postgresTrigger.start({ bus, deployment: "d", spec, key, sink, clock: systemClock, say: (l) => said.push(l) });
    let source: RunningTrigger = await start();
    await db.query("INSERT INTO things VALUES (1, 'a'), (2, 'b')");
    const outbox = async () => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM weft_outbox WHERE trigger_key = $1", [key])).rows[0]!.n;
    await waitFor(async () => refusedOnce && (await outbox()) === 0, { timeoutMs: 10_000, intervalMs: 50, message: () => `seen ${seen.join("; ")}; said ${said.join("; ")}` });
    const ids = seen.map((s) => s.split(" ")[2]);
    assert.equal(seen.filter((s) => s.startsWith("INSERT 2 ")).length, 2, `the refused event offered again: ${seen.join("; ")}`);
    assert.equal(new Set(ids.filter((_, i) => seen[i]!.startsWith("INSERT 2 "))).size, 1, "with the same event id");
    assert.match(ids[0]!, /^things:\d+$/);
    await source.stop();
    await db.query("UPDATE things SET label = 'c' WHERE id = 1");
    assert.equal(await outbox(), 1, "kept while no source reads");
    source = await start();
    await waitFor(async () => (await outbox()) === 0 && seen.some((s) => s.startsWith("UPDATE 1 ")), { timeoutMs: 10_000, intervalMs: 50, message: () => seen.join("; ") });
    await source.stop();
    assert.deepEqual(said, []);
  });
});
