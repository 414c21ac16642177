/**
 * Elastic capacity, decided (engine/core/elastic-placement.ts) and followed by the coordinator's
 * table with scripted events (engine/coordinator/run-table.ts, worker-registry.ts): a worker that
 * joins a running epoch, one that drains, one that leaves with its part done or with tasks left.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { drainShare, joinerShare, placementWithJoiner, shareUnstarted } from "../../engine/core/elastic-placement.js";
import type { RunSetup } from "../../engine/coordinator/run-setup.js";
import { RunTable, type CoordinatorEvent, type CoordinatorEventBody, type CoordinatorInstruction } from "../../engine/coordinator/run-table.js";
import { WorkerRegistry, type DrainSaid } from "../../engine/coordinator/worker-registry.js";
import type { Placement } from "../../engine/model/placement.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { node } from "../helpers/graph.js";

const fanout: WorkflowGraph = { name: "fanout", nodes: [node("items"), node("slow", ["items"], { kind: "map" }), node("gather", ["slow"])] };
const onOne: Placement = { workers: ["w1"], nodeWorker: { items: 0, slow: 0, gather: 0 }, mapWeights: [2], strategy: "locality" };

describe("elastic placement (pure)", () => {
  it("a joiner goes at the end of the epoch's placement with its slots as weight; the others keep their indexes", () => {
    const grown = placementWithJoiner(fanout, onOne, { name: "w2", slots: 3 });
    assert.deepEqual(grown, { workers: ["w1", "w2"], nodeWorker: { items: 0, slow: 0, gather: 0 }, mapWeights: [2, 3], strategy: "locality" });
    assert.deepEqual(onOne.workers, ["w1"], "the epoch's placement is not changed in place");
  });

  it("no growth for a worker already placed, or a graph with nothing that can move (no map node, no task waiting for inputs, no source stage)", () => {
    assert.equal(placementWithJoiner(fanout, onOne, { name: "w1", slots: 2 }), undefined);
    const lone: WorkflowGraph = { name: "lone", nodes: [node("a")] };
    assert.equal(placementWithJoiner(lone, { ...onOne, nodeWorker: { a: 0 } }, { name: "w2", slots: 2 }), undefined);
    const plain: WorkflowGraph = { name: "plain", nodes: [node("a"), node("b", ["a"])] };
    assert.deepEqual(placementWithJoiner(plain, { ...onOne, nodeWorker: { a: 0, b: 0 } }, { name: "w2", slots: 2 })?.workers, ["w1", "w2"], "b may move to it");
    const keyedOnly: WorkflowGraph = { name: "keyed", nodes: [node("a"), node("k", ["a"], { kind: "stage", op: "keyed", partitions: 4, routing: ["broadcast"] })] };
    assert.equal(placementWithJoiner(keyedOnly, { ...onOne, nodeWorker: { a: 0 } }, { name: "w2", slots: 2 }), undefined, "no chain a source heads");
  });

  it("a run with stages keeps its stage layout when a worker joins (stageBase: the workers before it)", () => {
    const staged: WorkflowGraph = { name: "staged", nodes: [node("read", [], { kind: "stage", op: "source", partitions: 4 })] };
    const grown = placementWithJoiner(staged, { ...onOne, nodeWorker: {} }, { name: "w2", slots: 2 });
    assert.deepEqual(grown?.stageBase, { workers: ["w1"], weights: [2] });
    const again = placementWithJoiner(staged, grown!, { name: "w3", slots: 2 });
    assert.deepEqual(again?.stageBase, { workers: ["w1"], weights: [2] }, "a second joiner keeps the first layout");
  });

  it("shares items by weight, exactly: a giver keeps its part, a drainer gives everything", () => {
    assert.deepEqual(shareUnstarted(30, 2, [{ worker: 1, weight: 2 }]), [{ worker: 1, count: 15 }]);
    assert.deepEqual(shareUnstarted(7, 0, [{ worker: 0, weight: 1 }, { worker: 2, weight: 1 }]), [{ worker: 0, count: 4 }, { worker: 2, count: 3 }]);
    assert.deepEqual(shareUnstarted(0, 0, [{ worker: 0, weight: 1 }]), []);
    assert.deepEqual(shareUnstarted(5, 0, [{ worker: 0, weight: 0 }]), [], "no weight, nothing given");
    for (let n = 0; n < 50; n++) {
      const given = shareUnstarted(n, 0, [{ worker: 0, weight: 3 }, { worker: 1, weight: 2 }, { worker: 2, weight: 1 }]);
      assert.equal(given.reduce((s, x) => s + x.count, 0), n, `all ${n} items given`);
    }
  });

  it("every worker gives a joiner its weight's fraction of what it has not started", () => {
    const three: Placement = { workers: ["w1", "w2", "w3", "w4"], nodeWorker: {}, mapWeights: [2, 2, 2, 2], strategy: "locality" };
    assert.deepEqual(joinerShare(8, three, 3), [{ worker: 3, count: 2 }]);
    assert.deepEqual(joinerShare(1, three, 3), [], "a quarter of one item rounds down: the giver keeps it");
  });

  it("a drainer gives its items to the others by weight, none to itself or to another drainer", () => {
    const p: Placement = { workers: ["w1", "w2", "w3"], nodeWorker: {}, mapWeights: [2, 2, 4], strategy: "locality" };
    assert.deepEqual(drainShare(12, p, 0, new Set()), [{ worker: 1, count: 4 }, { worker: 2, count: 8 }]);
    assert.deepEqual(drainShare(12, p, 0, new Set(["w3"])), [{ worker: 1, count: 12 }]);
    assert.deepEqual(drainShare(12, { ...p, workers: ["w1"], mapWeights: [2] }, 0, new Set()), [], "nobody to give to");
  });
});

type Plain = CoordinatorInstruction extends infer I ? (I extends unknown ? Omit<I, "stimulusId"> : never) : never;

class Harness {
  readonly clock = new SimulatedClock(1_000);
  readonly registry = new WorkerRegistry(3000, this.clock);
  readonly table = new RunTable(this.registry, { name: "c1", workerWaitMs: 10_000, maxPayload: 1 << 20, checkEveryMs: 500 });
  private n = 0;

  feed(body: CoordinatorEventBody): Plain[] {
    const out = this.table.handle({ ...body, at: this.clock.now(), stimulusId: `s${++this.n}` } as CoordinatorEvent);
    return out.map(({ stimulusId: _, ...rest }) => rest as Plain);
  }

  beat(name: string, drain?: DrainSaid, slots = 2): Plain[] {
    return this.feed({ type: "worker.heard", name, slots, running: 0, incarnation: `${name}/1`, pid: 1, host: "h", ...(drain ? { drain } : {}) });
  }

  tick(ms: number, beating: string[]): Plain[] {
    const out: Plain[] = [];
    for (let t = 0; t < ms; t += 500) {
      this.clock.advance(500);
      for (const b of beating) out.push(...this.beat(b));
      out.push(...this.feed({ type: "workers.checked" }));
    }
    return out;
  }

  start(placement: Placement, runId = "r1"): void {
    const setup: RunSetup = { runId, graph: fanout, bundleHash: "sha", inputJson: "{}", submittedAt: this.clock.now(), placement, deadlineAt: 0 };
    this.feed({ type: "submission.received", setup });
    this.feed({ type: "submission.accepted", runId });
  }
}

const types = (out: Plain[]) => out.map((i) => i.type);

describe("run table: elastic capacity", () => {
  it("a worker that joins a running epoch: recorded with it, started on it, and the run's workers told (grow)", () => {
    const h = new Harness();
    h.beat("w1");
    h.start(onOne);
    const out = h.beat("w2", undefined, 4);
    assert.deepEqual(types(out), ["Say", "RecordRun", "StartRunOnWorkers", "PublishControl"]);
    const grown = { ...onOne, workers: ["w1", "w2"], mapWeights: [2, 4] };
    assert.deepEqual(out[2], { type: "StartRunOnWorkers", runId: "r1", epoch: 0, workers: ["w2"], recovered: {} });
    assert.deepEqual(out[3], { type: "PublishControl", runId: "r1", action: "grow", reason: "worker w2 joined", epoch: 0, placement: grown });
    assert.deepEqual(h.table.run("r1")!.setup.placement, grown);
    assert.deepEqual(h.beat("w2", undefined, 4), [], "heard again: nothing more");
  });

  it("a joiner that cannot start the run: the run is placed again without counting on it", () => {
    const h = new Harness();
    h.beat("w1");
    h.start(onOne);
    h.beat("w2");
    const out = h.feed({ type: "start.failed", runId: "r1", epoch: 0, worker: "w2", error: { code: "E_NOT_FOUND", message: "no bundle", stack: "", terminal: true } });
    assert.ok(out.some((i) => i.type === "StartRunOnWorkers" && i.epoch === 1), JSON.stringify(out));
    assert.equal(h.table.run("r1")!.state, "running");
  });

  it("a draining worker is offered no new run but is not lost; one that left with its part done owes the run nothing", () => {
    const h = new Harness();
    h.beat("w1");
    h.beat("w2");
    h.start({ workers: ["w1", "w2"], nodeWorker: { items: 0, slow: 0, gather: 0 }, mapWeights: [2, 2], strategy: "locality" });
    assert.deepEqual(types(h.beat("w2", { draining: true, leaving: false, unfinished: [] })), ["Say"]);
    assert.deepEqual(h.registry.live(h.clock.now()).map((w) => w.name), ["w1"], "nothing new is placed on w2");
    assert.deepEqual(h.tick(2000, ["w1", "w2"]), [], "a draining worker still runs its part");
    assert.deepEqual(types(h.beat("w2", { draining: true, leaving: true, unfinished: [] })), ["Say"]);
    assert.deepEqual(h.tick(10_000, ["w1"]), [], "silent after leaving: not lost for the run");
    assert.equal(h.table.run("r1")!.epoch, 0);
  });

  it("a worker that left with the run unfinished (its drain timeout passed): the run is placed again at once without it", () => {
    const h = new Harness();
    h.beat("w1");
    h.beat("w2");
    h.start({ workers: ["w1", "w2"], nodeWorker: { items: 0, slow: 0, gather: 0 }, mapWeights: [2, 2], strategy: "locality" });
    const out = h.beat("w2", { draining: true, leaving: true, unfinished: ["r1"] });
    const start = out.find((i) => i.type === "StartRunOnWorkers");
    assert.deepEqual(start && start.type === "StartRunOnWorkers" ? [start.epoch, start.workers] : undefined, [1, ["w1"]]);
  });

  it("a new process under the name of a worker that left is a new worker (it joins)", () => {
    const h = new Harness();
    h.beat("w2", { draining: true, leaving: true, unfinished: [] });
    assert.deepEqual(h.registry.live(h.clock.now()), []);
    assert.equal(h.registry.heard("w2", 2, 0, h.clock.now(), "w2/2"), "new");
    assert.deepEqual(h.registry.live(h.clock.now()).map((w) => w.name), ["w2"]);
  });
});
