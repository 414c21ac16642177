/**
 * An express run's result straight from its worker (docs/express.md), the pure parts: which node
 * and worker may answer (core/express-result.ts), the run table naming that worker on the run's
 * `running` (and not on a durable run's), and the client believing a worker's ExpressResult only
 * from the worker the coordinator named, whichever arrives first (express-direct-result.ts).
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { DirectResult } from "../../engine/client/express-direct-result.js";
import { RunTable, type CoordinatorEvent, type CoordinatorEventBody } from "../../engine/coordinator/run-table.js";
import { WorkerRegistry } from "../../engine/coordinator/worker-registry.js";
import { directResultNode, directResultWorker } from "../../engine/core/express-result.js";
import { node } from "../helpers/graph.js";

describe("express runs: the result from the worker", () => {
  const placement = { workers: ["w1", "w2"], nodeWorker: { a: 0, b: 1, c: 1 }, mapWeights: [1, 1], strategy: "locality" as const };

  it("only a run with one sink that is not a stage has a direct result, from the worker placed on that sink", () => {
    const chain = { name: "chain", nodes: [node("a"), node("b", ["a"])] };
    assert.equal(directResultNode(chain), "b");
    assert.equal(directResultWorker(chain, placement), "w2");
    const two = { name: "two", nodes: [node("a"), node("b", ["a"]), node("c", ["a"])] };
    assert.equal(directResultNode(two), undefined);
    assert.equal(directResultWorker(two, placement), "");
    const stage = { name: "stage", nodes: [node("a"), node("b", ["a"], { kind: "stage", op: "map" })] };
    assert.equal(directResultNode(stage), undefined);
    assert.equal(directResultWorker({ name: "unplaced", nodes: [node("z")] }, placement), "");
  });

  function runningOf(express: boolean) {
    const clock = new SimulatedClock(1000);
    const registry = new WorkerRegistry(3000, clock);
    const table = new RunTable(registry, { name: "c1", workerWaitMs: 10_000, maxPayload: 1 << 20 });
    let n = 0;
    const feed = (body: CoordinatorEventBody) => table.handle({ ...body, at: clock.now(), stimulusId: `${body.type}#${++n}` } as CoordinatorEvent);
    for (const name of ["w1", "w2"]) feed({ type: "worker.heard", name, slots: 2, running: 0, incarnation: `${name}/1`, pid: 1, host: "h" });
    const graph = { name: "chain", nodes: [node("a"), node("b", ["a"])] };
    feed({ type: "submission.received", setup: { runId: "r1", graph, bundleHash: "sha", inputJson: "{}", submittedAt: 1000, placement, deadlineAt: 0, ...(express ? { express: true } : {}) } });
    const running = feed({ type: "submission.accepted", runId: "r1" }).find((i) => i.type === "PublishRunEvent" && i.entry.to === "running");
    assert.ok(running?.type === "PublishRunEvent");
    return running.entry;
  }

  it("the run table names the sink's worker on an express run's running, and no worker on a durable run's", () => {
    assert.equal(runningOf(true).resultWorker, "w2");
    assert.equal(runningOf(false).resultWorker, undefined);
  });

  it("the client believes the named worker's result, whichever comes first, and no other worker's", () => {
    const result = { node: "b", valueJson: "42", atMs: 5, epoch: 0 };
    const named = new DirectResult();
    assert.equal(named.coordinatorSaid({ from: "submitted", to: "running", resultWorker: "w2" }), undefined);
    assert.equal(named.workerSaid("w1", result), undefined); // not the one named
    assert.deepEqual(named.workerSaid("w2", result), { from: "running", to: "succeeded", atMs: 5, resultJson: "42" });

    const early = new DirectResult();
    assert.equal(early.workerSaid("w2", result), undefined); // before the coordinator named anyone
    assert.equal(early.coordinatorSaid({ from: "submitted", to: "running" }), undefined); // a running naming no one
    assert.deepEqual(early.coordinatorSaid({ from: "submitted", to: "running", resultWorker: "w2" })?.resultJson, "42");

    const replaced = new DirectResult();
    replaced.coordinatorSaid({ from: "submitted", to: "running", resultWorker: "w1" });
    assert.equal(replaced.workerSaid("w2", result), undefined);
    // Placed again (w1 lost): the new running names w2, whose result was already in.
    assert.equal(replaced.coordinatorSaid({ from: "running", to: "running", resultWorker: "w2" })?.resultJson, "42");
  });
});
