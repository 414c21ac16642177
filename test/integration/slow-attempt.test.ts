/**
 * A worker says when a function has been running a long time, with its run: once per node and
 * run (a wide map of slow tasks says it once), on a simulated clock, with the real run executor
 * on the in-process bus.
 */
import assert from "node:assert/strict";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { DurablePublisher } from "../../engine/bus/durable-publisher.js";
import { ensureRunLogStream } from "../../engine/bus/run-log-stream.js";
import type { Placement } from "../../engine/model/placement.js";
import { IsolatedRunner } from "../../engine/worker/isolated-runner.js";
import { RunExecutor, type WorkerServices } from "../../engine/worker/run/run-executor.js";
import { SLOW_ATTEMPT_MS } from "../../engine/worker/run/attempts.js";
import { SlotPool } from "../../engine/worker/slot-pool.js";
import { noLabels } from "../../engine/worker/work-labeler.js";
import { SimulatedClock } from "../../engine/base/clock.js";
import { systemRandom } from "../../engine/base/random.js";
import { workflow } from "../../sdk/index.js";
import { waitFor } from "../helpers/nats.js";

describe("slow attempts are said once per node, with their run", () => {
  it("two map tasks past SLOW_ATTEMPT_MS: one line naming a task, its run and its node; none before", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = 0;
    const wf = workflow("slowpoke", (wf) => {
      const items = wf.node("items", () => [1, 2]);
      const slow = wf.map("crawl", items, async (x) => {
        started++;
        await gate;
        return x;
      });
      wf.node("done", slow, (xs) => xs.length);
    });
    const broker = new MemoryBroker();
    const bus = connectMemoryBus(broker);
    await ensureRunLogStream(bus);
    const clock = new SimulatedClock(1_000_000);
    const said: string[] = [];
    const publisher = new DurablePublisher(bus);
    const services: WorkerServices = {
      name: "w1",
      bus,
      pool: new SlotPool(4),
      publisher,
      isolation: new IsolatedRunner(),
      isolateAll: false,
      labeler: noLabels,
      initState: async () => undefined,
      clock,
      random: systemRandom,
      strictTransitions: true,
      diagnostics: (line) => said.push(line),
    };
    const nodeWorker: Record<string, number> = { items: 0, crawl: 0, done: 0 };
    const placement: Placement = { workers: ["w1"], nodeWorker, mapWeights: [4], strategy: "locality" };
    const run = new RunExecutor(services, { runId: "r-slow-1", owner: "", graph: wf.graph, placement, bundleHash: "test", input: {}, workflow: wf, epoch: 1, recovered: [], seed: new Map(), done: [] });
    try {
      run.start();
      await waitFor(() => started === 2, { message: () => `${started} started` });
      clock.advance(SLOW_ATTEMPT_MS - 1);
      assert.deepEqual(said, [], "not slow yet");
      clock.advance(1);
      assert.equal(said.length, 1, said.join("\n"));
      assert.match(said[0]!, /^task crawl\[[01]\] \(run r-slow-1\) has been running for 60 s \(attempt 1; it has no timeoutMs\); said once for node "crawl" of this run$/);
      clock.advance(SLOW_ATTEMPT_MS);
      assert.equal(said.length, 1, "once per node");
    } finally {
      release();
      run.dispose();
      publisher.close();
      await bus.close();
    }
  });
});
