/**
 * A task was fed an event its state does not accept: a bug in weft (two parts of the worker
 * disagree about where a task is). The error names the task, its state and the event, and
 * carries the task's story (its last transitions, each with the stimulus that caused it), the
 * way dask's worker state machine raises `InvalidTransition` with the task's story.
 */
import { ErrorCode, WeftError } from "../errors.js";
import type { StimulusId } from "./task-instructions.js";
import type { TaskState } from "./task.machine.js";

/** One line of a task's story: an event it was fed, and where it took the task. */
export interface StoryLine {
  readonly stimulusId: StimulusId;
  readonly event: string;
  readonly from: TaskState;
  readonly to: TaskState;
  /** When the worker saw it (epoch ms). */
  readonly at: number;
}

export class InvalidTransitionError extends WeftError {
  constructor(
    readonly taskId: string,
    readonly state: TaskState,
    readonly event: string,
    readonly stimulusId: StimulusId,
    /** The task's last transitions, oldest first (empty when the core raised it: the shell adds them). */
    readonly story: readonly StoryLine[] = [],
    options?: { cause?: unknown },
  ) {
    super(ErrorCode.IllegalTransition, `task ${taskId}: event "${event}" (stimulus ${stimulusId}) is not allowed in state "${state}"${tell(story)}`, options);
    this.name = "InvalidTransitionError";
  }

  /** The same error, with the task's story told. */
  withStory(story: readonly StoryLine[]): InvalidTransitionError {
    return new InvalidTransitionError(this.taskId, this.state, this.event, this.stimulusId, story, { cause: this.cause });
  }
}

function tell(story: readonly StoryLine[]): string {
  if (story.length === 0) return "";
  return `; its story (oldest first): ${story.map((l) => `#${l.stimulusId} ${l.event}: ${l.from} -> ${l.to} at ${l.at}`).join("; ")}`;
}
