/**
 * The worker's task table (engine/worker/run/tasks.ts) carries out the core's instructions:
 * a retry is armed on the injected clock and becomes an attempt when it is due; an illegal
 * transition throws (strict) or is reported (production) with the task's story.
 */
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { InvalidTransitionError } from "../../engine/core/invalid-transition.js";
import { ErrorCode } from "../../engine/errors.js";
import type { NodeSpec } from "../../model/graph.js";
import { TaskTable, type TaskEffects } from "../../engine/worker/run/tasks.js";
import { SlotPool } from "../../engine/worker/slot-pool.js";

const node = { name: "double", retry: { maxAttempts: 3, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 30_000, jitter: 0 } } as unknown as NodeSpec;
const boom = { code: "E_USER_CODE", message: "boom", stack: "", terminal: false };

function table(strict: boolean, said: string[] = []) {
  const clock = new SimulatedClock(1000);
  const attempts: string[] = [];
  const logged: string[] = [];
  const effects: TaskEffects = {
    runAttempt: async (task) => void attempts.push(task.id),
    abortAttempt: () => {},
    failRun: () => {},
    absorbFailure: () => {},
    absorbsFailure: () => false,
  };
  const tasks = new TaskTable({
    worker: "w1",
    epoch: 1,
    pool: new SlotPool(2),
    clock,
    strict,
    diagnostics: (line) => said.push(line),
    log: { add: (e) => void logged.push(`${e.task?.from}->${e.task?.to}@${e.task?.atMs}`) },
    effects,
  });
  return { tasks, clock, attempts, logged };
}

describe("TaskTable: carrying out instructions", () => {
  it("a failed attempt arms its retry on the clock; when due, the task is ready and queued again", async () => {
    const { tasks, clock, attempts, logged } = table(true);
    const t = tasks.newTask(node, -1, undefined, undefined);
    tasks.transition(t, { type: "deps.met" });
    tasks.transition(t, { type: "attempt.started", at: clock.now() });
    tasks.transition(t, { type: "attempt.failed", at: clock.now(), error: boom, draw: 0 });
    assert.equal(t.snapshot.value, "retrying");
    assert.equal(clock.pending, 1);
    clock.advance(99);
    assert.equal(t.snapshot.value, "retrying", "not before its due time");
    clock.advance(1);
    assert.equal(t.snapshot.value, "ready");
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(attempts, ["double", "double"], "queued once when ready, once when due");
    assert.deepEqual(logged, ["pending->ready@1000", "ready->running@1000", "running->retrying@1000", "retrying->ready@1100"]);
  });

  it("a cancel disarms a pending retry", () => {
    const { tasks, clock } = table(true);
    const t = tasks.newTask(node, -1, undefined, undefined);
    tasks.transition(t, { type: "deps.met" });
    tasks.transition(t, { type: "attempt.started", at: clock.now() });
    tasks.transition(t, { type: "attempt.failed", at: clock.now(), error: boom, draw: 0 });
    tasks.transition(t, { type: "run.cancelled", at: clock.now() });
    assert.equal(clock.pending, 0);
    assert.equal(t.snapshot.value, "cancelled");
  });

  it("an illegal transition throws E_ILLEGAL_TRANSITION with the task's story (strict)", () => {
    const { tasks, clock } = table(true);
    const other = tasks.newTask({ ...node, name: "other" } as NodeSpec, -1, undefined, undefined);
    const t = tasks.newTask(node, -1, undefined, undefined);
    tasks.transition(t, { type: "deps.met" });
    tasks.transition(other, { type: "deps.met" });
    tasks.transition(t, { type: "attempt.started", at: clock.now() });
    tasks.transition(t, { type: "attempt.succeeded", at: clock.now() });
    assert.throws(
      () => tasks.transition(t, { type: "attempt.failed", at: clock.now(), error: boom, draw: 0 }),
      (err: unknown) => {
        assert.ok(err instanceof InvalidTransitionError);
        assert.equal(err.code, ErrorCode.IllegalTransition);
        assert.equal(err.state, "succeeded");
        assert.deepEqual(
          err.story.map((l) => `${l.event}: ${l.from} -> ${l.to}`),
          ["deps.met: pending -> ready", "attempt.started: ready -> running", "attempt.succeeded: running -> succeeded"],
          "only this task's transitions, oldest first",
        );
        assert.match(err.message, /its story \(oldest first\): #1 deps\.met: pending -> ready/);
        return true;
      },
    );
  });

  it("in production an illegal transition is reported with its story and dropped", () => {
    const said: string[] = [];
    const { tasks, clock } = table(false, said);
    const t = tasks.newTask(node, -1, undefined, undefined);
    tasks.transition(t, { type: "run.cancelled", at: clock.now() });
    tasks.transition(t, { type: "deps.met" });
    assert.equal(t.snapshot.value, "cancelled");
    assert.equal(said.length, 1);
    assert.match(said[0]!, /weft worker w1: an illegal task transition .*task double: event "deps.met" .* in state "cancelled"; its story .*run\.cancelled: pending -> cancelled/);
  });
});
