/**
 * Map instances that succeed on their first attempt are logged as ranges (MapBlockSucceeded):
 * the task table holds back their ready and running changes, the log batcher folds consecutive
 * successes into one entry, and the coordinator's progress counts them as successes. Any other
 * instance (one that fails, or still runs when the log goes out) keeps its own entries, in order.
 */
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { entriesFromWire } from "../../engine/coordinator/log-entries.js";
import { RunProgress } from "../../engine/coordinator/run-progress.js";
import type { weft } from "../../engine/gen/weft.js";
import type { DurablePublisher } from "../../engine/internal.js";
import { decodeMessage, pb } from "../../engine/wire/protocol.js";
import { LogBatcher } from "../../engine/worker/log-batcher.js";
import { TaskTable, type TaskEffects } from "../../engine/worker/run/tasks.js";
import { SlotPool } from "../../engine/worker/slot-pool.js";
import type { MapBlockRun, Task } from "../../engine/worker/task-record.js";
import type { NodeSpec, WorkflowGraph } from "../../model/graph.js";

const square = { name: "square", kind: "map", deps: ["items"], retry: { maxAttempts: 2, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 1000, jitter: 0 } } as unknown as NodeSpec;
const boom = { code: "E_USER_CODE", message: "boom", stack: "", terminal: false };

/** Every batch published, decoded. */
class Captured {
  readonly batches: weft.v1.LogEntry.$Properties[][] = [];
  async publish(_subject: string, bytes: Uint8Array): Promise<void> {
    this.batches.push(decodeMessage(pb.LogBatch, bytes, () => {})!.entries);
  }
  get entries(): weft.v1.LogEntry.$Properties[] {
    return this.batches.flat();
  }
}

function setUp(outcome: (task: Task) => "ok" | "fail" | "pending") {
  const clock = new SimulatedClock(1000);
  const published = new Captured();
  const hooks: (() => void)[] = [];
  const batcher = new LogBatcher(published as unknown as DurablePublisher, "r-1", "", "w1", () => (hooks.forEach((h) => h()), []), clock);
  const running = new Map<Task, () => void>();
  let tasks!: TaskTable;
  const effects: TaskEffects = {
    runAttempt: (task) => {
      tasks.transition(task, { type: "attempt.started", at: clock.now() });
      clock.advance(2);
      const o = outcome(task);
      if (o === "ok") return void tasks.transition(task, { type: "attempt.succeeded", at: clock.now() });
      if (o === "fail") return void tasks.transition(task, { type: "attempt.failed", at: clock.now(), error: boom, draw: 0 });
      return new Promise<void>((resolve) => running.set(task, () => (tasks.transition(task, { type: "attempt.succeeded", at: clock.now() }), resolve())));
    },
    abortAttempt: () => {},
    failRun: () => {},
    absorbFailure: () => {},
    absorbsFailure: () => false,
  };
  tasks = new TaskTable({
    worker: "w1",
    epoch: 0,
    pool: new SlotPool(2),
    clock,
    effects,
    log: {
      add: (e, size) => batcher.add(e, size),
      mapSucceeded: (task, at, duration, usage) => batcher.mapSucceeded(task.node.name, "w1", 0, task.index, at, duration, usage),
      beforeFlush: (hook) => void hooks.push(hook),
      touch: () => batcher.touch(),
    },
  });
  const block = { node: square, start: 0, total: 10 } as unknown as MapBlockRun;
  const run = (index: number) => tasks.readyInHeldSlot(tasks.newTask(square, index, index, block));
  return { tasks, batcher, published, run, running, clock };
}

const shape = (e: weft.v1.LogEntry.$Properties) =>
  e.block ? `${e.block.node}[${e.block.start}+${e.block.count}] succeeded` : e.task ? `${e.task.taskId} ${e.task.from}->${e.task.to}` : "other";

describe("map successes logged as ranges", () => {
  it("consecutive first-attempt successes are one entry; a failing instance logs its own changes, in order", async () => {
    const { run, batcher, published } = setUp((t) => (t.index === 3 ? "fail" : "ok"));
    for (let i = 0; i < 6; i++) assert.equal(run(i), undefined, `instance ${i} is over on return`);
    await batcher.flush();
    assert.deepEqual(published.entries.map(shape), [
      "square[0+3] succeeded",
      "square[3] pending->ready",
      "square[3] ready->running",
      "square[3] running->retrying",
      "square[4+2] succeeded",
    ]);
    const block = published.entries[0]!.block!;
    assert.equal(block.durationMs, 6, "their running times, summed");
    assert.equal(block.billedMs, 6);
  });

  it("an instance still running when the log goes out is logged running; its success then has its own entry", async () => {
    const { run, batcher, published, running } = setUp((t) => (t.index === 1 ? "pending" : "ok"));
    void run(0);
    const pending = run(1);
    assert.ok(pending instanceof Promise);
    void run(2);
    await batcher.flush();
    assert.deepEqual(published.entries.map(shape), ["square[0+1] succeeded", "square[2+1] succeeded", "square[1] pending->ready", "square[1] ready->running"]);
    running.get([...running.keys()][0]!)!();
    await pending;
    await batcher.flush();
    assert.deepEqual(published.batches.at(-1)!.map(shape), ["square[1] running->succeeded"]);
  });

  it("the coordinator counts a range as that many successes, and its attempts' use", () => {
    const graph = {
      name: "g",
      nodes: [
        { name: "items", kind: "task", deps: [] },
        { ...square, deps: ["items"] },
      ],
    } as unknown as WorkflowGraph;
    const progress = new RunProgress(graph, 0);
    progress.expanded("square", 10, 0);
    const entries: weft.v1.LogEntry.$Properties[] = [
      { block: { node: "square", worker: "w1", epoch: 0, start: 0, count: 7, atMs: 5, durationMs: 14, billedMs: 14 } },
      { block: { node: "square", worker: "w1", epoch: 0, start: 7, count: 3, atMs: 6, durationMs: 0.5, billedMs: 3, measured: 1, cpuMs: 0.2 } },
    ];
    for (const e of entriesFromWire(entries)) {
      assert.equal(e.kind, "block");
      if (e.kind === "block") progress.mapSucceeded(e.block);
    }
    assert.equal(progress.nodes.get("square")!.succeeded, 10);
    assert.equal(progress.nodes.get("square")!.running, 0);
    assert.equal(progress.tasksDone, 10);
    assert.equal(progress.usage.attempts, 10);
    assert.equal(progress.usage.nodeCosts().find((n) => n.node === "square")?.billedMs, 17);
  });
});
