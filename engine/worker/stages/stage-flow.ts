/**
 * Record-style stages on one worker: partitions, pipelines, shuffles, aggregation, gathering.
 *
 * A partition of a stage runs where `partitionWorkers` puts it (layout.ts). A chain of forward
 * stages the planner fuses (plan/fusion.ts) runs as ONE pipeline per partition (pipeline.ts):
 * records flow through the stages' functions one by one, while every stage keeps its own task
 * and state changes in the log. The members start, fail and retry together by the rules of
 * core/pipeline-step.ts. What leaves a pipeline is combined on the worker and sent once per
 * receiving worker (exchange.ts). This class coordinates those parts: it lays the pipelines
 * out, starts each when its input is complete, and runs its attempts.
 */
import type { Clock } from "../../base/clock.js";
import type { Random } from "../../base/random.js";
import { stepPipeline, longestTimeout, type PipelineEvent, type PipelineStep } from "../../core/pipeline-step.js";
import type { TaskState } from "../../core/task.machine.js";
import { failureAbsorbed } from "../../../model/upstream-failure.js";
import { userError } from "../../bundle/user-stack.js";
import { toErrorInfo } from "../../errors.js";
import type { weft } from "../../gen/weft.js";
import type { NodeSpec } from "../../../model/graph.js";
import { AttemptAbort, invokeAttempt } from "../invoke.js";
import type { TaskTable } from "../run/tasks.js";
import { inSlices, type JobQueue } from "../slot-pool.js";
import type { CpuTurn } from "../cpu-turn.js";
import type { WorkLabeler } from "../work-labeler.js";
import { Exchange, StartFault, type Effect } from "./exchange.js";
import { StageLayout } from "./layout.js";
import { PipelineRunner, StageFault, type Outputs, type Pipeline } from "./pipeline.js";
import type { StageAttempts, StageOutbox, StageRun, StageValues } from "./ports.js";
import { keptPartitions } from "../../core/stage-recovery.js";
import { chainCanMove, dealPartitions } from "../../core/stage-handover.js";
import type { ItemShare } from "../../core/elastic-placement.js";
import { ErrorCode, WeftError } from "../../errors.js";
import type { CarriedChain, StageCarry } from "./stage-carry.js";
import type { Accounts } from "./exchange.js";

export { StartFault } from "./exchange.js";

/** The ports a StageFlow works through. */
export interface StagePorts {
  readonly values: StageValues;
  readonly tasks: TaskTable;
  readonly outbox: StageOutbox;
  readonly attempts: StageAttempts;
  readonly run: StageRun;
  readonly pool: JobQueue;
  /** The run's turn to run records on this worker (shared by the run's pipelines, not by other runs'). */
  readonly cpu: CpuTurn;
  readonly clock: Clock;
  readonly random: Random;
  readonly labeler: WorkLabeler;
  /** What this worker kept of the stages from the run's previous epoch here (after a loss). */
  readonly carried?: StageCarry | undefined;
}

export class StageFlow {
  private readonly layout: StageLayout;
  private readonly exchange: Exchange;
  private readonly runner: PipelineRunner;
  private readonly pipelines = new Map<string, Pipeline>(); // "head#p"
  /** This worker's pipelines are laid out (until then, the run's part here is not known). */
  private laid = false;

  constructor(private readonly ports: StagePorts) {
    this.layout = new StageLayout(ports.values);
    this.exchange = new Exchange(ports.values, this.layout, ports.outbox, ports.run, {
      forwardArrived: (stage, p, records) => this.forwardArrived(stage, p, records),
      keyedComplete: (stage) => this.keyedComplete(stage),
    });
    this.runner = new PipelineRunner(ports.values, this.layout, ports.attempts, ports.labeler, ports.cpu, (stage, p) => this.exchange.keyedInput(stage, p),
      (from, to, account) => this.exchange.keyDictionary(from, to, account),
    );
  }

  get hasStages(): boolean {
    return this.layout.stages.length > 0;
  }

  /**
   * Whether nothing of the stages is left to do here: the pipelines are laid out (a worker may
   * own none: one that joined) and this worker's aggregation-tree nodes handed their partial on.
   * Partitions are tasks: the executor checks those.
   */
  get settled(): boolean {
    return this.laid && this.exchange.treesSettled;
  }

  // ---------- set-up ----------

  /**
   * Resolves partition counts, trees and accumulators (throws at once on a bad count or fan-in:
   * StartFault names an aggregate at fault), then lays out this worker's pipelines and starts
   * what can start: in slices that let the event loop turn when they are many (a 1M-partition
   * stage is seconds of work). The promise settles at that end (rejecting with what failed);
   * data must wait for it (the executor keeps it until then).
   */
  start(): Promise<void> {
    const { values, tasks, run, clock } = this.ports;
    this.layout.lay((stage, count) => this.ports.outbox.logExpanded(stage, count));
    const kept = this.keptChains();
    // Before any pipeline exists: a pipeline started early (valueArrived) may finish at once.
    this.exchange.setUp(new Map([...kept.values()].map((c) => [c.tail, c])));
    const heads: { head: NodeSpec; members: NodeSpec[]; partitions: number[] }[] = [];
    for (const s of this.layout.stages) {
      if (this.layout.isFused(s.name) || !values.isNeeded(s.name)) continue;
      heads.push({ head: s, members: this.layout.chainFrom(s), partitions: this.layout.localPartitions(s.name) });
    }
    const layout = (i: number): void => {
      for (const { head, members, partitions } of heads) {
        if (i >= partitions.length) {
          i -= partitions.length;
          continue;
        }
        const p = partitions[i]!;
        const id = `${head.name}#${p}`;
        const pipeline: Pipeline = { id, members, partition: p, tasks: [], started: false, input: undefined };
        pipeline.tasks = members.map((m) => tasks.newTask(m, p, undefined, undefined, pipeline));
        this.pipelines.set(id, pipeline);
        // Ended here in the run's previous epoch, its output kept in the accumulators: not run again.
        if (kept.get(head.name)?.partitions.has(p)) {
          pipeline.started = true;
          for (const t of pipeline.tasks) tasks.transition(t, { type: "output.recovered", at: clock.now() });
        }
        return;
      }
    };
    const count = heads.reduce((n, h) => n + h.partitions.length, 0);
    return inSlices(count, layout, { stop: () => run.stopped })
      .then(() => {
        this.laid = true;
      })
      .then(() => this.flushKept())
      .then(() => this.startAll());
  }

  /**
   * The chains (by head) whose partitions ended here in the run's previous epoch are kept, each
   * with the partitions the new layout leaves here (core/stage-recovery.ts: all or none).
   */
  private keptChains(): Map<string, CarriedChain> {
    const out = new Map<string, CarriedChain>();
    for (const [head, chain] of this.ports.carried ?? []) {
      const spec = this.layout.stages.find((s) => s.name === head);
      if (!spec || this.layout.isFused(head)) continue;
      const members = this.layout.chainFrom(spec);
      const now = { tail: members[members.length - 1]!.name, owners: this.layout.ownersOf(head) };
      const partitions = keptPartitions(chain, now, this.ports.values.me);
      if (partitions.size > 0) out.set(head, { ...chain, partitions });
    }
    return out;
  }

  /** Hands on what kept partitions completed (an accumulator with no partition left to run here). */
  private async flushKept(): Promise<void> {
    const effects: Effect[] = [];
    await this.exchange.flushKept(effects);
    await this.runEffects(effects);
  }

  /** Carries out what accumulators handed on outside a pipeline's success (a failure fails the receiving node). */
  private async runEffects(effects: readonly Effect[]): Promise<void> {
    for (const e of effects) {
      try {
        await e.run();
      } catch (err) {
        this.ports.run.fail(e.node, err);
      }
    }
  }

  /** What this worker keeps of the stages into the run's next epoch here (after a loss). */
  carry(): StageCarry {
    return this.exchange.carry();
  }

  /** tryStart for every pipeline, in slices when they are many. */
  private startAll(): Promise<void> {
    const keys = [...this.pipelines.keys()];
    return inSlices(keys.length, (i) => this.tryStart(keys[i]!), { stop: () => this.ports.run.stopped });
  }

  /**
   * Works out every stage's partition count (calling its partitions(input) function, once):
   * the first stage whose count is not a whole number >= 1, or above MAX_PARTITIONS, with its
   * E_INVALID_INPUT error; undefined when every count fits. A run fails on it before a worker
   * lays out (or allocates for) anything.
   */
  partitionCountProblem(): { stage: string; error: unknown } | undefined {
    for (const s of this.layout.stages) {
      try {
        this.layout.partitionsOf(s);
      } catch (error) {
        return { stage: s.name, error };
      }
    }
    return undefined;
  }

  // ---------- readiness ----------

  /** A task-like value arrived (a broadcast, perhaps): start what waited for it. */
  valueArrived(): void {
    void this.startAll().catch((err: unknown) => this.ports.run.fail(this.layout.stages[0]!.name, err));
  }

  /** Data for stages from another worker. */
  receive(message: weft.v1.DataMessage): void {
    if (message.body === "partitionsMoved") {
      const m = message.partitionsMoved!;
      return this.takeOver(m.node ?? "", [...(m.partitions ?? [])], m.owner ?? 0);
    }
    this.exchange.receive(message);
  }

  // ---------- partitions that move before they start (core/stage-handover.ts) ----------

  /**
   * Hands partitions of chains not started here to other workers as `rule` shares them out:
   * per chain and per account (this worker's own partitions, or a batch moved here), the last
   * ones of those ready and waiting for a slot, never attempted. Each moves whole (every member
   * of its chain) with a PartitionsMoved message; here its tasks are forgotten (they logged only
   * `ready`) and its queued attempt does nothing. Returns worker -> partitions moved to it.
   */
  handOff(rule: (unstarted: number) => ItemShare[]): Map<number, number> {
    const moved = new Map<number, number>();
    const { tasks, run, outbox, values } = this.ports;
    if (run.stopped || !this.laid) return moved;
    const groups = new Map<Accounts | undefined, Map<string, Pipeline[]>>();
    for (const pl of this.pipelines.values()) {
      if (!this.waitsForSlot(pl) || !chainCanMove(pl.members)) continue;
      let byHead = groups.get(pl.account);
      if (!byHead) groups.set(pl.account, (byHead = new Map()));
      const head = pl.members[0]!.name;
      let list = byHead.get(head);
      if (!list) byHead.set(head, (list = []));
      list.push(pl);
    }
    // All at once (the accumulators count them out before anything else ends here); what that
    // completes is handed on after.
    const effects: Effect[] = [];
    const flushing: Promise<void>[] = [];
    for (const [account, byHead] of groups) {
      for (const [head, list] of byHead) {
        const byPartition = new Map(list.map((pl) => [pl.partition, pl]));
        const tail = list[0]!.members[list[0]!.members.length - 1]!.name;
        for (const [worker, partitions] of dealPartitions([...byPartition.keys()], rule(list.length))) {
          for (const p of partitions) {
            const pl = byPartition.get(p)!;
            pl.handedOver = true;
            this.pipelines.delete(pl.id);
            for (const t of pl.tasks) tasks.forget(t);
          }
          const owner = account?.owner ?? values.me;
          // A receiver that left before this arrived (a joiner drained at once): run them here.
          outbox.sendOrTakeBack(worker, { partitionsMoved: { node: head, partitions, owner } }, () => this.takeBack(head, partitions, owner));
          flushing.push(this.exchange.release(tail, partitions.length, account, effects));
          moved.set(worker, (moved.get(worker) ?? 0) + partitions.length);
        }
      }
    }
    void Promise.all(flushing).then(
      () => this.runEffects(effects),
      (err: unknown) => run.fail(head0(groups), err),
    );
    return moved;
  }

  /**
   * Partitions this worker handed to one that had left when they arrived (nothing reached it):
   * they run here after all, as partitions moved here do (their account already counts them out).
   */
  private takeBack(head: string, partitions: number[], owner: number): void {
    try {
      this.takeOver(head, partitions, owner);
    } catch (err) {
      this.ports.run.fail(head, err);
    }
  }

  /** Started, its attempt queued for a slot, never attempted: what may still move. */
  private waitsForSlot(pl: Pipeline): boolean {
    return pl.started && !pl.handedOver && pl.tasks.every((t) => t.snapshot.value === "ready" && t.snapshot.context.attempt === 0);
  }

  /**
   * Partitions of the chain `head` heads, owned by worker `owner`, moved here before they
   * started: laid out here with their own accumulators, and started.
   */
  private takeOver(head: string, partitions: number[], owner: number): void {
    const { values, tasks, run } = this.ports;
    if (run.stopped) return;
    const spec = this.layout.stages.find((s) => s.name === head);
    const members = spec && !this.layout.isFused(head) ? this.layout.chainFrom(spec) : [];
    const owners = spec ? this.layout.ownersOf(head) : [];
    const strange = partitions.find((p) => owners[p] !== owner || this.pipelines.has(`${head}#${p}`));
    if (!chainCanMove(members) || !values.isNeeded(head) || strange !== undefined || partitions.length === 0) {
      const which = partitions.length > 8 ? `${partitions.length} partitions` : `partitions ${partitions.join(", ")}`;
      throw new WeftError(ErrorCode.Decode, `${which} of "${head}" moved from worker ${owner}: not a chain of this run that can move, or not that worker's`);
    }
    let account: Accounts;
    try {
      account = this.exchange.openMoved(members[members.length - 1]!.name, partitions.length, owner);
    } catch (err) {
      if (err instanceof StartFault) return run.fail(err.node, err.error);
      throw err;
    }
    // In slices, like the layout: a wide stage may move many partitions at once.
    const layOut = (i: number): void => {
      const p = partitions[i]!;
      const id = `${head}#${p}`;
      const pipeline: Pipeline = { id, members, partition: p, tasks: [], started: false, input: undefined, account };
      pipeline.tasks = members.map((m) => tasks.newTask(m, p, undefined, undefined, pipeline));
      this.pipelines.set(id, pipeline);
      this.tryStart(id);
    };
    void inSlices(partitions.length, layOut, { stop: () => run.stopped }).catch((err: unknown) => run.fail(head, err));
  }

  private forwardArrived(stage: string, p: number, records: unknown[]): void {
    const key = `${stage}#${p}`;
    const pl = this.pipelines.get(key);
    if (!pl || pl.input !== undefined) return; // not ours, or a duplicate
    pl.input = records;
    this.tryStart(key);
  }

  private keyedComplete(stage: string): void {
    const local = this.layout.localPartitions(stage);
    void inSlices(local.length, (i) => this.tryStart(`${stage}#${local[i]}`), { stop: () => this.ports.run.stopped }).catch((err: unknown) =>
      this.ports.run.fail(stage, err),
    );
  }

  private tryStart(key: string): void {
    const pl = this.pipelines.get(key);
    const { values, run } = this.ports;
    if (!pl || pl.started || run.stopped) return;
    const head = pl.members[0]!;
    for (const m of pl.members) {
      for (let i = 0; i < m.deps.length; i++) if (m.routing[i] === "broadcast" && !values.hasValue(m.deps[i]!)) return;
    }
    if (head.op === "keyed") {
      if (!this.exchange.keyedReady(head)) return;
    } else if (head.routing[0] === "forward" && pl.input === undefined) return;
    pl.started = true;
    this.step(pl, { type: "deps.met" });
  }

  /**
   * Feeds an event to a pipeline: the core (core/pipeline-step.ts) steps its members together;
   * the task table logs them and carries out their instructions, then this carries out the
   * pipeline's own (queue its next attempt, or arm its retry).
   */
  private step(pl: Pipeline, event: PipelineEvent): void {
    const { tasks, clock, values } = this.ports;
    let step: PipelineStep;
    try {
      step = stepPipeline(pl.tasks, event, {
        pipelineId: pl.id,
        stimulusId: tasks.nextStimulus(),
        absorbsFailure: (i) => failureAbsorbed(pl.members[i]!.name, values.consumersOf(pl.members[i]!.name)),
      });
    } catch (err) {
      tasks.illegal(err);
      return;
    }
    tasks.applyPipeline(pl.tasks, step, event.type);
    const next = step.pipeline;
    if (next?.type === "QueueAttempt") this.ports.pool.submit(() => this.runAttempt(pl));
    else if (next?.type === "ArmRetry") {
      clock.setTimeout(() => {
        if (!this.ports.run.stopped) this.step(pl, { type: "retry.due", at: clock.now() });
      }, next.dueAt - clock.now());
    }
  }

  // ---------- running a pipeline ----------

  private async runAttempt(pl: Pipeline): Promise<void> {
    const { run, clock } = this.ports;
    if (run.stopped || pl.handedOver || pl.tasks.some((t) => t.snapshot.value !== "ready")) return;
    this.step(pl, { type: "attempt.started", at: clock.now() });
    const controller = new AttemptAbort();
    for (const t of pl.tasks) t.controller = controller;
    // The longest timeout of the chain bounds the whole pipeline (its stages run interleaved);
    // when it fires, it is that stage's failure (core/pipeline-step.ts).
    const timed = longestTimeout(pl.tasks);
    const timeoutMs = pl.members[timed]!.timeoutMs;
    const label = `stage ${pl.members[timed]!.name}[${pl.partition}]`;
    const outcome = await invokeAttempt(() => this.runner.execute(pl, controller), timeoutMs, controller, label, undefined, clock);
    for (const t of pl.tasks) t.controller = undefined;
    if (run.stopped || pl.tasks.some((t) => (t.snapshot.value as TaskState) !== "running")) return;
    let failure: unknown = outcome.ok ? undefined : outcome.error instanceof StageFault ? outcome.error.error : outcome.error;
    if (outcome.ok) {
      const effects: Effect[] = [];
      try {
        // Combining and encoding come before the success is logged: a combiner or an encoding
        // that fails fails the stage (not retried: the worker's accumulators may already hold
        // part of this partition). What they produce is handed on after it is logged, so the
        // log shows causes before effects.
        await this.exchange.dispatch(pl, outcome.value as Outputs, effects);
      } catch (err) {
        failure = err;
      }
      // The merge went in slices: the run may have been cancelled meanwhile.
      if (run.stopped || pl.tasks.some((t) => (t.snapshot.value as TaskState) !== "running")) return;
      if (failure === undefined) {
        this.step(pl, { type: "attempt.succeeded", at: clock.now() });
        for (const e of effects) {
          try {
            await e.run();
          } catch (err) {
            // Taking the data in failed on this worker (a combiner's merge, say): its consumer fails.
            run.fail(e.node, err);
          }
        }
        return;
      }
    }
    const error = userError(outcome.ok ? { ...toErrorInfo(failure), terminal: true } : toErrorInfo(failure));
    const member = !outcome.ok && outcome.error instanceof StageFault ? outcome.error.member : undefined;
    this.step(pl, { type: "attempt.failed", at: clock.now(), error, draw: this.ports.random.next(), member });
  }
}

/** The first chain head of the groups a hand-off moved (the node a failure to hand on is reported for). */
function head0(groups: Map<Accounts | undefined, Map<string, Pipeline[]>>): string {
  for (const byHead of groups.values()) for (const head of byHead.keys()) return head;
  return "";
}
