/**
 * One run, as seen by one worker: the local dataflow, wired from its parts. The run's values
 * (values.ts) feed the tasks placed here as soon as their inputs are here (value-flow.ts:
 * local-first, no round trip to the coordinator); every task changes state through the task
 * table (tasks.ts), which carries out the core's instructions; attempts run in attempts.ts;
 * data and log go out through the outbox (outbox.ts) and come in through the inbox (inbox.ts).
 * Map nodes (map-flow.ts) and record stages (stages/) have their own flows.
 *
 * Failure: a task that fails for good is reported in the log; the coordinator fails the run
 * and sends a cancel to every worker. This executor also stops its own tasks at once.
 */
import { userError } from "../../bundle/user-stack.js";
import { isTerminalTaskState, type TaskState } from "../../core/task.machine.js";
import { ErrorCode, WeftError, toErrorInfo, type ErrorInfoLike } from "../../errors.js";
import type { DataMessage } from "../../wire/data-channel.js";
import type { Gather, MapFlow } from "../map-flow.js";
import { inSlices } from "../slot-pool.js";
import { StartFault, type StageFlow } from "../stages/stage-flow.js";
import type { StageCarry } from "../stages/stage-carry.js";
import type { WorkerServices } from "../worker-services.js";
import { asWeftError } from "./as-weft-error.js";
import type { RunInbox } from "./inbox.js";
import type { RunOutbox } from "./outbox.js";
import { buildRunParts, type RunControl } from "./run-parts.js";
import type { TaskTable } from "./tasks.js";
import type { ValueFlow } from "./value-flow.js";
import type { RunAssignment, RunValues } from "./values.js";
import { drainShare, joinerShare, type ItemShare } from "../../core/elastic-placement.js";
import { dealNodes, movableNodes } from "../../core/node-handover.js";
import type { NodeMoves } from "./node-moves.js";
import type { Placement } from "../../model/placement.js";

export type { RunAssignment } from "./values.js";
export type { WorkerServices } from "../worker-services.js";

export class RunExecutor implements RunControl {
  private readonly values: RunValues;
  private readonly tasks: TaskTable;
  private readonly outbox: RunOutbox;
  private readonly inbox: RunInbox;
  private readonly flow: ValueFlow;
  private readonly stages: StageFlow;
  private readonly maps: MapFlow;
  private readonly moves: NodeMoves;
  private readonly lane: { close(): void };
  private readonly attempts: { stop(): void };
  private halted = false;
  private started = false;
  /** Tasks still being cancelled, in slices (a wide run's cancel is no single long block). */
  private cancelling: Promise<void> | undefined;
  /** Why it was cancelled; the error is made when an attempt needs it (most runs end with none running). */
  private cancelReason: string | undefined;
  private cancelledWith: WeftError | undefined;
  /** A direct run's end was told (directEnded). */
  private directDone = false;

  constructor(
    private readonly services: WorkerServices,
    private readonly run: RunAssignment,
  ) {
    const parts = buildRunParts(services, run, this);
    ({ values: this.values, tasks: this.tasks, outbox: this.outbox, inbox: this.inbox } = parts);
    ({ flow: this.flow, stages: this.stages, maps: this.maps, moves: this.moves, lane: this.lane, attempts: this.attempts } = parts);
  }

  /** Cancelled or failed: nothing starts any more. */
  get stopped(): boolean {
    return this.halted;
  }

  /** Why the run is being cancelled (what a cancelled attempt's signal says), once it is. */
  get cancelError(): WeftError | undefined {
    if (this.cancelReason === undefined) return undefined;
    // Made on first use: every run is cancelled when it is forgotten, and an error's stack trace
    // cost each run's end here for nothing.
    return (this.cancelledWith ??= new WeftError(ErrorCode.Cancelled, `run ${this.run.runId} was cancelled: ${this.cancelReason}`));
  }

  get epoch(): number {
    return this.run.epoch;
  }

  /** The values of task-like nodes this worker holds: they seed the run's next epoch here. */
  heldValues(): Map<string, unknown> {
    return this.values.heldValues();
  }

  /** The map results gathered here so far: they seed the run's next epoch here. */
  partialGathers(): Map<string, Gather> {
    return this.maps.partialGathers();
  }

  /**
   * The stage partitions that ended here, with their output: they seed the run's next epoch
   * here. Taken once the run is stopped (no partition's output is still going in).
   */
  stageCarry(): StageCarry {
    return this.stages.carry();
  }

  /** Sends the coordinator again the values of the sinks this worker holds (a new coordinator asks). */
  resendSinks(): void {
    this.flow.resendSinks();
  }

  /** `hook` runs once, just before this run first sends data (its StartRun reply then shares that socket write). */
  beforeFirstData(hook: () => void): void {
    this.outbox.beforeFirstData(hook);
  }

  /** Resolves when everything logged so far is stored (a cancel under way: once it is done). */
  async flushLog(): Promise<void> {
    await this.cancelling;
    return this.outbox.flush();
  }

  /**
   * Starts the tasks placed here that need no input, and the stages' sources. Stages may be laid
   * out in slices (a wide run: the event loop keeps turning); data that arrives before they are
   * waits until then.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    let layout: Promise<void> = Promise.resolve();
    try {
      layout = this.services.labeler.engineWork(`starting run ${this.run.runId}`, () => this.begin());
    } finally {
      void layout.then(() => this.inbox.open());
    }
  }

  /** Resolves once the stages are laid out; never rejects. */
  private begin(): Promise<void> {
    const { run, values, stages } = this;
    // Partition counts first: a count no run can hold fails the run before anything starts.
    const bad = stages.partitionCountProblem();
    if (bad) {
      this.reportFailure(bad.stage, asWeftError(bad.error), "pending");
      return Promise.resolve();
    }
    // Outputs that survived a re-placement are not computed again: they are simply handed on.
    for (const name of run.recovered) {
      if (!values.hasNode(name) || !run.seed.has(name) || this.tasks.has(name)) continue;
      const task = this.tasks.newTask(values.node(name), -1, undefined, undefined);
      this.tasks.transition(task, { type: "output.recovered", at: this.services.clock.now() });
      this.flow.handOn(task, run.seed.get(name));
    }
    for (const node of run.graph.nodes) {
      if (node.kind === "task" && node.deps.length === 0 && values.isHere(node) && values.isNeeded(node.name)) this.flow.readyTaskNode(node);
    }
    if (!stages.hasStages) return Promise.resolve();
    const failed = (err: unknown) => {
      // The node at fault when the flow knows it (an aggregate's combiner), else the first stage.
      const node = err instanceof StartFault ? err.node : run.graph.nodes.find((n) => n.kind === "stage")!.name;
      this.reportFailure(node, asWeftError(err instanceof StartFault ? err.error : err), "pending");
    };
    try {
      // A wide run is laid out in slices: the promise settles at the end.
      return stages.start().then(() => {}, failed);
    } catch (err) {
      failed(err);
      return Promise.resolve();
    }
  }

  /** Whether this epoch of the run is placed on `worker` (only those send it data). */
  placedOn(worker: string): boolean {
    return this.run.placement.workers.includes(worker);
  }

  /**
   * A worker joined this epoch (`placement` is the epoch's with it at the end): it may send and
   * be sent data from now on, and gets its share of the map items, of the task nodes and of
   * the stage partitions not started here. Returns how many of each went to it.
   */
  grow(placement: Placement): { items: number; nodes: number; partitions: number } {
    const before = this.run.placement.workers.length;
    if (placement.workers.length <= before || this.halted) return { items: 0, nodes: 0, partitions: 0 };
    this.run.placement = placement;
    this.moves.grown(); // the moves known here hold in the grown placement too
    let items = 0;
    let nodes = 0;
    let partitions = 0;
    for (let joiner = before; joiner < placement.workers.length; joiner++) {
      const share = (unstarted: number) => joinerShare(unstarted, placement, joiner);
      for (const n of this.maps.handOff(share).values()) items += n;
      nodes += this.handOverNodes(share);
      for (const n of this.stages.handOff(share).values()) partitions += n;
    }
    return { items, nodes, partitions };
  }

  /**
   * This worker drains: its map items not started yet (and any that arrive later), its task
   * nodes and its stage partitions not started yet go to the epoch's other workers. Returns how
   * many of each went to each of them, by name.
   */
  drain(): { items: Map<string, number>; nodes: Map<string, number>; partitions: Map<string, number> } {
    const { placement } = this.run;
    const share = (unstarted: number) => drainShare(unstarted, placement, this.values.me, new Set());
    const items = this.maps.handOff(share, true);
    const nodes = new Map<number, number>();
    this.handOverNodes(share, (w, n) => nodes.set(w, n));
    const partitions = this.stages.handOff(share);
    const byName = (m: Map<number, number>) => new Map([...m].map(([w, n]) => [this.values.workerName(w), n]));
    return { items: byName(items), nodes: byName(nodes), partitions: byName(partitions) };
  }

  /** Gives the task nodes not started here to other workers as `rule` shares them out; returns how many moved. */
  private handOverNodes(rule: (unstarted: number) => ItemShare[], moved?: (worker: number, count: number) => void): number {
    const { values, tasks } = this;
    if (this.halted) return 0;
    const nodes = movableNodes({
      graph: this.run.graph,
      placement: this.run.placement,
      me: values.me,
      started: (node) => tasks.has(node) || values.hasValue(node),
      needed: (node) => values.isNeeded(node),
    });
    let count = 0;
    for (const [worker, list] of dealNodes(nodes, rule(nodes.length))) {
      this.moves.give(list, worker);
      moved?.(worker, list.length);
      count += list.length;
    }
    return count;
  }

  /**
   * Whether this worker's part of the run is done: nothing of it is left to run here (the run
   * stopped, or every task-like node placed here has its value and no map item is unfinished).
   * A run with stages is done here once its pipelines are laid out, every partition here has
   * ended (those moved away are no longer here) and its aggregation-tree nodes handed on what
   * they merged (a partial of partitions moved away still comes here).
   */
  get doneHere(): boolean {
    if (this.halted) return true;
    if (this.maps.unfinished > 0) return false;
    // Nodes given away: until every sender of their inputs answered, one may still come here.
    if (!this.moves.settled || this.outbox.sending > 0) return false;
    if (this.stages.hasStages) {
      const tasks = this.tasks.all();
      if (!this.stages.settled || !tasks.every((t) => isTerminalTaskState(t.snapshot.value as TaskState))) return false;
    }
    const { values } = this;
    return this.run.graph.nodes.every((node) => {
      if (!values.isHere(node) || !values.isNeeded(node.name)) return true;
      // A map node here has split its list; its value is gathered where its consumers are (here only when it has none).
      if (node.kind === "map") return values.hasValue(node.deps[0] ?? "") && (values.consumersOf(node.name).length > 0 || values.hasValue(node.name));
      return values.hasValue(node.name);
    });
  }

  /** Data from worker `from` for this run. */
  receive(message: DataMessage, from: string): void {
    this.inbox.receive(message, from);
  }

  /**
   * Stops every task that has not ended: running ones see their signal fire. Nothing starts
   * from now on; the tasks' cancellations (and their log entries) go in slices when they are
   * many, so that a wide run's cancel does not hold the event loop (flushLog waits for them).
   */
  cancel(reason: string): void {
    if (this.halted) return;
    this.halted = true;
    const at = this.services.clock.now();
    this.cancelReason = reason;
    const tasks = this.tasks.all();
    const rest = inSlices(
      tasks.length,
      (i) => {
        const task = tasks[i]!;
        if (isTerminalTaskState(task.snapshot.value as TaskState)) return;
        // Its instructions abort a running attempt and disarm a pending retry.
        this.tasks.transition(task, { type: "run.cancelled", at });
      },
      { around: (slice) => this.services.labeler.engineWork(`cancelling the tasks of run ${this.run.runId}`, slice) },
    );
    void this.outbox.flush();
    this.cancelling = rest.then(
      () => void this.outbox.flush(),
      (err: unknown) => void process.stderr.write(`weft worker ${this.services.name}: cancelling run ${this.run.runId}: ${(err as Error).message}\n`),
    );
  }

  /** Releases everything; called when the coordinator forgets the run. */
  dispose(): void {
    this.cancel("the run ended");
    this.lane.close();
    this.attempts.stop();
    this.tasks.clear();
    this.values.clear();
    this.maps.clear();
  }

  /**
   * A failure outside any task's attempt (data that could not be taken in or handed on):
   * reported as the node's failure, which fails the run.
   */
  fail(node: string, err: unknown): void {
    this.reportFailure(node, asWeftError(err));
  }

  /**
   * A direct run ended here (docs/express.md, "Leases"): its end goes in the log (a failure for
   * its client, as no coordinator knows the run to say it; either for the coordinator's cost and
   * history), then the worker answers the client and forgets the run once its log is stored. Once.
   */
  directEnded(error: ErrorInfoLike | undefined): void {
    const direct = this.run.direct;
    if (!direct || this.directDone) return;
    this.directDone = true;
    const { leaseId, origin, startedAtMs } = direct;
    this.outbox.add({ directEnd: { ...(error ? { error } : {}), atMs: this.services.clock.now(), leaseId, origin, startedAtMs } });
    direct.ended(error);
    void this.outbox.flush();
  }

  /**
   * `from`: "succeeded" for a node whose value could not be handed on (counted once), "pending"
   * for a run that could not start here (a bad partition count, a combiner's zero that throws).
   * The coordinator then cancels the run everywhere.
   */
  reportFailure(node: string, err: WeftError, from: TaskState = "succeeded"): void {
    this.outbox.add({
      task: {
        taskId: node,
        node,
        index: -1,
        from,
        to: "failed",
        worker: this.services.name,
        atMs: this.services.clock.now(),
        error: { ...userError(toErrorInfo(err)), terminal: true },
        epoch: this.run.epoch,
      },
    });
    if (this.run.direct) this.directEnded({ ...toErrorInfo(err), terminal: true });
    void this.outbox.flush();
    this.cancel(err.message);
  }
}
