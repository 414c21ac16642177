/**
 * Runs one attempt of a task (a task node, a map instance, an aggregate or collect node): in a
 * worker thread when the node is isolated, else on this thread under invokeAttempt's timeout;
 * builds the `ctx` the user's function receives. A success is handed to `succeeded`; a failure
 * becomes the task's attempt.failed (with a jitter draw), which its machine and task-step turn
 * into a retry or a failure.
 */
import { join } from "node:path";
import { bundleCacheDir } from "../../bundle/cache-dir.js";
import { userError } from "../../bundle/user-stack.js";
import { ErrorCode, WeftError, toErrorInfo } from "../../errors.js";
import type { TaskState } from "../../core/task.machine.js";
import type { TaskContext, TaskObjects } from "../../../model/context.js";
import { AttemptAbort, invokeAttempt, invokeInline, type AttemptOutcome } from "../invoke.js";
import { attemptMeter, measures, type Probe } from "../attempt-meter.js";
import { AttemptContext } from "../attempt-context.js";
import type { StageAttempts } from "../stages/ports.js";
import type { Task } from "../task-record.js";
import type { WorkerServices } from "../worker-services.js";
import { taskObjects } from "../task-objects.js";
import type { TaskTable } from "./tasks.js";
import { SlowWatch } from "./slow-watch.js";
import type { RunValues } from "./values.js";

/** What attempts use of the worker: its clock, randomness, labeler, isolation threads and init hooks. */
export type AttemptServices = Pick<WorkerServices, "bus" | "clock" | "random" | "labeler" | "isolation" | "isolateAll" | "initState" | "diagnostics">;

/** An attempt running this long is said to be slow (once per node and run: a wide map of slow tasks says it once). */
export const SLOW_ATTEMPT_MS = 60_000;

/** What attempts use of the run. */
export interface AttemptRunnerOptions {
  readonly values: RunValues;
  readonly tasks: TaskTable;
  /** Where a user's log line goes. */
  userLog(task: Task, level: string, message: string): void;
  /** The attempt returned `value`: hand it on (and step the task). */
  succeeded(task: Task, value: unknown): void;
  /** Whether the run is stopped (nothing starts; a late result is dropped). */
  stopped(): boolean;
}

export class AttemptRunner implements StageAttempts {
  /** `ctx.objects`: through the worker's bus. */
  private readonly objects: TaskObjects;
  /** Nodes with an attempt said to be slow (each is said once). */
  private readonly saidSlow = new Set<string>();
  /** Attempts under way, to say the slow ones. */
  private readonly slowWatch: SlowWatch<Task>;
  /** Task-style attempts of this run begun here (which are measured: attempt-meter.ts). */
  private taskAttempts = 0;

  constructor(
    private readonly services: AttemptServices,
    private readonly opts: AttemptRunnerOptions,
  ) {
    this.objects = taskObjects(services.bus);
    this.slowWatch = new SlowWatch(services.clock, SLOW_ATTEMPT_MS, (task) => this.saySlow(task));
  }

  initState(node: string): Promise<unknown> {
    const { run } = this.opts.values;
    return this.services.initState(run.workflow, run.bundleHash, node);
  }

  /**
   * Runs an attempt of a ready task; resolves when it is over (whatever its outcome). A map
   * instance on this thread whose function returns a value is over on return (undefined): no
   * promise, timer or microtask of its own, which is most of what a tiny task costs.
   */
  runAttempt(task: Task): Promise<void> | undefined {
    const { values, tasks } = this.opts;
    const { clock } = this.services;
    if (this.opts.stopped() || task.snapshot.value !== "ready") return undefined;
    const { run } = values;
    const impl = run.workflow.impls.get(task.node.name);
    tasks.transition(task, { type: "attempt.started", at: clock.now() });
    const controller = new AttemptAbort();
    task.controller = controller;
    // Names the function if it blocks the event loop or outlives its stop: with its run.
    const label = this.labelOf(task);
    const isolated = (task.node.isolate || this.services.isolateAll) && (task.node.kind === "task" || task.node.kind === "map");
    attemptMeter.started();
    const probe = measures(task.index, task.index < 0 ? this.taskAttempts++ : 0, task.block?.total) ? attemptMeter.begin() : undefined;
    // A map instance or a task on this thread, with no init to await: called now, and over on
    // return when its function returns a value (a chain's hop then costs no promise chain).
    const node = task.node;
    if (impl !== undefined && !isolated && (node.kind === "map" || node.kind === "task") && !node.hasInit) {
      const fn = impl.fn;
      const outcome = invokeInline(
        () => {
          const args = node.kind === "map" ? task.item : this.inputsOf(task);
          const ctx = this.context(task, controller, undefined);
          this.services.labeler.entering(label);
          // Called as a plain function, not a method of `impl`: its stack frame reads
          // "at explode (...)", not "at Object.explode".
          return node.kind === "task" && node.inputShape === "none" ? fn(ctx) : fn(args, ctx);
        },
        task.node.timeoutMs,
        controller,
        label,
        undefined,
        clock,
      );
      if (!(outcome instanceof Promise)) return this.over(task, probe, outcome);
      return this.overWhenSettled(task, probe, outcome, this.watchSlow(task));
    }
    const watched = this.watchSlow(task);
    const outcome = !impl
      ? Promise.resolve({ ok: false as const, error: new WeftError(ErrorCode.WorkflowLoad, `the bundle has no function for node "${task.node.name}"`) })
      : isolated
        ? this.services.isolation.run({
            bundlePath: join(bundleCacheDir(), `${run.bundleHash}.mjs`),
            node: task.node.name,
            call: task.node.kind === "map" ? "item" : task.node.inputShape,
            args: this.inputsOf(task),
            hasInit: task.node.hasInit,
            ctx: {
              input: run.input,
              runId: run.runId,
              taskId: task.id,
              node: task.node.name,
              index: task.index,
              attempt: task.snapshot.context.attempt,
              trigger: run.trigger,
            },
            timeoutMs: task.node.timeoutMs,
            memoryLimitMb: task.node.memoryLimitMb ?? 0,
            signal: controller.signal,
            onLog: (level, message) => this.opts.userLog(task, level, message),
            objects: this.objects,
          })
        : invokeAttempt(
            async () => {
              const state = task.node.hasInit ? await this.initState(task.node.name) : undefined;
              const ctx = this.context(task, controller, state);
              this.services.labeler.entering(label);
              // Their input was combined as it arrived; the attempt hands the result on.
              if (task.node.kind === "aggregate" || task.node.kind === "collect") return task.item;
              // Called as a plain function, not a method of `impl`: its stack frame reads
              // "at explode (...)", not "at Object.explode".
              const fn = impl.fn;
              return task.node.inputShape === "none" && task.node.kind !== "map" ? fn(ctx) : fn(this.inputsOf(task), ctx);
            },
            task.node.timeoutMs,
            controller,
            label,
            undefined,
            clock,
          );
    return this.overWhenSettled(task, probe, outcome, watched);
  }

  private async overWhenSettled(task: Task, probe: Probe | undefined, pending: Promise<AttemptOutcome>, watched: boolean): Promise<void> {
    const outcome = await pending;
    if (watched) this.slowWatch.ended(task);
    this.over(task, probe, outcome);
  }

  /** The attempt is over with `outcome`: measured, then handed on (or the task steps to its failure). */
  private over(task: Task, probe: Probe | undefined, outcome: AttemptOutcome): undefined {
    task.usage = probe === undefined ? undefined : attemptMeter.end(probe, outcome.ok ? outcome.value : undefined);
    attemptMeter.ended();
    task.controller = undefined;
    // Cancelled meanwhile: the late result is dropped.
    if (this.opts.stopped() || (task.snapshot.value as TaskState) !== "running") return undefined;
    if (outcome.ok) this.opts.succeeded(task, outcome.value);
    else {
      const { clock, random } = this.services;
      this.opts.tasks.transition(task, { type: "attempt.failed", at: clock.now(), error: userError(toErrorInfo(outcome.error)), draw: random.next() });
    }
    return undefined;
  }

  /** The run is over here: no attempt is watched any more. */
  stop(): void {
    this.slowWatch.stop();
  }

  /** Watches the attempt until it ends, to say it if slow; false when its node was said slow already. */
  private watchSlow(task: Task): boolean {
    if (this.saidSlow.has(task.node.name)) return false;
    this.slowWatch.started(task);
    return true;
  }

  /**
   * Says once per node that an attempt has run SLOW_ATTEMPT_MS without returning (with its run,
   * so `weft logs RUN --node N` finds it).
   */
  private saySlow(task: Task): void {
    if (this.saidSlow.has(task.node.name) || this.opts.stopped()) return;
    this.saidSlow.add(task.node.name);
    const say = this.services.diagnostics ?? ((line: string) => process.stderr.write(line + "\n"));
    const label = this.labelOf(task);
    const bound = task.node.timeoutMs > 0 ? `its timeoutMs is ${task.node.timeoutMs} ms` : "it has no timeoutMs";
    say(`${label} has been running for ${SLOW_ATTEMPT_MS / 1000} s (attempt ${task.snapshot.context.attempt}; ${bound}); said once for node "${task.node.name}" of this run`);
  }

  private labelOf(task: Task): string {
    return `task ${task.id} (run ${this.opts.values.runId})`;
  }

  /** What a task's function receives as its first argument. */
  private inputsOf(task: Task): unknown {
    const { values } = this.opts;
    if (task.node.kind === "map") return task.item;
    if (task.node.inputShape === "tuple") return task.node.deps.map((d) => values.value(d));
    if (task.node.inputShape === "single") return values.value(task.node.deps[0]!);
    return undefined;
  }

  /** A task's ctx; `extra` fields are added (a stage's partition, broadcast value, idempotency key). */
  context<X extends object>(task: Task, abort: { readonly signal: AbortSignal }, state: unknown, extra?: X): TaskContext<unknown, unknown> & X {
    const ctx = new AttemptContext(this.opts.values.run, task, abort, state, this.objects, this.opts.userLog);
    // Without `extra` (every task but a stage's), X is the empty object type.
    return extra === undefined ? (ctx as unknown as TaskContext<unknown, unknown> & X) : Object.assign(ctx, extra);
  }
}
