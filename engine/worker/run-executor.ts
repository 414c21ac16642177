/**
 * One run, as seen by one worker: the local dataflow. It holds the values this worker has,
 * drives the task machines of the tasks placed here, fires a task as soon as its inputs are
 * here (local-first: no round trip to the coordinator), hands values to co-located consumers
 * in memory, and sends them once per worker to remote consumers. Map nodes (map-flow.ts) and
 * record stages (stage-flow.ts) have their own flows, driven through this executor's tasks.
 *
 * Failure: a task that fails for good is reported in the log; the coordinator fails the run
 * and sends a cancel to every worker. This executor also stops its own tasks at once.
 */
import { format } from "node:util";
import type { Bus } from "../bus/bus.js";
import type { DurablePublisher } from "../bus/durable-publisher.js";
import type { Clock } from "../base/clock.js";
import type { Random } from "../base/random.js";
import { isTerminalTaskState, type TaskEvent, type TaskState } from "../core/task.machine.js";
import { userError } from "../bundle/user-stack.js";
import { ErrorCode, WeftError, toErrorInfo, type ErrorInfoLike } from "../errors.js";
import type { NodeSpec, WorkflowGraph } from "../model/graph.js";
import type { Placement } from "../model/placement.js";
import { subjects } from "../subjects.js";
import type { Workflow } from "../../sdk/workflow.js";
import type { TaskContext, TaskLogger } from "../../sdk/types.js";
import type { weft } from "../gen/weft.js";
import { sendData, type DataMessage } from "../wire/data-channel.js";
import { assertResultFits, decodeValue, encodeResultJson, encodeValue } from "../wire/value-codec.js";
import { encodeMessage, pb } from "../wire/protocol.js";
import { estimateBytes } from "../core/estimate-bytes.js";
import { neededNodes } from "../core/needed-nodes.js";
import { failureAbsorbed, isUpstreamFailure, skipsOn, upstreamFailure } from "../core/upstream-failure.js";
import { AttemptAbort, invokeAttempt } from "./invoke.js";
import type { IsolatedRunner } from "./isolated-runner.js";
import { bundleCacheDir } from "../bundle/cache-dir.js";
import { join } from "node:path";
import { LogBatcher } from "./log-batcher.js";
import { inSlices, type SlotPool } from "./slot-pool.js";
import { MapFlow, type MapHost } from "./map-flow.js";
import { StageFlow, StartFault } from "./stage-flow.js";
import type { EdgeDelta, MapBlockRun, StageHost, Task } from "./task-record.js";
import { TaskTable } from "./run/tasks.js";

/** What a run executor needs from its worker. */
export interface WorkerServices {
  readonly name: string;
  readonly bus: Bus;
  readonly pool: SlotPool;
  /** Ordered, acknowledged publishing of the run logs. */
  readonly publisher: DurablePublisher;
  /** Runs attempts of isolated nodes in worker threads. */
  readonly isolation: IsolatedRunner;
  /** Isolate every task and map node (`weft worker --isolate`). */
  readonly isolateAll: boolean;
  /** User code named `label` runs now on the worker's thread (named if it blocks the event loop). */
  entering(label: string): void;
  /**
   * Runs `fn`, one of the engine's own longer sections, said to be `what`: if it blocks the
   * event loop, the watchdog names weft, not the workflow function entered last.
   */
  engineWork<T>(what: string, fn: () => T): T;
  /** The node's init hook result on this worker (run once, cached). */
  initState(workflow: Workflow, bundleHash: string, node: string): Promise<unknown>;
  /** The time, and the timers of retries, timeouts and log batches. */
  readonly clock: Clock;
  /** Retry jitter. */
  readonly random: Random;
  /** Throw on an illegal task transition instead of reporting it (tests). */
  readonly strictTransitions?: boolean;
  /** Where diagnostics go (default: stderr). */
  readonly diagnostics?: (line: string) => void;
}

export interface RunAssignment {
  runId: string;
  graph: WorkflowGraph;
  placement: Placement;
  bundleHash: string;
  input: unknown;
  workflow: Workflow;
  /** The run's placement epoch: data of another epoch is dropped. */
  epoch: number;
  /** Task nodes placed here whose value survives from the previous epoch (in `seed`). */
  recovered: string[];
  /** Values this worker held in the previous epoch of the run. */
  seed: ReadonlyMap<string, unknown>;
  /** Every node whose output survives from the previous epoch (on any worker). */
  done: readonly string[];
}

export class RunExecutor implements StageHost, MapHost {
  private readonly nodes = new Map<string, NodeSpec>();
  private readonly consumers = new Map<string, NodeSpec[]>();
  private readonly values = new Map<string, unknown>();
  /** The run's tasks: every transition goes through it. */
  readonly tasks: TaskTable;
  readonly clock: Clock;
  /** Why the run is being cancelled: what a cancelled attempt's signal says. */
  private cancelError: WeftError | undefined;
  private readonly log: LogBatcher;
  private readonly flow: StageFlow;
  private readonly maps: MapFlow;
  readonly me: number;
  stopped = false;
  private started = false;
  /** The stages' partitions are laid out: data can be taken in (until then it waits in `early`). */
  private ready = false;
  /** Tasks still being cancelled, in slices (a wide run's cancel is no single long block). */
  private cancelling: Promise<void> | undefined;
  private readonly early: DataMessage[] = [];
  private readonly edges = new Map<string, Required<EdgeDelta> & { from: string; to: string }>();
  private readonly recipients = new Map<string, Set<number>>();
  private readonly needed: ReadonlySet<string> | undefined;

  constructor(
    private readonly services: WorkerServices,
    private readonly run: RunAssignment,
  ) {
    this.clock = services.clock;
    this.log = new LogBatcher(services.publisher, run.runId, () => this.drainEdges(), services.clock);
    this.me = run.placement.workers.indexOf(services.name);
    this.tasks = new TaskTable({
      worker: services.name,
      epoch: run.epoch,
      pool: services.pool,
      clock: services.clock,
      log: this.log,
      strict: services.strictTransitions,
      diagnostics: services.diagnostics,
      effects: {
        runAttempt: (task) => this.runAttempt(task),
        abortAttempt: (task) => task.controller?.abort(this.cancelError ?? new WeftError(ErrorCode.Cancelled, `run ${this.runId} was cancelled`)),
        failRun: (task) => {
          // The coordinator fails the run and cancels everywhere; stop here at once.
          void this.log.flush();
          this.cancel(`task ${task.id} failed`);
        },
        absorbFailure: (task, cause) => this.absorbFailure(task, cause),
        absorbsFailure: (node) => failureAbsorbed(node.name, this.consumersOf(node.name)),
      },
    });
    for (const node of run.graph.nodes) {
      this.nodes.set(node.name, node);
      this.consumers.set(node.name, []);
    }
    for (const node of run.graph.nodes) for (const dep of node.deps) this.consumers.get(dep)!.push(node);
    // After a re-placement, what only surviving outputs needed is not computed again.
    this.needed = run.done.length > 0 ? neededNodes(run.graph, new Set(run.done)) : undefined;
    this.flow = new StageFlow(this);
    this.maps = new MapFlow(this);
  }

  /** Whether this epoch must compute `node` (false for nodes only kept outputs needed). */
  isNeeded(node: string): boolean {
    return !this.needed || this.needed.has(node);
  }

  get runId(): string {
    return this.run.runId;
  }
  get placement() {
    return this.run.placement;
  }
  get graph() {
    return this.run.graph;
  }
  get input(): unknown {
    return this.run.input;
  }
  get workflow(): Workflow {
    return this.run.workflow;
  }
  get pool(): SlotPool {
    return this.services.pool;
  }
  node(name: string): NodeSpec {
    const n = this.nodes.get(name);
    if (!n) throw new WeftError(ErrorCode.Decode, `run ${this.runId} has no node "${name}"`);
    return n;
  }
  consumersOf(name: string): NodeSpec[] {
    return this.consumers.get(name) ?? [];
  }
  hasValue(name: string): boolean {
    return this.values.has(name);
  }
  value(name: string): unknown {
    return this.values.get(name);
  }
  initState(node: string): Promise<unknown> {
    return this.services.initState(this.run.workflow, this.run.bundleHash, node);
  }
  logExpanded(node: string, count: number): void {
    this.log.add({ expanded: { node, count, atMs: this.clock.now() } });
  }

  forgetTask(task: Task): void {
    this.tasks.forget(task);
  }

  gathered(node: string, values: unknown[]): void {
    this.onValue(node, values);
  }

  entering(label: string): void {
    this.services.entering(label);
  }

  engineWork<T>(what: string, fn: () => T): T {
    return this.services.engineWork(what, fn);
  }

  get epoch(): number {
    return this.run.epoch;
  }

  /** Resolves when everything logged so far is stored (a cancel under way: once it is done). */
  async flushLog(): Promise<void> {
    await this.cancelling;
    return this.log.flush();
  }

  /** The values of task-like nodes this worker holds: they seed the run's next epoch here. */
  heldValues(): Map<string, unknown> {
    return new Map([...this.values].filter(([name]) => this.nodes.get(name)?.kind !== "stage"));
  }

  /**
   * Starts the tasks placed here that need no input, and the stages' sources. Stages may be laid
   * out in slices (a wide run: the event loop keeps turning); data that arrives before they are
   * waits until then.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    let layout: Promise<void> | undefined;
    try {
      layout = this.services.engineWork(`starting run ${this.runId}`, () => this.begin());
    } finally {
      if (!layout) this.takeEarly();
    }
    void layout?.then(() => this.takeEarly());
  }

  private takeEarly(): void {
    this.ready = true;
    for (const m of this.early.splice(0)) this.receive(m);
  }

  /** Resolves (when it does not end at once) once the stages are laid out; never rejects. */
  private begin(): Promise<void> | undefined {
    // Partition counts first: a count no run can hold fails the run before anything starts.
    if (this.flow.hasStages && !this.partitionCountsFit()) return undefined;
    // Outputs that survived a re-placement are not computed again: they are simply handed on.
    for (const name of this.run.recovered) {
      const node = this.nodes.get(name);
      if (!node || !this.run.seed.has(name) || this.tasks.has(name)) continue;
      const task = this.newTask(node, -1, undefined, undefined);
      this.transition(task, { type: "output.recovered", at: this.clock.now() });
      this.handOn(task, this.run.seed.get(name));
    }
    for (const node of this.run.graph.nodes) {
      if (node.kind === "task" && this.isHere(node) && node.deps.length === 0 && this.isNeeded(node.name)) this.readyTaskNode(node);
    }
    if (!this.flow.hasStages) return undefined;
    const failed = (err: unknown) => {
      // The node at fault when the flow knows it (an aggregate's combiner), else the first stage.
      const node = err instanceof StartFault ? err.node : this.run.graph.nodes.find((n) => n.kind === "stage")!.name;
      this.reportFailure(node, asWeftError(err instanceof StartFault ? err.error : err), "pending");
    };
    try {
      // A StageFlow that lays a wide run out in slices returns a promise of the end.
      const layout: unknown = this.flow.start();
      if (layout instanceof Promise) return layout.then(() => {}, failed);
    } catch (err) {
      failed(err);
    }
    return undefined;
  }

  /**
   * Works out every stage's partition count (calling its partitions(input) function, once):
   * a count that is not a whole number >= 1, or above MAX_PARTITIONS, fails the run at once
   * with E_INVALID_INPUT naming the stage, before a worker lays out (or allocates for) anything.
   */
  private partitionCountsFit(): boolean {
    for (const s of this.run.graph.nodes) {
      if (s.kind !== "stage") continue;
      try {
        this.flow.partitionsOf(s); // throws E_INVALID_INPUT on a count no run can hold
      } catch (err) {
        this.reportFailure(s.name, asWeftError(err), "pending");
        return false;
      }
    }
    return true;
  }

  /**
   * Counts what an edge moved; the sums go out with the next log batch (one entry per edge per
   * batch, not one per hand-over), and the coordinator adds them up per run.
   */
  account(from: string, to: string, d: EdgeDelta): void {
    const key = `${from}->${to}`;
    let e = this.edges.get(key);
    if (!e) this.edges.set(key, (e = { from, to, records: 0, natsMsgs: 0, natsBytes: 0, localRecords: 0, localBytes: 0 }));
    e.records += d.records ?? 0;
    e.natsMsgs += d.natsMsgs ?? 0;
    e.natsBytes += d.natsBytes ?? 0;
    e.localRecords += d.localRecords ?? 0;
    e.localBytes += d.localBytes ?? 0;
    this.log.touch();
  }

  private drainEdges(): weft.v1.LogEntry.$Properties[] {
    if (this.edges.size === 0) return [];
    const out = [...this.edges.values()].map((edge) => ({ edge }));
    this.edges.clear();
    return out;
  }

  /** An aggregate or collect node placed here has its whole input. */
  completeGathered(node: NodeSpec, value: unknown): void {
    if (this.stopped || this.tasks.has(node.name)) return;
    const task = this.newTask(node, -1, value, undefined);
    this.transition(task, { type: "deps.met" });
  }

  /** Data from another worker for this run. */
  receive(message: DataMessage): void {
    if (this.stopped || (message.epoch ?? 0) !== this.run.epoch) return; // another placement's data
    if (!this.ready) {
      this.early.push(message); // before start() has laid out the stages' partitions
      return;
    }
    this.services.engineWork(`taking in ${String(message.body)} data of run ${this.runId}`, () => this.takeIn(message));
  }

  private takeIn(message: DataMessage): void {
    try {
      const body = message.body ? (message as unknown as Record<string, { node?: string; from?: string } | undefined>)[message.body] : undefined;
      if (!body || !this.nodes.has(body.node ?? "") || (body.from !== undefined && body.from !== "" && !this.nodes.has(body.from))) {
        throw new WeftError(ErrorCode.Decode, `data "${String(message.body)}" names a node this run does not have`);
      }
      switch (message.body) {
        case "nodeValue": {
          const m = message.nodeValue!;
          this.onValue(m.node ?? "", decodeValue(m.value ?? new Uint8Array()));
          break;
        }
        case "mapItems": {
          const m = message.mapItems!;
          const node = this.nodes.get(m.node ?? "");
          if (!node || node.kind !== "map") throw new WeftError(ErrorCode.Decode, `map items for unknown map node "${m.node}"`);
          this.maps.startBlock(node, m.start ?? 0, m.total ?? 0, decodeValue(m.items ?? new Uint8Array()) as unknown[]);
          break;
        }
        case "mapResults": {
          const m = message.mapResults!;
          this.maps.results(m.node ?? "", m.start ?? 0, m.total ?? 0, decodeValue(m.values ?? new Uint8Array()) as unknown[]);
          break;
        }
        case "stageRecords":
        case "shuffleBatch":
        case "partialAggregate":
        case "gatherBatch":
          this.flow.receive(message);
          break;
        default:
          throw new WeftError(ErrorCode.Decode, `unexpected data message "${String(message.body)}" for a worker`);
      }
    } catch (err) {
      const b = message.body ? (message as unknown as Record<string, { node?: string } | undefined>)[message.body] : undefined;
      const node = b?.node ?? "";
      // Bytes that are not data of this run (an unknown node, a payload that does not decode):
      // dropped, one line. Data of this run that cannot be taken in (a combiner that throws)
      // would leave the run waiting forever: it fails the node it was for.
      if ((err as { code?: string }).code === ErrorCode.Decode || !this.nodes.has(node)) {
        process.stderr.write(`weft worker ${this.services.name}: dropped data for node "${node}" of run ${this.runId}: ${(err as Error).message}\n`);
        return;
      }
      process.stderr.write(`weft worker ${this.services.name}: data for node "${node}" of run ${this.runId}: ${(err as Error).message}\n`);
      this.reportFailure(node, asWeftError(err));
    }
  }

  /**
   * Stops every task that has not ended: running ones see their signal fire. Nothing starts
   * from now on; the tasks' cancellations (and their log entries) go in slices when they are
   * many, so that a wide run's cancel does not hold the event loop (flushLog waits for them).
   */
  cancel(reason: string): void {
    if (this.stopped) return;
    this.stopped = true;
    const at = this.clock.now();
    this.cancelError = new WeftError(ErrorCode.Cancelled, `run ${this.runId} was cancelled: ${reason}`);
    const tasks = this.tasks.all();
    const rest = inSlices(
      tasks.length,
      (i) => {
        const task = tasks[i]!;
        if (isTerminalTaskState(task.snapshot.value as TaskState)) return;
        // Its instructions abort a running attempt and disarm a pending retry.
        this.transition(task, { type: "run.cancelled", at });
      },
      { around: (slice) => this.services.engineWork(`cancelling the tasks of run ${this.runId}`, slice) },
    );
    void this.log.flush();
    if (rest) {
      this.cancelling = rest.then(
        () => void this.log.flush(),
        (err: unknown) => void process.stderr.write(`weft worker ${this.services.name}: cancelling run ${this.runId}: ${(err as Error).message}\n`),
      );
    }
  }

  /** Releases everything; called when the coordinator forgets the run. */
  dispose(): void {
    this.cancel("the run ended");
    this.tasks.clear();
    this.values.clear();
    this.maps.clear();
  }

  // ---------- where things live ----------

  private isHere(node: NodeSpec): boolean {
    return this.run.placement.nodeWorker[node.name] === this.me;
  }

  private workerName(index: number): string {
    return this.run.placement.workers[index] ?? "";
  }

  /** Workers that need the (gathered) value of `node`: those hosting its consumers. */
  recipientsOf(node: NodeSpec): Set<number> {
    const cached = this.recipients.get(node.name);
    if (cached) return cached;
    const out = new Set<number>();
    this.recipients.set(node.name, out);
    for (const c of this.consumers.get(node.name)!) {
      // A broadcast to a stage goes to every worker (each may hold partitions), once.
      if (c.kind === "stage") this.run.placement.workers.forEach((_, w) => out.add(w));
      else out.add(this.run.placement.nodeWorker[c.name] ?? -1);
    }
    // A map node nobody consumes is gathered where its list was split, then sent as a sink.
    if (out.size === 0 && node.kind === "map") out.add(this.run.placement.nodeWorker[node.name] ?? -1);
    out.delete(-1);
    return out;
  }

  send(worker: number, body: Omit<weft.v1.DataMessage.$Properties, "runId">, edge?: { from: string; to: string; records: number }): void {
    this.deliver(subjects.workerData(this.workerName(worker)), body, `worker ${this.workerName(worker)}`, edge);
  }

  /**
   * Sends data reliably, after the log entries that led to it: whoever acts on this data
   * must not see its effects before its causes (the run's log ends with its end).
   * A delivery that fails for good fails the run, saying where it could not go.
   */
  private deliver(
    subject: string,
    body: Omit<weft.v1.DataMessage.$Properties, "runId">,
    to: string,
    edge?: { from: string; to: string; records: number },
  ): void {
    const message = encodeMessage(pb.DataMessage, { runId: this.runId, epoch: this.run.epoch, ...body });
    const chunks = Math.max(1, Math.ceil(message.length / (this.services.bus.maxPayload - 4096)));
    // Accounted before it is sent, so the account is in the log before the data's effects.
    if (edge) this.account(edge.from, edge.to, { records: edge.records, natsMsgs: chunks, natsBytes: message.length });
    // The log batch goes out first on the same connection (its ack is not awaited: that would
    // put a JetStream round trip on every hop), so its events reach the stream before the
    // data's effects do.
    void this.log.flush();
    void sendData(this.services.bus, subject, this.services.name, message)
      .then(
        () => {},
        (err: unknown) => {
          if (this.stopped) return;
          const node = edge?.from ?? body.nodeValue?.node ?? body.mapItems?.node ?? body.mapResults?.node ?? body.sinkValue?.node ?? "";
          this.reportFailure(node, new WeftError(ErrorCode.Infrastructure, `could not send data of node "${node}" to ${to}: ${(err as Error).message}`));
        },
      );
  }

  /**
   * A failure outside any task's attempt (data that could not be delivered): reported as the
   * node's failure, which fails the run; the coordinator then cancels it everywhere.
   */
  fail(node: string, err: unknown): void {
    this.reportFailure(node, asWeftError(err));
  }

  /**
   * `from`: "succeeded" for a node whose value could not be handed on (counted once), "pending"
   * for a run that could not start here (a bad partition count, a combiner's zero that throws).
   */
  reportFailure(node: string, err: WeftError, from: TaskState = "succeeded"): void {
    this.log.add({
      task: {
        taskId: node,
        node,
        index: -1,
        from,
        to: "failed",
        worker: this.services.name,
        atMs: this.clock.now(),
        error: { ...userError(toErrorInfo(err)), terminal: true },
        epoch: this.run.epoch,
      },
    });
    void this.log.flush();
    this.cancel(err.message);
  }

  // ---------- values ----------

  /** A node's value is now on this worker: feed local consumers, report sinks. */
  private onValue(nodeName: string, value: unknown): void {
    if (this.values.has(nodeName)) return; // duplicate delivery
    const node = this.nodes.get(nodeName);
    if (!node) throw new WeftError(ErrorCode.Decode, `value for unknown node "${nodeName}"`);
    this.values.set(nodeName, value);
    const consumers = this.consumers.get(nodeName)!;
    if (consumers.length === 0) this.sendSink(node, value);
    let stages = false;
    for (const c of consumers) {
      if (c.kind === "stage") {
        stages = true;
        continue;
      }
      if (!this.isHere(c) || !this.isNeeded(c.name) || !c.deps.every((d) => this.values.has(d))) continue;
      const cause = isUpstreamFailure(value) || c.deps.length > 1 ? skipsOn(c, (d) => this.values.get(d)) : undefined;
      if (cause) this.skip(c, cause);
      else if (c.kind === "map") this.maps.split(c, value);
      else this.readyTaskNode(c);
    }
    if (stages) this.flow.valueArrived();
  }

  /** A failure upstream skips this node: its consumers learn it in place of its value. */
  private skip(node: NodeSpec, cause: { node: string; code: string; message: string }): void {
    if (this.stopped || this.tasks.has(node.name)) return;
    const task = this.newTask(node, -1, undefined, undefined);
    this.transition(task, { type: "deps.failed" });
    const marker = upstreamFailure(node.name, task.id, cause.code, `skipped: "${cause.node}" failed: ${cause.message}`, true);
    this.sendValue(task, marker, this.encodeForRecipients(node, marker));
  }

  private sendSink(node: NodeSpec, value: unknown): void {
    let sinkValue: { node: string; valueJson?: string; error?: ReturnType<typeof toErrorInfo> };
    try {
      sinkValue = { node: node.name, valueJson: encodeResultJson(value, `node "${node.name}"`) };
    } catch (err) {
      sinkValue = { node: node.name, error: { ...toErrorInfo(err), terminal: true } }; // the coordinator fails the run
    }
    this.deliver(subjects.coordinatorData(), { sinkValue }, "the coordinator");
  }

  /**
   * Encodes a task node's value for the workers that consume it, once whatever their number
   * (and as JSON when it is part of the run's result). Throws E_NOT_SERIALIZABLE, or
   * E_PAYLOAD_TOO_LARGE for a result too large for the run's log.
   */
  private encodeForRecipients(node: NodeSpec, value: unknown): { remote: number[]; encoded: Uint8Array | undefined } {
    const remote = [...this.recipientsOf(node)].filter((w) => w !== this.me);
    const encoded = remote.length > 0 ? encodeValue(value, `node "${node.name}"`) : undefined;
    if (this.consumers.get(node.name)!.length === 0) {
      assertResultFits(encodeResultJson(value, `node "${node.name}"`), `the value of node "${node.name}" (part of the run's result)`, this.services.bus.maxPayload);
    }
    return { remote, encoded };
  }

  // ---------- tasks ----------

  newTask(node: NodeSpec, index: number, item: unknown, block: MapBlockRun | undefined, pipeline?: object): Task {
    return this.tasks.newTask(node, index, item, block, pipeline);
  }

  get random(): Random {
    return this.services.random;
  }

  private readyTaskNode(node: NodeSpec): void {
    if (this.stopped || this.tasks.has(node.name)) return;
    const task = this.newTask(node, -1, undefined, undefined);
    this.transition(task, { type: "deps.met" });
  }

  /** Feeds an event to a task: the task table steps it, logs the change and carries out its instructions. */
  transition(task: Task, event: TaskEvent): void {
    this.tasks.transition(task, event);
  }

  async runAttempt(task: Task): Promise<void> {
    if (this.stopped || task.snapshot.value !== "ready") return;
    const { workflow } = this.run;
    const impl = workflow.impls.get(task.node.name);
    this.transition(task, { type: "attempt.started", at: this.clock.now() });
    const controller = new AttemptAbort();
    task.controller = controller;
    const label = `task ${task.id}`;
    const isolated = (task.node.isolate || this.services.isolateAll) && (task.node.kind === "task" || task.node.kind === "map");
    const outcome = !impl
      ? { ok: false as const, error: new WeftError(ErrorCode.WorkflowLoad, `the bundle has no function for node "${task.node.name}"`) }
      : isolated
        ? await this.services.isolation.run({
            bundlePath: join(bundleCacheDir(), `${this.run.bundleHash}.mjs`),
            node: task.node.name,
            call: task.node.kind === "map" ? "item" : task.node.inputShape,
            args: this.inputsOf(task),
            hasInit: task.node.hasInit,
            ctx: { input: this.run.input, runId: this.runId, taskId: task.id, node: task.node.name, index: task.index, attempt: task.snapshot.context.attempt },
            timeoutMs: task.node.timeoutMs,
            memoryLimitMb: task.node.memoryLimitMb ?? 0,
            signal: controller.signal,
            onLog: (level, message) => this.userLog(task, level, message),
          })
        : await invokeAttempt(
            async () => {
              const state = task.node.hasInit ? await this.services.initState(workflow, this.run.bundleHash, task.node.name) : undefined;
              const ctx = this.context(task, controller, state);
              this.entering(label);
              // Their input was combined as it arrived; the attempt hands the result on.
              if (task.node.kind === "aggregate" || task.node.kind === "collect") return task.item;
              return task.node.inputShape === "none" && task.node.kind !== "map" ? impl.fn(ctx) : impl.fn(this.inputsOf(task), ctx);
            },
            task.node.timeoutMs,
            controller,
            label,
            undefined,
            this.clock,
          );
    task.controller = undefined;
    // Cancelled meanwhile: the late result is dropped.
    if (this.stopped || (task.snapshot.value as TaskState) !== "running") return;
    if (outcome.ok) this.succeed(task, outcome.value);
    else this.transition(task, { type: "attempt.failed", at: this.clock.now(), error: userError(toErrorInfo(outcome.error)), draw: this.services.random.next() });
  }

  /** The failure stands in for the task's value: in its map block's results, or sent on. */
  private absorbFailure(task: Task, e: ErrorInfoLike | undefined): void {
    const marker = upstreamFailure(task.node.name, task.id, e?.code ?? "E_USER_CODE", e?.message ?? "failed", false);
    if (task.block) {
      this.maps.instanceDone(task, marker);
      return;
    }
    this.sendValue(task, marker, this.encodeForRecipients(task.node, marker));
  }

  /** What a task's function receives as its first argument. */
  private inputsOf(task: Task): unknown {
    if (task.node.kind === "map") return task.item;
    if (task.node.inputShape === "tuple") return task.node.deps.map((d) => this.values.get(d));
    if (task.node.inputShape === "single") return this.values.get(task.node.deps[0]!);
    return undefined;
  }

  private userLog(task: Task, level: string, message: string): void {
    const text = message.slice(0, 64 * 1024);
    this.log.add({ log: { taskId: task.id, worker: this.services.name, level, message: text, atMs: this.clock.now() } }, 64 + text.length);
  }

  private succeed(task: Task, value: unknown): void {
    if (task.block) {
      this.transition(task, { type: "attempt.succeeded", at: this.clock.now() });
      this.maps.instanceDone(task, value);
      return;
    }
    let out: ReturnType<RunExecutor["encodeForRecipients"]>;
    try {
      out = this.encodeForRecipients(task.node, value);
    } catch (err) {
      // A value that cannot reach its consumers fails the attempt; retrying would not help.
      this.transition(task, { type: "attempt.failed", at: this.clock.now(), error: { ...toErrorInfo(err), terminal: true }, draw: 0 });
      return;
    }
    this.transition(task, { type: "attempt.succeeded", at: this.clock.now() });
    this.sendValue(task, value, out);
  }

  /** A recovered output: encoded (it was sent before, so it can be again) and handed on. */
  private handOn(task: Task, value: unknown): void {
    try {
      this.sendValue(task, value, this.encodeForRecipients(task.node, value));
    } catch (err) {
      this.reportFailure(task.node.name, asWeftError(err, ErrorCode.NotSerializable));
    }
  }

  /** A task node's value goes once to each worker that consumes it, and in memory to those here. */
  private sendValue(task: Task, value: unknown, out: ReturnType<RunExecutor["encodeForRecipients"]>): void {
    // Handing on may split a map node's list or start its consumers: weft's work, not the task's.
    this.services.engineWork(`handing on the value of ${task.id} in run ${this.runId}`, () => this.handValueOn(task, value, out));
  }

  private handValueOn(task: Task, value: unknown, out: ReturnType<RunExecutor["encodeForRecipients"]>): void {
    for (const w of out.remote) {
      const to = this.consumersOf(task.node.name).find((c) => c.kind === "stage" || this.run.placement.nodeWorker[c.name] === w)?.name ?? "";
      this.send(w, { nodeValue: { node: task.node.name, value: out.encoded!, encoding: pb.ValueEncoding.VALUE_ENCODING_V8 } }, { from: task.node.name, to, records: 1 });
    }
    for (const c of this.consumersOf(task.node.name)) {
      if (c.kind === "stage" || this.isHere(c)) this.account(task.node.name, c.name, { localRecords: 1, localBytes: estimateBytes(value) });
    }
    this.onValue(task.node.name, value);
  }

  context<X extends object>(task: Task, abort: { readonly signal: AbortSignal }, state: unknown, extra?: X): TaskContext<unknown, unknown> & X {
    const logAt = (level: string) => (message: string, ...args: unknown[]) => this.userLog(task, level, format(message, ...args));
    const log: TaskLogger = { info: logAt("info"), warn: logAt("warn"), error: logAt("error") };
    return {
      input: this.run.input,
      runId: this.runId,
      taskId: task.id,
      node: task.node.name,
      index: task.index,
      attempt: task.snapshot.context.attempt,
      log,
      get signal() {
        return abort.signal; // made on first use
      },
      state,
      ...(extra as X),
    };
  }
}

/** A failure outside any attempt as a WeftError (a user function's throw becomes `code`), with its own stack. */
function asWeftError(err: unknown, code: string = ErrorCode.UserCode): WeftError {
  if (err instanceof WeftError) return err;
  const e = new WeftError(code, String((err as Error)?.message ?? err));
  if (err instanceof Error && err.stack) e.stack = err.stack; // where the user's code threw, not here
  return e;
}
