/// <reference types="mocha" />
import assert from "node:assert/strict";
import { PlanCache } from "../../engine/coordinator/plan-cache.js";
import { graphToWire, planPlacement, type WorkflowGraph } from "../../engine/internal.js";
import { withoutIdleWorkers } from "../../engine/plan/workers-in-use.js";
import { node } from "../helpers/graph.js";

const three = [
  { name: "w1", slots: 2 },
  { name: "w2", slots: 2 },
  { name: "w3", slots: 2 },
];
const chain: WorkflowGraph = { name: "chain", nodes: [node("v0"), node("inc-1", ["v0"]), node("inc-2", ["inc-1"])] };

describe("withoutIdleWorkers (a new run's StartRun goes only to workers it gives something to do)", () => {
  it("a chain of tasks on one worker: the others are left out, and every node still names its worker", () => {
    const full = planPlacement(chain, three, { strategy: "locality" });
    assert.equal(full.workers.length, 3, "planPlacement names every worker");
    const p = withoutIdleWorkers(chain, full);
    assert.equal(p.workers.length, 1);
    for (const spec of chain.nodes) assert.equal(p.workers[p.nodeWorker[spec.name]!], full.workers[full.nodeWorker[spec.name]!], spec.name);
    assert.deepEqual(p.mapWeights, [2]);
    assert.equal(p.strategy, "locality");
  });

  it("tasks spread by round-robin: the workers they use keep their order, the unused one is left out", () => {
    const twoNodes: WorkflowGraph = { name: "two", nodes: [node("a"), node("b", ["a"])] };
    const full = planPlacement(twoNodes, three, { strategy: "round-robin" });
    const p = withoutIdleWorkers(twoNodes, full);
    assert.deepEqual(p.workers, ["w1", "w2"]);
    assert.deepEqual(p.nodeWorker, { a: 0, b: 1 });
    assert.deepEqual(p.mapWeights, [2, 2]);
  });

  it("every worker used: the same placement object", () => {
    const fan: WorkflowGraph = { name: "fan", nodes: [node("a"), node("b"), node("c"), node("d", ["a", "b", "c"])] };
    const full = planPlacement(fan, three, { strategy: "round-robin" });
    assert.equal(withoutIdleWorkers(fan, full), full);
  });

  it("a map spreads its instances over every worker (and can take a joiner's help): nothing is left out", () => {
    const mapped: WorkflowGraph = { name: "m", nodes: [node("src"), node("each", ["src"], { kind: "map" })] };
    const full = planPlacement(mapped, three, { strategy: "locality" });
    assert.equal(withoutIdleWorkers(mapped, full), full);
  });

  it("the coordinator's plan cache gives new runs the trimmed placement", () => {
    const cache = new PlanCache();
    const p = cache.placement(cache.graph(graphToWire(chain)), three, "locality");
    assert.deepEqual(p, withoutIdleWorkers(chain, planPlacement(chain, three, { strategy: "locality" })));
    assert.equal(p.workers.length, 1);
  });
});
