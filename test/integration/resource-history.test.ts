/**
 * The coordinator's resource history (engine/coordinator/resource-history.ts) on a real
 * nats-server, its time on a SimulatedClock: runs that end while the history was written less
 * than WRITE_EVERY_MS ago are written together when that time is over, none lost, and a write
 * that another writer got ahead of is read again and made on top of it.
 */
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import type { Bus, KvBucket } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import type { RunCost } from "../../engine/core/run-usage.js";
import type { NodeHistory, NodeSample } from "../../engine/core/usage-figures.js";
import { IDLE_PER_BUSY, ResourceHistory, scopeOf, WRITE_EVERY_MS } from "../../engine/coordinator/resource-history.js";
import { costKey, encodeJson, nodeKey, readJson, type CostTotals, type StoredNode } from "../../engine/coordinator/resource-store.js";
import type { RunEventEntry, RunView } from "../../engine/coordinator/run-table.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { buckets } from "../../engine/subjects.js";
import { hasNatsServer, startNats, waitFor } from "../helpers/nats.js";

const setup = { graph: { name: "history-test" }, bundleHash: "ab".repeat(32), origin: undefined };
const scope = scopeOf(setup as unknown as RunView["setup"]);
const sample = (durationMs: number): NodeSample => ({ attempts: 1, durationMs, cpuMs: 1, heapGrowthBytes: 0, outputBytes: 8 });
const cost: RunCost = { wallMs: 2, durationMs: 1, billedMs: 1, cpuMs: 1, memoryMbS: 0, natsMsgs: 3, natsBytes: 30, attempts: 1, nodes: [] };

/** An ended run of the one node "n": what the history reads of a run (its setup, its node's sample) and of its end (its cost). */
function ended(durationMs: number): [RunView, RunEventEntry] {
  const run = { setup, progress: { usage: { samples: () => new Map([["n", sample(durationMs)]]) } } };
  return [run as unknown as RunView, { cost } as unknown as RunEventEntry];
}

describe("ResourceHistory: written behind the runs", function () {
  this.timeout(30_000);
  let server: NatsServerProcess | undefined;
  let bus: Bus | undefined;
  let kv: KvBucket;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
    bus = await connectNatsBus(server.url, { name: "test" });
    kv = await bus.kv(buckets.resources);
  });

  after(async () => {
    await bus?.close().catch(() => {});
    await server?.stop();
  });

  const runsIn = async () => (await readJson<CostTotals>(kv, costKey(scope)))?.value.runs ?? 0;
  const durationsIn = async () => (await readJson<StoredNode>(kv, nodeKey(scope, "n")))?.value.history.durationMs ?? [];

  it("writes at once when idle, then the runs of the next 0.1 s together, every sample kept", async () => {
    const clock = new SimulatedClock(1_000_000);
    const history = await ResourceHistory.open(bus!, () => {}, clock);
    history.runEnded(...ended(1));
    await waitFor(async () => (await runsIn()) === 1, { timeoutMs: 10_000, message: "the first run was not written at once" });
    for (const d of [2, 3, 4, 5]) history.runEnded(...ended(d));
    await new Promise((r) => setTimeout(r, 200)); // the clock has not moved: nothing may be written yet
    assert.equal(await runsIn(), 1, "runs ended within 0.1 s of the last write wait for its period");
    assert.equal(history.profiles(scope).get("n")?.samples, 1, "placement sees what is written");
    clock.advance(WRITE_EVERY_MS);
    await waitFor(async () => (await runsIn()) === 5, { timeoutMs: 10_000, message: "the waiting runs were not written" });
    assert.deepEqual(await durationsIn(), [1, 2, 3, 4, 5]);
    await history.flushed();
    assert.equal(history.profiles(scope).get("n")?.samples, 5);
  });

  it("another writer's change is read again and kept: the next write goes on top of it", async () => {
    const clock = new SimulatedClock(2_000_000);
    const history = await ResourceHistory.open(bus!, () => {}, clock);
    history.runEnded(...ended(6));
    await history.flushed();
    assert.equal(await runsIn(), 6);
    // Another coordinator (a leader before this one) writes both keys meanwhile.
    const totals = (await readJson<CostTotals>(kv, costKey(scope)))!.value;
    await kv.put(costKey(scope), encodeJson({ ...totals, runs: 100 }));
    const node = (await readJson<StoredNode>(kv, nodeKey(scope, "n")))!.value;
    const theirs: NodeHistory = { ...node.history, runs: 50, durationMs: [...node.history.durationMs, 99] };
    await kv.put(nodeKey(scope, "n"), encodeJson({ ...node, history: theirs }));
    clock.advance(WRITE_EVERY_MS);
    history.runEnded(...ended(7));
    await history.flushed();
    assert.equal(await runsIn(), 101);
    assert.deepEqual((await durationsIn()).slice(-3), [6, 99, 7]);
  });

  it("after a long write it rests nine times as long: a workflow of many nodes is not written back to back", async () => {
    const clock = new SimulatedClock(3_000_000);
    // Each key's write takes 50 ms of the simulated clock (a run of this one node writes two keys: 100 ms).
    const slowKv = async () => {
      const real = await bus!.kv(buckets.resources);
      const slow = <A extends unknown[]>(op: (...args: A) => Promise<number>) => async (...args: A) => {
        const revision = await op(...args);
        clock.advance(50);
        return revision;
      };
      return { ...real, create: slow(real.create.bind(real)), update: slow(real.update.bind(real)), get: real.get.bind(real) } as KvBucket;
    };
    const slowBus = { kv: slowKv } as unknown as Bus;
    const history = await ResourceHistory.open(slowBus, () => {}, clock);
    const runs0 = await runsIn();
    history.runEnded(...ended(8));
    await history.flushed(); // written at once (idle): took 100 ms, so the next rests 900 ms after it
    assert.equal(await runsIn(), runs0 + 1);
    history.runEnded(...ended(9));
    clock.advance(WRITE_EVERY_MS);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await runsIn(), runs0 + 1, "not written WRITE_EVERY_MS after the last write began: it rests after a long write");
    clock.advance(IDLE_PER_BUSY * 100 - WRITE_EVERY_MS - 1);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await runsIn(), runs0 + 1, "still resting");
    clock.advance(1);
    await waitFor(async () => (await runsIn()) === runs0 + 2, { timeoutMs: 10_000, message: "the waiting run was not written after the rest" });
    await history.flushed();
  });
});
