/// <reference types="mocha" />
import assert from "node:assert/strict";
import { MachineStepper } from "../../engine/core/machine-stepper.js";
import { itFollowsTransitionTable, throwsIllegal } from "../helpers/transition-table.js";
import { retryDelayMs } from "../../engine/core/retry-policy.js";
import {
  isTerminalTaskState,
  taskMachine,
  TASK_STATES,
  type TaskEvent,
  type TaskSnapshot,
  type TaskState,
} from "../../engine/core/task.machine.js";
import type { ErrorInfoLike } from "../../engine/errors.js";
import type { RetrySpec } from "../../model/graph.js";

const stepper = new MachineStepper(taskMachine);

const RETRY3: RetrySpec = { maxAttempts: 3, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 30_000, jitter: 0.2 };
const ONCE: RetrySpec = { maxAttempts: 1, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 30_000, jitter: 0.2 };

const boom = (message = "boom", terminal = false): ErrorInfoLike => ({
  code: terminal ? "E_TERMINAL" : "E_USER_CODE",
  message,
  stack: "",
  terminal,
});

function start(retry: RetrySpec = RETRY3, taskId = "double"): TaskSnapshot {
  void taskId; // the task id is the worker's business, not the machine's
  return stepper.initial({ retry });
}

function run(snapshot: TaskSnapshot, ...events: TaskEvent[]): TaskSnapshot {
  return events.reduce((s, e) => stepper.step(s, e), snapshot);
}

const state = (s: TaskSnapshot): TaskState => s.value as TaskState;

/** One sample event of every type. */
const SAMPLE_EVENTS: readonly TaskEvent[] = [
  { type: "deps.met" },
  { type: "deps.failed" },
  { type: "map.input.rejected", at: 5, error: boom("not a list", true) },
  { type: "attempt.started", at: 10 },
  { type: "attempt.succeeded", at: 20 },
  { type: "attempt.failed", at: 20, error: boom(), draw: 0 },
  { type: "retry.due", at: 30 },
  { type: "attempt.interrupted", at: 35, dueAt: 60, error: boom("a neighbour failed") },
  { type: "run.cancelled", at: 40 },
  { type: "output.recovered", at: 50 },
];

/** A snapshot in `target`, reached by legal steps only (retry policy with attempts to spare). */
function reach(target: TaskState): TaskSnapshot {
  const s0 = start();
  switch (target) {
    case "pending":
      return s0;
    case "ready":
      return run(s0, { type: "deps.met" });
    case "running":
      return run(s0, { type: "deps.met" }, { type: "attempt.started", at: 1 });
    case "retrying":
      return run(s0, { type: "deps.met" }, { type: "attempt.started", at: 1 }, { type: "attempt.failed", at: 2, error: boom(), draw: 0 });
    case "succeeded":
      return run(s0, { type: "deps.met" }, { type: "attempt.started", at: 1 }, { type: "attempt.succeeded", at: 2 });
    case "failed":
      return run(s0, { type: "deps.met" }, { type: "attempt.started", at: 1 }, { type: "attempt.failed", at: 2, error: boom("x", true), draw: 0 });
    case "cancelled":
      return run(s0, { type: "run.cancelled", at: 1 });
    case "skipped":
      return run(s0, { type: "deps.failed" });
  }
}

describe("task machine: initial snapshot", () => {
  it("starts pending with zeroed context", () => {
    const s = start(RETRY3, "sum");
    assert.equal(state(s), "pending");
    assert.deepEqual(s.context, { retry: RETRY3, attempt: 0, dueAt: 0, lastError: undefined });
  });
});

describe("task machine: legal transitions", () => {
  it("pending -> ready on deps.met", () => {
    const s = stepper.step(start(), { type: "deps.met" });
    assert.equal(state(s), "ready");
    assert.equal(s.context.attempt, 0);
  });

  it("pending -> skipped on deps.failed", () => {
    const s = stepper.step(start(), { type: "deps.failed" });
    assert.equal(state(s), "skipped");
    assert.equal(s.status, "done");
  });

  it("pending -> failed on map.input.rejected, keeping the error, with no attempt", () => {
    const s = stepper.step(start(), { type: "map.input.rejected", at: 5, error: boom("not a list", true) });
    assert.equal(state(s), "failed");
    assert.equal(s.status, "done");
    assert.equal(s.context.attempt, 0);
    assert.equal(s.context.lastError?.message, "not a list");
  });

  for (const from of ["pending", "ready", "running", "retrying"] as const) {
    it(`${from} -> cancelled on run.cancelled`, () => {
      const before = reach(from);
      assert.equal(state(before), from);
      const s = stepper.step(before, { type: "run.cancelled", at: 99 });
      assert.equal(state(s), "cancelled");
      assert.equal(s.status, "done");
      // Cancelling changes nothing else in the context.
      assert.deepEqual(s.context, before.context);
    });
  }

  it("ready -> running on attempt.started, counting the attempt", () => {
    const s = stepper.step(reach("ready"), { type: "attempt.started", at: 5 });
    assert.equal(state(s), "running");
    assert.equal(s.context.attempt, 1);
  });

  it("running -> succeeded on attempt.succeeded", () => {
    const s = stepper.step(reach("running"), { type: "attempt.succeeded", at: 7 });
    assert.equal(state(s), "succeeded");
    assert.equal(s.status, "done");
    assert.equal(s.context.attempt, 1);
    assert.equal(s.context.lastError, undefined);
  });

  it("running -> retrying on attempt.failed when attempts remain, due at at + retryDelayMs", () => {
    const err = boom("flaky");
    const s = stepper.step(reach("running"), { type: "attempt.failed", at: 1000, error: err, draw: 0.5 });
    assert.equal(state(s), "retrying");
    assert.deepEqual(s.context.lastError, err);
    assert.equal(s.context.dueAt, 1000 + retryDelayMs(RETRY3, 1, 0.5));
    // 100ms * 2^0, minus 0.2 * 0.5 of it.
    assert.equal(s.context.dueAt, 1090);
  });

  it("running -> failed on attempt.failed when attempts are exhausted", () => {
    const err = boom("once");
    const s = run(start(ONCE), { type: "deps.met" }, { type: "attempt.started", at: 1 }, { type: "attempt.failed", at: 2, error: err, draw: 0 });
    assert.equal(state(s), "failed");
    assert.equal(s.status, "done");
    assert.equal(s.context.attempt, 1);
    assert.deepEqual(s.context.lastError, err);
    assert.equal(s.context.dueAt, 0, "no retry is scheduled");
  });

  it("running -> failed at once on a terminal error, even with attempts left", () => {
    const err = boom("do not retry", true);
    const s = stepper.step(reach("running"), { type: "attempt.failed", at: 2, error: err, draw: 0 });
    assert.equal(state(s), "failed");
    assert.equal(s.context.attempt, 1);
    assert.ok(s.context.attempt < s.context.retry.maxAttempts);
    assert.deepEqual(s.context.lastError, err);
    assert.equal(s.context.dueAt, 0);
  });

  it("retrying -> ready on retry.due", () => {
    const before = reach("retrying");
    const s = stepper.step(before, { type: "retry.due", at: before.context.dueAt });
    assert.equal(state(s), "ready");
    assert.deepEqual(s.context, before.context);
  });
});

describe("task machine: stories", () => {
  it("fails, retries, succeeds: exact context at every step", () => {
    const err = boom("flaky");
    let s = start(RETRY3, "fetch");
    s = stepper.step(s, { type: "deps.met" });
    assert.deepEqual(s.context, { retry: RETRY3, attempt: 0, dueAt: 0, lastError: undefined });
    s = stepper.step(s, { type: "attempt.started", at: 1000 });
    assert.deepEqual(s.context, { retry: RETRY3, attempt: 1, dueAt: 0, lastError: undefined });
    s = stepper.step(s, { type: "attempt.failed", at: 1010, error: err, draw: 0.5 });
    assert.equal(state(s), "retrying");
    assert.deepEqual(s.context, { retry: RETRY3, attempt: 1, dueAt: 1100, lastError: err });
    s = stepper.step(s, { type: "retry.due", at: 1100 });
    assert.equal(state(s), "ready");
    s = stepper.step(s, { type: "attempt.started", at: 1100 });
    assert.equal(state(s), "running");
    assert.deepEqual(s.context, { retry: RETRY3, attempt: 2, dueAt: 1100, lastError: err });
    s = stepper.step(s, { type: "attempt.succeeded", at: 1150 });
    assert.equal(state(s), "succeeded");
    // The last failure is kept for the record; the attempt count tells it was retried.
    assert.deepEqual(s.context, { retry: RETRY3, attempt: 2, dueAt: 1100, lastError: err });
  });

  it("backs off exponentially and fails after the last attempt", () => {
    const e1 = boom("one");
    const e2 = boom("two");
    const e3 = boom("three");
    let s = run(start(RETRY3), { type: "deps.met" }, { type: "attempt.started", at: 0 });
    s = stepper.step(s, { type: "attempt.failed", at: 10, error: e1, draw: 0 });
    assert.equal(s.context.dueAt, 10 + 100);
    s = run(s, { type: "retry.due", at: 110 }, { type: "attempt.started", at: 110 });
    s = stepper.step(s, { type: "attempt.failed", at: 120, error: e2, draw: 0 });
    assert.equal(state(s), "retrying");
    assert.equal(s.context.dueAt, 120 + 200);
    assert.deepEqual(s.context.lastError, e2);
    s = run(s, { type: "retry.due", at: 320 }, { type: "attempt.started", at: 320 });
    assert.equal(s.context.attempt, 3);
    s = stepper.step(s, { type: "attempt.failed", at: 330, error: e3, draw: 0 });
    assert.equal(state(s), "failed");
    assert.deepEqual(s.context, { retry: RETRY3, attempt: 3, dueAt: 320, lastError: e3 });
  });

  it("never mutates the snapshot it is given", () => {
    const before = reach("running");
    const copy = structuredClone({ value: before.value, context: before.context });
    stepper.step(before, { type: "attempt.failed", at: 5, error: boom(), draw: 0.3 });
    assert.deepEqual({ value: before.value, context: before.context }, copy);
  });
});

describe("task machine: illegal transitions", () => {
  it("deps.met in running throws E_ILLEGAL_TRANSITION naming state and event", () => {
    throwsIllegal(() => stepper.step(reach("running"), { type: "deps.met" }), "running", "deps.met");
  });

  it("attempt.started in pending throws (a task cannot start before its deps)", () => {
    throwsIllegal(() => stepper.step(start(), { type: "attempt.started", at: 1 }), "pending", "attempt.started");
  });

  it("attempt.interrupted (a fused neighbour failed and retries): running -> retrying at the neighbour's due time, even on the last attempt", () => {
    const s = run(start(ONCE), { type: "deps.met" }, { type: "attempt.started", at: 1 }, { type: "attempt.interrupted", at: 2, dueAt: 77, error: boom("src[0] failed") });
    assert.equal(state(s), "retrying");
    assert.equal(s.context.dueAt, 77);
    assert.equal(s.context.lastError?.message, "src[0] failed");
    assert.equal(state(run(s, { type: "retry.due", at: 77 }, { type: "attempt.started", at: 78 })), "running");
  });

  it("retry.due in running throws (a stale timer)", () => {
    throwsIllegal(() => stepper.step(reach("running"), { type: "retry.due", at: 1 }), "running", "retry.due");
  });

  for (const terminal of ["succeeded", "failed", "cancelled", "skipped"] as const) {
    it(`every event in ${terminal} throws`, () => {
      const s = reach(terminal);
      for (const e of SAMPLE_EVENTS) throwsIllegal(() => stepper.step(s, e), terminal, e.type);
    });
  }
});

describe("task machine: isTerminalTaskState", () => {
  it("is true exactly for succeeded, failed, cancelled, skipped", () => {
    const terminal = TASK_STATES.filter((s) => isTerminalTaskState(s));
    assert.deepEqual(terminal, ["succeeded", "failed", "cancelled", "skipped"]);
  });

  it("agrees with the machine: terminal states are final and accept nothing", () => {
    for (const s of TASK_STATES) {
      const snap = reach(s);
      assert.equal(state(snap), s);
      assert.equal(snap.status === "done", isTerminalTaskState(s), s);
      assert.equal(SAMPLE_EVENTS.some((e) => stepper.accepts(snap, e)), !isTerminalTaskState(s), s);
    }
  });
});

describe("task machine: the full (state, event) table", () => {
  /** The legal events of each state and where each leads (with the sample events above). */
  const LEGAL: Record<TaskState, Partial<Record<TaskEvent["type"], TaskState>>> = {
    pending: { "deps.met": "ready", "deps.failed": "skipped", "map.input.rejected": "failed", "run.cancelled": "cancelled", "output.recovered": "succeeded" },
    ready: { "attempt.started": "running", "run.cancelled": "cancelled" },
    running: { "attempt.succeeded": "succeeded", "attempt.failed": "retrying", "attempt.interrupted": "retrying", "run.cancelled": "cancelled" },
    retrying: { "retry.due": "ready", "run.cancelled": "cancelled" },
    succeeded: {},
    failed: {},
    cancelled: {},
    skipped: {},
  };

  itFollowsTransitionTable({ states: TASK_STATES, events: SAMPLE_EVENTS, legal: LEGAL, reach, stepper, stateOf: state });
});
