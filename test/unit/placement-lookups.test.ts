import assert from "node:assert/strict";
import { workflow } from "../../sdk/index.js";
import type { Placement } from "../../engine/model/placement.js";
import { RunValues, type RunAssignment } from "../../engine/worker/run/values.js";

/** A chain a -> b -> c, and d consuming a: a, b, d on w1, c on w2. */
const wf = workflow("lookups", (w) => {
  const a = w.node("a", () => 1);
  const b = w.node("b", a, (x: number) => x + 1);
  w.node("c", b, (x: number) => x + 1);
  w.node("d", a, (x: number) => x * 2);
});
const placement: Placement = Object.freeze({ workers: ["w1", "w2"], nodeWorker: Object.freeze({ a: 0, b: 0, c: 1, d: 0 }), mapWeights: [1, 1], strategy: "locality" });

function runOf(runId: string, p: Placement = placement): RunAssignment {
  return { runId, owner: "", graph: wf.graph, placement: p, bundleHash: "h", input: {}, workflow: wf, epoch: 1, recovered: [], seed: new Map(), done: [] };
}
const node = (name: string) => wf.graph.nodes.find((n) => n.name === name)!;

describe("RunValues: a placement's lookups, made once per placement object", () => {
  it("two runs of one placement share who needs a value: no set or list made per node per run", () => {
    const one = new RunValues(runOf("r1"), "w1");
    const two = new RunValues(runOf("r2"), "w1");
    assert.deepEqual([...one.recipientsOf(node("a"))], [0]);
    assert.deepEqual([...one.recipientsOf(node("b"))], [1]);
    assert.equal(two.recipientsOf(node("b")), one.recipientsOf(node("b")), "the same set, made by the first run");
    assert.equal(two.remoteRecipientsOf(node("b")), one.remoteRecipientsOf(node("b")), "the same list");
    assert.deepEqual(one.remoteRecipientsOf(node("b")), [1]);
    assert.deepEqual(one.remoteRecipientsOf(node("a")), []);
    assert.deepEqual([node("a"), node("b"), node("c"), node("d")].map((n) => one.isHere(n)), [true, true, false, true]);
    // Another worker of the same placement sees itself as `me`.
    const there = new RunValues(runOf("r1"), "w2");
    assert.deepEqual(there.remoteRecipientsOf(node("b")), []);
    assert.deepEqual([node("b"), node("c")].map((n) => there.isHere(n)), [false, true]);
  });

  it("a run whose nodes move, or whose placement is replaced (a worker joined), answers from its new placement", () => {
    const moved = new RunValues(runOf("r3"), "w1");
    assert.deepEqual(moved.remoteRecipientsOf(node("b")), [1]);
    moved.moveNodes([["c", 0]]);
    assert.equal(moved.isHere(node("c")), true);
    assert.deepEqual(moved.remoteRecipientsOf(node("b")), [], "c is here now");
    const other = new RunValues(runOf("r4"), "w1");
    assert.deepEqual(other.remoteRecipientsOf(node("b")), [1], "another run of the old placement is not moved");

    const run = runOf("r5");
    const grown = new RunValues(run, "w1");
    assert.equal(grown.isHere(node("d")), true);
    run.placement = { ...placement, workers: ["w1", "w2", "w3"], nodeWorker: { a: 0, b: 0, c: 1, d: 2 }, mapWeights: [1, 1, 1] };
    assert.equal(grown.isHere(node("d")), false);
    assert.deepEqual(grown.remoteRecipientsOf(node("a")), [2]);
  });
});
