/**
 * Task nodes that move before they start (engine/core/node-handover.ts): which may move, how a
 * list of them is dealt out, and whose answer the giver waits for.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { canMove, dealNodes, inputSenders, movableNodes } from "../../engine/core/node-handover.js";
import type { Placement } from "../../engine/model/placement.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { node } from "../helpers/graph.js";

const graph: WorkflowGraph = {
  name: "g",
  nodes: [
    node("root"),
    node("a", ["root"]),
    node("b", ["root"]),
    node("list"),
    node("each", ["list"], { kind: "map" }),
    node("gather", ["each"]),
    node("late", ["a", "b"]),
  ],
};
const placement: Placement = {
  workers: ["w0", "w1"],
  nodeWorker: { root: 1, a: 0, b: 0, list: 0, each: 0, gather: 0, late: 0 },
  mapWeights: [2, 2],
  strategy: "locality",
};
const kinds = new Map(graph.nodes.map((n) => [n.name, n.kind]));

describe("node hand-over (pure)", () => {
  it("only plain task nodes whose inputs are whole values can move (not a map's consumer, not a map)", () => {
    const can = (name: string) => canMove(graph.nodes.find((n) => n.name === name)!, (d) => kinds.get(d));
    assert.equal(can("a"), true);
    assert.equal(can("late"), true);
    assert.equal(can("gather"), false, "its input is gathered map results");
    assert.equal(can("each"), false, "a map node splits where its list is");
  });

  it("what may move: placed on the giver, needed, not started, in graph order", () => {
    const view = { graph, placement, me: 0, started: (n: string) => n === "b" || n === "list", needed: (n: string) => n !== "late" };
    assert.deepEqual(movableNodes(view), ["a"]);
    assert.deepEqual(movableNodes({ ...view, started: () => false, needed: () => true }), ["a", "b", "list", "late"]);
    assert.deepEqual(movableNodes({ ...view, me: 1, started: () => false, needed: () => true }), ["root"], "a root that has not started (it starts at once in practice)");
  });

  it("deals nodes out in order by the shares' counts", () => {
    const dealt = dealNodes(["a", "b", "c"], [{ worker: 1, count: 2 }, { worker: 2, count: 5 }]);
    assert.deepEqual([...dealt], [[1, ["a", "b"]], [2, ["c"]]]);
    assert.deepEqual([...dealNodes([], [{ worker: 1, count: 2 }])], []);
  });

  it("the giver waits for the hosts of inputs not here yet, not for itself nor for inputs it holds", () => {
    assert.deepEqual([...inputSenders(graph, placement, 0, ["a", "b"], () => false)], [1]);
    assert.deepEqual([...inputSenders(graph, placement, 0, ["a"], (d) => d === "root")], [], "root's value is here: it will not come again");
    assert.deepEqual([...inputSenders(graph, placement, 0, ["late"], () => false)], [], "a and b are the giver's own");
    const moved = { ...placement, nodeWorker: { ...placement.nodeWorker, a: 1 } };
    assert.deepEqual([...inputSenders(graph, moved, 0, ["late"], () => false)], [1], "a runs on w1 now");
  });
});
