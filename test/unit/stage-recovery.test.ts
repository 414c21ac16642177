/**
 * Record stages after a loss, decided (engine/core/stage-recovery.ts and the layout after a loss
 * in engine/core/partition-placement.ts): survivors keep their partitions' places, the lost
 * worker's partitions are spread over the survivors, and a chain's ended partitions are kept
 * all together or not at all.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { partitionWorkers } from "../../engine/core/partition-placement.js";
import { chainCarriesOver, keptPartitions, stageBaseAfterLoss } from "../../engine/core/stage-recovery.js";
import type { Placement } from "../../engine/model/placement.js";

const three: Placement = { workers: ["wa", "wb", "wc"], nodeWorker: {}, mapWeights: [2, 2, 2], strategy: "locality" };

/** The placement after `lost` died: the survivors (in the planner's order) with the first layout as base. */
function after(old: Placement, survivors: string[], weights = survivors.map(() => 2)): Placement {
  return { workers: survivors, nodeWorker: {}, mapWeights: weights, strategy: old.strategy, stageBase: stageBaseAfterLoss(old)! };
}

describe("stage recovery (pure)", () => {
  it("the stage base is the first layout's workers and weights, kept through a second loss; none for a run never placed", () => {
    assert.deepEqual(stageBaseAfterLoss(three), { workers: ["wa", "wb", "wc"], weights: [2, 2, 2] });
    const second = after(three, ["wa", "wc"]);
    assert.deepEqual(stageBaseAfterLoss(second), { workers: ["wa", "wb", "wc"], weights: [2, 2, 2] });
    assert.equal(stageBaseAfterLoss({ workers: [], nodeWorker: {}, mapWeights: [], strategy: "locality" }), undefined);
  });

  it("after a loss, survivors keep their partitions; the lost worker's go to the survivors by weight, in order", () => {
    const before = partitionWorkers(12, three, 0).map((w) => three.workers[w]);
    assert.deepEqual(before, ["wa", "wa", "wa", "wa", "wb", "wb", "wb", "wb", "wc", "wc", "wc", "wc"]);
    // The planner may order the survivors differently: names decide, not indexes.
    const next = after(three, ["wc", "wa"]);
    const now = partitionWorkers(12, next, 0).map((w) => next.workers[w]);
    assert.deepEqual(now, ["wa", "wa", "wa", "wa", "wc", "wc", "wa", "wa", "wc", "wc", "wc", "wc"]);
  });

  it("every stage with the same count gets the same layout after a loss (forward edges stay in memory)", () => {
    const next = after(three, ["wa", "wc"], [1, 3]);
    assert.deepEqual(partitionWorkers(10, next, 0), partitionWorkers(10, next, 3));
  });

  it("a second loss: partitions of both lost workers are spread over the last survivor", () => {
    const second = after(three, ["wa", "wc"]);
    const third = after(second, ["wc"]);
    assert.deepEqual(
      partitionWorkers(6, third, 0).map((w) => third.workers[w]),
      ["wc", "wc", "wc", "wc", "wc", "wc"],
    );
  });

  it("round-robin after a loss: the survivors' partitions keep their shifted places", () => {
    const rr: Placement = { ...three, strategy: "round-robin" };
    const before = partitionWorkers(6, rr, 1).map((w) => rr.workers[w]);
    const next = after(rr, ["wa", "wb"]);
    const now = partitionWorkers(6, next, 1).map((w) => next.workers[w]);
    before.forEach((w, p) => {
      if (w !== "wc") assert.equal(now[p], w, `partition ${p} stays on ${w}`);
      else assert.notEqual(now[p], "wc");
    });
  });

  it("a chain's ended partitions are kept only all together: same tail, and each laid out here again", () => {
    const ended = { head: "src", tail: "square", partitions: new Set([0, 1]) };
    assert.deepEqual([...keptPartitions(ended, { tail: "square", owners: [0, 0, 1, 1] }, 0)], [0, 1]);
    assert.equal(keptPartitions(ended, { tail: "square", owners: [0, 1, 1, 1] }, 0).size, 0, "one moved away: its output cannot be taken out of the accumulator");
    assert.equal(keptPartitions(ended, { tail: "other", owners: [0, 0, 1, 1] }, 0).size, 0, "another chain: its outputs go elsewhere");
  });

  it("a chain carries over unless its tail hands records to a forward stage not fused with it", () => {
    const keyed = { kind: "stage", op: "keyed" };
    const forward = { kind: "stage", op: "map" };
    const aggregate = { kind: "aggregate" };
    const collect = { kind: "collect" };
    assert.equal(chainCarriesOver([keyed, aggregate, collect], () => false), true);
    assert.equal(chainCarriesOver([forward], () => true), true, "fused: it runs in the chain's own pipeline");
    assert.equal(chainCarriesOver([aggregate, forward], () => false), false);
    assert.equal(chainCarriesOver([], () => false), true, "a chain ending in a sink");
  });
});
