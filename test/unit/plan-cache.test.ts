/// <reference types="mocha" />
import assert from "node:assert/strict";
import { PlanCache } from "../../engine/coordinator/plan-cache.js";
import { ErrorCode, type WorkflowGraph, planPlacement, encodeMessage, graphToWire, pb } from "../../engine/internal.js";
import { withoutIdleWorkers } from "../../engine/plan/workers-in-use.js";
import { node } from "../helpers/graph.js";

const chain = (n: number, name = "chain"): WorkflowGraph => ({
  name,
  nodes: Array.from({ length: n }, (_, i) => node(`n${i}`, i === 0 ? [] : [`n${i - 1}`])),
});
const fanIn: WorkflowGraph = { name: "fan", nodes: [node("a"), node("b"), node("c", ["a", "b"])] };
const two = [
  { name: "w1", slots: 2 },
  { name: "w2", slots: 2 },
];

describe("PlanCache (the coordinator's validated graphs and placements, by content)", () => {
  it("a graph submitted again is the same validated graph, with the same placement object", () => {
    const cache = new PlanCache();
    const a = cache.graph(graphToWire(chain(50)));
    const b = cache.graph(graphToWire(chain(50)));
    assert.equal(a.key, b.key);
    assert.equal(a.graph, b.graph);
    const p1 = cache.placement(a, two, "locality");
    assert.equal(cache.placement(b, two, "locality"), p1);
    assert.deepEqual(p1, withoutIdleWorkers(chain(50), planPlacement(chain(50), two, { strategy: "locality" })), "what planPlacement gives, without idle workers");
  });

  it("another graph, other workers, other slots or another strategy each get their own plan", () => {
    const cache = new PlanCache();
    const a = cache.graph(graphToWire(fanIn));
    const other = cache.graph(graphToWire({ ...fanIn, nodes: [...fanIn.nodes.slice(0, 2), node("c", ["b", "a"])] }));
    assert.notEqual(a.key, other.key, "the order of deps is part of the graph");
    const base = cache.placement(a, two, "locality");
    for (const [workers, strategy] of [
      [[{ name: "w1", slots: 2 }], "locality"],
      [[{ name: "w1", slots: 2 }, { name: "w2", slots: 4 }], "locality"],
      [[{ name: "w1", slots: 2 }, { name: "w3", slots: 2 }], "locality"],
      [two, "round-robin"],
    ] as const) {
      const p = cache.placement(a, workers, strategy);
      assert.notEqual(p, base);
      assert.deepEqual(p, withoutIdleWorkers(fanIn, planPlacement(fanIn, [...workers], { strategy })));
    }
  });

  it("an invalid graph throws every time and is never kept", () => {
    const cache = new PlanCache();
    const cyclic: WorkflowGraph = { name: "cyc", nodes: [node("a", ["b"]), node("b", ["a"])] };
    for (let i = 0; i < 2; i++) {
      assert.throws(() => cache.graph(graphToWire(cyclic)), (e: { code?: string }) => e.code === ErrorCode.Cycle);
    }
  });

  it("keeps at most `max` graphs, dropping the least recently used", () => {
    const cache = new PlanCache(2);
    const g1 = cache.graph(graphToWire(chain(3, "g1")));
    cache.graph(graphToWire(chain(3, "g2")));
    assert.equal(cache.graph(graphToWire(chain(3, "g1"))).graph, g1.graph, "g1 used again: now the most recent");
    cache.graph(graphToWire(chain(3, "g3"))); // drops g2
    assert.equal(cache.graph(graphToWire(chain(3, "g1"))).graph, g1.graph);
  });

  it("a graph known only by its bytes: the same entry as graph() gives, bad bytes and invalid graphs refused and not kept", () => {
    const cache = new PlanCache();
    const bytes = encodeMessage(pb.WorkflowGraph, graphToWire(chain(20)));
    const a = cache.graphOfBytes(bytes);
    assert.equal(cache.graph(graphToWire(chain(20))).graph, a.graph);
    assert.equal(cache.graphOfBytes(bytes).graph, a.graph);
    assert.throws(() => cache.graphOfBytes(new Uint8Array([0x0a, 0xff, 0xff])), (e: { code?: string }) => e.code === ErrorCode.Decode);
    const cyclic = encodeMessage(pb.WorkflowGraph, graphToWire({ name: "cyc", nodes: [node("a", ["b"]), node("b", ["a"])] }));
    for (let i = 0; i < 2; i++) assert.throws(() => cache.graphOfBytes(cyclic), (e: { code?: string }) => e.code === ErrorCode.Cycle);
  });
});
