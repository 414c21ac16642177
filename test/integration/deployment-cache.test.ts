/**
 * The gateway's deployment cache (engine/gateway/deployment-cache.ts) on a real nats-server: a
 * deployment is read once and kept, and a change of it (a new version, a removal) is seen
 * through the followed bucket, not after a time-to-live. On the memory bus nothing is kept.
 */
import assert from "node:assert/strict";
import type { Bus } from "../../engine/bus/bus.js";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import { SimulatedClock } from "../../engine/base/clock.js";
import { DeploymentStore, versionOf, type Deployment } from "../../engine/deploy/deployment-store.js";
import { DeploymentCache } from "../../engine/gateway/deployment-cache.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { hasNatsServer, startNats, waitFor } from "../helpers/nats.js";

const graph = { name: "hello", nodes: [] } as unknown as Deployment["graph"];

function deployment(name: string, sha: string): Deployment {
  return { name, version: versionOf(sha), workflow: "hello", bundleSha256: sha, triggers: [], deployedAtMs: 1, graph };
}

describe("DeploymentCache", function () {
  this.timeout(30_000);
  let server: NatsServerProcess | undefined;
  let bus: Bus | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
    bus = await connectNatsBus(server.url, { name: "test" });
  });

  after(async () => {
    await bus?.close().catch(() => {});
    await server?.stop();
  });

  it("keeps a deployment until it changes: a new version and a removal are seen at once", async () => {
    const store = await DeploymentStore.open(bus!);
    await store.put(deployment("quote", "a".repeat(64)));
    const cache = new DeploymentCache(bus!, new SimulatedClock(1000));
    await cache.follow();
    const first = await cache.get("quote");
    assert.equal(first?.version, "aaaaaaaaaaaa");
    assert.equal(await cache.get("quote"), first, "a second get is served from the cache (the same object)");
    await store.put(deployment("quote", "b".repeat(64)));
    await waitFor(async () => (await cache.get("quote"))?.version === "bbbbbbbbbbbb", { timeoutMs: 10_000, message: "the new version was not seen" });
    await store.remove("quote");
    await waitFor(async () => (await cache.get("quote")) === undefined, { timeoutMs: 10_000, message: "the removal was not seen" });
    cache.stop();
  });

  it("on the memory bus (no follow) reads every time", async () => {
    const memory = connectMemoryBus(new MemoryBroker());
    const store = await DeploymentStore.open(memory);
    await store.put(deployment("quote", "a".repeat(64)));
    const cache = new DeploymentCache(memory, new SimulatedClock(1000));
    await cache.follow();
    const first = await cache.get("quote");
    assert.notEqual(await cache.get("quote"), first, "each get decodes a fresh read");
    await store.put(deployment("quote", "b".repeat(64)));
    assert.equal((await cache.get("quote"))?.version, "bbbbbbbbbbbb");
    await memory.close();
  });
});
