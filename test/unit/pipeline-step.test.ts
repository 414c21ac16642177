/**
 * The fused pipeline's step (engine/core/pipeline-step.ts), with scripted outcomes: who is the
 * culprit of a failure, when the pipeline retries as one (at the latest due time), and when
 * the members that would retry are cancelled instead.
 */
import assert from "node:assert/strict";
import { culpritOf, longestTimeout, stepPipeline, type PipelineEvent, type PipelineMember, type PipelineStep } from "../../engine/core/pipeline-step.js";
import type { TaskInstruction } from "../../engine/core/task-instructions.js";
import { taskStepper } from "../../engine/core/task-step.js";
import { ErrorCode, type ErrorInfoLike } from "../../engine/errors.js";
import type { RetrySpec } from "../../model/graph.js";

const retries = (maxAttempts: number, backoffMs = 100): RetrySpec => ({ maxAttempts, backoffMs, backoffFactor: 1, maxBackoffMs: 30_000, jitter: 0 });
const boom = (code = "E_USER_CODE", terminal = false): ErrorInfoLike => ({ code, message: "boom", stack: "", terminal });

/** A pipeline of members with these retry policies and timeouts, every member pending. */
function pipeline(...specs: { retry: RetrySpec; timeoutMs?: number }[]): PipelineMember[] {
  return specs.map((s, i) => ({ id: `m${i}[0]`, snapshot: taskStepper.initial({ retry: s.retry }), node: { timeoutMs: s.timeoutMs ?? 0 } }));
}

let stimulus = 0;
/** Feeds `event` and returns the members as they are after it, with the step. */
function feed(members: PipelineMember[], event: PipelineEvent, absorbs = false): [PipelineMember[], PipelineStep] {
  const step = stepPipeline(members, event, { pipelineId: "m0#0", stimulusId: ++stimulus, absorbsFailure: () => absorbs });
  return [members.map((m, i) => ({ ...m, snapshot: step.snapshots[i]! })), step];
}

/** Members started on an attempt. */
function running(members: PipelineMember[]): PipelineMember[] {
  const [ready, s1] = feed(members, { type: "deps.met" });
  assert.deepEqual(s1.pipeline, { type: "QueueAttempt", taskId: "m0#0", stimulusId: stimulus });
  return feed(ready, { type: "attempt.started", at: 1000 })[0];
}

const states = (ms: PipelineMember[]) => ms.map((m) => m.snapshot.value);
const logs = (xs: readonly TaskInstruction[]) => xs.filter((x) => x.type === "LogTransition").map((x) => (x.type === "LogTransition" ? `${x.taskId}:${x.from}->${x.to}` : ""));
const effects = (xs: readonly TaskInstruction[]) => xs.filter((x) => x.type !== "LogTransition").map((x) => `${x.type}:${x.taskId}`);

describe("stepPipeline: members start and succeed together", () => {
  it("deps.met readies every member and queues one attempt; the members queue none of their own", () => {
    const [ms, step] = feed(pipeline({ retry: retries(1) }, { retry: retries(1) }), { type: "deps.met" });
    assert.deepEqual(states(ms), ["ready", "ready"]);
    assert.deepEqual(effects(step.instructions), []);
    assert.equal(step.pipeline?.type, "QueueAttempt");
  });

  it("attempt.succeeded succeeds every member, each logged, nothing more", () => {
    const [ms, step] = feed(running(pipeline({ retry: retries(1) }, { retry: retries(1) })), { type: "attempt.succeeded", at: 2000 });
    assert.deepEqual(states(ms), ["succeeded", "succeeded"]);
    assert.deepEqual(logs(step.instructions), ["m0[0]:running->succeeded", "m1[0]:running->succeeded"]);
    assert.equal(step.pipeline, undefined);
  });
});

describe("stepPipeline: a failure is its culprit's", () => {
  it("culpritOf: the member whose code threw; for a timeout, the one whose timeout bounds the pipeline; else none", () => {
    const ms = pipeline({ retry: retries(1), timeoutMs: 100 }, { retry: retries(1), timeoutMs: 500 }, { retry: retries(1), timeoutMs: 500 });
    assert.equal(longestTimeout(ms), 1);
    assert.equal(culpritOf(ms, boom(), 2), 2);
    assert.equal(culpritOf(ms, boom(ErrorCode.Timeout), undefined), 1);
    assert.equal(culpritOf(ms, boom(), undefined), undefined);
  });

  it("a culprit that may retry takes the others with it, at its due time: one retry armed for the pipeline", () => {
    const ms = running(pipeline({ retry: retries(3, 250) }, { retry: retries(1) }));
    const [after, step] = feed(ms, { type: "attempt.failed", at: 2000, error: boom(), draw: 0, member: 0 });
    assert.deepEqual(states(after), ["retrying", "retrying"]);
    assert.equal(after[1]!.snapshot.context.dueAt, 2250, "the other member retries at the culprit's due time");
    assert.match(after[1]!.snapshot.context.lastError!.message, /retried with m0\[0\], which failed: boom/);
    assert.deepEqual(step.pipeline, { type: "ArmRetry", taskId: "m0#0", stimulusId: stimulus, dueAt: 2250 });
    assert.deepEqual(effects(step.instructions), [], "no member arms a retry of its own");
    // The retry comes due: every member is ready again and one attempt is queued.
    const [ready, due] = feed(after, { type: "retry.due", at: 2250 });
    assert.deepEqual(states(ready), ["ready", "ready"]);
    assert.equal(due.pipeline?.type, "QueueAttempt");
  });

  it("a culprit that may not retry fails the run; the others are cancelled, not failed", () => {
    const ms = running(pipeline({ retry: retries(3) }, { retry: retries(1) }));
    const [after, step] = feed(ms, { type: "attempt.failed", at: 2000, error: boom(), draw: 0, member: 1 });
    assert.deepEqual(states(after), ["cancelled", "failed"]);
    assert.deepEqual(logs(step.instructions), ["m1[0]:running->failed", "m0[0]:running->cancelled"]);
    assert.deepEqual(effects(step.instructions), ["FailRun:m1[0]", "AbortAttempt:m0[0]"]);
    assert.equal(step.pipeline, undefined);
  });

  it("a failure no member is blamed for: each with its own policy; the pipeline retries only if all may", () => {
    const ms = running(pipeline({ retry: retries(3, 100) }, { retry: retries(3, 400) }));
    const [after, step] = feed(ms, { type: "attempt.failed", at: 2000, error: boom(), draw: 0, member: undefined });
    assert.deepEqual(states(after), ["retrying", "retrying"]);
    assert.deepEqual(step.pipeline, { type: "ArmRetry", taskId: "m0#0", stimulusId: stimulus, dueAt: 2400 }, "at the latest due time");
  });

  it("a failure no member is blamed for, where one may not retry: it fails the run, the rest are cancelled", () => {
    const ms = running(pipeline({ retry: retries(3) }, { retry: retries(1) }, { retry: retries(3) }));
    const [after, step] = feed(ms, { type: "attempt.failed", at: 2000, error: boom(), draw: 0, member: undefined });
    assert.deepEqual(states(after), ["cancelled", "failed", "cancelled"]);
    assert.deepEqual(logs(step.instructions), ["m0[0]:running->retrying", "m1[0]:running->failed", "m2[0]:running->cancelled", "m0[0]:retrying->cancelled"]);
    assert.equal(step.pipeline, undefined);
  });

  it("a failure absorbed by the consumers does not stop the other members' own failures", () => {
    const ms = running(pipeline({ retry: retries(1) }, { retry: retries(1) }));
    const [after, step] = feed(ms, { type: "attempt.failed", at: 2000, error: boom(), draw: 0, member: undefined }, true);
    assert.deepEqual(states(after), ["failed", "failed"]);
    assert.deepEqual(effects(step.instructions), ["AbsorbFailure:m0[0]", "AbsorbFailure:m1[0]"]);
  });

  it("a timeout is the failure of the member whose timeout bounds the pipeline", () => {
    const ms = running(pipeline({ retry: retries(1), timeoutMs: 100 }, { retry: retries(2, 50), timeoutMs: 300 }));
    const [after, step] = feed(ms, { type: "attempt.failed", at: 2000, error: boom(ErrorCode.Timeout), draw: 0, member: undefined });
    assert.deepEqual(states(after), ["retrying", "retrying"]);
    assert.equal(step.pipeline?.type === "ArmRetry" && step.pipeline.dueAt, 2050);
  });

  it("a stale retry (a member was cancelled meanwhile) changes nothing", () => {
    const ms = running(pipeline({ retry: retries(3) }, { retry: retries(3) }));
    const [retrying] = feed(ms, { type: "attempt.failed", at: 2000, error: boom(), draw: 0, member: 0 });
    const mixed = [retrying[0]!, { ...retrying[1]!, snapshot: taskStepper.step(retrying[1]!.snapshot, { type: "run.cancelled", at: 2001 }) }];
    const [after, step] = feed(mixed, { type: "retry.due", at: 2100 });
    assert.deepEqual(states(after), ["retrying", "cancelled"]);
    assert.deepEqual(step.instructions, []);
    assert.equal(step.pipeline, undefined);
  });
});
