/**
 * Express placement leases (docs/express.md, "Leases"), the pure decisions: which placements a
 * lease can name (one worker computes the run's one sink; the others the run is placed on are
 * its peers), and which changes of the
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
    assert.deepEqual(lease, { worker: "wb", placement: { workers: ["wb"], nodeWorker: { a: 0, b: 0 }, mapWeights: [2], strategy: "locality" }, peers: [] });
  });

  it("a stage (its partitions on every worker) and its aggregate: the lease names the aggregate's worker, the others as its peers, the whole placement", () => {
    const g = graph([node("parts", [], { kind: "stage", op: "source", partitions: 8 }), node("total", ["parts"], { kind: "aggregate", routing: ["aggregate"] })]);
    const p = placed(["wa", "wb", "wc"], { parts: 0, total: 1 });
    assert.deepEqual(leasePlacement(g, p), { worker: "wb", placement: p, peers: ["wa", "wc"] });
    // On one worker, it is a one-worker lease.
    assert.deepEqual(leasePlacement(g, placed(["wa"], { parts: 0, total: 0 })), { worker: "wa", placement: placed(["wa"], { parts: 0, total: 0 }), peers: [] });
  });


  it("refused, saying why: no worker, tasks over two workers, several sinks, a map, a stage sink", () => {
    const refusal = (g: WorkflowGraph, p: Placement) => {
      const lease = leasePlacement(g, p);
      assert.ok("refused" in lease, JSON.stringify(lease));
      return lease.refused;
    };
    assert.match(refusal(graph([node("a")]), placed([], {})), /no worker is live/);
    assert.match(refusal(graph([node("a"), node("b", ["a"])]), placed(["wa", "wb"], { a: 0, b: 1 })), /tasks are placed over 2 workers/);
    assert.match(refusal(graph([node("a"), node("b", ["a"]), node("c", ["a"])]), placed(["wa"], { a: 0, b: 0, c: 0 })), /several sinks/);
    assert.match(refusal(graph([node("a"), { ...node("m", ["a"]), kind: "map" }]), placed(["wa"], { a: 0, m: 0 })), /"m" is a map/);
    assert.match(refusal(graph([node("s", [], { kind: "stage", op: "source", partitions: 4 })]), placed(["wa", "wb"], { s: 0 })), /a stage sink/);
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
