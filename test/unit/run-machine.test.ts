/// <reference types="mocha" />
import assert from "node:assert/strict";
import { MachineStepper } from "../../engine/core/machine-stepper.js";
import { itFollowsTransitionTable, throwsIllegal } from "../helpers/transition-table.js";
import { isTerminalRunState, runMachine, RUN_STATES, type RunEvent, type RunSnapshot, type RunState } from "../../engine/core/run.machine.js";
import { ErrorCode, type ErrorInfoLike } from "../../engine/errors.js";

const stepper = new MachineStepper(runMachine);

const userError: ErrorInfoLike = { code: "E_USER_CODE", message: "division by zero", stack: "at f (x.ts:1)", terminal: false };
const noWorkers: ErrorInfoLike = { code: "E_NO_WORKERS", message: "no workers are alive", stack: "", terminal: true };

function start(runId = "r1", submittedAt = 1000): RunSnapshot {
  return stepper.initial({ runId, submittedAt });
}

const state = (s: RunSnapshot): RunState => s.value as RunState;

const SAMPLE_EVENTS: readonly RunEvent[] = [
  { type: "workers.assigned", at: 1001 },
  { type: "run.queued", at: 1001 },
  { type: "sinks.completed", at: 1002, resultJson: "15" },
  { type: "task.failed", at: 1003, taskId: "double", error: userError },
  { type: "assignment.failed", at: 1004, error: noWorkers },
  { type: "cancel.requested", at: 1005, reason: "user pressed ctrl-c" },
  { type: "run.replaced", at: 1006, reason: "worker w2 stopped heartbeating" },
  { type: "deadline.passed", at: 1007, error: { code: "E_TIMEOUT", message: "the run did not end within its timeout of 30 s", stack: "", terminal: true } },
  { type: "run.restored", at: 1008, state: "running", epoch: 4 },
  { type: "end.logged", at: 1009, state: "succeeded", resultJson: "7" },
];

function reach(target: RunState): RunSnapshot {
  const s0 = start();
  const running = () => stepper.step(s0, { type: "workers.assigned", at: 1001 });
  switch (target) {
    case "submitted":
      return s0;
    case "queued":
      return stepper.step(s0, { type: "run.queued", at: 1001 });
    case "running":
      return running();
    case "succeeded":
      return stepper.step(running(), { type: "sinks.completed", at: 1010, resultJson: "1" });
    case "failed":
      return stepper.step(running(), { type: "task.failed", at: 1010, taskId: "a", error: userError });
    case "cancelled":
      return stepper.step(s0, { type: "cancel.requested", at: 1010, reason: "stop" });
  }
}

describe("run machine: initial snapshot", () => {
  it("starts submitted with the run id and submission time", () => {
    const s = start("run-7", 1234);
    assert.equal(state(s), "submitted");
    assert.deepEqual(s.context, { runId: "run-7", epoch: 0, replacedBecause: undefined, submittedAt: 1234, endedAt: 0, resultJson: undefined, error: undefined });
  });
});

describe("run machine: legal transitions", () => {
  it("submitted -> running on workers.assigned, context unchanged", () => {
    const before = start();
    const s = stepper.step(before, { type: "workers.assigned", at: 1001 });
    assert.equal(state(s), "running");
    assert.deepEqual(s.context, before.context);
  });

  it("submitted -> failed on assignment.failed, keeping the error as is", () => {
    const s = stepper.step(start(), { type: "assignment.failed", at: 1004, error: noWorkers });
    assert.equal(state(s), "failed");
    assert.equal(s.status, "done");
    assert.deepEqual(s.context, { runId: "r1", epoch: 0, replacedBecause: undefined, submittedAt: 1000, endedAt: 1004, resultJson: undefined, error: noWorkers });
  });

  it("submitted -> cancelled on cancel.requested, with E_CANCELLED and the reason", () => {
    const s = stepper.step(start(), { type: "cancel.requested", at: 1005, reason: "changed my mind" });
    assert.equal(state(s), "cancelled");
    assert.deepEqual(s.context.error, { code: ErrorCode.Cancelled, message: "changed my mind", stack: "", terminal: true });
    assert.equal(s.context.endedAt, 1005);
  });

  it("running -> succeeded on sinks.completed, recording resultJson", () => {
    const s = stepper.step(reach("running"), { type: "sinks.completed", at: 2000, resultJson: '{"sum":15}' });
    assert.equal(state(s), "succeeded");
    assert.equal(s.status, "done");
    assert.deepEqual(s.context, { runId: "r1", epoch: 0, replacedBecause: undefined, submittedAt: 1000, endedAt: 2000, resultJson: '{"sum":15}', error: undefined });
  });

  it("running -> failed on task.failed, the message prefixed by the task id", () => {
    const s = stepper.step(reach("running"), { type: "task.failed", at: 2000, taskId: "square[3]", error: userError });
    assert.equal(state(s), "failed");
    assert.deepEqual(s.context.error, {
      code: "E_USER_CODE",
      message: "task square[3] failed: division by zero",
      stack: "at f (x.ts:1)",
      terminal: false,
    });
    assert.equal(s.context.endedAt, 2000);
    assert.equal(s.context.resultJson, undefined);
  });

  it("running -> failed on assignment.failed (a worker was lost)", () => {
    const s = stepper.step(reach("running"), { type: "assignment.failed", at: 2001, error: noWorkers });
    assert.equal(state(s), "failed");
    assert.deepEqual(s.context.error, noWorkers);
    assert.equal(s.context.endedAt, 2001);
  });

  it("running -> failed on deadline.passed, keeping its E_TIMEOUT error as is", () => {
    const error = { code: ErrorCode.Timeout, message: 'the run did not end within its timeout of 2 s; still running: "forever" (1 task)', stack: "", terminal: true };
    const s = stepper.step(reach("running"), { type: "deadline.passed", at: 2003, error });
    assert.equal(state(s), "failed");
    assert.deepEqual(s.context.error, error);
    assert.equal(s.context.endedAt, 2003);
  });

  it("running -> cancelled on cancel.requested with code E_CANCELLED", () => {
    const s = stepper.step(reach("running"), { type: "cancel.requested", at: 2002, reason: "interrupted" });
    assert.equal(state(s), "cancelled");
    assert.deepEqual(s.context, {
      runId: "r1",
      epoch: 0,
      replacedBecause: undefined,
      submittedAt: 1000,
      endedAt: 2002,
      resultJson: undefined,
      error: { code: "E_CANCELLED", message: "interrupted", stack: "", terminal: true },
    });
  });
});

describe("run machine: illegal transitions", () => {
  it("sinks.completed before workers are assigned throws", () => {
    throwsIllegal(() => stepper.step(start(), { type: "sinks.completed", at: 1, resultJson: "1" }), "submitted", "sinks.completed");
  });

  it("task.failed in submitted throws", () => {
    throwsIllegal(() => stepper.step(start(), { type: "task.failed", at: 1, taskId: "a", error: userError }), "submitted", "task.failed");
  });

  it("workers.assigned twice throws", () => {
    throwsIllegal(() => stepper.step(reach("running"), { type: "workers.assigned", at: 1 }), "running", "workers.assigned");
  });

  for (const terminal of ["succeeded", "failed", "cancelled"] as const) {
    it(`${terminal} accepts nothing: every event throws and the record is unchanged`, () => {
      const s = reach(terminal);
      for (const e of SAMPLE_EVENTS) {
        assert.equal(stepper.accepts(s, e), false, e.type);
        throwsIllegal(() => stepper.step(s, e), terminal, e.type);
      }
    });
  }
});

describe("run machine: isTerminalRunState", () => {
  it("is true exactly for succeeded, failed, cancelled, and agrees with the machine", () => {
    assert.deepEqual(
      RUN_STATES.filter((s) => isTerminalRunState(s)),
      ["succeeded", "failed", "cancelled"],
    );
    for (const s of RUN_STATES) assert.equal(reach(s).status === "done", isTerminalRunState(s), s);
  });
});

describe("run machine: re-placement", () => {
  it("running -> running on run.replaced: a new epoch, with the reason", () => {
    const s = stepper.step(reach("running"), { type: "run.replaced", at: 3000, reason: "worker w2 stopped heartbeating" });
    assert.equal(state(s), "running");
    assert.equal(s.context.epoch, 1);
    assert.equal(s.context.replacedBecause, "worker w2 stopped heartbeating");
    const again = stepper.step(s, { type: "run.replaced", at: 3001, reason: "the coordinator restarted" });
    assert.equal(again.context.epoch, 2);
  });

  it("a resumed run starts at its recorded epoch", () => {
    assert.equal(stepper.initial({ runId: "r9", submittedAt: 5, epoch: 3 }).context.epoch, 3);
  });
});

describe("run machine: restored from a record, ended from the log", () => {
  it("run.restored enters the recorded state in one step, with its epoch, and nothing ended", () => {
    const s = stepper.step(start(), { type: "run.restored", at: 5000, state: "running", epoch: 3 });
    assert.equal(state(s), "running");
    assert.equal(s.status, "active");
    assert.deepEqual(s.context, { runId: "r1", epoch: 3, replacedBecause: undefined, submittedAt: 1000, endedAt: 0, resultJson: undefined, error: undefined });
    // It goes on from there like any running run.
    assert.equal(stepper.step(s, { type: "run.replaced", at: 5001, reason: "the coordinator restarted" }).context.epoch, 4);
  });

  it("run.restored into an end keeps the recorded error or result, and ends the run", () => {
    const failed = stepper.step(start(), { type: "run.restored", at: 5000, state: "failed", epoch: 1, error: noWorkers });
    assert.equal(state(failed), "failed");
    assert.equal(failed.status, "done");
    assert.deepEqual(failed.context, { runId: "r1", epoch: 1, replacedBecause: undefined, submittedAt: 1000, endedAt: 5000, resultJson: undefined, error: noWorkers });
    const succeeded = stepper.step(start(), { type: "run.restored", at: 5000, state: "succeeded", epoch: 0, resultJson: "42" });
    assert.equal(state(succeeded), "succeeded");
    assert.equal(succeeded.context.resultJson, "42");
    assert.equal(state(stepper.step(start(), { type: "run.restored", at: 5000, state: "submitted", epoch: 2 })), "submitted");
  });

  it("run.restored is legal only from submitted (a run is restored once, by a fresh machine)", () => {
    throwsIllegal(() => stepper.step(reach("running"), { type: "run.restored", at: 1, state: "running", epoch: 1 }), "running", "run.restored");
  });

  it("end.logged ends a submitted or running run in the logged state, with its error or result as logged", () => {
    const cancelled = { code: ErrorCode.Cancelled, message: "user pressed ctrl-c", stack: "", terminal: true };
    for (const from of ["submitted", "running"] as const) {
      const c = stepper.step(reach(from), { type: "end.logged", at: 6000, state: "cancelled", error: cancelled });
      assert.equal(state(c), "cancelled");
      assert.deepEqual(c.context.error, cancelled);
      assert.equal(c.context.endedAt, 6000);
      const f = stepper.step(reach(from), { type: "end.logged", at: 6000, state: "failed", error: userError });
      assert.equal(state(f), "failed");
      assert.deepEqual(f.context.error, userError, "kept as logged (not prefixed again)");
      const s = stepper.step(reach(from), { type: "end.logged", at: 6000, state: "succeeded", resultJson: "7" });
      assert.equal(state(s), "succeeded");
      assert.equal(s.context.resultJson, "7");
      assert.equal(s.context.error, undefined);
    }
  });
});

describe("run machine: the full (state, event) table", () => {
  const LEGAL: Record<RunState, Partial<Record<RunEvent["type"], RunState>>> = {
    submitted: {
      "workers.assigned": "running",
      "run.queued": "queued",
      "assignment.failed": "failed",
      "cancel.requested": "cancelled",
      "deadline.passed": "failed",
      "run.restored": "running",
      "end.logged": "succeeded",
    },
    queued: {
      "workers.assigned": "running",
      "assignment.failed": "failed",
      "deadline.passed": "failed",
      "cancel.requested": "cancelled",
      "end.logged": "succeeded",
    },
    running: {
      "sinks.completed": "succeeded",
      "task.failed": "failed",
      "assignment.failed": "failed",
      "deadline.passed": "failed",
      "cancel.requested": "cancelled",
      "run.replaced": "running",
      "end.logged": "succeeded",
    },
    succeeded: {},
    failed: {},
    cancelled: {},
  };

  itFollowsTransitionTable({ states: RUN_STATES, events: SAMPLE_EVENTS, legal: LEGAL, reach, stepper, stateOf: state });
});
