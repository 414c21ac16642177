/**
 * Queued runs (engine/core/admission.ts and the run table): a run submitted while no worker is
 * live is queued, recorded and published as such; it starts in submission order once a worker
 * is heard; its deadline fails it with the cause; a record that says queued is taken up queued.
 * Scripted events on a SimulatedClock, no nats-server.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { admitQueued, queuedTooLong } from "../../engine/core/admission.js";
import type { RunSetup } from "../../engine/coordinator/run-setup.js";
import { RunTable, type CoordinatorEvent, type CoordinatorEventBody, type CoordinatorInstruction } from "../../engine/coordinator/run-table.js";
import { WorkerRegistry } from "../../engine/coordinator/worker-registry.js";
import { unplaced } from "../../engine/model/placement.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { node } from "../helpers/graph.js";

type Plain = CoordinatorInstruction extends infer I ? (I extends unknown ? Omit<I, "stimulusId"> : never) : never;

const one: WorkflowGraph = { name: "one", nodes: [node("only")] };

class Harness {
  readonly clock = new SimulatedClock(1_000);
  readonly registry = new WorkerRegistry(3000, this.clock);
  readonly table = new RunTable(this.registry, { name: "c1", workerWaitMs: 10_000, maxPayload: 1024 * 1024, checkEveryMs: 500 });
  private n = 0;

  feed(body: CoordinatorEventBody): Plain[] {
    const out = this.table.handle({ ...body, at: this.clock.now(), stimulusId: `${body.type}#${++this.n}` } as CoordinatorEvent);
    return out.map(({ stimulusId: _, ...rest }) => rest as Plain);
  }

  beat(name: string): Plain[] {
    return this.feed({ type: "worker.heard", name, slots: 2, running: 0, incarnation: `${name}/1`, pid: 1, host: "h" });
  }

  setup(runId: string, extra: Partial<RunSetup> = {}): RunSetup {
    return { runId, graph: one, bundleHash: "sha", inputJson: "{}", submittedAt: this.clock.now(), placement: unplaced("locality"), deadlineAt: 0, ...extra };
  }

  /** Submitted with no worker live: placed on none. */
  submit(runId: string, extra: Partial<RunSetup> = {}): Plain[] {
    this.feed({ type: "submission.received", setup: this.setup(runId, extra) });
    return this.feed({ type: "submission.accepted", runId });
  }
}

const runEvents = (out: Plain[]) => out.flatMap((i) => (i.type === "PublishRunEvent" ? [`${i.entry.from || "-"}>${i.entry.to}`] : []));
const started = (out: Plain[]) => out.flatMap((i) => (i.type === "StartRunOnWorkers" ? [`${i.runId}@${i.workers.join(",")}`] : []));

describe("admission: which queued runs start", () => {
  it("none while no worker is live; every one, in submission order (ties by run id), once one is", () => {
    const queued = [
      { runId: "c", submittedAt: 30 },
      { runId: "b", submittedAt: 10 },
      { runId: "a", submittedAt: 10 },
    ];
    assert.deepEqual(admitQueued(queued, 0), []);
    assert.deepEqual(admitQueued(queued, 1), ["a", "b", "c"]);
  });

  it("a run that timed out in the queue says it never got a worker and what to do", () => {
    const error = queuedTooLong(5000);
    assert.equal(error.code, "E_TIMEOUT");
    assert.equal(error.terminal, true);
    assert.match(error.message, /waited 5 s in the queue and never got a worker/);
    assert.match(error.message, /weft worker --nats URL/);
    assert.match(error.message, /--timeout/);
  });
});

describe("run table: queued runs", () => {
  it("a run with no worker is queued (published and recorded at once), then placed and started when a worker is heard", () => {
    const h = new Harness();
    const out = h.submit("r1");
    assert.deepEqual(runEvents(out), ["->submitted", "submitted>queued"]);
    assert.deepEqual(
      out.filter((i) => i.type === "RecordRun"),
      [{ type: "RecordRun", runId: "r1", now: true }],
    );
    assert.deepEqual(started(out), []);
    assert.equal(h.table.run("r1")?.state, "queued");
    assert.equal(h.table.queuedRuns(), 1);
    const joined = h.beat("w1");
    // Recorded as placed before its StartRun goes out.
    assert.deepEqual(
      joined.map((i) => i.type),
      ["PublishRunEvent", "RecordRun", "StartRunOnWorkers"],
    );
    assert.deepEqual(runEvents(joined), ["queued>running"]);
    assert.deepEqual(joined[1], { type: "RecordRun", runId: "r1", now: true });
    assert.deepEqual(started(joined), ["r1@w1"]);
    assert.deepEqual(h.table.run("r1")?.setup.placement.workers, ["w1"]);
    assert.equal(h.table.queuedRuns(), 0);
    assert.deepEqual(started(h.beat("w1")), [], "started once");
  });

  it("queued runs start in submission order", () => {
    const h = new Harness();
    h.submit("r-late", { submittedAt: 900 + 50 });
    h.submit("r-early", { submittedAt: 900 });
    h.clock.advance(100);
    h.submit("r-last");
    assert.deepEqual(started(h.beat("w1")), ["r-early@w1", "r-late@w1", "r-last@w1"]);
  });

  it("a run submitted while a worker is live is not queued", () => {
    const h = new Harness();
    h.beat("w1");
    h.feed({ type: "submission.received", setup: h.setup("r1", { placement: { workers: ["w1"], nodeWorker: { only: 0 }, mapWeights: [1], strategy: "locality" } }) });
    const out = h.feed({ type: "submission.accepted", runId: "r1" });
    assert.deepEqual(runEvents(out), ["->submitted", "submitted>running"]);
    assert.deepEqual(started(out), ["r1@w1"]);
  });

  it("its deadline passing while it is queued fails it with the cause, and it never starts", () => {
    const h = new Harness();
    h.submit("r1", { deadlineAt: 6000 });
    h.clock.advance(5000);
    const out = h.feed({ type: "deadline.passed", runId: "r1" });
    assert.deepEqual(
      out.map((i) => i.type),
      ["PublishControl", "SettleLog"],
    );
    const error = h.table.run("r1")!.snapshot.context.error!;
    assert.equal(error.code, "E_TIMEOUT");
    assert.match(error.message, /waited 5 s in the queue and never got a worker/);
    assert.deepEqual(started(h.beat("w1")), []);
  });

  it("a queued run can be cancelled; it never starts", () => {
    const h = new Harness();
    h.submit("r1");
    h.feed({ type: "cancel.requested", runId: "r1", reason: "no longer wanted" });
    assert.equal(h.table.run("r1")?.state, "cancelled");
    assert.deepEqual(started(h.beat("w1")), []);
  });

  it("a record that says queued is taken up queued (no StartRun, nothing published), and starts when a worker is heard", () => {
    const h = new Harness();
    h.feed({ type: "record.read", setup: h.setup("r1"), state: "queued", epoch: 0 });
    h.feed({ type: "log.replayed", runId: "r1" });
    const restored = h.feed({ type: "run.restored", runId: "r1" });
    assert.deepEqual(restored, []);
    assert.equal(h.table.run("r1")?.state, "queued");
    assert.deepEqual(started(h.beat("w2")), ["r1@w2"]);
    assert.equal(h.table.run("r1")?.state, "running");
  });

  it("a record that says queued, taken up while a worker is live: started at once", () => {
    const h = new Harness();
    h.beat("w1");
    h.feed({ type: "record.read", setup: h.setup("r1"), state: "queued", epoch: 0 });
    h.feed({ type: "log.replayed", runId: "r1" });
    assert.deepEqual(started(h.feed({ type: "run.restored", runId: "r1" })), ["r1@w1"]);
  });
});
