import assert from "node:assert/strict";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { readRunRecord, writeRunRecord } from "../../engine/coordinator/run-store.js";
import { DeploymentStore, versionOf, type Deployment } from "../../engine/deploy/deployment-store.js";
import { SimulatedClock, systemClock } from "../../engine/base/clock.js";
import { compactIds, everyId, expandIds } from "../../engine/triggers/event-id-ranges.js";
import { waitFor } from "../helpers/nats.js";
import { eventRunId, TriggerEvents } from "../../engine/triggers/trigger-event.js";
import type { NatsTriggerSpec, TriggerInfo } from "../../model/trigger.js";
import type { Workflow } from "../../model/workflow.js";
import type { WeftError } from "../../model/errors.js";
import { triggerInput } from "../../engine/worker/trigger-input.js";
import { Coordinator } from "../../engine/coordinator/coordinator.js";
import { listRunRecords } from "../../engine/coordinator/run-store.js";
import { triggerFromWire } from "../../engine/wire/origin.js";
import { BatchMarkers } from "../../engine/triggers/batch-markers.js";
import { BatchRuns } from "../../engine/triggers/batch-runs.js";
import { triggerKey } from "../../engine/triggers/trigger-event.js";
import { buckets } from "../../engine/subjects.js";
import type { Bus } from "../../engine/bus/bus.js";
import { node } from "../helpers/graph.js";

const spec: NatsTriggerSpec = { kind: "nats", subject: "orders.>", stream: "ORDERS" };
const graph = { name: "orders", nodes: [] } as unknown as Deployment["graph"];
const deployment: Deployment = { name: "orders", version: versionOf("a".repeat(64)), workflow: "orders", bundleSha256: "a".repeat(64), triggers: [spec], deployedAtMs: 1, graph };
const event = (eventId: string, body: string) => ({ data: new TextEncoder().encode(body), info: { kind: "nats" as const, eventId, subject: "orders.new", receivedAtMs: 5 } });

/** The batch runs of a trigger, with its markers (as the trigger host makes them); stopped with the bus. */
function batchRuns(bus: Bus, events: TriggerEvents, trigger: NatsTriggerSpec): BatchRuns {
  return new BatchRuns(events, "orders", trigger, new BatchMarkers(bus, triggerKey("orders", trigger), systemClock, () => {}));
}

describe("trigger events", () => {
  it("an event's run id depends on deployment, trigger and event, and nothing else", () => {
    assert.equal(eventRunId("orders", spec, "ORDERS:1"), eventRunId("orders", spec, "ORDERS:1"));
    assert.match(eventRunId("orders", spec, "ORDERS:1"), /^t-[0-9a-f]{24}$/);
    assert.notEqual(eventRunId("orders", spec, "ORDERS:1"), eventRunId("orders", spec, "ORDERS:2"));
    assert.notEqual(eventRunId("orders", spec, "ORDERS:1"), eventRunId("other", spec, "ORDERS:1"));
    assert.notEqual(eventRunId("orders", spec, "ORDERS:1"), eventRunId("orders", { ...spec, subject: "x" }, "ORDERS:1"));
  });

  it("a body that is not JSON becomes one failed run with the event id, acknowledged, however often it comes", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    const store = await DeploymentStore.open(bus);
    await store.put(deployment);
    const events = new TriggerEvents(bus, store, "c1", () => {}, systemClock);
    assert.equal(await events.accept("orders", spec, event("ORDERS:7", "not json")), "ack");
    assert.equal(await events.accept("orders", spec, event("ORDERS:7", "not json")), "ack");
    const r = await readRunRecord(bus, eventRunId("orders", spec, "ORDERS:7"));
    assert.equal(r?.state, "failed");
    assert.equal(r?.error?.code, "E_INVALID_INPUT");
    assert.match(r?.error?.message ?? "", /nats event ORDERS:7 on orders\.new cannot be a run.s input: it is not JSON/);
    assert.equal(r?.origin?.deployment, "orders");
    assert.equal(r?.origin?.version, deployment.version);
    assert.equal(r?.origin?.trigger?.eventId, "ORDERS:7");
    await bus.close();
  });

  it("an event whose run exists already is acknowledged without a submission; one of a removed deployment waits", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    const store = await DeploymentStore.open(bus);
    const events = new TriggerEvents(bus, store, "c1", () => {}, systemClock);
    assert.equal(await events.accept("orders", spec, event("ORDERS:1", "{}")), "retry", "no deployment: delivered again later");
    await writeRunRecord(bus, { runId: eventRunId("orders", spec, "ORDERS:1"), workflow: "orders", state: "running" }, 0);
    assert.equal(await events.accept("orders", spec, event("ORDERS:1", "{}")), "ack", "no coordinator is asked: the run is there");
    await bus.close();
  });

  it("a redelivered batch: the events its run holds are acknowledged, the others make a new batch", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    const store = await DeploymentStore.open(bus);
    await store.put(deployment);
    const said: string[] = [];
    const events = new TriggerEvents(bus, store, "c1", (l) => said.push(l), systemClock);
    const batched = { ...spec, batch: { max: 10, waitMs: 5 } };
    const runs = batchRuns(bus, events, batched);
    await writeRunRecord(
      bus,
      {
        runId: eventRunId("orders", batched, "ORDERS:1"),
        workflow: "orders",
        state: "succeeded",
        origin: { deployment: "orders", version: deployment.version, trigger: { kind: "nats", eventId: "ORDERS:1", batch: ["ORDERS:1", "ORDERS:2"] } },
      },
      0,
    );
    // No coordinator here: the new batch (ORDERS:3 on) cannot be accepted now, and is asked for again.
    const outcomes = await runs.accept([event("ORDERS:1", "{}"), event("ORDERS:2", "{}"), event("ORDERS:3", "{}"), event("ORDERS:4", "{}")], Promise.resolve());
    assert.deepEqual(outcomes, ["ack", "ack", "retry", "retry"]);
    assert.match(said.join("\n"), /batch of 2 nats events from ORDERS:3 not accepted yet/);
    await bus.close();
  });

  it("batches regrouped on redelivery: each event is in exactly one run, found by its marker; a stale marker frees its event", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    const store = await DeploymentStore.open(bus);
    // No triggers in the stored deployment: the coordinator only takes the submissions made here.
    await store.put({ ...deployment, triggers: [], graph: { name: "orders", nodes: [node("a")] } as unknown as Deployment["graph"] });
    const coordinator = await Coordinator.start(bus, { name: "c1", say: () => {} });
    try {
      const events = new TriggerEvents(bus, store, "c1", () => {}, systemClock);
      const batched = { ...spec, batch: { max: 10, waitMs: 5 } };
      const runs = batchRuns(bus, events, batched);
      const accept = (batch: ReturnType<typeof e>[]) => runs.accept(batch, Promise.resolve());
      const batchesHolding = async () => {
        const held = new Map<string, number>();
        for (const r of await listRunRecords(bus)) for (const id of triggerFromWire(r.origin?.trigger)?.batch ?? []) held.set(id, (held.get(id) ?? 0) + 1);
        return held;
      };
      const e = (n: number) => event(`ORDERS:${n}`, `{"n":${n}}`);
      assert.deepEqual(await accept([e(0), e(1), e(2)]), ["ack", "ack", "ack"]);
      // Acks that reached the server in part: e1, e2 come again, after e0, with a new e3.
      assert.deepEqual(await accept([e(1), e(2), e(3)]), ["ack", "ack", "ack"]);
      assert.deepEqual(triggerFromWire((await readRunRecord(bus, eventRunId("orders", batched, "ORDERS:3")))?.origin?.trigger)?.batch, ["ORDERS:3"]);
      assert.equal(await readRunRecord(bus, eventRunId("orders", batched, "ORDERS:1")), undefined, "no run from e1");
      // A stale intent, written by another coordinator: e4, e5 marked for a run from e4 that an attempt dying before its submission never made.
      const other = new BatchMarkers(bus, triggerKey("orders", batched), systemClock, () => {});
      await other.mark(eventRunId("orders", batched, "ORDERS:4"), ["ORDERS:4", "ORDERS:5"]);
      other.stop();
      assert.deepEqual(await accept([e(5), e(6)]), ["ack", "ack"]);
      assert.deepEqual(await accept([e(4), e(5), e(6)]), ["ack", "ack", "ack"]);
      const held = await batchesHolding();
      assert.deepEqual([...held.keys()].sort(), [0, 1, 2, 3, 4, 5, 6].map((n) => `ORDERS:${n}`));
      assert.deepEqual([...held.values()], [1, 1, 1, 1, 1, 1, 1], "every event in exactly one run");
      assert.deepEqual(triggerFromWire((await readRunRecord(bus, eventRunId("orders", batched, "ORDERS:4")))?.origin?.trigger)?.batch, ["ORDERS:4"]);
    } finally {
      await coordinator.stop();
      await bus.close();
    }
  });
});

describe("batch runs in flight", () => {
  it("a batch of first deliveries is submitted without waiting for the batch before it; one that may have been handled waits", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    const store = await DeploymentStore.open(bus);
    await store.put({ ...deployment, triggers: [], graph: { name: "orders", nodes: [node("a")] } as unknown as Deployment["graph"] });
    const coordinator = await Coordinator.start(bus, { name: "c1", say: () => {} });
    try {
      const batched = { ...spec, batch: { max: 10, waitMs: 5 } };
      const runs = batchRuns(bus, new TriggerEvents(bus, store, "c1", () => {}, systemClock), batched);
      const e = (n: number, firstDelivery: boolean) => ({ ...event(`ORDERS:${n}`, `{"n":${n}}`), firstDelivery });
      let settlePrevious!: () => void;
      const previous = new Promise<void>((r) => (settlePrevious = r));
      // The batch before is still being submitted: a batch of first deliveries goes beside it.
      assert.deepEqual(await runs.accept([e(3, true), e(4, true)], previous), ["ack", "ack"]);
      assert.ok(await readRunRecord(bus, eventRunId("orders", batched, "ORDERS:3")), "its run made while the batch before is in flight");
      // A redelivery must see the runs of every batch before it: it waits.
      let looked = false;
      const again = runs.accept([e(5, false)], previous).then((o) => ((looked = true), o));
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(looked, false, "a batch that looks up waits for the one before it");
      settlePrevious();
      assert.deepEqual(await again, ["ack"]);
    } finally {
      await coordinator.stop();
      await bus.close();
    }
  });
});

describe("batch markers", () => {
  it("event ids are stored compactly: consecutive sequences as one range, any other id as it is", () => {
    const ids = ["S:1", "S:2", "S:3", "S:5", "T:6", "T:7", "odd", "S:010", "S:11", "x0", "x1"];
    assert.deepEqual(compactIds(ids), [["S:", 1, 3], "S:5", ["T:", 6, 7], "odd", "S:010", "S:11", ["x", 0, 1]]);
    assert.deepEqual(expandIds(compactIds(ids)), ids);
    const many = Array.from({ length: 1000 }, (_, i) => `BENCH:${i + 7}`);
    assert.deepEqual(compactIds(many), [["BENCH:", 7, 1006]]);
    assert.deepEqual(expandIds(compactIds(many)), many);
    assert.equal(compactIds(many), compactIds(many), "a list is compacted once (its marker and its run's record)");
    assert.equal(everyId(compactIds(ids), (id) => ids.includes(id)), true);
    assert.equal(everyId(compactIds(ids), (id) => id !== "S:2"), false, "inside a range");
    assert.equal(everyId(compactIds(ids), (id) => id !== "odd"), false, "an id by itself");
  });

  it("one marker per batch, none looked up for first deliveries; a marker goes once its source says its events never come again", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    const store = await DeploymentStore.open(bus);
    await store.put({ ...deployment, triggers: [], graph: { name: "orders", nodes: [node("a")] } as unknown as Deployment["graph"] });
    const coordinator = await Coordinator.start(bus, { name: "c1", say: () => {} });
    const clock = new SimulatedClock(Date.now());
    const batched = { ...spec, batch: { max: 10, waitMs: 5 } };
    const key = triggerKey("orders", batched);
    const markers = new BatchMarkers(bus, key, clock, () => {});
    try {
      const runs = new BatchRuns(new TriggerEvents(bus, store, "c1", () => {}, systemClock), "orders", batched, markers);
      const first = (n: number) => ({ ...event(`ORDERS:${n}`, `{"n":${n}}`), firstDelivery: true });
      assert.deepEqual(await runs.accept([first(0), first(1), first(2)], Promise.resolve()), ["ack", "ack", "ack"]);
      assert.deepEqual(await runs.accept([first(3), first(4)], Promise.resolve()), ["ack", "ack"]);
      const kv = await bus.kv(buckets.triggerEvents);
      const keys = async () => (await kv.keys(`${key}.>`)).sort();
      const runOf = (n: number) => `${key}.${eventRunId("orders", batched, `ORDERS:${n}`)}`;
      assert.deepEqual(await keys(), [runOf(0), runOf(3)].sort(), "a marker per batch, no lookup (no barrier written)");
      // The source has acknowledged through ORDERS:2, then through ORDERS:4.
      let floor = 2;
      markers.sweepWith(async () => {
        const through = floor;
        return (id) => Number(id.split(":")[1]) <= through;
      });
      const sweep = async () => {
        clock.advance(5000);
        await waitFor(() => clock.pending > 0, { timeoutMs: 5000, intervalMs: 5, message: "the sweep is done" });
      };
      await sweep();
      assert.equal((await keys()).length, 2, "the first sweep only reads the source: its answer deletes at the next");
      await sweep();
      assert.deepEqual(await keys(), [runOf(3)], "the batch the source is done with has no marker any more");
      floor = 4;
      await sweep();
      clock.advance(5000);
      await waitFor(async () => (await keys()).length === 0, { timeoutMs: 5000, intervalMs: 5, message: "the last marker is deleted" });
      await waitFor(() => clock.pending === 0, { timeoutMs: 5000, intervalMs: 5, message: "no sweep without markers" });
    } finally {
      markers.stop();
      await coordinator.stop();
      await bus.close();
    }
  });
});

describe("trigger input: the map of a trigger the workflow file declares", () => {
  const wf = (map?: (e: any) => unknown) => ({ name: "w", triggers: [{ spec: spec, map }] }) as unknown as Workflow;
  const info = (extra: Partial<TriggerInfo> = {}): TriggerInfo => ({ kind: "nats", eventId: "S:1", receivedAtMs: 0, declared: 0, ...extra });

  it("maps one event, or each event of a batch; leaves the input of a flag's trigger (or none) alone", () => {
    const double = wf((e: { n: number }) => ({ n: e.n * 2 }));
    assert.deepEqual(triggerInput(double, info(), { n: 2 }), { n: 4 });
    assert.deepEqual(triggerInput(double, info({ batch: ["S:1", "S:2"] }), [{ n: 1 }, { n: 5 }]), [{ n: 2 }, { n: 10 }]);
    assert.deepEqual(triggerInput(double, info({ declared: undefined }), { n: 2 }), { n: 2 });
    assert.deepEqual(triggerInput(double, undefined, { n: 2 }), { n: 2 });
    assert.deepEqual(triggerInput(wf(), info(), { n: 2 }), { n: 2 }, "no map: the event is the input");
  });

  it("a map that throws fails with E_INVALID_INPUT naming the event; a trigger the file no longer declares too", () => {
    const strict = wf(() => {
      throw new Error("no id");
    });
    assert.throws(() => triggerInput(strict, info({ batch: ["S:7"] }), [{}]), (err: WeftError) => err.code === "E_INVALID_INPUT" && /refused event S:7: no id/.test(err.message));
    assert.throws(() => triggerInput(strict, info({ declared: 3 }), {}), /trigger #3 of workflow "w", which declares 1/);
  });
});

