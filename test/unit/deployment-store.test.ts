import assert from "node:assert/strict";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { DeploymentStore, versionOf, type Deployment } from "../../engine/deploy/deployment-store.js";
import { waitFor } from "../helpers/nats.js";

const graph = { name: "hello", nodes: [] } as unknown as Deployment["graph"];

function deployment(name: string, sha: string): Deployment {
  return { name, version: versionOf(sha), workflow: "hello", bundleSha256: sha, triggers: [{ kind: "nats", subject: "orders.>", stream: "ORDERS" }], deployedAtMs: 1, graph };
}

describe("DeploymentStore", () => {
  it("puts, gets, lists and removes deployments by name", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    const store = await DeploymentStore.open(bus);
    await store.put(deployment("b", "b".repeat(64)));
    await store.put(deployment("a", "a".repeat(64)));
    assert.deepEqual((await store.get("a"))?.triggers, [{ kind: "nats", subject: "orders.>", stream: "ORDERS" }]);
    assert.deepEqual((await store.list()).map((d) => d.name), ["a", "b"]);
    await store.put(deployment("a", "c".repeat(64)));
    assert.equal((await store.get("a"))?.version, "cccccccccccc");
    assert.equal(await store.remove("a"), true);
    assert.equal(await store.remove("a"), false);
    assert.equal(await store.get("a"), undefined);
    await bus.close();
  });

  it("a watch lists the deployments as they change, without asking again, and says when one changed", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    const store = await DeploymentStore.open(bus);
    await store.put(deployment("b", "b".repeat(64)));
    let changes = 0;
    const watch = await store.watch(() => changes++);
    assert.deepEqual(watch.list().map((d) => d.name), ["b"]);
    const seen = changes;
    await store.put(deployment("a", "a".repeat(64)));
    await store.put(deployment("b", "c".repeat(64)));
    await store.remove("a");
    await waitFor(() => changes === seen + 3);
    assert.deepEqual(watch.list().map((d) => `${d.name}@${d.version}`), ["b@cccccccccccc"]);
    watch.stop();
    await bus.close();
  });

  it("refuses a name that cannot be a key", async () => {
    const store = await DeploymentStore.open(connectMemoryBus(new MemoryBroker()));
    await assert.rejects(store.put(deployment("a b", "a".repeat(64))), /deployment name "a b" is not valid/);
  });

  it("a version is a short prefix of the bundle's sha256", () => {
    assert.equal(versionOf("0123456789abcdef".repeat(4)), "0123456789ab");
  });
});
