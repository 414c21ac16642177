/**
 * A worker told to start two epochs of one run at once (engine/worker/worker.ts, startRun): the
 * newer epoch is the one that runs, whichever StartRun finishes loading its bundle last.
 *
 * Was a BUG, seen in the chaos loop (test/e2e/chaos.test.ts, seeds 3781974102 and 3155346817): a
 * worker that joined a run (epoch 0) while the run was placed again (epoch 1) got both
 * StartRuns while its bundle was still loading (and the coordinator's retry of the first); both
 * passed the epoch check made before the load, and the older one, set up last, replaced the
 * newer executor. The newer epoch's data then went to the older executor and was dropped: the
 * worker's share of the map never ran, and the run hung with `running: 0`.
 */
import assert from "node:assert/strict";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import type { Bus } from "../../engine/bus/bus.js";
import { subjects } from "../../engine/subjects.js";
import { decodeMessage, encodeMessage, graphToWire, pb, placementToWire } from "../../engine/wire/protocol.js";
import { Worker } from "../../engine/worker/worker.js";
import { workflow } from "../../sdk/index.js";

const HASH = "e".repeat(64);
const one = workflow<Record<string, never>>("one", (wf) => {
  wf.node("answer", async () => 42);
});

function startRun(runId: string, epoch: number, resync = false): Uint8Array {
  if (resync) return encodeMessage(pb.StartRun, { runId, epoch, resync: true });
  return encodeMessage(pb.StartRun, {
    runId,
    bundleHash: HASH,
    inputJson: "{}",
    graph: graphToWire(one.graph),
    placement: placementToWire({ workers: ["w1"], nodeWorker: { answer: 0 }, mapWeights: [1], strategy: "locality" }),
    epoch,
  });
}

describe("worker: two epochs of a run started at once", () => {
  let buses: Bus[] = [];
  let worker: Worker | undefined;

  afterEach(async () => {
    await worker?.stop();
    for (const b of buses) await b.close();
    buses = [];
  });

  it("the newer epoch runs and the older StartRun is refused, though both arrived before either was set up", async () => {
    const broker = new MemoryBroker();
    const bus = connectMemoryBus(broker);
    const client = connectMemoryBus(broker);
    buses = [bus, client];
    worker = await Worker.start(bus, { name: "w1", slots: 1, diagnostics: () => {}, workflows: (h) => (h === HASH ? one : undefined) });
    const runId = "r-epochs";
    const ask = (data: Uint8Array) =>
      client.request(subjects.workerStart("w1"), data, { timeoutMs: 5000 }).then((r) => decodeMessage(pb.StartRunReply, r, () => {})!);
    // Sent in one turn: the memory bus delivers both before either StartRun has loaded its bundle.
    const [newer, older] = await Promise.all([ask(startRun(runId, 1)), ask(startRun(runId, 0))]);
    assert.equal(newer.error, null, `epoch 1 starts: ${JSON.stringify(newer.error)}`);
    assert.match(older.error?.message ?? "", /epoch 0 is older than the one running here \(1\)/);
    const probe = await ask(startRun(runId, 1, true));
    assert.equal(probe.held, true, "the worker runs epoch 1 (a resync of epoch 1 finds it)");
  });
});
