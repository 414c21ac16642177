/**
 * A run end's accounting in columns (wire/compact-accounting.ts): the coordinator's end event
 * carries its edges and node costs as CompactAccounting, and every reader gets back what it read
 * when they were EdgeStats and NodeCost messages: the same decoded entries, the same `weft logs
 * --json` line, the same `weft run` summary, the same edges in the coordinator's own reading.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { DurablePublisher } from "../../engine/bus/durable-publisher.js";
import { entriesFromWire } from "../../engine/coordinator/log-entries.js";
import { RunEventBatcher } from "../../engine/coordinator/run-event-batcher.js";
import type { RunEventEntry } from "../../engine/coordinator/run-table.js";
import type { NodeCost } from "../../engine/core/run-usage.js";
import type { EdgeTotals } from "../../engine/model/edge-totals.js";
import { logEntryJson } from "../../engine/client/run-json.js";
import { costJson } from "../../engine/client/cost-json.js";
import { columnOf, columnValues } from "../../engine/wire/compact-accounting.js";
import { readHistoryBatch } from "../../engine/wire/run-history.js";
import { encodeMessage, pb } from "../../engine/wire/protocol.js";
import { subjects } from "../../engine/subjects.js";

/** A chain's end: one record handed over in memory per edge; a few nodes measured, one retried, one with -0 and NaN. */
function chainEnd(l: number): RunEventEntry {
  const edges: EdgeTotals[] = [];
  const nodes: NodeCost[] = [{ node: "v0", attempts: 1, measured: 1, durationMs: 0.031, billedMs: 1, cpuMs: 0.02, memoryMbS: 0.0001, heapGrowthBytes: 512, outputBytes: 8 }];
  for (let k = 1; k <= l; k++) {
    edges.push({ from: k === 1 ? "v0" : `inc-${k - 1}`, to: `inc-${k}`, records: 0, natsMsgs: 0, natsBytes: 0, localRecords: 1, localBytes: 8 });
    const measured = k < 16 || k % 64 === 0 ? 1 : 0;
    nodes.push({
      node: `inc-${k}`,
      attempts: k === 7 ? 3 : 1,
      measured,
      durationMs: 0.004 + k / 1e6,
      billedMs: k === 7 ? 3 : 1,
      cpuMs: measured ? 0.003 * k : 0,
      memoryMbS: measured ? 1e-6 * k : 0,
      heapGrowthBytes: k === 9 ? -0 : measured ? 64 * k : 0,
      outputBytes: k === 11 ? NaN : measured ? 8 : 0,
    });
  }
  // One edge over NATS, as a spread chain has.
  edges.push({ from: "inc-3", to: "sink", records: 1, natsMsgs: 1, natsBytes: 92, localRecords: 0, localBytes: 0 });
  const cost = { wallMs: 30, durationMs: 5, billedMs: l + 5, cpuMs: 1, memoryMbS: 0.1, natsMsgs: 1, natsBytes: 92, attempts: l + 3, nodes };
  return { from: "running", to: "succeeded", atMs: 1_700_000_000_000, error: null, resultJson: String(l), workflow: "w2", edges, cost };
}

/** The end's batch as the coordinator wrote it before the columns (its edges and node costs as messages). */
function batchBefore(runId: string, end: RunEventEntry): Uint8Array {
  return encodeMessage(pb.LogBatch, { runId, entries: [{ run: end }] });
}

/** The end's batch as the coordinator's batcher writes it now (captured off the bus). */
async function batchNow(runId: string, end: RunEventEntry): Promise<Uint8Array> {
  const bus = connectMemoryBus(new MemoryBroker());
  const sent: Uint8Array[] = [];
  bus.subscribe(subjects.runState(runId, ""), (m) => sent.push(m.data));
  const publisher = new DurablePublisher(bus);
  new RunEventBatcher(publisher, bus).publish(runId, "", end, true, true);
  await new Promise((resolve) => setImmediate(resolve));
  publisher.close();
  await bus.close();
  assert.equal(sent.length, 1);
  return sent[0]!;
}

describe("compact accounting of a run's end", () => {
  const runId = "r-compact";
  const subject = subjects.runState(runId, "");

  it("is written as columns, a fraction of the messages' size", async () => {
    const end = chainEnd(1000);
    const before = batchBefore(runId, end);
    const now = await batchNow(runId, end);
    const raw = pb.LogBatch.decode(now).entries[0]!.run!;
    assert.equal(raw.edges?.length ?? 0, 0);
    assert.equal(raw.cost?.nodes?.length ?? 0, 0);
    assert.equal(raw.accounting?.names?.length, 1002);
    assert.ok(now.length * 2 < before.length, `${now.length} bytes now against ${before.length}`);
  });

  it("reads back as every reader read the messages: entries, `weft logs --json`, the summary's figures, the coordinator's edges", async () => {
    for (const end of [chainEnd(1000), chainEnd(3), { ...chainEnd(2), edges: [] }, { ...chainEnd(2), cost: undefined }]) {
      const before = readHistoryBatch(subject, batchBefore(runId, end), assert.fail)!;
      const now = readHistoryBatch(subject, await batchNow(runId, end), assert.fail)!;
      assert.deepStrictEqual(now.entries, before.entries);
      assert.deepEqual(now.entries.map((e) => logEntryJson(runId, e)), before.entries.map((e) => logEntryJson(runId, e)));
      const json = (b: typeof now) => JSON.stringify(b.entries.map((e) => pb.RunEvent.toObject(e.run as InstanceType<typeof pb.RunEvent>)));
      assert.equal(json(now), json(before));
      const costs = (b: typeof now) => (b.entries[0]!.run!.cost ? costJson(b.entries[0]!.run!.cost) : null);
      assert.deepEqual(costs(now), costs(before));
      // The coordinator reads it compact: the edges from the columns.
      const compactNow = readHistoryBatch(subject, await batchNow(runId, end), assert.fail, { compact: true })!;
      const compactBefore = readHistoryBatch(subject, batchBefore(runId, end), assert.fail, { compact: true })!;
      assert.deepEqual(entriesFromWire(compactNow.entries), entriesFromWire(compactBefore.entries));
    }
  });

  it("a column is exact: all zero, all one value, a few exceptions, or every value (-0 and NaN kept)", () => {
    const cases = [[], [0, 0, 0], [1, 1, 1], [0, 0, 5, 0, 0, 0, 0, 0, 0, 0], [7, 7, 7, 7, 7, 7, 7, 7, 7, 2], [1, 2, 3, 4], [-0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [NaN, NaN, 1], [0.1, -0, NaN, 3]];
    for (const values of cases) {
      const column = columnOf(values);
      const wire = column && pb.CompactColumn.decode(pb.CompactColumn.encode(column).finish());
      assert.deepStrictEqual(columnValues(wire, values.length), values, JSON.stringify(values));
    }
    assert.equal(columnOf([0, 0]), undefined);
    assert.deepEqual(columnOf([2, 2]), { fill: 2 });
  });
});
