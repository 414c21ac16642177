/**
 * The coordinator's run events on each run's state subject (run-event-batcher.ts): a run's
 * turn goes out at once as one batch, a durable run's stored with an ack, an express run's
 * without waiting for the stream (docs/express.md); an express run withdrawn in its first turn
 * leaves nothing behind; a run that ended while its record was created sends its turns with
 * its end. On the in-process bus.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { DurablePublisher } from "../../engine/bus/durable-publisher.js";
import { ensureRunLogStream } from "../../engine/bus/run-log-stream.js";
import { RunEventBatcher } from "../../engine/coordinator/run-event-batcher.js";
import type { RunEventEntry } from "../../engine/coordinator/run-table.js";
import type { RunState } from "../../engine/core/run.machine.js";
import { decodeMessage, pb } from "../../engine/wire/protocol.js";

function event(from: RunState | "", to: RunState): RunEventEntry {
  return { from, to, atMs: 1, error: null, resultJson: to === "succeeded" ? "42" : "", workflow: "w", edges: [] };
}

/** What has been published (and, through `publisher`, stored) so far is delivered. */
async function delivered(publisher?: DurablePublisher): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await publisher?.idle();
  await new Promise((resolve) => setImmediate(resolve));
}

describe("run event batcher", () => {
  it("a run's turn goes out at once, in one batch; an express run's without waiting for the stream (none here), a durable run's only once stored", async () => {
    const bus = connectMemoryBus(new MemoryBroker()); // no run log stream: no durable publish is stored
    const batches: { runId: string; to: string[] }[] = [];
    bus.subscribe("weft.v1.run.>", (m) => {
      const batch = decodeMessage(pb.LogBatch, m.data, () => {});
      if (batch) batches.push({ runId: batch.runId, to: batch.entries.map((e) => e.run?.to ?? "") });
    });
    const publisher = new DurablePublisher(bus);
    const batcher = new RunEventBatcher(publisher, bus);
    batcher.publish("r-durable", "", event("", "submitted"), false);
    batcher.publish("r-durable", "", event("submitted", "running"), false);
    batcher.publish("r-express", "", event("", "submitted"), false, true);
    batcher.publish("r-express", "", event("submitted", "running"), false, true);
    await delivered();
    batcher.publish("r-express", "", event("running", "succeeded"), true, true);
    await delivered();
    assert.deepEqual(batches, [
      { runId: "r-express", to: ["submitted", "running"] },
      { runId: "r-express", to: ["succeeded"] },
    ]);
    publisher.close();

    // With the stream, the durable turn is stored and delivered as one batch.
    await ensureRunLogStream(bus);
    const stored = new DurablePublisher(bus);
    new RunEventBatcher(stored, bus).publish("r-stored", "", event("", "submitted"), false);
    await delivered(stored);
    assert.deepEqual(batches.slice(2), [{ runId: "r-stored", to: ["submitted"] }]);
    await bus.close();
  });

  it("a run held to its end: its turns wait, and go out with the end in one batch (or when its log is settled without one)", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    await ensureRunLogStream(bus);
    const batches: { runId: string; to: string[] }[] = [];
    bus.subscribe("weft.v1.run.>", (m) => {
      const batch = decodeMessage(pb.LogBatch, m.data, () => {});
      if (batch) batches.push({ runId: batch.runId, to: batch.entries.map((e) => e.run?.to ?? "") });
    });
    const publisher = new DurablePublisher(bus);
    const batcher = new RunEventBatcher(publisher, bus);
    batcher.toEnd("r-ended");
    batcher.publish("r-ended", "", event("", "submitted"), false);
    batcher.publish("r-ended", "", event("submitted", "running"), false);
    await delivered(publisher);
    assert.deepEqual(batches, [], "nothing before the end");
    batcher.publish("r-ended", "", event("running", "succeeded"), true);
    batcher.settled("r-ended"); // after its end: nothing more to send
    await delivered(publisher);
    assert.deepEqual(batches, [{ runId: "r-ended", to: ["submitted", "running", "succeeded"] }]);
    // A settle that brought no end (the run was handed over meanwhile) still lets its turns out.
    batcher.toEnd("r-other");
    batcher.publish("r-other", "", event("", "submitted"), false);
    batcher.settled("r-other");
    await delivered(publisher);
    assert.deepEqual(batches.slice(1), [{ runId: "r-other", to: ["submitted"] }]);
    publisher.close();
    await bus.close();
  });

  it("an express run withdrawn in the turn it was submitted: nothing of it is said", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    await ensureRunLogStream(bus);
    const batches: string[][] = [];
    bus.subscribe("weft.v1.run.>", (m) => batches.push((decodeMessage(pb.LogBatch, m.data, () => {})?.entries ?? []).map((e) => e.run?.to ?? "")));
    const batcher = new RunEventBatcher(new DurablePublisher(bus), bus);
    batcher.publish("r-gone", "", event("", "submitted"), false, true);
    batcher.forget("r-gone");
    await delivered();
    assert.deepEqual(batches, []);
    await bus.close();
  });
});
