/**
 * End to end, the MQTT trigger against the machine's Mosquitto (127.0.0.1:1883): the source on
 * its own (acknowledged only on "ack", a "retry" offered again and left unacknowledged for the
 * next session, a batch gathering several unacknowledged messages); `weft deploy --mqtt` with a
 * coordinator SIGKILLed while messages are published, each message run exactly once; the iot
 * example deployed (stats per batch, alerts received back over MQTT); deploy refusals (exit 2
 * and 3). Each test uses its own topics under weft-test/<random>/ and removes the persistent
 * sessions it made. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectAsync, type MqttClient } from "mqtt";
import { listRunRecords, type RunRecord } from "../../engine/coordinator/run-store.js";
import { systemClock } from "../../engine/base/clock.js";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { EventBatcher } from "../../engine/triggers/event-batcher.js";
import { mqttTrigger } from "../../engine/triggers/mqtt-trigger.js";
import type { EventOutcome, TriggerEvent } from "../../engine/triggers/trigger-event.js";
import { triggerKey } from "../../engine/triggers/trigger-event.js";
import type { EventSink, RunningTrigger } from "../../engine/triggers/trigger-kind.js";
import type { MqttTriggerSpec } from "../../model/trigger.js";
import { describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { freePort, hasNatsServer, uid, waitFor } from "../helpers/nats.js";
import { batchFromWire } from "../../engine/wire/origin.js";

const BROKER = "mqtt://127.0.0.1:1883";

async function mosquittoUp(): Promise<boolean> {
  try {
    const c = await connectAsync(BROKER, { reconnectPeriod: 0, connectTimeout: 2000 });
    await c.endAsync();
    return true;
  } catch {
    return false;
  }
}

/** Removes a persistent session from the broker: a clean start with no expiry, then a disconnect. */
async function dropSession(clientId: string): Promise<void> {
  const c = await connectAsync(BROKER, { clientId, clean: true, protocolVersion: 5, properties: { sessionExpiryInterval: 0 }, reconnectPeriod: 0 });
  await c.endAsync();
}

const json = (x: unknown) => JSON.stringify(x);

describe("e2e: the MQTT trigger source on Mosquitto", function () {
  this.timeout(60_000);
  const prefix = `weft-test/${uid()}`;
  let publisher: MqttClient | undefined;
  const sessions = new Set<string>();
  const running: RunningTrigger[] = [];

  before(async function () {
    if (!(await mosquittoUp())) this.skip();
    publisher = await connectAsync(BROKER, { reconnectPeriod: 0 });
  });

  after(async () => {
    for (const r of running) await r.stop();
    await publisher?.endAsync();
    for (const s of sessions) await dropSession(s).catch(() => {});
  });

  /** Starts the trigger with `sink`; resolves once it is subscribed. */
  async function start(spec: MqttTriggerSpec, key: string, sink: EventSink): Promise<RunningTrigger> {
    sessions.add(`weft-${key}`);
    let subscribed = false;
    const r = await mqttTrigger.start({
      bus: connectMemoryBus(new MemoryBroker()),
      deployment: "d",
      spec,
      key,
      sink,
      clock: systemClock,
      say: (line) => {
        if (/mqtt trigger on/.test(line)) subscribed = true;
      },
    });
    running.push(r);
    await waitFor(() => subscribed, { timeoutMs: 10_000, message: "the trigger subscribed" });
    return r;
  }

  const bodyOf = (e: TriggerEvent) => JSON.parse(new TextDecoder().decode(e.data)) as { n: number };

  it("a message is acknowledged only on ack: one the sink retries is offered again, and comes again in the next session", async () => {
    const spec: MqttTriggerSpec = { kind: "mqtt", topic: `${prefix}/retry/+`, url: BROKER };
    const key = `t${uid()}`;
    const seen: number[] = [];
    const first = await start(spec, key, {
      accept: async (e) => {
        seen.push(bodyOf(e).n);
        return bodyOf(e).n === 2 ? "retry" : "ack";
      },
    });
    for (const n of [1, 2, 3]) await publisher!.publishAsync(`${prefix}/retry/x`, json({ n }), { qos: 1 });
    // One in flight at a time without a batch: 3 waits behind the unacknowledged 2.
    await waitFor(() => seen.filter((n) => n === 2).length >= 2, { timeoutMs: 15_000, message: () => `2 offered again: ${json(seen)}` });
    assert.deepEqual(seen.filter((n) => n !== 2), [1], "nothing after the retried message is taken before it");
    await first.stop();
    const events: TriggerEvent[] = [];
    await start(spec, key, {
      accept: async (e) => {
        events.push(e);
        return "ack";
      },
    });
    await waitFor(() => events.length >= 2, { timeoutMs: 15_000, message: () => `2 and 3 in the next session: ${json(events.map(bodyOf))}` });
    assert.deepEqual(events.map(bodyOf), [{ n: 2 }, { n: 3 }], "the acknowledged 1 is not sent again; 2 and 3 are, in order");
    const e = events[0]!;
    assert.equal(e.info.kind, "mqtt");
    assert.equal(e.info.source, `${prefix}/retry/x`);
    assert.match(e.info.eventId, /^mqtt:[0-9a-f]{32}$/);
  });

  it("a QoS 0 message is taken too (it has no packet id and is never acknowledged)", async () => {
    const events: TriggerEvent[] = [];
    await start({ kind: "mqtt", topic: `${prefix}/qos0`, url: BROKER }, `t${uid()}`, {
      accept: async (e) => {
        events.push(e);
        return "ack";
      },
    });
    await publisher!.publishAsync(`${prefix}/qos0`, json({ n: 0 }), { qos: 0 });
    await waitFor(() => events.length > 0, { timeoutMs: 10_000, message: "the QoS 0 message" });
    assert.deepEqual(bodyOf(events[0]!), { n: 0 });
  });

  it("with a batch, several unacknowledged messages are with the sink at once and make one batch", async () => {
    const spec: MqttTriggerSpec = { kind: "mqtt", topic: `${prefix}/batch/#`, url: BROKER, batch: { max: 5, waitMs: 30_000 } };
    const batches: number[][] = [];
    const batcher = new EventBatcher(spec.batch!, systemClock, async (events): Promise<EventOutcome[]> => {
      batches.push(events.map((e) => bodyOf(e).n));
      return events.map(() => "ack");
    });
    running.push({ stop: () => batcher.stop() });
    await start(spec, `t${uid()}`, batcher);
    for (let n = 0; n < 5; n++) await publisher!.publishAsync(`${prefix}/batch/a/${n}`, json({ n }), { qos: 1 });
    // The batch's wait is 30 s: only five messages with the sink together can cut it before.
    await waitFor(() => batches.length > 0, { timeoutMs: 10_000, message: () => `a batch of 5: ${json(batches)}` });
    assert.deepEqual(batches, [[0, 1, 2, 3, 4]]);
  });
});

/** A workflow that answers what it got and from which trigger. */
const ECHO = `import { workflow } from "weft";
export default workflow<{ n?: number; probe?: number }>("mqecho", (wf) => {
  wf.node("echo", async (ctx) => ({ input: ctx.input, trigger: ctx.trigger ?? null }));
});
`;

describe("e2e: weft deploy with an MQTT trigger", function () {
  this.timeout(120_000);
  const prefix = `weft-test/${uid()}`;
  let cluster: Cluster | undefined;
  let publisher: MqttClient | undefined;
  let dir = "";
  const sessions: string[] = [];

  before(async function () {
    if (!hasNatsServer() || !(await mosquittoUp())) this.skip();
    publisher = await connectAsync(BROKER, { reconnectPeriod: 0 });
    cluster = await startCluster(["wa"]);
    dir = mkdtempSync(join(tmpdir(), "weft-mqtt-"));
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
    await publisher?.endAsync();
    for (const s of sessions) await dropSession(s).catch(() => {});
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function runsOf(deployment: string): Promise<RunRecord[]> {
    return (await listRunRecords(cluster!.bus)).filter((r) => r.origin?.deployment === deployment);
  }

  /** The session a deployed trigger holds (to remove it afterwards). */
  function remember(deployment: string, spec: MqttTriggerSpec): void {
    sessions.push(`weft-${triggerKey(deployment, spec)}`);
  }

  /** Publishes probes until the deployment's trigger is subscribed (a run appears). */
  async function untilHeard(deployment: string, topic: string, probe: (i: number) => unknown): Promise<void> {
    let i = 0;
    await waitFor(
      async () => {
        await publisher!.publishAsync(topic, json(probe(i++)), { qos: 1 });
        return (await runsOf(deployment)).length > 0;
      },
      { timeoutMs: 20_000, intervalMs: 300, message: () => `the trigger of ${deployment} hears ${topic}:\n${cluster!.coordinator.stderr().slice(-3000)}` },
    );
  }

  it("each message runs once with ctx.trigger kind mqtt, those published while no coordinator is up too (SIGKILL); a malformed one fails its run", async () => {
    const file = join(dir, "mqecho.ts");
    writeFileSync(file, ECHO);
    const topic = `${prefix}/echo/+`;
    remember("mqecho", { kind: "mqtt", topic, url: BROKER });
    const deployed = await runCli(["deploy", file, "--mqtt", topic, "--mqtt-url", BROKER, "--nats", cluster!.url]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    assert.match(deployed.stdout, /^mqecho@[0-9a-f]{12}\n$/);
    await untilHeard("mqecho", `${prefix}/echo/probe`, (i) => ({ probe: i }));
    const N = 12;
    const send = async (from: number, to: number) => {
      for (let n = from; n < to; n++) await publisher!.publishAsync(`${prefix}/echo/s${n % 3}`, json({ n }), { qos: 1 });
    };
    await send(0, N / 2);
    await publisher!.publishAsync(`${prefix}/echo/bad`, "not JSON", { qos: 1 });
    await waitFor(async () => (await runsOf("mqecho")).some((r) => r.inputJson.includes('"n"')), { timeoutMs: 30_000, intervalMs: 100, message: "the first runs" });
    cluster!.coordinator.child.kill("SIGKILL");
    await cluster!.coordinator.exited;
    await send(N / 2, N); // while no coordinator is up: the broker keeps them for the session
    const next = cluster!.spawn(["coordinator", "--nats", cluster!.url]);
    await next.waitForStderr(/active on/, 30_000);
    const numbered = async () => (await runsOf("mqecho")).filter((r) => r.inputJson.includes('"n"'));
    await waitFor(async () => (await numbered()).filter((r) => r.state === "succeeded").length >= N && (await runsOf("mqecho")).some((r) => r.state === "failed"), {
      timeoutMs: 60_000,
      intervalMs: 250,
      message: async () => `every message's run: ${json((await runsOf("mqecho")).map((r) => [r.state, r.inputJson]))}\n${next.stderr().slice(-3000)}`,
    });
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate, if any, would show up now
    const runs = await numbered();
    const ns = runs.map((r) => (JSON.parse(r.inputJson) as { n: number }).n).sort((a, b) => a - b);
    assert.deepEqual(ns, Array.from({ length: N }, (_, i) => i), "every message exactly once");
    for (const r of runs) {
      assert.equal(r.state, "succeeded");
      const out = JSON.parse(r.resultJson) as { input: { n: number }; trigger: { kind: string; eventId: string; source: string } };
      assert.equal(out.trigger.kind, "mqtt");
      assert.equal(out.trigger.source, `${prefix}/echo/s${out.input.n % 3}`);
      assert.match(out.trigger.eventId, /^mqtt:[0-9a-f]{32}$/);
    }
    const bad = (await runsOf("mqecho")).filter((r) => r.state === "failed");
    assert.equal(bad.length, 1);
    assert.equal(bad[0]!.error?.code, "E_INVALID_INPUT");
    assert.match(bad[0]!.error?.message ?? "", new RegExp(`mqtt event mqtt:[0-9a-f]{32} on ${prefix}/echo/bad .*not JSON`));
    const listed = await runCli(["runs", "--json", "--nats", cluster!.url]);
    const line = listed.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { run: string; trigger: { kind: string; event_id: string } | null })
      .find((l) => l.run === runs[0]!.runId);
    assert.equal(line?.trigger?.kind, "mqtt");
    assert.equal((await runCli(["undeploy", "mqecho", "--nats", cluster!.url])).code, 0);
  });

  it("examples/iot.ts: batched readings give per-device min/max/mean; a reading over the threshold comes back as an alert", async () => {
    const topics = `${prefix}/iot`;
    const env = { WEFT_IOT_TOPICS: topics };
    remember("iot", { kind: "mqtt", topic: `${topics}/readings/+`, url: BROKER, batch: { max: 50, waitMs: 500 }, declared: 0 });
    const alerts: { topic: string; body: { device: string; value: number; threshold: number } }[] = [];
    const listener = await connectAsync(BROKER, { reconnectPeriod: 0 });
    try {
      listener.on("message", (topic, payload) => alerts.push({ topic, body: JSON.parse(payload.toString()) as (typeof alerts)[number]["body"] }));
      await listener.subscribeAsync(`${topics}/alerts/#`, { qos: 1 });
      const deployed = await runCli(["deploy", "examples/iot.ts", "--nats", cluster!.url], { env });
      assert.equal(deployed.code, 0, describeResult(deployed));
      assert.match(deployed.stdout, /^iot@[0-9a-f]{12}\n$/);
      await untilHeard("iot", `${topics}/readings/probe`, (i) => ({ device: "probe", value: 0, at: i }));
      const readings = [
        { device: "d1", value: 21.5 },
        { device: "d2", value: 18 },
        { device: "d1", value: 23.5 },
        { device: "d2", value: 31.25 },
        { device: "d1", value: 22 },
        { device: "d3", value: 40 },
        { device: "d2", value: 19.75 },
      ].map((r, i) => ({ ...r, at: `2026-01-01T00:00:0${i}Z` }));
      for (const r of readings) await publisher!.publishAsync(`${topics}/readings/${r.device}`, json(r), { qos: 1 });
      type Result = { devices: Record<string, { count: number; min: number; max: number; mean: number }>; readings: number; skipped: number; alerts: number };
      // A batch may hold probes too: every run's stats are checked, the probes left out of the count.
      const inputOf = (r: RunRecord) => JSON.parse(r.inputJson) as { device: string; value: number }[];
      const done = async () => (await runsOf("iot")).filter((r) => r.state === "succeeded");
      const counted = (runs: RunRecord[]) => runs.flatMap(inputOf).filter((r) => r.device !== "probe").length;
      await waitFor(async () => counted(await done()) >= readings.length, {
        timeoutMs: 30_000,
        intervalMs: 200,
        message: async () => `runs of every reading: ${json((await runsOf("iot")).map((r) => [r.state, r.inputJson, r.resultJson]))}`,
      });
      const runs = await done();
      for (const run of runs) {
        const input = inputOf(run);
        const result = JSON.parse(run.resultJson) as Result;
        assert.equal(run.origin?.trigger?.kind, "mqtt");
        assert.equal(batchFromWire(run.origin?.trigger).length, input.length, "a batch run lists its events");
        const expected: Result["devices"] = {};
        for (const device of [...new Set(input.map((r) => r.device))].sort()) {
          const values = input.filter((r) => r.device === device).map((r) => r.value);
          expected[device] = { count: values.length, min: Math.min(...values), max: Math.max(...values), mean: values.reduce((a, b) => a + b, 0) / values.length };
        }
        assert.deepEqual(result.devices, expected, `the stats of ${run.inputJson}`);
        assert.equal(result.alerts, input.filter((r) => r.value > 30).length);
      }
      assert.equal(counted(runs), readings.length, "every reading in exactly one batch run");
      await waitFor(() => alerts.length >= 2, { timeoutMs: 10_000, message: () => `two alerts: ${json(alerts)}` });
      assert.deepEqual(
        alerts.map((a) => [a.topic, a.body.device, a.body.value, a.body.threshold]).sort(),
        [
          [`${topics}/alerts/d2`, "d2", 31.25, 30],
          [`${topics}/alerts/d3`, "d3", 40, 30],
        ],
      );
    } finally {
      await listener.endAsync();
    }
    assert.equal((await runCli(["undeploy", "iot", "--nats", cluster!.url])).code, 0);
  });

  it("deploy refuses an unreachable broker (exit 3, naming it) and bad flags (exit 2)", async () => {
    const url = `mqtt://127.0.0.1:${await freePort()}`;
    const nats = ["--nats", cluster!.url];
    const down = await runCli(["deploy", "examples/hello.ts", "--mqtt", "a/b", "--mqtt-url", url, ...nats]);
    assert.equal(down.code, 3, describeResult(down));
    assert.match(down.stderr, new RegExp(`cannot reach the MQTT broker at ${url}`));
    const cases: [string[], RegExp][] = [
      [["--mqtt", "a/b"], /--mqtt needs --mqtt-url/],
      [["--mqtt-url", BROKER], /--mqtt-url needs --mqtt/],
      [["--mqtt", "a/#/b", "--mqtt-url", BROKER], /topic filter "a\/#\/b" is not valid/],
      [["--mqtt", "a/b", "--mqtt-url", "http://127.0.0.1:1883"], /must start with mqtt:\/\/ or mqtts:\/\//],
    ];
    for (const [flags, message] of cases) {
      const r = await runCli(["deploy", "examples/hello.ts", ...flags, ...nats]);
      assert.equal(r.code, 2, describeResult(r));
      assert.match(r.stderr, message);
    }
    const list = await runCli(["deployments", "--json", ...nats]);
    assert.ok(!list.stdout.includes('"hello"'), "nothing was deployed");
  });
});
