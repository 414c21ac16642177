/**
 * One step of a fused pipeline (a chain of forward stages run as one per partition, see
 * engine/plan/fusion.ts): every member keeps its own task and log, but the members start,
 * succeed, fail and retry together. Pure: member snapshots and a pipeline event in, member
 * snapshots and instructions out; the worker carries them out.
 *
 * The rules, which no single task machine knows:
 * - The failure of an attempt is one member's (the culprit): the member whose code threw, or
 *   the one whose timeout bounds the pipeline when it timed out. Its retry policy decides:
 *   if it retries, the others (which did not fail) retry with it, at its due time; if not,
 *   they are cancelled.
 * - A failure no member is blamed for (a failure outside the members' code) is every running
 *   member's, each with its own policy, until one of them fails the run: the rest are cancelled.
 * - The pipeline retries as one: only when every member may retry, at the latest due time;
 *   otherwise the members that would retry are cancelled.
 */
import type { ErrorInfoLike } from "../errors.js";
import type { StimulusId, TaskInstruction } from "./task-instructions.js";
import { stepTask, type TaskStepContext } from "./task-step.js";
import type { TaskEvent, TaskSnapshot, TaskState } from "./task.machine.js";
import { ErrorCode } from "../errors.js";

/** A member of a pipeline as the step sees it (the worker's task record fits). */
export interface PipelineMember {
  readonly id: string;
  readonly snapshot: TaskSnapshot;
  readonly node: { readonly timeoutMs: number };
}

/** What happens to a pipeline as a whole: facts, in the past tense. */
export type PipelineEvent =
  | { type: "deps.met" }
  | { type: "attempt.started"; at: number }
  | { type: "attempt.succeeded"; at: number }
  /**
   * `member`: the member whose own code threw, when known. `draw` in [0,1) sets the jitter of
   * the backoff. A timeout arrives as a failure with code E_TIMEOUT.
   */
  | { type: "attempt.failed"; at: number; error: ErrorInfoLike; draw: number; member: number | undefined }
  | { type: "retry.due"; at: number };

/** What the pipeline as a whole must do next (its members' own instructions come apart). */
export type PipelineInstruction =
  /** Queue the pipeline's next attempt for a slot. */
  | { readonly type: "QueueAttempt"; readonly taskId: string; readonly stimulusId: StimulusId }
  /** Feed the pipeline `retry.due` at `dueAt` (epoch ms). */
  | { readonly type: "ArmRetry"; readonly taskId: string; readonly stimulusId: StimulusId; readonly dueAt: number };

export interface PipelineStepContext {
  /** The pipeline's id (carried by its own instructions). */
  readonly pipelineId: string;
  readonly stimulusId: StimulusId;
  /** Asked only when member `i` fails: whether its consumers take the failure in. */
  absorbsFailure(member: number): boolean;
}

export interface PipelineStep {
  /** Each member's snapshot after the step, in member order (unchanged ones included). */
  readonly snapshots: readonly TaskSnapshot[];
  /** The members' instructions, in the order their steps were taken. */
  readonly instructions: readonly TaskInstruction[];
  /** What the pipeline must do next, if anything. */
  readonly pipeline: PipelineInstruction | undefined;
}

/** The member whose timeout bounds a pipeline: the one with the longest (the first of equals). */
export function longestTimeout(members: readonly { readonly node: { readonly timeoutMs: number } }[]): number {
  let at = 0;
  members.forEach((m, i) => {
    if (m.node.timeoutMs > members[at]!.node.timeoutMs) at = i;
  });
  return at;
}

/**
 * The member an attempt's failure belongs to: `member` (whose code threw), or the member whose
 * timeout bounds the pipeline for a timeout; undefined for anything else (a cancel).
 */
export function culpritOf(members: readonly PipelineMember[], error: ErrorInfoLike, member: number | undefined): number | undefined {
  if (member !== undefined) return member;
  return error.code === ErrorCode.Timeout ? longestTimeout(members) : undefined;
}

/**
 * Feeds `event` to a pipeline of `members`. Throws InvalidTransitionError (naming the member)
 * when a member's state does not accept its part of it.
 */
export function stepPipeline(members: readonly PipelineMember[], event: PipelineEvent, ctx: PipelineStepContext): PipelineStep {
  const step = new Stepper(members, ctx);
  const { pipelineId, stimulusId } = ctx;
  switch (event.type) {
    case "deps.met":
      step.all({ type: "deps.met" });
      return step.done({ type: "QueueAttempt", taskId: pipelineId, stimulusId });
    case "attempt.started":
    case "attempt.succeeded":
      step.all(event);
      return step.done(undefined);
    case "retry.due":
      // A stale timer (the pipeline was cancelled meanwhile) changes nothing.
      if (!step.every("retrying")) return step.done(undefined);
      step.all(event);
      return step.done({ type: "QueueAttempt", taskId: pipelineId, stimulusId });
    case "attempt.failed":
      return attemptFailed(step, members, event, ctx);
  }
}

function attemptFailed(step: Stepper, members: readonly PipelineMember[], event: Extract<PipelineEvent, { type: "attempt.failed" }>, ctx: PipelineStepContext): PipelineStep {
  const { at, error, draw } = event;
  const culprit = culpritOf(members, error, event.member);
  if (culprit === undefined) {
    for (let i = 0; i < members.length; i++) {
      if (step.state(i) !== "running") continue;
      // Once a member's failure fails the run, the others are cancelled, not failed again.
      step.one(i, step.failsRun ? { type: "run.cancelled", at } : { type: "attempt.failed", at, error, draw });
    }
  } else {
    step.one(culprit, { type: "attempt.failed", at, error, draw });
    const retries = step.state(culprit) === "retrying";
    const dueAt = step.snapshots[culprit]!.context.dueAt;
    const culpritId = members[culprit]!.id;
    const because: ErrorInfoLike = { code: error.code, message: `retried with ${culpritId}, which failed: ${error.message}`, stack: "", terminal: false };
    for (let i = 0; i < members.length; i++) {
      if (i === culprit || step.state(i) !== "running") continue;
      step.one(i, retries ? { type: "attempt.interrupted", at, dueAt, error: because } : { type: "run.cancelled", at });
    }
  }
  if (step.every("retrying")) {
    let dueAt = 0;
    for (const s of step.snapshots) dueAt = Math.max(dueAt, s.context.dueAt);
    return step.done({ type: "ArmRetry", taskId: ctx.pipelineId, stimulusId: ctx.stimulusId, dueAt });
  }
  for (let i = 0; i < members.length; i++) if (step.state(i) === "retrying") step.one(i, { type: "run.cancelled", at });
  return step.done(undefined);
}

/** Steps members one at a time, keeping their snapshots and instructions. */
class Stepper {
  readonly snapshots: TaskSnapshot[];
  private readonly instructions: TaskInstruction[] = [];
  /** A member's failure (not taken in by its consumers) fails the run. */
  failsRun = false;

  constructor(
    private readonly members: readonly PipelineMember[],
    private readonly ctx: PipelineStepContext,
  ) {
    this.snapshots = members.map((m) => m.snapshot);
  }

  state(i: number): TaskState {
    return this.snapshots[i]!.value as TaskState;
  }

  every(state: TaskState): boolean {
    return this.snapshots.every((s) => s.value === state);
  }

  all(event: TaskEvent): void {
    for (let i = 0; i < this.members.length; i++) this.one(i, event);
  }

  one(i: number, event: TaskEvent): void {
    const { stimulusId } = this.ctx;
    const ctx: TaskStepContext = {
      taskId: this.members[i]!.id,
      stimulusId,
      inPipeline: true,
      slotHeld: false,
      absorbsFailure: () => this.ctx.absorbsFailure(i),
    };
    const step = stepTask(this.snapshots[i]!, event, ctx);
    this.snapshots[i] = step.snapshot;
    for (const x of step.instructions) {
      if (x.type === "FailRun") this.failsRun = true;
      this.instructions.push(x);
    }
  }

  done(pipeline: PipelineInstruction | undefined): PipelineStep {
    return { snapshots: this.snapshots, instructions: this.instructions, pipeline };
  }
}
