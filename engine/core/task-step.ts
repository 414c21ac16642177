/**
 * One step of a task: the policy core of the worker. An event goes in with the task's snapshot;
 * the next snapshot and the instructions that say what the new state means come out (dask's
 * `handle_stimulus`: events in, instructions out). Pure: no clock, no timers, no I/O; the
 * worker's task table carries the instructions out.
 *
 * What a state means:
 *   ready     -> queue an attempt for a slot, or start it at once when the slot that made the
 *                task ready holds it (a map instance);
 *   retrying  -> arm a retry for context.dueAt;
 *   failed    -> hand the failure on as a value when the consumers take it in, else fail the run;
 *   cancelled -> abort a running attempt, disarm a pending retry.
 * A stage partition is started and retried by its pipeline, with the other stages of its chain
 * (pipeline-step.ts): its own ready and retrying mean nothing to do.
 */
import { MachineStepper } from "./machine-stepper.js";
import { InvalidTransitionError } from "./invalid-transition.js";
import type { StimulusId, TaskInstruction } from "./task-instructions.js";
import { PAYLOAD_FREE_TASK_EVENTS, taskMachine, type TaskEvent, type TaskSnapshot, type TaskState } from "./task.machine.js";
import { ErrorCode, WeftError } from "../errors.js";

/** The task machine's stepper, shared by every run of the process (its memo is the point). */
export const taskStepper = new MachineStepper(taskMachine, PAYLOAD_FREE_TASK_EVENTS);

/** What a step needs to know about the task beyond its snapshot. */
export interface TaskStepContext {
  readonly taskId: string;
  /** The id of the stimulus fed now (carried by every instruction). */
  readonly stimulusId: StimulusId;
  /** A stage partition: its pipeline starts and retries it (pipeline-step.ts). */
  readonly inPipeline: boolean;
  /** The slot that makes the task ready already holds it: it starts without queueing again. */
  readonly slotHeld: boolean;
  /** Asked only when the task fails: whether its consumers take the failure in (skip, or as a value). */
  absorbsFailure(): boolean;
}

/** A step's result: the next snapshot and what to do about it, the log entry first. */
export interface TaskStep {
  readonly snapshot: TaskSnapshot;
  readonly instructions: readonly TaskInstruction[];
}

/**
 * Feeds `event` to a task in `snapshot`. Throws InvalidTransitionError (E_ILLEGAL_TRANSITION)
 * when the state does not accept the event (the shell adds the task's story).
 */
export function stepTask(snapshot: TaskSnapshot, event: TaskEvent, ctx: TaskStepContext): TaskStep {
  const from = snapshot.value as TaskState;
  let next: TaskSnapshot;
  try {
    next = taskStepper.step(snapshot, event);
  } catch (err) {
    if (err instanceof WeftError && err.code === ErrorCode.IllegalTransition) {
      throw new InvalidTransitionError(ctx.taskId, from, event.type, ctx.stimulusId, [], { cause: err });
    }
    throw err;
  }
  const to = next.value as TaskState;
  const { taskId, stimulusId } = ctx;
  const absorbed = to === "failed" && ctx.absorbsFailure();
  const error = to === "failed" || to === "retrying" ? next.context.lastError : undefined;
  const log: TaskInstruction = { type: "LogTransition", taskId, stimulusId, from, to, attempt: next.context.attempt, error, absorbed };
  const effect = effectOf(from, to, next, absorbed, ctx);
  // Kept to one or two entries: a step is on the hot path (100k tasks a run, a few steps each).
  return { snapshot: next, instructions: effect ? [log, effect] : [log] };
}

/** What entering `to` from `from` means, if anything. */
function effectOf(from: TaskState, to: TaskState, next: TaskSnapshot, absorbed: boolean, ctx: TaskStepContext): TaskInstruction | undefined {
  const { taskId, stimulusId } = ctx;
  switch (to) {
    case "ready":
      if (ctx.inPipeline) return undefined;
      return ctx.slotHeld ? { type: "StartAttempt", taskId, stimulusId } : { type: "QueueAttempt", taskId, stimulusId };
    case "retrying":
      return ctx.inPipeline ? undefined : { type: "ArmRetry", taskId, stimulusId, dueAt: next.context.dueAt };
    case "failed":
      return absorbed
        ? { type: "AbsorbFailure", taskId, stimulusId, cause: next.context.lastError }
        : { type: "FailRun", taskId, stimulusId, cause: next.context.lastError };
    case "cancelled":
      if (from === "running") return { type: "AbortAttempt", taskId, stimulusId };
      if (from === "retrying" && !ctx.inPipeline) return { type: "DisarmRetry", taskId, stimulusId };
      return undefined;
    case "pending":
    case "running":
    case "succeeded":
    case "skipped":
      return undefined;
  }
}
