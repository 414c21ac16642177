/**
 * The coordinator's run events on each run's state subject (run-event-batcher.ts): a durable
 * run's turn goes out at once, each batch stored with an ack; an express run's events go out
 * once, at its end, in one batch (docs/express.md), and an express run given up before its end
 * leaves nothing behind. On the in-process bus, with the run log stream.
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
  it("a durable run's turn goes out at once; an express run's events only at its end, in one batch", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    await ensureRunLogStream(bus);
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
    await delivered(publisher);
    assert.deepEqual(batches, [{ runId: "r-durable", to: ["submitted", "running"] }]);

    batcher.publish("r-express", "", event("running", "succeeded"), true, true);
    await delivered(publisher);
    assert.deepEqual(batches.slice(1), [{ runId: "r-express", to: ["submitted", "running", "succeeded"] }]);
    await bus.close();
  });

  it("an express run forgotten before its end (its submission withdrawn) leaves nothing to send", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    await ensureRunLogStream(bus);
    const batches: string[][] = [];
    bus.subscribe("weft.v1.run.>", (m) => batches.push((decodeMessage(pb.LogBatch, m.data, () => {})?.entries ?? []).map((e) => e.run?.to ?? "")));
    const batcher = new RunEventBatcher(new DurablePublisher(bus), bus);
    batcher.publish("r-gone", "", event("", "submitted"), false, true);
    batcher.forget("r-gone");
    batcher.publish("r-gone", "", event("", "failed"), true, true);
    await delivered();
    assert.deepEqual(batches, [["failed"]]);
    await bus.close();
  });
});
