/**
 * Stage partitions that move before they start, decided (engine/core/stage-handover.ts): which
 * chains may move, how a worker's unstarted partitions are dealt out, and that a join keeps the
 * stage layout (every partition keeps its owner, the joiner owns none).
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { joinerShare, placementWithJoiner } from "../../engine/core/elastic-placement.js";
import { partitionWorkers } from "../../engine/core/partition-placement.js";
import { chainCanMove, dealPartitions, hasMovableStages } from "../../engine/core/stage-handover.js";
import type { Placement } from "../../engine/model/placement.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { node } from "../helpers/graph.js";

const source = node("nums", [], { kind: "stage", op: "source", partitions: 12 });
const square = node("square", ["nums"], { kind: "stage", op: "map", routing: ["forward"] });
const keyed = node("by-mod", ["square"], { kind: "stage", op: "keyed", partitions: 4, routing: ["shuffle"] });
const withBroadcast = node("scaled", ["nums", "factor"], { kind: "stage", op: "map", routing: ["forward", "broadcast"] });

describe("stage hand-over (pure)", () => {
  it("a chain may move when a source heads it and no member reads a broadcast value", () => {
    assert.equal(chainCanMove([source, square]), true);
    assert.equal(chainCanMove([source]), true);
    assert.equal(chainCanMove([source, withBroadcast]), false, "the broadcast value is held where the chain was placed");
    assert.equal(chainCanMove([keyed]), false, "a keyed stage's input is sent to its owner");
    assert.equal(chainCanMove([square]), false, "a forward head's input is sent to its owner");
    assert.equal(chainCanMove([]), false);
    assert.equal(hasMovableStages([keyed, square]), false);
    assert.equal(hasMovableStages([source, square, keyed]), true);
  });

  it("deals the last unstarted partitions first (those the giver's slots would take last), each list ascending", () => {
    assert.deepEqual([...dealPartitions([2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [{ worker: 1, count: 5 }])], [[1, [7, 8, 9, 10, 11]]]);
    assert.deepEqual(
      [...dealPartitions([2, 3, 4, 5, 6], [{ worker: 1, count: 2 }, { worker: 2, count: 3 }])],
      [
        [1, [5, 6]],
        [2, [2, 3, 4]],
      ],
    );
    assert.deepEqual([...dealPartitions([4], [{ worker: 1, count: 3 }])], [[1, [4]]], "no more than there are");
    assert.deepEqual([...dealPartitions([], [{ worker: 1, count: 3 }])], []);
  });

  it("a join keeps every stage's layout (the joiner owns no partition) and a share of 10 unstarted on a 2-slot worker is 5", () => {
    const graph: WorkflowGraph = { name: "stages", nodes: [source, square, keyed] };
    for (const before of [
      { workers: ["wa"], nodeWorker: {}, mapWeights: [2], strategy: "locality" },
      { workers: ["wa", "wb", "wc"], nodeWorker: {}, mapWeights: [2, 1, 3], strategy: "round-robin" },
    ] as Placement[]) {
      const grown = placementWithJoiner(graph, before, { name: "wj", slots: 2 })!;
      assert.equal(grown.workers.at(-1), "wj");
      for (const [count, ordinal] of [
        [12, 0],
        [4, 2],
        [1, 1],
      ] as const) {
        assert.deepEqual(partitionWorkers(count, grown, ordinal), partitionWorkers(count, before, ordinal), `${count} partitions over ${before.workers.join(",")}`);
      }
    }
    const one = placementWithJoiner(graph, { workers: ["wa"], nodeWorker: {}, mapWeights: [2], strategy: "locality" }, { name: "wj", slots: 2 })!;
    assert.deepEqual(joinerShare(10, one, 1), [{ worker: 1, count: 5 }]);
  });

  it("after a loss following a join, the first layout is still the base: the lost owner's partitions are spread, the others stay", () => {
    const graph: WorkflowGraph = { name: "stages", nodes: [source] };
    const before: Placement = { workers: ["wa", "wb"], nodeWorker: {}, mapWeights: [2, 2], strategy: "locality" };
    const grown = placementWithJoiner(graph, before, { name: "wj", slots: 2 })!;
    const afterLoss: Placement = { ...grown, workers: ["wa", "wj"], mapWeights: [2, 2] };
    const owners = partitionWorkers(12, afterLoss, 0);
    const first = partitionWorkers(12, before, 0);
    first.forEach((w, p) => {
      if (w === 0) assert.equal(owners[p], 0, `partition ${p} stays on wa`);
    });
    assert.ok(owners.includes(1), "some of wb's partitions go to the joiner");
  });
});
