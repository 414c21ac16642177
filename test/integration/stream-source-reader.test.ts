/**
 * A streaming job's JetStream reader on a real nats-server (engine/stream/source-readers.ts):
 * paused, it holds what still arrives and hands it on at the resume; past its hold limit it
 * closes its consumer and reads on from its position. Either way every record comes once, in
 * order, with the position after it.
 */
import assert from "node:assert/strict";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { SimulatedClock, systemClock } from "../../engine/base/clock.js";
import type { Bus } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { sourceReader } from "../../engine/stream/source-readers.js";
import { listenLocally, sendExchange } from "../../engine/stream/local-exchange.js";
import { decodeExchange, type ExchangeMessage } from "../../engine/stream/exchange-message.js";
import { emptyBatch, pushRecord } from "../../engine/core/stream/record-batch.js";
import { bytes, hasNatsServer, startNats, uid, waitFor } from "../helpers/nats.js";

describe("streaming job source reader and exchange (engine/stream)", function () {
  this.timeout(60_000);
  let server: NatsServerProcess | undefined;
  let bus: Bus | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
    bus = await connectNatsBus(server.url, { name: "stream-reader-test" });
  });

  after(async () => {
    await bus?.close().catch(() => {});
    await server?.stop();
  });

  /** A stream of its own with records {i} for i < n. */
  async function numbers(n: number): Promise<{ stream: string; subject: string }> {
    const id = uid();
    const [stream, subject] = [`READER_${id}`, `reader.${id}`];
    await bus!.ensureStream(stream, [subject]);
    for (let i = 0; i < n; i++) await bus!.publishDurable(subject, bytes(JSON.stringify({ i })));
    return { stream, subject };
  }

  for (const holdLimit of [1000, 7]) {
    it(`paused twice mid-stream (hold limit ${holdLimit}), it delivers every record once, in order, with its position`, async () => {
      const n = 300;
      const { stream, subject } = await numbers(n);
      const reader = sourceReader(bus!, { kind: "jetstream", stream, subject }, { job: "test", partition: 0, partitions: 1, clock: systemClock, say: () => {}, fail: (reason) => assert.fail(reason) }, { pull: 20, holdLimit });
      const got: [number, number][] = [];
      await reader.start(1, (r, pos) => {
        got.push([(r as { i: number }).i, Number(pos)]);
        // A pause for credit inside a delivery, as a source task does; the resume comes later.
        if (got.length === 50 || got.length === 180) {
          reader.pause();
          setTimeout(() => reader.resume(), 300);
        }
      }, () => {});
      await waitFor(() => got.length >= n, { timeoutMs: 20_000, message: () => `${got.length} of ${n}` });
      await new Promise((r) => setTimeout(r, 200)); // nothing more (no record twice)
      await reader.stop();
      assert.deepEqual(
        got,
        Array.from({ length: n }, (_, i) => [i, i + 2]),
      );
    });
  }

  it("with a {partition} subject, a partition reads only its own subject (every message of it), with the stream sequence as its position", async () => {
    const id = uid();
    const [stream, base] = [`PARTS_${id}`, `parts.${id}`];
    await bus!.ensureStream(stream, [`${base}.*`]);
    for (let i = 0; i < 60; i++) await bus!.publishDurable(`${base}.${i % 3}`, bytes(JSON.stringify({ i })));
    const place = { job: "test", partition: 1, partitions: 3, clock: systemClock, say: () => {}, fail: (reason: string) => assert.fail(reason) };
    const reader = sourceReader(bus!, { kind: "jetstream", stream, subject: `${base}.{partition}` }, place, { pull: 7, holdLimit: 100 });
    const got: [number, number][] = [];
    await reader.start(1, (r, pos) => void got.push([(r as { i: number }).i, Number(pos)]), () => {});
    await waitFor(() => got.length >= 20, { timeoutMs: 20_000, message: () => `${got.length} of 20 records` });
    await reader.stop();
    // Message i is stream sequence i + 1: the position after it is i + 2.
    assert.deepEqual(
      got,
      Array.from({ length: 20 }, (_, k) => [3 * k + 1, 3 * k + 3]),
    );
  });

  it("an idle reader asks JetStream nothing, however long; its stream deleted, it says so at once", async () => {
    const { stream, subject } = await numbers(5);
    const clock = new SimulatedClock(Date.now());
    const failures: string[] = [];
    const reader = sourceReader(bus!, { kind: "jetstream", stream, subject }, { job: "test", partition: 0, partitions: 1, clock, say: () => {}, fail: (r) => void failures.push(r) }, { pull: 20, holdLimit: 100 });
    let read = 0;
    await reader.start(1, () => void read++, () => {});
    await waitFor(() => read === 5, { timeoutMs: 20_000, message: () => `${read} of 5 records` });
    // Every JetStream API request about the stream (its info, a consumer made) passes here; its consumer's pulls are not counted.
    const calls: string[] = [];
    const sub = bus!.subscribe("$JS.API.>", (m) => {
      if (m.subject.split(".").includes(stream) && !m.subject.startsWith("$JS.API.CONSUMER.MSG.NEXT.")) calls.push(m.subject);
    });
    await bus!.flush();
    clock.advance(10 * 60_000); // ten idle minutes
    await new Promise((r) => setImmediate(r)); // what the timers started goes out...
    await bus!.flush(); // ...and has come back round to the subscription
    assert.deepEqual(calls, [], "no JetStream API call while idle");
    const nc = await connect({ servers: server!.url.replace("nats://", "") });
    try {
      await (await jetstreamManager(nc)).streams.delete(stream);
    } finally {
      await nc.close();
    }
    await waitFor(() => failures.length > 0, { timeoutMs: 10_000, message: "the reader to report its stream gone" });
    assert.deepEqual(failures, [`stream "${stream}" does not exist any more (deleted while the job read it)`]);
    sub.unsubscribe();
    await reader.stop();
  });

  it("a batch sent to a task listening in this process arrives as the same object, in order; elsewhere it goes over NATS", async () => {
    const subject = `weft.stream.test-${uid()}.1.slot.0`;
    const local: ExchangeMessage[] = [];
    const unlisten = listenLocally(bus!, subject, (m) => local.push(m));
    const sent: ExchangeMessage[] = [1, 2, 3].map((p) => ({ k: "d", p, batch: emptyBatch(), wm: p }));
    for (const m of sent) sendExchange(bus!, subject, m);
    await waitFor(() => local.length === 3);
    assert.ok(local.every((m, i) => m === sent[i]));
    unlisten();
    const remote: ExchangeMessage[] = [];
    const sub = bus!.subscribe(subject, (m) => remote.push(decodeExchange(m.data)));
    await bus!.flush();
    const batch = emptyBatch();
    pushRecord(batch, "sa", "a", 5, { v: 1 }, 9, 0, 3);
    sendExchange(bus!, subject, { k: "b", p: 0, id: 7 });
    sendExchange(bus!, subject, { k: "d", p: 2, batch, wm: 4 });
    await waitFor(() => remote.length === 2);
    // A barrier as JSON, a batch in binary: both come back as they were sent, in order.
    assert.deepEqual(remote, [{ k: "b", p: 0, id: 7 }, { k: "d", p: 2, batch, wm: 4 }]);
    assert.equal(local.length, 3);
    sub.unsubscribe();
  });
});
