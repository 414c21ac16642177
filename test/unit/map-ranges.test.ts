/// <reference types="mocha" />
import assert from "node:assert/strict";
import { heldRanges, missingRanges, rangesLength, rangesSlice } from "../../engine/core/map-ranges.js";
import { keptGathers } from "../../engine/core/elastic-placement.js";
import { mapsWithKeptItems } from "../../engine/core/map-recovery.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { node } from "../helpers/graph.js";

describe("map ranges: the items a split after a loss still runs", () => {
  it("finds the positions without a result, as ranges", () => {
    assert.deepEqual(missingRanges(Uint8Array.from([1, 0, 0, 1, 0])), [[1, 3], [4, 5]]);
    assert.deepEqual(missingRanges(Uint8Array.from([1, 1])), []);
    assert.deepEqual(missingRanges(new Uint8Array(3)), [[0, 3]]);
    assert.equal(rangesLength([[1, 3], [4, 5]]), 3);
    assert.deepEqual(heldRanges(Uint8Array.from([1, 0, 0, 1, 1])), [[0, 1], [3, 5]]);
    assert.deepEqual(heldRanges(new Uint8Array(2)), []);
  });

  it("maps a split by count back to positions", () => {
    const ranges = [[1, 3], [4, 5], [7, 10]] as const;
    assert.deepEqual(rangesSlice(ranges, 0, 2), [[1, 3]]);
    assert.deepEqual(rangesSlice(ranges, 1, 4), [[2, 3], [4, 5], [7, 8]]);
    assert.deepEqual(rangesSlice(ranges, 3, 6), [[7, 10]]);
    assert.deepEqual(rangesSlice(ranges, 6, 6), []);
  });
});

describe("kept gathers: map results that survive a loss", () => {
  const g: WorkflowGraph = { name: "f", nodes: [node("items"), node("slow", ["items"], { kind: "map" }), node("gather", ["slow"])] };
  const old = { workers: ["w1", "w2", "w3"], nodeWorker: { items: 0, slow: 0, gather: 1 }, mapWeights: [2, 2, 2], strategy: "locality" as const };

  it("keeps them where they were gathered when that worker lives and the list is kept: the map and its consumers stay there", () => {
    assert.deepEqual([...keptGathers(g, old, new Set(["w1", "w2"]), new Set(["items"]))], [["slow", "w2"], ["gather", "w2"]]);
  });

  it("when the gatherer is gone, the live worker with the most map weight gathers (the first of equals)", () => {
    assert.deepEqual([...keptGathers(g, old, new Set(["w1", "w3"]), new Set(["items"]))], [["slow", "w1"], ["gather", "w1"]]);
    const heavier = { ...old, mapWeights: [2, 2, 3] };
    assert.deepEqual([...keptGathers(g, heavier, new Set(["w1", "w3"]), new Set(["items"]))], [["slow", "w3"], ["gather", "w3"]]);
  });

  it("not when the list is not kept, or the map is done", () => {
    assert.equal(keptGathers(g, old, new Set(["w1", "w2"]), new Set()).size, 0);
    assert.equal(keptGathers(g, old, new Set(["w1", "w2"]), new Set(["items", "slow"])).size, 0);
  });

  it("a map nobody consumes is gathered on its own worker", () => {
    const sink: WorkflowGraph = { name: "s", nodes: [node("items"), node("slow", ["items"], { kind: "map" })] };
    assert.deepEqual([...keptGathers(sink, old, new Set(["w1"]), new Set(["items"]))], [["slow", "w1"]]);
  });
});

describe("map recovery: which maps get back their kept item results after a loss", () => {
  const g: WorkflowGraph = { name: "f", nodes: [node("items"), node("slow", ["items"], { kind: "map" }), node("gather", ["slow"])] };
  const placed = (slow: number, gather: number) => ({ workers: ["w1", "w3"], nodeWorker: { items: 0, slow, gather }, mapWeights: [2, 2], strategy: "locality" as const });

  it("a map not done whose list is kept, split and gathered on one worker: its host", () => {
    assert.deepEqual([...mapsWithKeptItems(g, placed(1, 1), ["items"])], [["slow", 1]]);
  });

  it("none when the list is not kept, the map is done, or another worker gathers it", () => {
    assert.equal(mapsWithKeptItems(g, placed(1, 1), []).size, 0);
    assert.equal(mapsWithKeptItems(g, placed(1, 1), ["items", "slow"]).size, 0);
    assert.equal(mapsWithKeptItems(g, placed(0, 1), ["items"]).size, 0);
  });

  it("none in a run with stages", () => {
    const withStage: WorkflowGraph = { ...g, nodes: [...g.nodes, node("s", [], { kind: "stage" })] };
    assert.equal(mapsWithKeptItems(withStage, placed(1, 1), ["items"]).size, 0);
  });
});
