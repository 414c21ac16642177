// examples/sensors.ts with Mosquitto on 127.0.0.1:1883 (a topic per test) and a real
// nats-server: 1-minute tumbling averages per device; a reading after its minute closed goes
// to the late side output.
import assert from "node:assert/strict";
import { connectAsync, type MqttClient } from "mqtt";
import type { Bus } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { startStreamJob } from "../../engine/stream/stream-job.js";
import { sensorAverages, type Average, type Reading } from "../../examples/sensors.js";
import { hasNatsServer, startNats, uid, waitFor } from "../helpers/nats.js";
import { readAll, streamFor } from "../helpers/stream-output.js";

const BROKER = "mqtt://127.0.0.1:1883";

describe("examples/sensors.ts", function () {
  this.timeout(60_000);
  let server: NatsServerProcess | undefined;
  let bus: Bus | undefined;
  let mq: MqttClient | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    try {
      mq = await connectAsync(BROKER, { connectTimeout: 3000, reconnectPeriod: 0 });
    } catch {
      this.skip(); // no broker on this machine
    }
    server = await startNats();
    bus = await connectNatsBus(server.url, { name: "sensors-test" });
  });

  after(async () => {
    await mq?.endAsync().catch(() => {});
    await bus?.close().catch(() => {});
    await server?.stop();
  });

  it("averages each device's readings per minute and sends a late reading to the side output", async () => {
    const id = uid();
    const topic = `weft-test/${id}/readings`;
    const [outSubject, lateSubject] = [`averages.${id}`, `late.${id}`];
    const [outStream, lateStream] = [await streamFor(bus!, outSubject), await streamFor(bus!, lateSubject)];
    const job = await startStreamJob(bus!, sensorAverages({ url: BROKER, topic: `${topic}/+`, out: outSubject, late: lateSubject }), {
      job: `sensors-${id}`,
      settings: { workers: 2, batchSize: 1 },
      say: () => {},
    });
    const send = (r: Reading | Record<string, unknown>) => mq!.publishAsync(`${topic}/${String(r.device)}`, JSON.stringify(r), { qos: 1 });
    try {
      // The source subscribes in the background: probes (filtered out, no value) until it reads one.
      await waitFor(
        async () => {
          await send({ device: "probe", value: null, at: 0 });
          return job.status().some((s) => s.operator === "readings" && s.recordsIn > 0);
        },
        { timeoutMs: 20_000, intervalMs: 200, message: "the source to subscribe" },
      );
      const t0 = Date.UTC(2026, 0, 1, 12, 0);
      const readings: Reading[] = [
        { device: "d1", value: 20, at: t0 + 1000 },
        { device: "d2", value: 5, at: t0 + 2000 },
        { device: "d1", value: 22, at: t0 + 30_000 },
        { device: "d1", value: 30, at: t0 + 65_000 },
        { device: "d2", value: 7, at: t0 + 140_000 }, // the watermark passes the first two minutes
      ];
      for (const r of readings) await send(r);
      let averages: Average[] = [];
      await waitFor(async () => (averages = await readAll<Average>(bus!, outStream, outSubject)).length >= 3, { timeoutMs: 20_000, message: "three averages" });
      assert.deepEqual(
        averages.map((a) => [a.device, a.minute, a.readings, a.mean]).sort(),
        [
          ["d1", "2026-01-01T12:00:00.000Z", 2, 21],
          ["d1", "2026-01-01T12:01:00.000Z", 1, 30],
          ["d2", "2026-01-01T12:00:00.000Z", 1, 5],
        ],
      );
      // Late: its minute has closed (d1's window slot has the watermark: it fired d1's minute).
      await send({ device: "d1", value: 99, at: t0 + 5000 });
      let late: Reading[] = [];
      await waitFor(async () => (late = await readAll<Reading>(bus!, lateStream, lateSubject)).length >= 1, { timeoutMs: 20_000, message: "the late reading" });
      assert.deepEqual(late, [{ device: "d1", value: 99, at: t0 + 5000 }]);
    } finally {
      await job.stop();
    }
  });
});
