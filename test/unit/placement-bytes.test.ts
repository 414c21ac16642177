/**
 * A run's placement encoded once per placement object (wire/placement-bytes.ts) and embedded as
 * bytes in its StartRun and its record: they decode to what the placement's message gave; the
 * runs of a workflow whose resource history predicts the same memory needs get the same
 * placement object (so the same bytes, which a worker decodes once).
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { PlanCache } from "../../engine/coordinator/plan-cache.js";
import { placeWithHistory } from "../../engine/coordinator/history-placement.js";
import { encodeRunRecord } from "../../engine/coordinator/run-store.js";
import type { NodeProfile } from "../../engine/core/usage-figures.js";
import { graphToWire, type WorkflowGraph } from "../../engine/internal.js";
import { fieldBytes, PLACEMENT_FIELD } from "../../engine/wire/embedded-field.js";
import { encodedPlacement } from "../../engine/wire/placement-bytes.js";
import { encodeMessage, pb, placementFromBytes, placementToWire } from "../../engine/wire/protocol.js";
import { node } from "../helpers/graph.js";

const chain = (n: number): WorkflowGraph => ({ name: "chain", nodes: Array.from({ length: n }, (_, i) => node(`n${i}`, i === 0 ? [] : [`n${i - 1}`])) });
const workers = [
  { name: "w1", slots: 2 },
  { name: "w2", slots: 2 },
];

function profile(heapP95: number): NodeProfile {
  const spread = (p: number) => ({ p50: p, p95: p });
  return { samples: 3, runs: 3, durationMs: spread(1), cpuMs: spread(1), heapGrowthBytes: spread(heapP95), outputBytes: spread(8) };
}

describe("a placement's bytes, encoded once and embedded", () => {
  it("runs with the same predicted memory needs share one placement object, and so one encoding", () => {
    const plans = new PlanCache();
    const of = plans.graph(graphToWire(chain(200)));
    const needs = new Map([
      ["n0", profile(9608)],
      ["n5", profile(2144)],
    ]);
    const first = placeWithHistory(plans, of, workers, "locality", needs);
    const again = placeWithHistory(plans, of, workers, "locality", new Map(needs));
    assert.equal(again, first, "the same needs: the same object");
    assert.deepEqual(first.nodeMemory, { n0: 9608, n5: 2144 });
    assert.equal(encodedPlacement(again), encodedPlacement(first), "encoded once");
    const other = placeWithHistory(plans, of, workers, "locality", new Map([...needs, ["n5", profile(4096)]]));
    assert.notEqual(other, first);
    assert.deepEqual(other.nodeMemory, { n0: 9608, n5: 4096 });
    assert.deepEqual({ ...other, nodeMemory: undefined }, { ...first, nodeMemory: undefined }, "only the needs differ");
  });

  it("the embedded bytes are the placement's message: a record decodes to what it did with the placement as a field", () => {
    const plans = new PlanCache();
    const of = plans.graph(graphToWire(chain(50)));
    const placement = placeWithHistory(plans, of, workers, "locality", new Map([["n1", profile(1000)]]));
    const bytes = encodedPlacement(placement);
    assert.deepEqual(Buffer.from(bytes), Buffer.from(encodeMessage(pb.Placement, placementToWire(placement))));
    assert.deepEqual(placementFromBytes(bytes), placement);
    const record = { runId: "r1", workflow: "chain", state: "running", tasksTotal: 50, placement: placementToWire(placement) };
    const embedded = encodeRunRecord({ ...record, placement: null }, of.bytes, bytes);
    assert.deepEqual(Buffer.from(fieldBytes(embedded, PLACEMENT_FIELD.RunRecord)!), Buffer.from(bytes));
    const decoded = pb.RunRecord.decode(embedded);
    assert.deepEqual(decoded.toJSON(), pb.RunRecord.decode(encodeRunRecord(record, of.bytes)).toJSON());
    assert.equal(decoded.graph?.nodes?.length, 50);
  });
});
