/**
 * Express placement leases (docs/express.md, "Leases"), the pure decisions: which placements a
 * lease can name (one worker computes the whole run and its one sink), and which changes of the
 * live workers void the leases granted (and which workers they say were lost).
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { leasePlacement, liveSetKey, lostWorkers } from "../../engine/core/lease-policy.js";
import type { Placement } from "../../engine/model/placement.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { node } from "../helpers/graph.js";

const graph = (nodes: WorkflowGraph["nodes"]): WorkflowGraph => ({ name: "g", nodes });
const placed = (workers: string[], nodeWorker: Record<string, number>): Placement => ({ workers, nodeWorker, mapWeights: workers.map(() => 2), strategy: "locality" });

describe("express leases: which placement a lease can name", () => {
  it("every node on one worker, one sink: the lease names that worker, the placement narrowed to it", () => {
    const g = graph([node("a"), node("b", ["a"])]);
    const lease = leasePlacement(g, placed(["wa", "wb"], { a: 1, b: 1 }));
    assert.deepEqual(lease, { worker: "wb", placement: { workers: ["wb"], nodeWorker: { a: 0, b: 0 }, mapWeights: [2], strategy: "locality" } });
  });

  it("refused, saying why: no worker, nodes over two workers, several sinks, a map or a stage", () => {
    const refusal = (g: WorkflowGraph, p: Placement) => {
      const lease = leasePlacement(g, p);
      assert.ok("refused" in lease, JSON.stringify(lease));
      return lease.refused;
    };
    assert.match(refusal(graph([node("a")]), placed([], {})), /no worker is live/);
    assert.match(refusal(graph([node("a"), node("b", ["a"])]), placed(["wa", "wb"], { a: 0, b: 1 })), /placed over 2 workers/);
    assert.match(refusal(graph([node("a"), node("b", ["a"]), node("c", ["a"])]), placed(["wa"], { a: 0, b: 0, c: 0 })), /several sinks/);
    assert.match(refusal(graph([node("a"), { ...node("m", ["a"]), kind: "map" }]), placed(["wa"], { a: 0, m: 0 })), /"m" is a map/);
  });
});

describe("express leases: when they are voided", () => {
  it("the live set's key ignores order, and changes with a join, a drain or a loss", () => {
    assert.equal(liveSetKey(["wb", "wa"]), liveSetKey(["wa", "wb"]));
    assert.notEqual(liveSetKey(["wa", "wb"]), liveSetKey(["wa"]));
    assert.notEqual(liveSetKey(["wa"]), liveSetKey(["wa", "wc"]));
  });

  it("lost workers: gone from the live set and not present (a draining or departed worker is not lost)", () => {
    assert.deepEqual(lostWorkers(["wa", "wb", "wc"], ["wa"], ["wa", "wb"]), ["wc"]);
    assert.deepEqual(lostWorkers(["wa"], ["wa", "wb"], ["wa", "wb"]), []);
  });
});
