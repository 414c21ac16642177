import assert from "node:assert/strict";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { readRunRecord, writeRunRecord } from "../../engine/coordinator/run-store.js";
import { DeploymentStore, versionOf, type Deployment } from "../../engine/deploy/deployment-store.js";
import { systemClock } from "../../engine/base/clock.js";
import { eventRunId, TriggerEvents } from "../../engine/triggers/trigger-event.js";
import type { NatsTriggerSpec } from "../../model/trigger.js";

const spec: NatsTriggerSpec = { kind: "nats", subject: "orders.>", stream: "ORDERS" };
const graph = { name: "orders", nodes: [] } as unknown as Deployment["graph"];
const deployment: Deployment = { name: "orders", version: versionOf("a".repeat(64)), workflow: "orders", bundleSha256: "a".repeat(64), triggers: [spec], deployedAtMs: 1, graph };
const event = (eventId: string, body: string) => ({ data: new TextEncoder().encode(body), info: { kind: "nats" as const, eventId, subject: "orders.new", receivedAtMs: 5 } });

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
    assert.match(r?.error?.message ?? "", /nats event ORDERS:7 on orders\.new is not JSON/);
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
});
