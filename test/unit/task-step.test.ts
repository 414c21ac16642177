/**
 * The task step (engine/core/task-step.ts): events in, the next snapshot and instructions out.
 * Every (target state, context) pair that means something is asserted by its exact instructions,
 * and an illegal event raises InvalidTransitionError naming the task, its state and the event.
 */
import assert from "node:assert/strict";
import { InvalidTransitionError } from "../../engine/core/invalid-transition.js";
import type { TaskInstruction } from "../../engine/core/task-instructions.js";
import { stepTask, taskStepper, type TaskStepContext } from "../../engine/core/task-step.js";
import type { TaskEvent, TaskSnapshot } from "../../engine/core/task.machine.js";
import { ErrorCode, type ErrorInfoLike } from "../../engine/errors.js";
import type { RetrySpec } from "../../model/graph.js";

const RETRY3: RetrySpec = { maxAttempts: 3, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 30_000, jitter: 0 };
const boom = (terminal = false): ErrorInfoLike => ({ code: "E_USER_CODE", message: "boom", stack: "", terminal });

function ctx(over: Partial<Omit<TaskStepContext, "absorbsFailure">> & { absorbs?: boolean } = {}): TaskStepContext {
  return { taskId: "t", stimulusId: 7, inPipeline: false, slotHeld: false, ...over, absorbsFailure: () => over.absorbs ?? false };
}

/** Steps through `events` (all but the last with a plain context); returns the last step. */
function walk(events: TaskEvent[], last: TaskStepContext = ctx()): { snapshot: TaskSnapshot; instructions: readonly TaskInstruction[] } {
  let s = taskStepper.initial({ retry: RETRY3 });
  for (const e of events.slice(0, -1)) s = stepTask(s, e, ctx()).snapshot;
  return stepTask(s, events[events.length - 1]!, last);
}

/** The instructions without their (always present) log entry, as `type` or `type:field`. */
const effects = (xs: readonly TaskInstruction[]) => xs.slice(1).map((x) => (x.type === "ArmRetry" ? `${x.type}@${x.dueAt}` : x.type));

const started: TaskEvent[] = [{ type: "deps.met" }, { type: "attempt.started", at: 1000 }];

describe("stepTask: what each state means", () => {
  it("every step logs its transition first, with the task and the stimulus", () => {
    const { instructions } = walk([{ type: "deps.met" }]);
    assert.deepEqual(instructions[0], { type: "LogTransition", taskId: "t", stimulusId: 7, from: "pending", to: "ready", attempt: 0, error: undefined, absorbed: false });
    for (const x of instructions) assert.equal(x.stimulusId, 7);
  });

  it("ready: queue an attempt; start it at once when the slot is held; nothing in a pipeline", () => {
    assert.deepEqual(effects(walk([{ type: "deps.met" }]).instructions), ["QueueAttempt"]);
    assert.deepEqual(effects(walk([{ type: "deps.met" }], ctx({ slotHeld: true })).instructions), ["StartAttempt"]);
    assert.deepEqual(effects(walk([{ type: "deps.met" }], ctx({ inPipeline: true })).instructions), []);
  });

  it("retrying: arm a retry at the machine's due time; nothing in a pipeline", () => {
    const failed: TaskEvent = { type: "attempt.failed", at: 2000, error: boom(), draw: 0.5 };
    assert.deepEqual(effects(walk([...started, failed]).instructions), ["ArmRetry@2100"]);
    assert.deepEqual(effects(walk([...started, failed], ctx({ inPipeline: true })).instructions), []);
    const log = walk([...started, failed]).instructions[0]!;
    assert.equal(log.type === "LogTransition" && log.error?.message, "boom");
  });

  it("failed: fail the run, or hand the failure on when the consumers take it in", () => {
    const failed: TaskEvent = { type: "attempt.failed", at: 2000, error: boom(true), draw: 0 };
    assert.deepEqual(effects(walk([...started, failed]).instructions), ["FailRun"]);
    const absorbed = walk([...started, failed], ctx({ absorbs: true })).instructions;
    assert.deepEqual(effects(absorbed), ["AbsorbFailure"]);
    assert.equal(absorbed[0]!.type === "LogTransition" && absorbed[0]!.absorbed, true);
  });

  it("map.input.rejected: pending -> failed in one event, failing the run", () => {
    const step = walk([{ type: "map.input.rejected", at: 5, error: boom(true) }]);
    assert.equal(step.snapshot.value, "failed");
    assert.deepEqual(effects(step.instructions), ["FailRun"]);
  });

  it("cancelled: abort a running attempt, disarm a pending retry, nothing otherwise", () => {
    const cancel: TaskEvent = { type: "run.cancelled", at: 3000 };
    assert.deepEqual(effects(walk([...started, cancel]).instructions), ["AbortAttempt"]);
    const retrying: TaskEvent[] = [...started, { type: "attempt.failed", at: 2000, error: boom(), draw: 0 }];
    assert.deepEqual(effects(walk([...retrying, cancel]).instructions), ["DisarmRetry"]);
    assert.deepEqual(effects(walk([...retrying, cancel], ctx({ inPipeline: true })).instructions), []);
    assert.deepEqual(effects(walk([cancel]).instructions), []);
  });

  it("running, succeeded and skipped mean nothing more than their log entry", () => {
    assert.deepEqual(effects(walk(started).instructions), []);
    assert.deepEqual(effects(walk([...started, { type: "attempt.succeeded", at: 2 }]).instructions), []);
    assert.deepEqual(effects(walk([{ type: "deps.failed" }]).instructions), []);
  });

  it("an illegal event throws InvalidTransitionError naming the task, the state, the event and the stimulus", () => {
    assert.throws(
      () => walk([...started, { type: "retry.due", at: 5 }], ctx({ taskId: "double[3]", stimulusId: 42 })),
      (err: unknown) => {
        assert.ok(err instanceof InvalidTransitionError);
        assert.equal(err.code, ErrorCode.IllegalTransition);
        assert.equal(err.taskId, "double[3]");
        assert.equal(err.state, "running");
        assert.equal(err.event, "retry.due");
        assert.equal(err.stimulusId, 42);
        return true;
      },
    );
  });
});
