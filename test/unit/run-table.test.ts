/**
 * The coordinator's run table (engine/coordinator/run-table.ts), driven by scripted events on a
 * SimulatedClock with no bus and no nats-server: each test asserts the exact instructions an
 * event yields (submission, success, failure, re-placement after a worker loss or restart,
 * resume of a recorded run, an end read from the log, deadlines, cancel, and NATS outages or
 * this process's own lag not held against the workers).
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import type { LogEntryRead } from "../../engine/coordinator/log-entries.js";
import type { RunProgress, TaskChange } from "../../engine/coordinator/run-progress.js";
import type { RunSetup } from "../../engine/coordinator/run-setup.js";
import { RunTable, type CoordinatorEvent, type CoordinatorEventBody, type CoordinatorInstruction } from "../../engine/coordinator/run-table.js";
import { WorkerRegistry } from "../../engine/coordinator/worker-registry.js";
import type { WorkflowGraph } from "../../model/graph.js";
import type { Placement } from "../../engine/model/placement.js";
import { node } from "../helpers/graph.js";

type Body = CoordinatorEventBody;
/** An instruction without its stimulus id (asserted apart). */
type Plain = CoordinatorInstruction extends infer I ? (I extends unknown ? Omit<I, "stimulusId"> : never) : never;

const LOST_AFTER_MS = 3000;
const WAIT_MS = 10_000;
/** `input` on w1 feeds `double` on w2; `sum` on w1 is the one sink. */
const chain: WorkflowGraph = { name: "chain", nodes: [node("input"), node("double", ["input"]), node("sum", ["double"])] };
const onTwo: Placement = { workers: ["w1", "w2"], nodeWorker: { input: 0, double: 1, sum: 0 }, mapWeights: [1, 1], strategy: "locality" };
const LOSS = "stopped heartbeating (it died, is cut off, or is blocked by a function that never yields: a task or map node doing that can run with isolate: true and a timeoutMs; a stage function must yield)";

class Harness {
  readonly clock = new SimulatedClock(1_000);
  readonly registry = new WorkerRegistry(LOST_AFTER_MS, this.clock);
  readonly table = new RunTable(this.registry, { name: "c1", workerWaitMs: WAIT_MS, maxPayload: 1024 * 1024, checkEveryMs: 500 });
  private n = 0;
  lastStimulus = "";

  /** Feeds one event now; returns its instructions, each checked to carry the event's stimulus id. */
  feed(body: Body): Plain[] {
    this.lastStimulus = `${body.type}#${++this.n}`;
    const out = this.table.handle({ ...body, at: this.clock.now(), stimulusId: this.lastStimulus } as CoordinatorEvent);
    for (const i of out) assert.equal(i.stimulusId, this.lastStimulus);
    return out.map(({ stimulusId: _, ...rest }) => rest as Plain);
  }

  beat(...names: string[]): void {
    for (const name of names) assert.deepEqual(this.feed({ type: "worker.heard", name, slots: 2, running: 0, incarnation: `${name}/1`, pid: 1, host: "h" }), []);
  }

  /** Moves time by `ms` in watchdog ticks, with `beating` workers heard at each; returns every tick's instructions. */
  tick(ms: number, beating: string[] = []): Plain[] {
    const out: Plain[] = [];
    for (let t = 0; t < ms; t += 500) {
      this.clock.advance(500);
      this.beat(...beating);
      out.push(...this.feed({ type: "workers.checked" }));
    }
    return out;
  }

  setup(runId = "r1", extra: Partial<RunSetup> = {}): RunSetup {
    return { runId, graph: chain, bundleHash: "sha", inputJson: "{}", submittedAt: this.clock.now(), placement: onTwo, deadlineAt: 0, ...extra };
  }

  /** A submitted run, started on w1 and w2. */
  started(runId = "r1", extra: Partial<RunSetup> = {}): void {
    this.beat("w1", "w2");
    this.feed({ type: "submission.received", setup: this.setup(runId, extra) });
    this.feed({ type: "submission.accepted", runId });
  }

  /** A batch of the run's history: the coordinator's when it holds run changes only, else the first task's worker's (w1 by default). */
  log(runId: string, ...entries: LogEntryRead[]): Plain[] {
    const own = entries.every((e) => e.kind === "run");
    const worker = own ? undefined : (entries.find((e) => e.kind === "task")?.change.worker ?? "w1");
    return this.feed({ type: "log.batch.read", runId, worker, entries });
  }
}

function task(nodeName: string, from: string, to: string, extra: Partial<TaskChange> = {}): LogEntryRead {
  return { kind: "task", change: { node: nodeName, taskId: nodeName, from, to, worker: "w1", attempt: 1, error: undefined, ...extra } };
}

/** A task's whole life, pending to `to`, as one worker logs it. */
function life(nodeName: string, to: string, extra: Partial<TaskChange> = {}): LogEntryRead[] {
  return [task(nodeName, "pending", "ready", extra), task(nodeName, "ready", "running", extra), task(nodeName, "running", to, extra)];
}

const types = (out: Plain[]) => out.map((i) => i.type);
const runEvents = (out: Plain[]) => out.flatMap((i) => (i.type === "PublishRunEvent" ? [`${i.entry.from || "-"}>${i.entry.to}`] : []));

describe("run table: a submission", () => {
  it("is held until its record exists, then published, recorded and started on every worker of its placement", () => {
    const h = new Harness();
    h.beat("w1", "w2");
    assert.deepEqual(h.feed({ type: "submission.received", setup: h.setup("r1", { deadlineAt: 31_000 }) }), []);
    assert.equal(h.table.run("r1")?.state, "submitted");
    const out = h.feed({ type: "submission.accepted", runId: "r1" });
    assert.deepEqual(out, [
      { type: "ArmDeadline", runId: "r1", at: 31_000 },
      { type: "PublishRunEvent", runId: "r1", end: false, entry: { from: "", to: "submitted", atMs: 1000, error: null, resultJson: "", workflow: "chain", edges: [] } },
      { type: "PublishRunEvent", runId: "r1", end: false, entry: { from: "submitted", to: "running", atMs: 1000, error: null, resultJson: "", workflow: "chain", edges: [] } },
      { type: "RecordRun", runId: "r1", now: false },
      { type: "StartRunOnWorkers", runId: "r1", epoch: 0, workers: ["w1", "w2"], recovered: {} },
    ]);
    assert.equal(h.table.run("r1")?.state, "running");
  });

  it("withdrawn (its record could not be created) is forgotten", () => {
    const h = new Harness();
    h.feed({ type: "submission.received", setup: h.setup() });
    assert.deepEqual(h.feed({ type: "submission.withdrawn", runId: "r1" }), []);
    assert.equal(h.table.run("r1"), undefined);
  });
});

/** The cost of a run whose attempts said nothing of their usage (docs/cost.md). */
function idleCost(wallMs: number, natsMsgs = 0, natsBytes = 0) {
  return { wallMs, durationMs: 0, billedMs: 0, cpuMs: 0, memoryMbS: 0, natsMsgs, natsBytes, attempts: 0, nodes: [] };
}

describe("run table: a run's end", () => {
  it("a success settles the log, then publishes the end with the accounting, records it, and lets the workers forget the run", () => {
    const h = new Harness();
    h.started();
    const edge = { from: "input", to: "double", records: 1, natsMsgs: 1, natsBytes: 12, localRecords: 0, localBytes: 0 };
    assert.deepEqual(h.log("r1", ...life("input", "succeeded"), { kind: "edge", edge }), [{ type: "RecordRun", runId: "r1", now: false }]);
    h.log("r1", ...life("double", "succeeded", { worker: "w2" }), ...life("sum", "succeeded"));
    assert.equal(h.table.run("r1")?.progress.allTasksRead(), true);
    h.clock.advance(5);
    const end = h.feed({ type: "sink.arrived", worker: "w1", runId: "r1", epoch: 0, node: "sum", valueJson: "42", error: undefined });
    assert.deepEqual(end, [{ type: "SettleLog", runId: "r1", epoch: 0, workers: ["w1", "w2"], askFlush: false }]);
    assert.equal(h.table.run("r1")?.state, "succeeded");
    h.clock.advance(3);
    assert.deepEqual(h.feed({ type: "log.settled", runId: "r1" }), [
      { type: "PublishRunEvent", runId: "r1", end: true, entry: { from: "running", to: "succeeded", atMs: 1008, error: null, resultJson: "42", workflow: "chain", edges: [edge], cost: idleCost(8, 1, 12) } },
      { type: "RecordRun", runId: "r1", now: true },
      { type: "DisarmDeadline", runId: "r1" },
      { type: "PublishControl", runId: "r1", action: "forget", reason: "succeeded", epoch: 0 },
      { type: "Forget", runId: "r1", afterMs: 60_000 },
    ]);
    assert.deepEqual(h.feed({ type: "log.settled", runId: "r1" }), [], "the end is published once");
    assert.deepEqual(h.feed({ type: "forget.due", runId: "r1" }), []);
    assert.equal(h.table.run("r1"), undefined);
  });

  it("a task's failure cancels the run's tasks, asks the workers to flush, and ends with the task's error", () => {
    const h = new Harness();
    h.started();
    const error = { code: "E_USER_CODE", message: "boom", stack: "at f", terminal: true };
    const out = h.log("r1", ...life("double", "failed", { worker: "w2", error }));
    assert.deepEqual(out, [
      { type: "PublishControl", runId: "r1", action: "cancel", reason: "task double failed: boom", epoch: 0 },
      { type: "SettleLog", runId: "r1", epoch: 0, workers: ["w1", "w2"], askFlush: true },
      { type: "RecordRun", runId: "r1", now: false },
    ]);
    // What the workers logged while stopping still counts; a second failure changes nothing.
    assert.deepEqual(types(h.log("r1", ...life("sum", "failed", { error }))), ["RecordRun"]);
    const settled = h.feed({ type: "log.settled", runId: "r1" });
    assert.deepEqual(runEvents(settled), ["running>failed"]);
    assert.deepEqual(settled[0], {
      type: "PublishRunEvent",
      runId: "r1",
      end: true,
      entry: { from: "running", to: "failed", atMs: 1000, error: { ...error, message: "task double failed: boom" }, resultJson: "", workflow: "chain", edges: [], cost: idleCost(0) },
    });
    assert.deepEqual(h.table.run("r1")?.progress.failures.length, 2);
  });

  it("a failure its consumers absorb does not end the run", () => {
    const h = new Harness();
    h.started();
    assert.deepEqual(types(h.log("r1", ...life("input", "failed", { absorbed: true }))), ["RecordRun"]);
    assert.equal(h.table.run("r1")?.state, "running");
  });

  it("a sink value from an older epoch is ignored; a sink error fails the run", () => {
    const h = new Harness();
    h.started();
    assert.deepEqual(h.feed({ type: "sink.arrived", worker: "w1", runId: "r1", epoch: 7, node: "sum", valueJson: "1", error: undefined }), []);
    const error = { code: "E_SERIALISE", message: "cannot send", stack: "", terminal: true };
    assert.deepEqual(types(h.feed({ type: "sink.arrived", worker: "w1", runId: "r1", epoch: 0, node: "sum", valueJson: "", error })), ["PublishControl", "SettleLog"]);
    assert.equal(h.table.run("r1")?.snapshot.context.error?.message, "task sum failed: cannot send");
  });

  it("a result too large for one message fails the run with a terminal E_PAYLOAD_TOO_LARGE", () => {
    const h = new Harness();
    h.started();
    h.feed({ type: "sink.arrived", worker: "w1", runId: "r1", epoch: 0, node: "sum", valueJson: JSON.stringify("x".repeat(2 * 1024 * 1024)), error: undefined });
    const ctx = h.table.run("r1")!.snapshot.context;
    assert.equal(h.table.run("r1")?.state, "failed");
    assert.equal(ctx.error?.code, "E_PAYLOAD_TOO_LARGE");
    assert.equal(ctx.error?.terminal, true);
  });

  it("a cancel stops the run's tasks and ends it cancelled; a second cancel changes nothing", () => {
    const h = new Harness();
    h.started();
    assert.deepEqual(h.feed({ type: "cancel.requested", runId: "r1", reason: "user pressed ctrl-c" }), [
      { type: "PublishControl", runId: "r1", action: "cancel", reason: "user pressed ctrl-c", epoch: 0 },
      { type: "SettleLog", runId: "r1", epoch: 0, workers: ["w1", "w2"], askFlush: true },
    ]);
    assert.deepEqual(h.feed({ type: "cancel.requested", runId: "r1", reason: "again" }), []);
    const settled = h.feed({ type: "log.settled", runId: "r1" });
    assert.deepEqual(settled[0], {
      type: "PublishRunEvent",
      runId: "r1",
      end: true,
      entry: {
        from: "running",
        to: "cancelled",
        atMs: 1000,
        error: { code: "E_CANCELLED", message: "user pressed ctrl-c", stack: "", terminal: true },
        resultJson: "",
        workflow: "chain",
        edges: [],
        cost: idleCost(0),
      },
    });
    assert.deepEqual(settled.at(3), { type: "PublishControl", runId: "r1", action: "forget", reason: "user pressed ctrl-c", epoch: 0 });
  });

  it("a passed deadline fails the run with E_TIMEOUT naming what still runs; a deadline after the end changes nothing", () => {
    const h = new Harness();
    h.started("r1", { deadlineAt: 1000 + 30_000 });
    h.log("r1", task("input", "ready", "running"));
    h.clock.set(31_000);
    const out = h.feed({ type: "deadline.passed", runId: "r1" });
    assert.deepEqual(types(out), ["PublishControl", "SettleLog"]);
    const error = h.table.run("r1")!.snapshot.context.error!;
    assert.equal(error.code, "E_TIMEOUT");
    assert.match(error.message, /did not end within its timeout of 30 s; still running: "input" \(1 task\)/);
    assert.equal(h.table.run("r1")?.snapshot.context.endedAt, 31_000);
    assert.deepEqual(h.feed({ type: "deadline.passed", runId: "r1" }), []);
  });

  it("a StartRun refused by a live worker of the current epoch fails the run; one of an old epoch or a lost worker does not", () => {
    const h = new Harness();
    h.started();
    const error = { code: "E_BUNDLE", message: "worker w2 could not start the run: no such bundle", stack: "", terminal: true };
    assert.deepEqual(h.feed({ type: "start.failed", runId: "r1", epoch: 3, worker: "w2", error }), []);
    assert.equal(h.table.startWanted("r1", 0, "w2", h.clock.now()), true);
    assert.equal(h.table.startWanted("r1", 3, "w2", h.clock.now()), false);
    assert.deepEqual(types(h.feed({ type: "start.failed", runId: "r1", epoch: 0, worker: "w2", error })), ["PublishControl", "SettleLog"]);
    assert.deepEqual(h.table.run("r1")?.snapshot.context.error, error);
  });
});

describe("run table: who may say what (worker credentials decide no run)", () => {
  it("a sink value from a worker the run is not placed on is dropped; the same from a placed worker ends the run", () => {
    const h = new Harness();
    h.started();
    assert.deepEqual(h.feed({ type: "sink.arrived", worker: "w3", runId: "r1", epoch: 0, node: "sum", valueJson: '"forged"', error: undefined }), []);
    assert.equal(h.table.run("r1")?.state, "running");
    h.feed({ type: "sink.arrived", worker: "w2", runId: "r1", epoch: 0, node: "sum", valueJson: "42", error: undefined });
    assert.equal(h.table.run("r1")?.state, "succeeded");
    assert.equal(h.table.run("r1")?.snapshot.context.resultJson, "42");
  });

  it("a task failure logged by a worker the run is not placed on is ignored; its epochs still count for a restored run", () => {
    const h = new Harness();
    h.started();
    const forged = task("sum", "running", "failed", { worker: "w3", error: { code: "E_USER_CODE", message: "forged", stack: "", terminal: true } });
    assert.deepEqual(h.feed({ type: "log.batch.read", runId: "r1", worker: "w3", entries: [forged, task("sum", "running", "failed", { worker: "w3", epoch: 9 })] }), []);
    assert.equal(h.table.run("r1")?.state, "running");
    assert.equal(h.table.run("r1")?.progress.failures.length, 0);
    assert.equal((h.table.run("r1")?.progress as RunProgress).highestEpoch, 9);
  });

  it("a run's end in a worker's batch is not the run's end (only the coordinator's state subject carries one)", () => {
    const h = new Harness();
    h.started();
    const end: LogEntryRead = { kind: "run", change: { from: "running", to: "succeeded", atMs: 1, error: undefined, resultJson: '"forged"', edges: [] } };
    h.feed({ type: "log.batch.read", runId: "r1", worker: "w1", entries: [end] });
    assert.equal(h.table.run("r1")?.state, "running");
    h.feed({ type: "log.batch.read", runId: "r1", worker: undefined, entries: [end] });
    assert.equal(h.table.run("r1")?.state, "succeeded", "the same end from the coordinator's subject is read");
  });
});

describe("run table: workers lost and restarted", () => {
  it("a silent worker's runs are placed again on the live ones in a new epoch, keeping the outputs that live there", () => {
    const h = new Harness();
    h.started();
    h.log("r1", ...life("input", "succeeded")); // on w1
    // w2 falls silent; w1 beats on. Lost once silent for more than 3 s.
    const before = h.tick(3000, ["w1"]);
    assert.deepEqual(before, []);
    const out = h.tick(500, ["w1"]);
    const reason = `worker w2 ${LOSS}`;
    assert.deepEqual(out, [
      { type: "PublishControl", runId: "r1", action: "cancel", reason, epoch: 0 },
      {
        type: "PublishRunEvent",
        runId: "r1",
        end: false,
        entry: {
          from: "running",
          to: "running",
          atMs: 4500,
          error: { code: "E_REPLACED", message: `${reason}: placed again on w1 (1 outputs kept)`, stack: "", terminal: false },
          resultJson: "",
          workflow: "chain",
          edges: [],
        },
      },
      { type: "RecordRun", runId: "r1", now: true },
      { type: "StartRunOnWorkers", runId: "r1", epoch: 1, workers: ["w1"], recovered: { w1: ["input"] } },
    ]);
    const run = h.table.run("r1")!;
    assert.equal(run.epoch, 1);
    assert.deepEqual(run.setup.placement.workers, ["w1"]);
    // Every node counts anew; input's worker reports it recovered (not run again).
    assert.deepEqual([run.progress.tasksTotal, run.progress.tasksDone], [3, 0]);
    h.log("r1", task("input", "pending", "succeeded", { epoch: 1 }));
    assert.deepEqual([run.progress.tasksTotal, run.progress.tasksDone], [3, 1]);
    // The old epoch's late events are not counted; the new one's are.
    h.log("r1", ...life("double", "failed", { worker: "w2" }));
    assert.equal(run.state, "running");
    assert.deepEqual(h.tick(1000, ["w1"]), [], "placed once");
  });

  it("workers lost one after the other again and again (the run's own work blocks them): after 5 re-placements the next loss ends the run", () => {
    const h = new Harness();
    h.started(); // on w1, w2
    let replaced = 0;
    for (let i = 0; i < 12 && h.table.run("r1")!.state === "running"; i++) {
      // One of the run's workers falls silent while the other beats; it comes back after.
      const placed = h.table.run("r1")!.setup.placement.workers;
      const silent = placed[placed.length - 1]!;
      const other = silent === "w1" ? "w2" : "w1";
      const out = h.tick(4000, [other]);
      replaced += out.filter((o) => o.type === "StartRunOnWorkers").length;
      h.tick(500, ["w1", "w2"]);
    }
    assert.equal(replaced, 5);
    const run = h.table.run("r1")!;
    assert.equal(run.state, "failed");
    assert.match(run.snapshot.context.error!.message, /placed again 5 times for the same cause, which came back once more: worker w\d stopped heartbeating/);
  });

  it("with no live worker the run waits for one, then fails with E_NO_WORKERS", () => {
    const h = new Harness();
    h.started();
    assert.deepEqual(h.tick(3500), [], "both silent, no worker to place it on");
    assert.equal(h.table.run("r1")?.state, "running");
    const out = h.tick(WAIT_MS + 500);
    assert.deepEqual(types(out), ["PublishControl", "SettleLog"]);
    const error = h.table.run("r1")!.snapshot.context.error!;
    assert.equal(error.code, "E_NO_WORKERS");
    assert.equal(error.message, `worker w1, w2 ${LOSS}, and no worker is left to run it`);
  });

  it("a worker that comes back while the run waits for one: placed on it", () => {
    const h = new Harness();
    h.started();
    h.tick(4000);
    h.beat("w3");
    const out = h.tick(500, ["w3"]);
    assert.deepEqual(out.at(-1), { type: "StartRunOnWorkers", runId: "r1", epoch: 1, workers: ["w3"], recovered: {} });
  });

  it("an outage of this coordinator's own connection is not held against the workers; one silent after it is lost, saying so", () => {
    const h = new Harness();
    h.started();
    h.tick(500, ["w1", "w2"]);
    h.feed({ type: "connection.lost" });
    assert.deepEqual(h.tick(10_000), [], "nobody is judged while cut off");
    h.feed({ type: "connection.restored" });
    // w1 is back at once; w2 never is: lost a full window after the reconnect, not before.
    assert.deepEqual(h.tick(3000, ["w1"]), []);
    const out = h.tick(500, ["w1"]);
    assert.equal(out[0]?.type, "PublishControl");
    assert.equal(
      (out[0] as { reason: string }).reason,
      "worker w2 did not heartbeat again after NATS was unreachable for 10.0 s (it died meanwhile, or cannot reach NATS)",
    );
  });

  it("a watchdog tick that comes late (this process lagged) does not count the lag as the workers' silence", () => {
    const h = new Harness();
    h.started();
    h.tick(500, ["w1", "w2"]);
    // Held for 5 s: no heartbeat was read meanwhile.
    h.clock.advance(5000);
    assert.deepEqual(h.feed({ type: "workers.checked" }), []);
    assert.equal(h.table.run("r1")?.epoch, 0);
  });

  it("a worker restarted under its name (a new process): its runs are placed again without what it held", () => {
    const h = new Harness();
    h.started();
    h.log("r1", ...life("input", "succeeded"), ...life("double", "succeeded", { worker: "w2" }));
    h.tick(500, ["w1", "w2"]);
    // w2's old process died; a new one beats twice, the old one silent for 1.5 s.
    h.clock.advance(1000);
    h.beat("w1");
    const heard = (at: number) => {
      h.clock.set(at);
      return h.feed({ type: "worker.heard", name: "w2", slots: 2, running: 0, incarnation: "w2/2", pid: 2, host: "h" });
    };
    assert.deepEqual(heard(3000), []);
    const out = heard(3200);
    const reason = "worker w2 restarted (a new process under its name; what the old one held is gone)";
    assert.deepEqual(out[0], { type: "PublishControl", runId: "r1", action: "cancel", reason, epoch: 0 });
    assert.deepEqual(out.at(-1), { type: "StartRunOnWorkers", runId: "r1", epoch: 1, workers: ["w1", "w2"], recovered: { w1: ["input"] } });
  });

  it("two processes sharing a worker name: said once", () => {
    const h = new Harness();
    const heard = (incarnation: string) => h.feed({ type: "worker.heard", name: "w1", slots: 2, running: 0, incarnation, pid: 9, host: "other" });
    heard("a");
    const said: Plain[] = [];
    for (let i = 0; i < 6; i++) {
      h.clock.advance(300);
      said.push(...heard(i % 2 ? "a" : "b"));
    }
    assert.equal(said.length, 1);
    assert.match((said[0] as { line: string }).line, /two worker processes are named w1 \(one is pid 9 on other\)/);
  });
});

describe("run table: taking runs up from their records", () => {
  function resumed(h: Harness, state = "running", epoch = 2, extra: Partial<RunSetup> = {}): Plain[] {
    return h.feed({ type: "record.read", setup: h.setup("r1", { submittedAt: 500, ...extra }), state, epoch });
  }

  it("a recorded run with a worker of its placement not live is restored as running in one step, then placed again in a new epoch with its outputs kept", () => {
    const h = new Harness();
    h.beat("w1");
    assert.deepEqual(resumed(h), [{ type: "Say", line: "weft coordinator c1: resuming run r1 (running, epoch 2)" }]);
    assert.equal(h.table.run("r1")?.state, "submitted", "not restored while its log is read");
    // Its log: input succeeded on w1 in epoch 2; something of an older epoch too.
    assert.deepEqual(types(h.log("r1", ...life("input", "succeeded", { epoch: 2 }), ...life("sum", "failed", { epoch: 1 }))), ["RecordRun"]);
    assert.deepEqual(h.feed({ type: "log.replayed", runId: "r1" }), [], "no deadline to arm");
    const out = h.feed({ type: "run.restored", runId: "r1" });
    const reason = "the coordinator restarted";
    assert.deepEqual(out, [
      { type: "PublishControl", runId: "r1", action: "cancel", reason, epoch: 2 },
      {
        type: "PublishRunEvent",
        runId: "r1",
        end: false,
        entry: {
          from: "running",
          to: "running",
          atMs: 1000,
          error: { code: "E_REPLACED", message: `${reason}: placed again on w1 (1 outputs kept)`, stack: "", terminal: false },
          resultJson: "",
          workflow: "chain",
          edges: [],
        },
      },
      { type: "RecordRun", runId: "r1", now: true },
      { type: "StartRunOnWorkers", runId: "r1", epoch: 3, workers: ["w1"], recovered: { w1: ["input"] } },
    ]);
    assert.equal(h.table.run("r1")?.snapshot.context.submittedAt, 500);
  });

  it("a recorded run whose every worker is live goes on where it is: its epoch is adopted and its workers asked for their sink values again", () => {
    const h = new Harness();
    h.beat("w1", "w2");
    resumed(h, "running", 2);
    h.log("r1", ...life("input", "succeeded", { epoch: 2 }), ...life("double", "succeeded", { epoch: 2, worker: "w2" }));
    h.feed({ type: "log.replayed", runId: "r1" });
    assert.deepEqual(h.feed({ type: "run.restored", runId: "r1" }), [
      { type: "Say", line: "weft coordinator c1: run r1 goes on where it is (epoch 2 on w1, w2)" },
      { type: "RecordRun", runId: "r1", now: true },
      { type: "ResyncWorkers", runId: "r1", epoch: 2, workers: ["w1", "w2"] },
    ]);
    const run = h.table.run("r1")!;
    assert.equal(run.state, "running");
    assert.equal(run.epoch, 2, "no new epoch: nothing is cancelled, nothing computed again");
    assert.equal(run.progress.tasksDone, 2, "what the log said of this epoch counts");
    assert.deepEqual(h.feed({ type: "resync.answered", runId: "r1", epoch: 2, worker: "w2", held: true }), []);
    // w1 sends the value of the sink it holds again: the run ends with it.
    h.log("r1", ...life("sum", "succeeded", { epoch: 2 }));
    const end = h.feed({ type: "sink.arrived", worker: "w1", runId: "r1", epoch: 2, node: "sum", valueJson: "42", error: undefined });
    assert.deepEqual(types(end), ["SettleLog"]);
    assert.deepEqual(h.feed({ type: "resync.answered", runId: "r1", epoch: 2, worker: "w1", held: true }), [], "an answer after the end changes nothing");
    assert.equal(h.table.run("r1")?.snapshot.context.resultJson, "42");
  });

  it("an adopted epoch that kept outputs from an earlier one: the nodes it does not compute keep their recorded counts", () => {
    const h = new Harness();
    h.beat("w1", "w2");
    const counts = (node: string, total: number, succeeded: number) => ({ node, total, succeeded, failed: 0, running: 0, retries: 0, cancelled: 0 });
    // Epoch 3 kept "double" on w2 (recovered: pending -> succeeded), so "input" is not computed in it.
    h.feed({ type: "record.read", setup: h.setup("r1"), state: "running", epoch: 3, nodes: [counts("input", 1, 1), counts("double", 1, 1), counts("sum", 1, 0)] });
    h.log("r1", task("double", "pending", "succeeded", { epoch: 3, worker: "w2" }), task("sum", "pending", "ready", { epoch: 3 }));
    h.feed({ type: "log.replayed", runId: "r1" });
    assert.deepEqual(types(h.feed({ type: "run.restored", runId: "r1" })), ["Say", "RecordRun", "ResyncWorkers"]);
    const progress = h.table.run("r1")!.progress;
    assert.deepEqual([progress.tasksDone, progress.tasksTotal], [2, 3]);
    assert.equal(progress.nodes.get("input")?.succeeded, 1);
    h.log("r1", task("sum", "ready", "running", { epoch: 3 }), task("sum", "running", "succeeded", { epoch: 3 }));
    assert.equal(progress.allTasksRead(), true);
  });

  it("an adopted epoch a worker does not run (it never got its StartRun, or forgot the run): placed again, keeping the outputs live elsewhere", () => {
    const h = new Harness();
    h.beat("w1", "w2");
    resumed(h, "submitted", 0);
    h.log("r1", ...life("input", "succeeded", { epoch: 0 }));
    h.feed({ type: "log.replayed", runId: "r1" });
    assert.deepEqual(types(h.feed({ type: "run.restored", runId: "r1" })), ["Say", "RecordRun", "ResyncWorkers"]);
    assert.deepEqual(h.feed({ type: "resync.answered", runId: "r1", epoch: 0, worker: "w1", held: true }), []);
    const out = h.feed({ type: "resync.answered", runId: "r1", epoch: 0, worker: "w2", held: false });
    const reason = "the coordinator restarted, and worker w2 does not run epoch 0 of the run";
    assert.deepEqual(out[0], { type: "PublishControl", runId: "r1", action: "cancel", reason, epoch: 0 });
    assert.match(String((out.find((i) => i.type === "PublishRunEvent") as { entry: { error: { message: string } } }).entry.error.message), new RegExp(`${reason}: placed again on w1, w2 \\(1 outputs kept\\)`));
    assert.deepEqual(out.at(-1), { type: "StartRunOnWorkers", runId: "r1", epoch: 1, workers: ["w1", "w2"], recovered: { w1: ["input"] } });
    assert.deepEqual(h.feed({ type: "resync.answered", runId: "r1", epoch: 0, worker: "w2", held: false }), [], "an old epoch's answer changes nothing");
  });

  it("a sink value sent to the coordinator that died, arriving while the run is restoring: the run ends with it once adopted", () => {
    const h = new Harness();
    h.beat("w1", "w2");
    resumed(h, "running", 0);
    assert.deepEqual(h.feed({ type: "sink.arrived", worker: "w1", runId: "r1", epoch: 0, node: "sum", valueJson: "7", error: undefined }), []);
    h.feed({ type: "log.replayed", runId: "r1" });
    assert.deepEqual(types(h.feed({ type: "run.restored", runId: "r1" })), ["Say", "RecordRun", "SettleLog"]);
    assert.equal(h.table.run("r1")?.snapshot.context.resultJson, "7");
  });

  it("a task's failure read from the log of the adopted epoch fails the run (the task is not run again)", () => {
    const h = new Harness();
    h.beat("w1", "w2");
    resumed(h, "running", 1);
    const error = { code: "E_USER_CODE", message: "boom", stack: "", terminal: true };
    assert.deepEqual(types(h.log("r1", ...life("double", "failed", { epoch: 1, worker: "w2", error }))), ["RecordRun"], "not acted on while the run is restoring");
    h.feed({ type: "log.replayed", runId: "r1" });
    assert.deepEqual(types(h.feed({ type: "run.restored", runId: "r1" })), ["Say", "RecordRun", "PublishControl", "SettleLog"]);
    assert.equal(h.table.run("r1")?.state, "failed");
    assert.match(h.table.run("r1")!.snapshot.context.error!.message, /task double failed: boom/);
  });

  it("a run whose sink is a stage, all its partitions done in the adopted epoch: it succeeds as soon as it is adopted", () => {
    const h = new Harness();
    h.beat("w1", "w2");
    const graph: WorkflowGraph = { name: "stages", nodes: [node("read", [], { kind: "stage", partitions: 2 }), node("write", ["read"], { kind: "stage", partitions: 2 })] };
    const placement: Placement = { workers: ["w1", "w2"], nodeWorker: {}, mapWeights: [1, 1], strategy: "locality" };
    resumed(h, "running", 0, { graph, placement });
    const part = (n: string, i: number, worker: string) => life(n, "succeeded", { taskId: `${n}[${i}]`, index: i, worker });
    h.log(
      "r1",
      { kind: "expanded", node: "read", count: 2 },
      { kind: "expanded", node: "write", count: 2 },
      ...part("read", 0, "w1"),
      ...part("read", 1, "w2"),
      ...part("write", 0, "w1"),
    );
    h.log("r1", ...part("write", 1, "w2"));
    h.feed({ type: "log.replayed", runId: "r1" });
    const out = h.feed({ type: "run.restored", runId: "r1" });
    assert.deepEqual(types(out), ["Say", "RecordRun", "SettleLog"]);
    assert.equal(h.table.run("r1")?.state, "succeeded");
    assert.equal(h.table.run("r1")?.snapshot.context.resultJson, "null");
  });

  it("a record behind its log (the coordinator died before recording a re-placement): placed above every logged epoch, keeping nothing", () => {
    const h = new Harness();
    h.beat("w1", "w2");
    resumed(h, "running", 1);
    // Workers already run epoch 3, which the record never heard of; "input" succeeded in epoch 1.
    h.log("r1", ...life("input", "succeeded", { epoch: 1 }), ...life("input", "succeeded", { epoch: 3 }), ...life("sum", "succeeded", { epoch: 3 }));
    h.feed({ type: "log.replayed", runId: "r1" });
    const start = h.feed({ type: "run.restored", runId: "r1" }).find((i) => i.type === "StartRunOnWorkers");
    assert.deepEqual(start, { type: "StartRunOnWorkers", runId: "r1", epoch: 4, workers: ["w1", "w2"], recovered: {} }, "a StartRun of epoch 3 would be taken for the one they run");
    assert.equal(h.table.run("r1")?.epoch, 4);
  });

  it("a worker that no longer holds the outputs it was told to keep: the run is placed again without them", () => {
    const h = new Harness();
    h.beat("w1");
    resumed(h, "running", 2);
    h.log("r1", ...life("input", "succeeded", { epoch: 2 }));
    h.feed({ type: "log.replayed", runId: "r1" });
    h.feed({ type: "run.restored", runId: "r1" });
    assert.deepEqual(h.feed({ type: "outputs.missing", runId: "r1", epoch: 2, worker: "w1", nodes: ["input"] }), [], "an older epoch's reply changes nothing");
    const out = h.feed({ type: "outputs.missing", runId: "r1", epoch: 3, worker: "w1", nodes: ["input"] });
    assert.match(String((out.find((i) => i.type === "PublishRunEvent") as { entry: { error: { message: string } } }).entry.error.message), /worker w1 no longer holds the outputs of input/);
    assert.deepEqual(out.find((i) => i.type === "StartRunOnWorkers"), { type: "StartRunOnWorkers", runId: "r1", epoch: 4, workers: ["w1"], recovered: {} });
  });

  it("a run recorded as submitted is taken up as running too (its StartRuns may be out)", () => {
    const h = new Harness();
    h.beat("w1");
    resumed(h, "submitted", 0);
    h.feed({ type: "log.replayed", runId: "r1" });
    assert.deepEqual(types(h.feed({ type: "run.restored", runId: "r1" })), ["PublishControl", "PublishRunEvent", "RecordRun", "StartRunOnWorkers"]);
    assert.equal(h.table.run("r1")?.epoch, 1);
  });

  it("its deadline is armed again once the log is read; one that passed meanwhile fails it before it is placed", () => {
    const h = new Harness();
    h.beat("w1");
    resumed(h, "running", 0, { deadlineAt: 900 });
    assert.deepEqual(h.feed({ type: "log.replayed", runId: "r1" }), [{ type: "ArmDeadline", runId: "r1", at: 900 }]);
    assert.deepEqual(types(h.feed({ type: "deadline.passed", runId: "r1" })), ["PublishControl", "SettleLog"]);
    assert.match(h.table.run("r1")!.snapshot.context.error!.message, /timeout of 400 ms/);
    assert.deepEqual(h.feed({ type: "run.restored", runId: "r1" }), [], "not run again");
  });

  it("a run whose log holds its end (its record does not) is recorded from the log and not run again", () => {
    const h = new Harness();
    h.beat("w1");
    resumed(h, "running", 0);
    const edge = { from: "input", to: "double", records: 2, natsMsgs: 1, natsBytes: 9, localRecords: 0, localBytes: 0 };
    h.log("r1", ...life("input", "succeeded"));
    const out = h.log("r1", { kind: "run", change: { from: "running", to: "succeeded", atMs: 777, error: undefined, resultJson: "42", edges: [edge] } });
    assert.deepEqual(out, [
      { type: "Say", line: "weft coordinator c1: run r1 had already ended (succeeded) in its log; recorded from its log" },
      { type: "RecordRun", runId: "r1", now: true },
      { type: "DisarmDeadline", runId: "r1" },
      { type: "PublishControl", runId: "r1", action: "forget", reason: "succeeded", epoch: 0 },
      { type: "Forget", runId: "r1", afterMs: 60_000 },
    ]);
    const run = h.table.run("r1")!;
    assert.equal(run.state, "succeeded");
    assert.equal(run.snapshot.context.resultJson, "42");
    assert.equal(run.snapshot.context.endedAt, 777);
    assert.deepEqual([...run.progress.edges.values()], [edge], "the end's accounting is the run's");
    assert.deepEqual(h.feed({ type: "log.replayed", runId: "r1" }), []);
    assert.deepEqual(h.feed({ type: "run.restored", runId: "r1" }), []);
  });

  it("an end another coordinator logged while this one runs the run: the first end is the run's, its own end read back changes nothing", () => {
    const h = new Harness();
    h.started();
    const end = (to: string, message: string) =>
      h.log("r1", { kind: "run", change: { from: "running", to, atMs: 0, error: { code: "E_CANCELLED", message, stack: "", terminal: true }, resultJson: "", edges: [] } });
    assert.deepEqual(types(end("cancelled", "stopped elsewhere")), ["Say", "RecordRun", "DisarmDeadline", "PublishControl", "Forget"]);
    const run = h.table.run("r1")!;
    assert.equal(run.state, "cancelled");
    assert.deepEqual(run.snapshot.context.error, { code: "E_CANCELLED", message: "stopped elsewhere", stack: "", terminal: true });
    assert.equal(run.snapshot.context.endedAt, 1000, "no time in the entry: when it was read");
    assert.deepEqual(end("failed", "later"), []);
  });

  it("a logged failure without an error ends the run with E_INFRASTRUCTURE saying so", () => {
    const h = new Harness();
    h.started();
    h.log("r1", { kind: "run", change: { from: "running", to: "failed", atMs: 5, error: undefined, resultJson: "", edges: [] } });
    assert.deepEqual(h.table.run("r1")?.snapshot.context.error, { code: "E_INFRASTRUCTURE", message: "the run failed", stack: "", terminal: true });
  });

  it("a run handed over to another coordinator is no longer followed", () => {
    const h = new Harness();
    h.started();
    h.feed({ type: "run.handed.over", runId: "r1" });
    assert.equal(h.table.run("r1"), undefined);
    assert.deepEqual(h.log("r1", ...life("input", "failed")), []);
  });
});
