/**
 * The coordinator's decisions, as a table: events in, instructions out (dask's
 * `handle_stimulus`). Every run's machine, setup and progress live here, with the workers'
 * liveness; `handle` takes one event (a submission accepted, a log batch read, a sink value, a
 * heartbeat, a watchdog tick, a deadline, a cancel, a restored run...) and returns what the
 * coordinator must do about it (start the run on workers, publish a run event, record the run,
 * arm a deadline, settle the log, forget the run...), each tagged with the event's stimulus id.
 *
 * Pure: no I/O, no timers, no clock (time comes in the events' `at`). So re-placement after a
 * worker loss, resume after a restart, an end read from the log and deadlines are tested with
 * scripted events and no nats-server (test/unit/run-table.test.ts), and recorded run logs replay
 * through it (test/unit/run-replay.test.ts).
 */
import { admitQueued, queuedTooLong } from "../core/admission.js";
import { runCostOf } from "./run-cost.js";
import type { RunCost } from "../core/run-usage.js";
import { MachineStepper } from "../core/machine-stepper.js";
import { directResultWorker } from "../core/express-result.js";
import { neededNodes } from "../core/needed-nodes.js";
import { isTerminalRunState, runMachine, type EndState, type RunEvent, type RunSnapshot, type RunState } from "../core/run.machine.js";
import { ErrorCode, toErrorInfo, type ErrorInfoLike } from "../errors.js";
import type { EdgeTotals } from "../model/edge-totals.js";
import type { WorkerInfo } from "../model/placement.js";
import { planPlacement } from "../plan/placement.js";
import { withoutIdleWorkers } from "../plan/workers-in-use.js";
import { assertResultFits } from "../wire/value-codec.js";
import type { LogEntryRead, LoggedRunChange } from "./log-entries.js";
import { RunProgress, type NodeCounts } from "./run-progress.js";
import { withPlacement, type RunSetup } from "./run-setup.js";
import type { DrainSaid, WorkerRegistry } from "./worker-registry.js";
import { keptGathers, placementWithJoiner } from "../core/elastic-placement.js";
import { stageBaseAfterLoss } from "../core/stage-recovery.js";
import type { Placement } from "../model/placement.js";

const stepper = new MachineStepper(runMachine);

/** How often a run is placed again for one cause before that cause ends it. */
export const MAX_REPLACEMENTS_PER_CAUSE = 5;

/** What happened, as the coordinator's shell tells the table. Every event says when and why. */
export type CoordinatorEvent = { readonly at: number; readonly stimulusId: string } & (
  | /**
     * A submission passed its checks and was placed; its record is being created. Held, not
     * started. `epoch`: its first (default 0); 1 for a run id its client did not just make, which
     * a coordinator that died may have started in epoch 0 without recording it: a worker that
     * still runs that epoch is then told to place the run over, not answered as a repeat.
     */
    { type: "submission.received"; setup: RunSetup; epoch?: number }
  /**
   * Its record exists (or, for a run id its client just made, is being created: the shell
   * holds every instruction but the StartRun until it exists, record-gate.ts): the run starts.
   */
  | { type: "submission.accepted"; runId: string }
  /** Its record could not be created (or the leadership was lost meanwhile): forgotten. */
  | { type: "submission.withdrawn"; runId: string }
  /** An unfinished run's record, read by a coordinator that takes the run up; its log is replayed next. */
  | { type: "record.read"; setup: RunSetup; state: string; epoch: number; nodes?: readonly NodeCounts[] }
  /** The taken-up run's log has been read to its end. */
  | { type: "log.replayed"; runId: string }
  /**
   * The taken-up run enters its recorded state. Its epoch is adopted where it runs when every
   * worker of its placement is live (and the log shows no later epoch); else it is placed again.
   */
  | { type: "run.restored"; runId: string }
  /** A worker's answer to a resync of an adopted epoch: whether it runs that epoch (it sent its sink values again). */
  | { type: "resync.answered"; runId: string; epoch: number; worker: string; held: boolean }
  /** A batch of the run's history: the coordinator's (`worker` undefined: run state changes) or a worker's (tasks). */
  | { type: "log.batch.read"; runId: string; worker: string | undefined; entries: readonly LogEntryRead[] }
  /** A sink value, from `worker` (as its NATS identity vouches, not as the value says). */
  | { type: "sink.arrived"; runId: string; worker: string; epoch: number; node: string; valueJson: string; error: ErrorInfoLike | undefined }
  /** A worker told to keep outputs from an earlier epoch no longer holds them (it forgot the run meanwhile). */
  | { type: "outputs.missing"; runId: string; epoch: number; worker: string; nodes: readonly string[] }
  /** A worker refused (or never answered) a StartRun of `epoch`. */
  | { type: "start.failed"; runId: string; epoch: number; worker: string; error: ErrorInfoLike }
  | { type: "worker.heard"; name: string; slots: number; running: number; incarnation: string; pid: number; host: string; drain?: DrainSaid }
  /** The coordinator's own connection to NATS went down: it hears nobody from now on. */
  | { type: "connection.lost" }
  | { type: "connection.restored" }
  /** The watchdog's tick: workers silent too long are lost, and their runs placed again. */
  | { type: "workers.checked" }
  | { type: "deadline.passed"; runId: string }
  | { type: "cancel.requested"; runId: string; reason: string }
  /** What the ended run's workers logged has been read (see SettleLog). */
  | { type: "log.settled"; runId: string }
  /** Another coordinator recorded the run since this one did: it owns the run now. */
  | { type: "run.handed.over"; runId: string }
  /** An ended run's grace time for late events is over. */
  | { type: "forget.due"; runId: string }
);

/** An event as the shell tells it, before its `at` and `stimulusId` are added. */
export type CoordinatorEventBody = CoordinatorEvent extends infer E ? (E extends unknown ? Omit<E, "at" | "stimulusId"> : never) : never;

/** A run state change, as published on the run's log. */
export interface RunEventEntry {
  from: RunState | "";
  to: RunState;
  atMs: number;
  error: ErrorInfoLike | null;
  resultJson: string;
  workflow: string;
  /** On an end: the run's data accounting. */
  edges: EdgeTotals[];
  /** On an end: what the run cost (docs/cost.md). */
  cost?: RunCost;
  /** An express run's `running`: the worker whose ExpressResult its client may take as the result ("" for none). */
  resultWorker?: string;
}

/** What the coordinator must do. Each carries the stimulus id of the event that caused it. */
export type CoordinatorInstruction = { readonly stimulusId: string } & (
  | /** Send StartRun for `epoch` to each worker; `recovered`: the outputs each one keeps from before. */
  { type: "StartRunOnWorkers"; runId: string; epoch: number; workers: readonly string[]; recovered: Readonly<Record<string, readonly string[]>> }
  /**
   * Ask each worker of an adopted epoch to send again what the coordinator that died had from
   * it (sink values), and to say whether it runs that epoch (then feed resync.answered).
   */
  | { type: "ResyncWorkers"; runId: string; epoch: number; workers: readonly string[] }
  /** Publish on the run's log; an `end` goes out at once, other events of one turn as one batch. */
  | { type: "PublishRunEvent"; runId: string; entry: RunEventEntry; end: boolean }
  /** A control for the run's workers, through the stream ("grow": `placement` is the epoch's with a worker that joined). */
  | { type: "PublishControl"; runId: string; action: "cancel" | "forget" | "grow"; reason: string; epoch: number; placement?: Placement }
  /** Write the run's record: `now`, or within a short while (one write for the changes until then). */
  | { type: "RecordRun"; runId: string; now: boolean }
  | { type: "ArmDeadline"; runId: string; at: number }
  | { type: "DisarmDeadline"; runId: string }
  /**
   * Make what the ended run's workers logged reach this coordinator before its end is published
   * (then feed log.settled): `askFlush` asks each worker to flush (a failure or cancel);
   * otherwise a success whose every task's end was read has nothing to wait for.
   */
  | { type: "SettleLog"; runId: string; epoch: number; workers: readonly string[]; askFlush: boolean }
  /** Feed forget.due for the run after `afterMs` (late events of an ended run still find it meanwhile). */
  | { type: "Forget"; runId: string; afterMs: number }
  /** A line for the operator. */
  | { type: "Say"; line: string }
);

type Instruction = CoordinatorInstruction extends infer I ? (I extends { stimulusId: string } ? Omit<I, "stimulusId"> : never) : never;

export interface RunTableOptions {
  /** The coordinator's name, in what it says. */
  name: string;
  /** How long a run with no live worker waits for one before it fails with E_NO_WORKERS. */
  workerWaitMs: number;
  /** The bus's largest message: a run's result must fit in one. */
  maxPayload: number;
  /** How often the shell feeds workers.checked (a later tick means this process lagged). */
  checkEveryMs?: number;
  /** A tick later than this after its time: the lag is this process's, not the workers' silence. */
  lagToleratedMs?: number;
  /** How long an ended run is kept for late events. */
  forgetAfterMs?: number;
}

/** A run as the table's readers see it (read-only). */
export interface RunView {
  readonly setup: RunSetup;
  readonly snapshot: RunSnapshot;
  readonly progress: Pick<RunProgress, "nodes" | "failures" | "attempts" | "doneOn" | "edges" | "tasksTotal" | "tasksDone" | "sinks" | "allTasksRead" | "usage">;
  readonly state: RunState;
  readonly ended: boolean;
  readonly epoch: number;
}

/** One run's row: its values are replaced, never changed in place (progress counts on its own). */
class Row implements RunView {
  /** Since when no worker was live to place it on (undefined: it is placed). */
  orphanedSince: number | undefined;
  /** The end, once the run ended and while its log settles. */
  ending: { from: RunState; to: RunState } | undefined;
  /** How often it was placed again, per cause (the lost or restarted worker). */
  readonly replacedFor = new Map<string, number>();
  /** Taken up from its record, its log being read: not running yet (see run.restored). */
  restoring = false;
  /** What its log (or a late sink value) decided while it was restoring (a task's failure, every sink done): acted on if its epoch is adopted. */
  decidedMeanwhile: RunEvent | undefined;
  /** The counts per node its record had (those of nodes its epoch does not compute carry on if it is adopted). */
  recordedNodes: readonly NodeCounts[] = [];
  /** The workers of an adopted epoch that have not answered its resync yet. */
  resyncing: Set<string> | undefined;
  /** The state its record had, when taken up from one (a queued run stays queued). */
  recordedState = "";
  /** Workers that joined the current epoch while it ran (see joined). */
  joiners = new Set<string>();

  constructor(
    public setup: RunSetup,
    public snapshot: RunSnapshot,
    readonly progress: RunProgress,
  ) {}

  get state(): RunState {
    return this.snapshot.value as RunState;
  }
  get ended(): boolean {
    return isTerminalRunState(this.state);
  }
  get epoch(): number {
    return this.snapshot.context.epoch;
  }
}

export class RunTable {
  private readonly rows = new Map<string, Row>();
  /** The runs waiting for a worker (see engine/core/admission.ts). */
  private readonly queued = new Set<string>();
  /** When workers.checked was last handled (0: not yet). */
  private lastCheckAt = 0;
  private readonly checkEveryMs: number;
  private readonly lagToleratedMs: number;
  private readonly forgetAfterMs: number;

  constructor(
    /** The workers heard, updated only through this table's events. */
    private readonly registry: WorkerRegistry,
    private readonly options: RunTableOptions,
  ) {
    this.checkEveryMs = options.checkEveryMs ?? 500;
    this.lagToleratedMs = options.lagToleratedMs ?? 100;
    this.forgetAfterMs = options.forgetAfterMs ?? 60_000;
  }

  /** The run, if this coordinator follows it. */
  run(runId: string): RunView | undefined {
    return this.rows.get(runId);
  }

  /** Every run followed here. */
  runs(): RunView[] {
    return [...this.rows.values()];
  }

  /** Live workers at `now`, sorted by name. */
  live(now: number): WorkerInfo[] {
    return this.registry.live(now);
  }

  /** Whether a StartRun of `epoch` to `worker` is still worth retrying (else the watchdog acts). */
  startWanted(runId: string, epoch: number, worker: string, now: number): boolean {
    const row = this.rows.get(runId);
    return !!row && row.epoch === epoch && !row.ended && this.isLive(worker, now);
  }

  /** Takes one event; returns what to do, in order. */
  handle(event: CoordinatorEvent): CoordinatorInstruction[] {
    const out: Instruction[] = [];
    this.decide(event, out);
    return out.map((i) => ({ ...i, stimulusId: event.stimulusId }) as CoordinatorInstruction);
  }

  private decide(event: CoordinatorEvent, out: Instruction[]): void {
    const at = event.at;
    switch (event.type) {
      case "submission.received": {
        if (!this.rows.has(event.setup.runId)) this.rows.set(event.setup.runId, newRow(event.setup, event.epoch ?? 0));
        return;
      }
      case "submission.accepted": {
        const row = this.rows.get(event.runId);
        if (!row || row.state !== "submitted") return;
        if (row.setup.deadlineAt > 0) out.push({ type: "ArmDeadline", runId: event.runId, at: row.setup.deadlineAt });
        out.push(this.runEvent(row, "", "submitted", at));
        // Placed on no worker (none was live): it waits, recorded, until one is.
        if (row.setup.placement.workers.length === 0) return this.enqueue(row, at, out);
        // Running before the first StartRun goes out: a fast run may finish before all replies are in.
        this.feed(row, { type: "workers.assigned", at }, out);
        this.start(row, {}, out);
        return;
      }
      case "submission.withdrawn":
      case "run.handed.over":
      case "forget.due":
        this.rows.delete(event.runId);
        this.queued.delete(event.runId);
        return;
      case "record.read": {
        const { setup } = event;
        if (this.rows.has(setup.runId)) return;
        const row = newRow(setup, event.epoch);
        row.restoring = true;
        row.recordedNodes = event.nodes ?? [];
        row.recordedState = event.state;
        this.rows.set(setup.runId, row);
        out.push({ type: "Say", line: `weft coordinator ${this.options.name}: resuming run ${setup.runId} (${event.state}, epoch ${event.epoch})` });
        return;
      }
      case "log.replayed": {
        const row = this.rows.get(event.runId);
        // It ended, and said so in its log, but its record was not written before the
        // coordinator died: the log's end was recorded (its followers have seen it); it is not
        // run again. Otherwise its deadline holds (one that passed meanwhile fails it now).
        if (row && !row.ended && row.setup.deadlineAt > 0) out.push({ type: "ArmDeadline", runId: event.runId, at: row.setup.deadlineAt });
        return;
      }
      case "run.restored":
        return this.restored(event.runId, at, out);
      case "resync.answered": {
        const row = this.rows.get(event.runId);
        if (!row || row.ended || row.epoch !== event.epoch || !row.resyncing?.delete(event.worker)) return;
        if (row.resyncing.size === 0) row.resyncing = undefined;
        if (event.held) return;
        // That worker never got this epoch's StartRun, forgot the run or stopped it: the epoch
        // cannot go on as it is. Placed again, keeping the outputs that live elsewhere.
        row.resyncing = undefined;
        this.replace(row, `the coordinator restarted, and worker ${event.worker} does not run epoch ${event.epoch} of the run`, new Set([event.worker]), at, out, "");
        return;
      }
      case "log.batch.read":
        return this.logRead(event.runId, event.worker, event.entries, at, out);
      case "sink.arrived":
        return this.sinkArrived(event, out);
      case "start.failed": {
        const row = this.rows.get(event.runId);
        // A worker lost meanwhile is the watchdog's business (it places the run again).
        if (!row || row.epoch !== event.epoch || !this.isLive(event.worker, at)) return;
        // A worker that joined could not take its part: items may have gone to it, so the run is placed again without it.
        if (row.joiners.has(event.worker)) {
          this.replace(row, `worker ${event.worker} joined the run but could not start it (${event.error.message})`, new Set([event.worker]), at, out, `joiner ${event.worker}`);
          return;
        }
        this.feed(row, { type: "assignment.failed", at, error: event.error }, out);
        return;
      }
      case "outputs.missing": {
        const row = this.rows.get(event.runId);
        if (!row || row.ended || row.epoch !== event.epoch) return;
        // Placed again without counting on that worker's outputs: they are computed anew.
        this.replace(row, `worker ${event.worker} no longer holds the outputs of ${event.nodes.join(", ")}`, new Set([event.worker]), at, out, `missing ${event.worker}`);
        return;
      }
      case "worker.heard":
        return this.heard(event, out);
      case "connection.lost":
        this.registry.disconnected(at);
        return;
      case "connection.restored":
        // The outage was NATS's silence: a run waiting for a worker waits its full time again.
        this.registry.reconnected(at);
        for (const row of this.rows.values()) if (row.orphanedSince !== undefined) row.orphanedSince = at;
        return;
      case "workers.checked":
        return this.checkWorkers(at, out);
      case "deadline.passed": {
        const row = this.rows.get(event.runId);
        if (!row || row.ended) return;
        if (row.state === "queued") return this.feed(row, { type: "deadline.passed", at, error: queuedTooLong(at - row.setup.submittedAt) }, out);
        this.feed(row, row.progress.deadlinePassed(row.setup.deadlineAt - row.setup.submittedAt, at), out);
        return;
      }
      case "cancel.requested": {
        const row = this.rows.get(event.runId);
        if (row && !row.ended) this.feed(row, { type: "cancel.requested", at, reason: event.reason }, out);
        return;
      }
      case "log.settled": {
        const row = this.rows.get(event.runId);
        if (!row?.ending) return;
        const { from, to } = row.ending;
        row.ending = undefined;
        out.push(this.runEvent(row, from, to, at), { type: "RecordRun", runId: event.runId, now: true });
        this.release(row, row.snapshot.context.error?.message ?? to, out);
        return;
      }
      default:
        return assertNever(event);
    }
  }

  private logRead(runId: string, worker: string | undefined, entries: readonly LogEntryRead[], at: number, out: Instruction[]): void {
    const row = this.rows.get(runId);
    if (!row) return;
    // A worker the run is not placed on has nothing to report of it (its credentials do not
    // make it one of the run's workers); its epochs still count, so a restored run goes above them.
    if (worker !== undefined && !row.setup.placement.workers.includes(worker)) {
      for (const entry of entries) {
        if (entry.kind === "task") row.progress.sawEpoch(entry.change.epoch ?? 0);
        if (entry.kind === "succeeded") row.progress.sawEpoch(entry.success.epoch);
        if (entry.kind === "block") row.progress.sawEpoch(entry.block.epoch);
      }
      return;
    }
    // The whole batch is taken in before its events act: a run that ends on one of them then
    // ends with the rest of the batch (the edge accounting after a last success) counted.
    const events: RunEvent[] = [];
    let endInLog: LoggedRunChange | undefined;
    let reported = false;
    for (const entry of entries) {
      if (entry.kind === "run") {
        // This coordinator's own end comes back after the run ended here, and is ignored.
        // (A run's state is only ever read from the coordinator's subject: see run-history.ts.)
        if (worker !== undefined) continue;
        if (!row.ended && isTerminalRunState(entry.change.to as RunState)) endInLog ??= entry.change;
        continue;
      }
      reported = true;
      const event = row.progress.took(entry, at);
      if (event) events.push(event);
    }
    if (endInLog) return this.endFromLog(row, endInLog, at, out);
    // While the run is restoring its machine takes no such event: the first is kept for its adoption.
    if (row.restoring) row.decidedMeanwhile ??= events[0];
    else for (const event of events) this.feed(row, event, out);
    // Recorded again when workers reported something: also after the end (a recovered output's
    // entry may come after the result). The coordinator's own run events read back change nothing.
    if (reported) out.push({ type: "RecordRun", runId, now: false });
  }

  /**
   * A run taken up from its record, its log read: restored as running (quietly: nothing changed
   * for its followers), then its epoch either adopted or placed again.
   *
   * Adopted when every worker of its recorded placement is live (heard since this coordinator
   * started) and its log shows no later epoch than its record: the run goes on where it is,
   * nothing is computed again. What went only to the coordinator that died (sink values) is
   * asked for again (ResyncWorkers); what the log decided meanwhile (a task's failure, every
   * sink done) is acted on now. A worker that turns out not to run that epoch places it again
   * (resync.answered).
   *
   * Otherwise it is placed again in a new epoch, even if the record says "submitted": workers
   * may already hold (or have finished) the old epoch, whose results went to the coordinator
   * that died; the task-like outputs that live workers hold are kept. The record may be behind
   * the log (the coordinator died before writing a re-placement): the new epoch goes above every
   * epoch workers logged, or they would take its StartRun for one they already run. What that
   * later epoch kept is unknown here: nothing is kept.
   */
  private restored(runId: string, at: number, out: Instruction[]): void {
    const row = this.rows.get(runId);
    if (!row || row.ended) return;
    const decided = row.decidedMeanwhile;
    row.restoring = false;
    row.decidedMeanwhile = undefined;
    // Never placed: it is queued again, and starts like any queued run.
    if (row.recordedState === "queued") {
      if (!this.step(row, { type: "run.restored", at, state: "queued", epoch: row.epoch })) return;
      this.queued.add(runId);
      this.admit(at, out);
      return;
    }
    let epoch = row.epoch;
    const behind = row.progress.highestEpoch > epoch;
    if (behind) {
      epoch = row.progress.highestEpoch;
      row.progress.restart(epoch);
    }
    if (!this.step(row, { type: "run.restored", at, state: "running", epoch })) return;
    const live = new Set(this.registry.live(at).map((w) => w.name));
    const workers = row.setup.placement.workers;
    if (behind || !workers.every((w) => live.has(w))) {
      this.replace(row, "the coordinator restarted", new Set(), at, out, "");
      return;
    }
    out.push(
      { type: "Say", line: `weft coordinator ${this.options.name}: run ${runId} goes on where it is (epoch ${epoch} on ${workers.join(", ")})` },
      // Recorded by this coordinator from now on (a record that said "submitted" says running).
      { type: "RecordRun", runId, now: true },
    );
    row.progress.carryUncomputed(row.recordedNodes);
    row.recordedNodes = [];
    if (decided) this.feed(row, decided, out);
    if (row.ended) return;
    row.resyncing = new Set(workers);
    out.push({ type: "ResyncWorkers", runId, epoch, workers });
  }

  /**
   * Takes a run's end from its log: the end a coordinator that died before recording it had
   * published (see run.restored), or one published by a coordinator that still finished the run
   * while this one had taken over (a NATS restart can move the leadership). The first end in the
   * log is what followers saw: it is the run's end.
   */
  private endFromLog(row: Row, end: LoggedRunChange, now: number, out: Instruction[]): void {
    const at = end.atMs || now;
    // Its accounting too: the end's totals are the run's, whatever this coordinator had counted.
    if (end.edges.length > 0) row.progress.replaceEdges(end.edges);
    const state = end.to as EndState;
    const error = end.error ?? { code: ErrorCode.Infrastructure, message: `the run ${end.to}`, stack: "", terminal: true };
    const logged: RunEvent =
      state === "succeeded"
        ? { type: "end.logged", at, state, resultJson: end.resultJson || "null" }
        : { type: "end.logged", at, state, error: state === "cancelled" ? { code: ErrorCode.Cancelled, message: error.message, stack: "", terminal: true } : error };
    if (!this.step(row, logged)) return;
    out.push(
      { type: "Say", line: `weft coordinator ${this.options.name}: run ${row.setup.runId} had already ended (${row.state}) in its log; recorded from its log` },
      { type: "RecordRun", runId: row.setup.runId, now: true },
    );
    this.release(row, row.state, out);
  }

  private sinkArrived(event: Extract<CoordinatorEvent, { type: "sink.arrived" }>, out: Instruction[]): void {
    const row = this.rows.get(event.runId);
    if (!row || event.epoch !== row.epoch) return;
    // Only the workers this epoch is placed on send its values: anyone else's is dropped.
    if (!row.setup.placement.workers.includes(event.worker)) return;
    const at = event.at;
    let decided: RunEvent | undefined = event.error
      ? { type: "task.failed", at, taskId: event.node, error: event.error }
      : row.progress.sinkArrived(event.node, event.valueJson, at);
    if (decided?.type === "sinks.completed") {
      // Each sink fits (its worker checked); together they may not.
      try {
        assertResultFits(decided.resultJson, "the run's result", this.options.maxPayload);
      } catch (err) {
        decided = { type: "task.failed", at, taskId: event.node, error: { ...toErrorInfo(err), terminal: true } };
      }
    }
    if (!decided) return;
    // A value the workers sent the coordinator that died, arriving while the run is restoring.
    if (row.restoring) row.decidedMeanwhile ??= decided;
    else this.feed(row, decided, out);
  }

  private heard(event: Extract<CoordinatorEvent, { type: "worker.heard" }>, out: Instruction[]): void {
    const heard = this.registry.heard(event.name, event.slots, event.running, event.at, event.incarnation, event.drain);
    if (heard === "new") {
      this.joined(event.name, event.slots, event.at, out);
      // Queued runs start on it too (a new worker is what they wait for).
      if (this.queued.size > 0) this.admit(event.at, out);
      return;
    }
    if (heard === "draining") {
      out.push({ type: "Say", line: `weft coordinator ${this.options.name}: worker ${event.name} is draining: nothing new is placed on it` });
      return;
    }
    if (heard === "left") return this.left(event.name, event.at, out);
    if (heard === "duplicate") {
      out.push({
        type: "Say",
        line: `weft coordinator: two worker processes are named ${event.name} (one is pid ${event.pid} on ${event.host}): give each worker its own --name; until then their runs may be placed again or stall.`,
      });
    }
    if (this.queued.size > 0) this.admit(event.at, out);
    if (heard !== "restarted") return;
    // A new process under the name before the old one was declared lost: its tasks and the
    // values it held are gone, so its running runs are placed again (keeping nothing done there).
    for (const row of this.rows.values()) {
      if (row.ended || row.state !== "running" || !row.setup.placement.workers.includes(event.name)) continue;
      this.replace(row, `worker ${event.name} restarted (a new process under its name; what the old one held is gone)`, new Set([event.name]), event.at, out, `restarted ${event.name}`);
    }
  }

  /**
   * A worker joined: every running epoch it can help (one with a map node, task nodes that
   * wait for inputs, or a source stage's chain) takes it in, recorded first, then started on
   * it; the run's workers hand it a share of their map items, task nodes and stage partitions
   * not started yet (engine/core/elastic-placement.ts, node-handover.ts, stage-handover.ts).
   */
  private joined(name: string, slots: number, at: number, out: Instruction[]): void {
    for (const row of this.rows.values()) {
      if (row.ended || row.state !== "running" || row.restoring || row.resyncing || row.orphanedSince !== undefined) continue;
      const placement = placementWithJoiner(row.setup.graph, row.setup.placement, { name, slots });
      if (!placement) continue;
      row.setup = withPlacement(row.setup, placement);
      row.joiners.add(name);
      const runId = row.setup.runId;
      out.push(
        { type: "Say", line: `weft coordinator ${this.options.name}: worker ${name} joined run ${runId} (epoch ${row.epoch}): what has not started yet (map items, task nodes, stage partitions) is shared with it` },
        { type: "RecordRun", runId, now: true },
        { type: "StartRunOnWorkers", runId, epoch: row.epoch, workers: [name], recovered: {} },
        { type: "PublishControl", runId, action: "grow", reason: `worker ${name} joined`, epoch: row.epoch, placement },
      );
    }
  }

  /**
   * A worker left after draining: the runs it named unfinished (its drain timeout passed with
   * their tasks running there) are placed again without it; it is done with every other run,
   * which goes on without it (see checkWorkers).
   */
  private left(name: string, at: number, out: Instruction[]): void {
    out.push({ type: "Say", line: `weft coordinator ${this.options.name}: worker ${name} left after draining` });
    for (const row of this.rows.values()) {
      if (row.ended || row.state !== "running" || !row.setup.placement.workers.includes(name)) continue;
      if (!this.registry.goneFor(name, row.setup.runId, at)) continue;
      this.replace(row, `worker ${name} drained past its --drain-timeout with tasks of the run still running there`, new Set([name]), at, out, `left ${name}`);
    }
  }

  /** A worker of a running run went silent: the run is placed again on the live ones. */
  private checkWorkers(at: number, out: Instruction[]): void {
    const lag = this.lastCheckAt > 0 ? at - this.lastCheckAt - this.checkEveryMs : 0;
    this.lastCheckAt = at;
    // A late tick: this process was held (heartbeats may sit unread behind a backlog); that
    // time is its own, not the workers' silence.
    if (lag > this.lagToleratedMs) this.registry.stalled(lag, at);
    // Cut off from NATS, this coordinator hears nobody: that says nothing about the workers.
    if (this.registry.cutOff) return;
    if (this.queued.size > 0) this.admit(at, out);
    for (const row of this.rows.values()) {
      if (row.ended || row.state !== "running") continue;
      // A worker that drains still runs its part; one that left after finishing it owes the run nothing.
      const lost = row.setup.placement.workers.filter((w) => this.registry.goneFor(w, row.setup.runId, at));
      // Any worker's loss is one cause: a run whose work blocks its workers loses one after the other.
      if (lost.length > 0 || row.orphanedSince !== undefined) this.replace(row, this.lossReason(lost), new Set(), at, out, lost.length > 0 ? "lost" : "");
    }
  }

  /** Why workers count as lost, in words. */
  private lossReason(lost: string[]): string {
    const names = lost.join(", ") || "?";
    // Not heard since this coordinator's own outage: their silence began with NATS's.
    const outageMs = this.registry.outageBefore(lost);
    if (outageMs !== undefined) {
      return `worker ${names} did not heartbeat again after NATS was unreachable for ${(outageMs / 1000).toFixed(1)} s (it died meanwhile, or cannot reach NATS)`;
    }
    // The usual causes: a busy loop in a function blocks its worker's heartbeat too.
    return `worker ${names} stopped heartbeating (it died, is cut off, or is blocked by a function that never yields: a task or map node doing that can run with isolate: true and a timeoutMs; a stage function must yield)`;
  }

  /**
   * Places a running run again on the live workers, in a new epoch: the old placement is
   * cancelled everywhere (a lost worker that comes back sees it too, and its late data and
   * events carry the old epoch, so they are ignored); task-like outputs that succeeded on a
   * live worker (not one in `gone`) stay there and are not computed again; everything else
   * re-runs. With no live worker, the run waits up to workerWaitMs for one, then fails.
   */
  private replace(row: Row, reason: string, gone: ReadonlySet<string>, at: number, out: Instruction[], cause: string): void {
    if (row.ended) return;
    const live = this.registry.live(at);
    if (live.length === 0) {
      row.orphanedSince ??= at;
      if (at - row.orphanedSince > this.options.workerWaitMs) {
        const error = { code: ErrorCode.NoWorkers, message: `${reason}, and no worker is left to run it`, stack: "", terminal: true };
        this.feed(row, { type: "assignment.failed", at, error }, out);
      }
      return;
    }
    row.orphanedSince = undefined;
    // The same cause again and again (a worker blocked by the run's own work, judged lost each
    // time it comes back) would place the run again forever: after a few, the cause is the run's end.
    const times = cause ? (row.replacedFor.get(cause) ?? 0) + 1 : 0;
    if (cause) row.replacedFor.set(cause, times);
    if (times > MAX_REPLACEMENTS_PER_CAUSE) {
      const message = `placed again ${MAX_REPLACEMENTS_PER_CAUSE} times for the same cause, which came back once more: ${reason}`;
      this.feed(row, { type: "assignment.failed", at, error: { code: ErrorCode.Infrastructure, message, stack: "", terminal: true } }, out);
      return;
    }
    out.push({ type: "PublishControl", runId: row.setup.runId, action: "cancel", reason, epoch: row.epoch });
    const alive = new Set(live.map((w) => w.name));
    const placement = planPlacement(row.setup.graph, live, { strategy: row.setup.placement.strategy, validated: true });
    // The memory needs the history predicted at submission still hold for the slot admission.
    if (row.setup.placement.nodeMemory) placement.nodeMemory = row.setup.placement.nodeMemory;
    // Stage partitions stay where they were laid out first while that worker lives: what ended
    // there is kept (core/stage-recovery.ts); the lost workers' partitions go to the others.
    const stageBase = row.setup.graph.nodes.some((n) => n.kind === "stage") ? stageBaseAfterLoss(row.setup.placement) : undefined;
    if (stageBase) placement.stageBase = stageBase;
    const recovered: Record<string, string[]> = {};
    for (const [node, worker] of row.progress.doneOn) {
      if (!alive.has(worker) || gone.has(worker)) continue;
      placement.nodeWorker[node] = placement.workers.indexOf(worker); // its output is there
      (recovered[worker] ??= []).push(node);
    }
    const kept = new Set(Object.values(recovered).flat());
    // Map results gathered on a worker that lives stay there: only the items they lack run again.
    const stay = new Set([...alive].filter((w) => !gone.has(w)));
    for (const [node, worker] of keptGathers(row.setup.graph, row.setup.placement, stay, kept)) placement.nodeWorker[node] = placement.workers.indexOf(worker);
    row.setup = withPlacement(row.setup, placement);
    row.joiners.clear();
    row.progress.restart(row.epoch + 1, neededNodes(row.setup.graph, kept), kept);
    // Recorded now, before the StartRun goes out (see run.restored).
    this.feed(row, { type: "run.replaced", at, reason: `${reason}: placed again on ${placement.workers.join(", ")} (${kept.size} outputs kept)` }, out, true);
    this.start(row, recovered, out);
  }

  /** A run no worker can take yet: queued (published and recorded) until admit starts it. */
  private enqueue(row: Row, at: number, out: Instruction[]): void {
    this.feed(row, { type: "run.queued", at }, out, true);
    if (row.state !== "queued") return;
    this.queued.add(row.setup.runId);
    this.admit(at, out);
  }

  /**
   * Starts the queued runs that can start now, in submission order: each is placed on the live
   * workers and recorded so before its StartRun goes out (a coordinator that takes it up after
   * this one dies then finds it placed, not queued).
   */
  private admit(at: number, out: Instruction[]): void {
    const waiting: Row[] = [];
    for (const runId of this.queued) {
      const row = this.rows.get(runId);
      if (row?.state === "queued") waiting.push(row);
      else this.queued.delete(runId);
    }
    const live = this.registry.live(at);
    for (const runId of admitQueued(waiting.map((r) => ({ runId: r.setup.runId, submittedAt: r.setup.submittedAt })), live.length)) {
      const row = this.rows.get(runId)!;
      this.queued.delete(runId);
      const placement = planPlacement(row.setup.graph, live, { strategy: row.setup.placement.strategy, validated: true });
      row.setup = withPlacement(row.setup, withoutIdleWorkers(row.setup.graph, placement));
      this.feed(row, { type: "workers.assigned", at }, out, true);
      this.start(row, {}, out);
    }
  }

  /** Runs waiting for a worker now. */
  queuedRuns(): number {
    return this.queued.size;
  }

  /** The run's StartRun for its current epoch and placement. */
  private start(row: Row, recovered: Record<string, string[]>, out: Instruction[]): void {
    out.push({ type: "StartRunOnWorkers", runId: row.setup.runId, epoch: row.epoch, workers: row.setup.placement.workers, recovered });
  }

  /**
   * Steps the run's machine with what an event decided. A change of a running run is published
   * and recorded; an end first stops a failed or cancelled run's tasks and settles the run's log
   * (its end is published at log.settled, after every task event).
   */
  private feed(row: Row, event: RunEvent, out: Instruction[], recordNow = false): void {
    const change = this.step(row, event);
    if (!change) return;
    const [from, to] = change;
    if (!row.ended) {
      out.push(this.runEvent(row, from, to, event.at), { type: "RecordRun", runId: row.setup.runId, now: recordNow });
      return;
    }
    row.ending = { from, to };
    if (to !== "succeeded") {
      out.push({ type: "PublishControl", runId: row.setup.runId, action: "cancel", reason: row.snapshot.context.error?.message ?? to, epoch: row.epoch });
    }
    // An express run's end goes out at once: its client waits, and it keeps no record whose
    // accounting the settled log would complete.
    if (row.setup.express) {
      row.ending = undefined;
      out.push(this.runEvent(row, from, to, event.at));
      this.release(row, row.snapshot.context.error?.message ?? to, out);
      return;
    }
    out.push({ type: "SettleLog", runId: row.setup.runId, epoch: row.epoch, workers: row.setup.placement.workers, askFlush: to !== "succeeded" });
  }

  /** An ended run: its workers forget it; this coordinator does a while later (late events). */
  private release(row: Row, reason: string, out: Instruction[]): void {
    const runId = row.setup.runId;
    out.push(
      { type: "DisarmDeadline", runId },
      { type: "PublishControl", runId, action: "forget", reason, epoch: row.epoch },
      { type: "Forget", runId, afterMs: this.forgetAfterMs },
    );
  }

  /** Steps the machine once; [from, to] when it changed, undefined when the event does not apply (e.g. a second failure). */
  private step(row: Row, event: RunEvent): [RunState, RunState] | undefined {
    const from = row.state;
    try {
      row.snapshot = stepper.step(row.snapshot, event);
    } catch (err) {
      if ((err as { code?: string }).code === ErrorCode.IllegalTransition) return undefined;
      throw err;
    }
    return [from, row.state];
  }

  private runEvent(row: Row, from: RunState | "", to: RunState, at: number): Instruction {
    const ctx = row.snapshot.context;
    const end = isTerminalRunState(to);
    const entry: RunEventEntry = {
      from,
      to,
      atMs: at,
      // A re-placement says why (the run itself has no error).
      error: ctx.error ?? (from === to && ctx.replacedBecause ? { code: "E_REPLACED", message: ctx.replacedBecause, stack: "", terminal: false } : null),
      resultJson: to === "succeeded" ? (ctx.resultJson ?? "null") : "",
      workflow: row.setup.graph.name,
      edges: end ? [...row.progress.edges.values()].map((e) => ({ ...e })) : [],
      ...(end ? { cost: runCostOf(row.progress, at - ctx.submittedAt) } : {}),
      // An express run's client may end its wait on this worker's ExpressResult (core/express-result.ts).
      ...(to === "running" && row.setup.express ? { resultWorker: directResultWorker(row.setup.graph, row.setup.placement) } : {}),
    };
    return { type: "PublishRunEvent", runId: row.setup.runId, entry, end };
  }

  private isLive(worker: string, at: number): boolean {
    return this.registry.live(at).some((w) => w.name === worker);
  }
}

function newRow(setup: RunSetup, epoch: number): Row {
  return new Row(setup, stepper.initial({ runId: setup.runId, submittedAt: setup.submittedAt, epoch }), new RunProgress(setup.graph, epoch));
}

function assertNever(x: never): never {
  throw new Error(`run table: unknown event ${JSON.stringify(x)}`);
}
