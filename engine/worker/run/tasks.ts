/**
 * The tasks of one run on one worker, and the executor of their instructions. Every state
 * change goes through here: an event is fed to the pure core (core/task-step.ts, or
 * core/pipeline-step.ts for a fused pipeline), the new snapshots are stored and logged, then
 * the instructions are carried out (queue or start an attempt, arm or disarm a retry, abort an
 * attempt, fail the run, hand a failure on). Nothing here decides what a state means.
 *
 * An illegal transition is a bug: it raises InvalidTransitionError with the task's story (its
 * last transitions, from a small ring of the run's recent ones). Production writes it to the
 * diagnostics and drops the event; with `strict` (tests: WEFT_STRICT_TRANSITIONS=1) it throws.
 */
import type { Clock } from "../../base/clock.js";
import { InvalidTransitionError, type StoryLine } from "../../core/invalid-transition.js";
import type { PipelineStep } from "../../core/pipeline-step.js";
import type { LogTransition, StimulusId, TaskInstruction } from "../../core/task-instructions.js";
import { stepTask, taskStepper, type TaskStepContext } from "../../core/task-step.js";
import type { TaskEvent, TaskState } from "../../core/task.machine.js";
import type { ErrorInfoLike } from "../../errors.js";
import type { weft } from "../../gen/weft.js";
import type { NodeSpec } from "../../../model/graph.js";
import type { JobQueue } from "../slot-pool.js";
import type { AttemptFigures } from "../attempt-meter.js";
import type { MapBlockRun, QuietChange, Task } from "../task-record.js";
import { usageOnWire } from "../../wire/task-succeeded.js";

/** What carrying out instructions does outside the task table. */
export interface TaskEffects {
  /** Runs a ready task's attempt; resolves when it is over (undefined: it was over on return). */
  runAttempt(task: Task): Promise<void> | undefined;
  /** Stops a running attempt (the run is being cancelled). */
  abortAttempt(task: Task): void;
  /** The task failed and nothing takes it in: the run fails. */
  failRun(task: Task, cause: ErrorInfoLike | undefined): void;
  /** The task failed and its consumers take the failure in: hand it on. */
  absorbFailure(task: Task, cause: ErrorInfoLike | undefined): void;
  /** Whether the consumers of `node` take its failure in. */
  absorbsFailure(node: NodeSpec): boolean;
}

/**
 * Told every task state change the table logs, with how long the task was in `from` (metrics
 * and traces, engine/observability). Absent when neither is on: then the table pays one check.
 */
export interface TaskObserver {
  changed(task: Task, from: TaskState, to: TaskState, attempt: number, atMs: number, durationMs: number, error: ErrorInfoLike | undefined): void;
}

/** Where the table writes the run's log. */
export interface TaskLog {
  add(entry: weft.v1.LogEntry.$Properties, sizeEstimate?: number): void;
  /**
   * A map instance succeeded on its first attempt (logged in a range with its neighbours, not
   * as three changes). Without it every change is logged on its own.
   */
  mapSucceeded?(task: Task, atMs: number, durationMs: number, usage: AttemptFigures | undefined): void;
  /**
   * A task node succeeded on its first attempt: its three changes (held back so far) are logged
   * as one entry (wire/task-succeeded.ts). Without it every change is logged on its own.
   */
  taskSucceeded?(task: Task, ready: QuietChange, running: QuietChange, atMs: number, usage: AttemptFigures | undefined): void;
  /** Calls `hook` before an entry that does not come from the table is logged (a user's line, an expansion). */
  beforeEntry?(hook: () => void): void;
  /** Calls `hook` before each batch of the log goes out (changes held back are logged then). */
  beforeFlush?(hook: () => void): void;
  /** Something held back is to be logged at the next flush: make sure there is one soon. */
  touch?(): void;
}

/** How a task table is set up: the run it belongs to and the shell it acts through. */
export interface TaskTableOptions {
  readonly worker: string;
  readonly epoch: number;
  readonly pool: JobQueue;
  readonly clock: Clock;
  readonly log: TaskLog;
  readonly effects: TaskEffects;
  /** Throw on an illegal transition instead of reporting it (tests). */
  readonly strict?: boolean;
  /** Where an illegal transition is reported when not strict. */
  readonly diagnostics?: (line: string) => void;
  /** Told every change (metrics, traces); undefined when neither is on. */
  readonly observer?: TaskObserver;
}

/** How many recent transitions the run keeps for stories, and how many lines a story tells. */
const RING = 1024;
const STORY_LINES = 8;

const retryKeys = new WeakMap<NodeSpec, string>();
/** A node's retry policy as text: tasks of every run with the same policy share snapshots. */
function retryKey(node: NodeSpec): string {
  let key = retryKeys.get(node);
  if (key === undefined) retryKeys.set(node, (key = JSON.stringify(node.retry)));
  return key;
}

/** True when WEFT_STRICT_TRANSITIONS asks illegal transitions to throw (the test suite sets it). */
export function strictTransitionsFromEnv(): boolean {
  return process.env.WEFT_STRICT_TRANSITIONS === "1";
}

/** The tasks of one run on this worker; see the file's header. */
export class TaskTable {
  private readonly tasks = new Map<string, Task>();
  private stimuli = 0;
  /** The step context, reused for every step (the core reads it before returning, never after). */
  private readonly ctx = new StepContext(this);
  /** The attempt a StartAttempt began (undefined when over already), for readyInHeldSlot. */
  private started: Promise<void> | undefined;
  // The ring of recent transitions, as parallel arrays: no allocation per transition. They grow
  // to RING entries as transitions come (appended in order until the ring wraps): a run of two
  // tasks does not make six arrays of 1,024 (48 KB) per run.
  private ringAt = 0;
  private readonly ringTask: string[] = [];
  private readonly ringEvent: string[] = [];
  private readonly ringFrom: TaskState[] = [];
  private readonly ringTo: TaskState[] = [];
  private readonly ringStimulus: number[] = [];
  private readonly ringTime: number[] = [];

  /** Map instances with changes held back whose attempt did not end on return: logged at the next flush. */
  private readonly held = new Set<Task>();
  /**
   * The task node whose changes are held back, in the hope of a first-attempt success logged as
   * one entry. At most one: any other entry logs them first, so the log keeps the order it had
   * with every change on its own (a chain's hops are told as one entry each; a fan-out's tasks,
   * ready together, mostly are not).
   */
  private heldTask: Task | undefined;

  constructor(private readonly opts: TaskTableOptions) {
    // An attempt still running when the log goes out is seen running (weft logs --follow, the
    // live view): only those that end between two flushes are told as a range.
    opts.log.beforeFlush?.(() => this.logHeldBack());
    opts.log.beforeEntry?.(() => this.releaseHeldTask());
  }

  get size(): number {
    return this.tasks.size;
  }

  get(id: string): Task | undefined {
    return this.tasks.get(id);
  }

  has(id: string): boolean {
    return this.tasks.has(id);
  }

  /** Every task still held (a copy: cancelling changes the table). */
  all(): Task[] {
    return [...this.tasks.values()];
  }

  /** A new task in `pending`, held until forgotten. */
  newTask(node: NodeSpec, index: number, item: unknown, block: MapBlockRun | undefined, pipeline?: object): Task {
    const id = index < 0 ? node.name : `${node.name}[${index}]`;
    const task: Task = {
      id,
      node,
      index,
      snapshot: taskStepper.initial({ retry: node.retry }, retryKey(node)), // shared by every task with this policy
      enteredAt: this.opts.clock.now(),
      controller: undefined,
      timer: undefined,
      item,
      block,
      pipeline,
      usage: undefined,
      quietReady: undefined,
      quietRunning: undefined,
    };
    this.tasks.set(id, task);
    return task;
  }

  /** Lets go of a task (map instances are many: only the live ones are kept). */
  forget(task: Task): void {
    this.tasks.delete(task.id);
  }

  clear(): void {
    this.tasks.clear();
  }

  /** A fresh stimulus id (for a pipeline step, which feeds several tasks one stimulus). */
  nextStimulus(): StimulusId {
    return ++this.stimuli;
  }

  /** Feeds an event to a task: steps it, logs the change and carries out the instructions. */
  transition(task: Task, event: TaskEvent, slotHeld = false): void {
    const ctx = this.ctx;
    ctx.task = task;
    ctx.stimulusId = ++this.stimuli;
    ctx.slotHeld = slotHeld;
    let step;
    try {
      step = stepTask(task.snapshot, event, ctx);
    } catch (err) {
      this.illegal(err);
      return;
    }
    task.snapshot = step.snapshot;
    this.carryOut(task, event.type, step.instructions);
  }

  /**
   * Makes a task ready in the slot that already holds it (a map instance): its attempt starts
   * at once; resolves when it is over (undefined: it was over on return).
   */
  readyInHeldSlot(task: Task): Promise<void> | undefined {
    this.started = undefined;
    this.transition(task, { type: "deps.met" }, true);
    const attempt = this.started;
    this.started = undefined;
    return attempt;
  }

  /** Stores and carries out a pipeline step's member part (core/pipeline-step.ts). */
  applyPipeline(tasks: readonly Task[], step: PipelineStep, event: string): void {
    tasks.forEach((t, i) => (t.snapshot = step.snapshots[i]!));
    // Every change is logged before any effect: a member failing the run cancels the others,
    // which must already stand where the pipeline step left them.
    for (const x of step.instructions) if (x.type === "LogTransition") this.logAndRemember(tasks.find((t) => t.id === x.taskId)!, event, x);
    for (const x of step.instructions) if (x.type !== "LogTransition") this.execute(tasks.find((t) => t.id === x.taskId)!, x);
  }

  /** Logs a step's change (its first instruction), then carries out the rest in order. */
  private carryOut(task: Task, event: string, instructions: readonly TaskInstruction[]): void {
    for (const x of instructions) {
      if (x.type === "LogTransition") this.logAndRemember(task, event, x);
      else this.execute(task, x);
    }
  }

  /** Reports an illegal transition raised by a step (the core's error, told with the story). */
  illegal(err: unknown): void {
    if (!(err instanceof InvalidTransitionError)) throw err;
    const told = err.withStory(this.story(err.taskId));
    const say = this.opts.diagnostics ?? ((line: string) => void process.stderr.write(line + "\n"));
    // Said even when strict: a throw in a slot's job or a timer may not reach a test's eye.
    say(`weft worker ${this.opts.worker}: an illegal task transition (a bug in weft; the event is ${this.opts.strict ? "refused" : "dropped"}): ${told.message}`);
    if (this.opts.strict) throw told;
  }

  /** The last transitions of `taskId` this run still remembers, oldest first. */
  story(taskId: string): StoryLine[] {
    const out: StoryLine[] = [];
    for (let k = 1; k <= RING && out.length < STORY_LINES; k++) {
      const i = (this.ringAt - k + RING) % RING;
      if (this.ringTask[i] === undefined) break;
      if (this.ringTask[i] !== taskId) continue;
      out.push({ stimulusId: this.ringStimulus[i]!, event: this.ringEvent[i]!, from: this.ringFrom[i]!, to: this.ringTo[i]!, at: this.ringTime[i]! });
    }
    return out.reverse();
  }

  /** Logs a change and keeps it in the ring the stories are told from (one clock read for both). */
  private logAndRemember(task: Task, event: string, x: LogTransition): void {
    const now = this.log(task, x);
    const i = this.ringAt;
    this.ringTask[i] = task.id;
    this.ringEvent[i] = event;
    this.ringFrom[i] = x.from;
    this.ringTo[i] = x.to;
    this.ringStimulus[i] = x.stimulusId;
    this.ringTime[i] = now;
    this.ringAt = (i + 1) % RING;
  }

  /** Carries out one effect (a step's log entry is written by logAndRemember, before). */
  private execute(task: Task, x: Exclude<TaskInstruction, LogTransition>): void {
    const { effects } = this.opts;
    switch (x.type) {
      case "QueueAttempt":
        this.opts.pool.submit(() => effects.runAttempt(task), task.node.name);
        return;
      case "StartAttempt":
        this.started = effects.runAttempt(task);
        if (this.started !== undefined && task.quietRunning !== undefined) {
          this.held.add(task);
          this.opts.log.touch?.();
        }
        return;
      case "ArmRetry": {
        const { clock } = this.opts;
        task.timer = clock.setTimeout(() => {
          task.timer = undefined;
          if (task.snapshot.value === "retrying") this.transition(task, { type: "retry.due", at: clock.now() });
        }, x.dueAt - clock.now());
        return;
      }
      case "DisarmRetry":
        if (task.timer !== undefined) this.opts.clock.clearTimeout(task.timer);
        task.timer = undefined;
        return;
      case "AbortAttempt":
        return effects.abortAttempt(task);
      case "FailRun":
        return effects.failRun(task, x.cause);
      case "AbsorbFailure":
        return effects.absorbFailure(task, x.cause);
    }
  }

  /** Writes a change to the run's log; returns the time it was stamped with. */
  private log(task: Task, x: LogTransition): number {
    const now = this.opts.clock.now();
    const durationMs = now - task.enteredAt;
    this.opts.observer?.changed(task, x.from, x.to, x.attempt, now, durationMs, x.error);
    task.enteredAt = now;
    if (this.heldTask !== undefined && this.heldTask !== task) this.releaseHeldTask();
    if (!this.quiet(task, x, now, durationMs)) {
      this.unhold(task);
      this.write(task, x, now, durationMs);
    }
    return now;
  }

  /** Logs the changes of `task` held back so far (before a line its function logs). */
  logHeldChanges(task: Task): void {
    if (task.quietReady !== undefined) this.unhold(task);
  }

  /**
   * Logs what a task's changes held back, if anything. They are let go of first: writing may
   * flush the batch, whose hook would log them again.
   */
  private unhold(task: Task): void {
    const ready = task.quietReady;
    const running = task.quietRunning;
    if (ready === undefined && running === undefined) return;
    task.quietReady = task.quietRunning = undefined;
    if (this.heldTask === task) this.heldTask = undefined;
    else if (this.held.size > 0) this.held.delete(task);
    if (ready !== undefined) this.logHeld(task, ready);
    if (running !== undefined) this.logHeld(task, running);
  }

  /** Logs the held task node's changes (another entry is about to be logged). */
  private releaseHeldTask(): void {
    if (this.heldTask !== undefined) this.unhold(this.heldTask);
  }

  /** The log goes out: tasks still waiting or running are logged as such (their changes held back so far). */
  private logHeldBack(): void {
    this.releaseHeldTask();
    if (this.held.size === 0) return;
    const tasks = [...this.held];
    this.held.clear();
    for (const task of tasks) this.unhold(task);
  }

  /**
   * Holds back a map instance's way to its first attempt (ready, running), and logs its success
   * on that attempt in a range of successes; false for any other change (logged on its own,
   * after what was held back).
   */
  private quiet(task: Task, x: LogTransition, now: number, durationMs: number): boolean {
    const log = this.opts.log;
    if (x.error !== undefined) return false;
    if (task.block === undefined) return this.quietTask(task, x, now, durationMs);
    if (log.mapSucceeded === undefined) return false;
    if (x.from === "pending" && x.to === "ready") {
      task.quietReady = { change: x, atMs: now, durationMs };
      return true;
    }
    if (x.from === "ready" && x.to === "running" && x.attempt === 1 && task.quietReady !== undefined) {
      task.quietRunning = { change: x, atMs: now, durationMs };
      return true;
    }
    if (x.from === "running" && x.to === "succeeded" && task.quietRunning !== undefined) {
      log.mapSucceeded(task, now, durationMs, task.usage);
      task.usage = task.quietReady = task.quietRunning = undefined;
      if (this.held.size > 0) this.held.delete(task);
      return true;
    }
    return false;
  }

  /**
   * The same for a task node (not a stage partition): its ready and running changes are held
   * back, and its success on its first attempt is logged as one entry with their times.
   */
  private quietTask(task: Task, x: LogTransition, now: number, durationMs: number): boolean {
    const log = this.opts.log;
    if (log.taskSucceeded === undefined || task.index >= 0 || task.pipeline !== undefined) return false;
    if (x.from === "pending" && x.to === "ready") {
      task.quietReady = { change: x, atMs: now, durationMs };
      this.heldTask = task; // any other was logged before this change (log)
      log.touch?.(); // logged at the next flush if it waits or runs until then
      return true;
    }
    if (x.from === "ready" && x.to === "running" && x.attempt === 1 && task.quietReady !== undefined) {
      task.quietRunning = { change: x, atMs: now, durationMs };
      return true;
    }
    if (x.from === "running" && x.to === "succeeded" && task.quietRunning !== undefined) {
      const ready = task.quietReady!;
      const running = task.quietRunning;
      const usage = task.usage;
      task.usage = task.quietReady = task.quietRunning = undefined;
      this.heldTask = undefined;
      log.taskSucceeded(task, ready, running, now, usage);
      return true;
    }
    return false;
  }

  private logHeld(task: Task, held: QuietChange): void {
    this.write(task, held.change, held.atMs, held.durationMs);
  }

  private write(task: Task, x: LogTransition, now: number, durationMs: number): void {
    const error = x.error;
    const usage = x.from === "running" ? task.usage : undefined;
    if (usage !== undefined) task.usage = undefined;
    this.opts.log.add(
      {
        task: {
          taskId: task.id,
          node: task.node.name,
          index: task.index,
          from: x.from,
          to: x.to,
          worker: this.opts.worker,
          attempt: x.attempt,
          atMs: now,
          durationMs,
          error: error ?? null,
          epoch: this.opts.epoch,
          absorbed: x.absorbed,
          ...usageOnWire(usage),
        },
      },
      error ? 200 + error.stack.length + error.message.length : 96,
    );
  }

  /** @internal the step context's view of the effects. */
  absorbs(node: NodeSpec): boolean {
    return this.opts.effects.absorbsFailure(node);
  }
}

/** The one mutable step context of a table: set before each step, read by the core during it. */
class StepContext implements TaskStepContext {
  task!: Task;
  stimulusId = 0;
  slotHeld = false;

  constructor(private readonly table: TaskTable) {}

  get taskId(): string {
    return this.task.id;
  }

  get inPipeline(): boolean {
    return this.task.pipeline !== undefined;
  }

  absorbsFailure(): boolean {
    return this.table.absorbs(this.task.node);
  }
}
