/**
 * What the worker must do after a task's state changed: instructions, decided by the pure core
 * (task-step.ts, pipeline-step.ts) and carried out by the worker's shell (its task table). The
 * machine says which state a task is in; these say what that state means. Imperative names:
 * they are orders, where events are facts.
 *
 * Every instruction names its task and the stimulus that caused it (the id of the event fed
 * in), so a task's story can be told from them (dask's `stimulus_id`).
 */
import type { ErrorInfoLike } from "../errors.js";
import type { TaskState } from "./task.machine.js";

/** The id of one stimulus (an event fed to a task or a pipeline): cheap, unique per worker run. */
export type StimulusId = number;

interface Addressed {
  readonly taskId: string;
  readonly stimulusId: StimulusId;
}

/** Record the change in the run's log (always the first instruction of a step). */
export interface LogTransition extends Addressed {
  readonly type: "LogTransition";
  readonly from: TaskState;
  readonly to: TaskState;
  /** Attempts started so far. */
  readonly attempt: number;
  /** The failure that led here (to failed or retrying). */
  readonly error: ErrorInfoLike | undefined;
  /** A failure its consumers take in: it does not fail the run. */
  readonly absorbed: boolean;
}

/** The task is ready: queue an attempt for a free slot. */
export interface QueueAttempt extends Addressed {
  readonly type: "QueueAttempt";
}

/** The task is ready and the slot that made it so already holds it: run the attempt now. */
export interface StartAttempt extends Addressed {
  readonly type: "StartAttempt";
}

/** Make the task ready again at `dueAt` (epoch ms) with a `retry.due` event. */
export interface ArmRetry extends Addressed {
  readonly type: "ArmRetry";
  readonly dueAt: number;
}

/** A retry was armed and will not be needed: disarm its timer. */
export interface DisarmRetry extends Addressed {
  readonly type: "DisarmRetry";
}

/** Stop the running attempt (its signal fires; its late result is dropped). */
export interface AbortAttempt extends Addressed {
  readonly type: "AbortAttempt";
}

/** The task failed for good and nothing takes the failure in: the run fails (stop here at once). */
export interface FailRun extends Addressed {
  readonly type: "FailRun";
  readonly cause: ErrorInfoLike | undefined;
}

/** The task failed, and its consumers take the failure in: hand the failure on as its value. */
export interface AbsorbFailure extends Addressed {
  readonly type: "AbsorbFailure";
  readonly cause: ErrorInfoLike | undefined;
}

/** Every instruction a task step can give: a closed union. */
export type TaskInstruction = LogTransition | QueueAttempt | StartAttempt | ArmRetry | DisarmRetry | AbortAttempt | FailRun | AbsorbFailure;

export type TaskInstructionType = TaskInstruction["type"];
