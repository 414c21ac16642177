/**
 * The `ctx` a task's function receives for one attempt. A class, not an object literal: a
 * literal with getters (`log` and `signal` are made on first use) is built by V8's slow path,
 * about 1 µs each, which was a tenth of a worker's time in a fan-out of a million tiny map
 * instances; an instance of this class costs a few dozen nanoseconds. `log` and `signal` are
 * getters on the prototype, so they are made only when a function asks for them (most never do).
 */
import { format } from "node:util";
import type { TaskContext, TaskLogger, TaskObjects } from "../../model/context.js";
import type { TriggerInfo } from "../../model/trigger.js";
import type { Task } from "./task-record.js";

/** Where a user's log line goes: the run's log, with the task that wrote it. */
export type UserLog = (task: Task, level: string, message: string) => void;

/** What the context reads of the run. */
export interface ContextRun {
  readonly input: unknown;
  readonly runId: string;
  readonly trigger?: TriggerInfo | undefined;
}

export class AttemptContext implements TaskContext<unknown, unknown> {
  readonly input: unknown;
  readonly runId: string;
  readonly trigger: TriggerInfo | undefined;
  readonly taskId: string;
  readonly node: string;
  readonly index: number;
  readonly attempt: number;
  readonly state: unknown;
  readonly objects: TaskObjects;
  readonly #task: Task;
  readonly #abort: { readonly signal: AbortSignal };
  readonly #userLog: UserLog;
  #log: TaskLogger | undefined;

  constructor(run: ContextRun, task: Task, abort: { readonly signal: AbortSignal }, state: unknown, objects: TaskObjects, userLog: UserLog) {
    this.input = run.input;
    this.runId = run.runId;
    this.trigger = run.trigger;
    this.taskId = task.id;
    this.node = task.node.name;
    this.index = task.index;
    this.attempt = task.snapshot.context.attempt;
    this.state = state;
    this.objects = objects;
    this.#task = task;
    this.#abort = abort;
    this.#userLog = userLog;
    this.#log = undefined;
  }

  /** Lines to the run's log, formatted as console.log formats them (made on first use). */
  get log(): TaskLogger {
    return (this.#log ??= taskLogger(this.#task, this.#userLog));
  }

  /** Fires when the attempt times out or the run is cancelled (the AbortSignal is made on first use). */
  get signal(): AbortSignal {
    return this.#abort.signal;
  }
}

function taskLogger(task: Task, userLog: UserLog): TaskLogger {
  const logAt = (level: string) => (message: string, ...args: unknown[]) => userLog(task, level, format(message, ...args));
  return { info: logAt("info"), warn: logAt("warn"), error: logAt("error") };
}
