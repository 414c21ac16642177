/**
 * The coordinator: accepts submissions, plans placement, assigns runs to workers, follows
 * every run's log to keep its state, records it in JetStream KV (RunRecorder), and ends runs
 * (result, failure, cancel). It is not on the path between tasks: workers fire co-located
 * successors themselves and send values to each other.
 *
 * This file is the shell: subscriptions, decoding, and carrying out the instructions of the run
 * table (run-table.ts), which makes every decision. One per NATS: a second coordinator waits as
 * a standby (leadership.ts) and says so.
 * Failure: the runs of a worker that stops heartbeating are placed again on the live workers,
 * in a new epoch (silence while the coordinator itself is cut off from NATS does not count);
 * a coordinator that starts takes up the unfinished runs recorded in KV, and lets each go on
 * where it is when its workers are all live (see run.restored in run-table.ts).
 */
import { systemClock, type Clock, type TimerId } from "../base/clock.js";
import { eachAtMost } from "../base/each-at-most.js";
import type { Bus, BusMessage, BusStatus, BusSubscription } from "../bus/bus.js";
import { DurablePublisher } from "../bus/durable-publisher.js";
import { ensureRunLogStream } from "../bus/run-log-stream.js";
import { isTerminalRunState, type RunState } from "../core/run.machine.js";
import { ErrorCode, WeftError, toErrorInfo } from "../errors.js";
import type { weft } from "../gen/weft.js";
import { newRunId } from "../model/run-id.js";
import type { PlacementStrategy } from "../plan/placement.js";
import { unplaced } from "../model/placement.js";
import { assertToken, buckets, parseSubject, streams, subjects } from "../subjects.js";
import { receiveData, type DataAck } from "../wire/data-channel.js";
import { assertInputFits } from "../wire/value-codec.js";
import { fieldBytes, GRAPH_FIELD, withoutField } from "../wire/embedded-field.js";
import { decodeMessage, encodeMessage, errorFromWire, graphFromWire, pb, placementFromWire, placementToWire } from "../wire/protocol.js";
import { controlAction } from "../wire/run-control.js";
import { originFromWire } from "../wire/origin.js";
import { TriggerHost } from "../triggers/trigger-host.js";
import { StreamPlacer } from "../stream/stream-placer.js";
import type { SpanSink } from "../observability/span-sink.js";
import type { Registry } from "prom-client";
import { LeaderLock } from "./leader-lock.js";
import { Leadership } from "./leadership.js";
import { entriesFromWire } from "./log-entries.js";
import { LogReadOnce } from "./log-read-once.js";
import { readHistoryBatch, type HistoryBatch } from "../wire/run-history.js";
import { expandTaskSuccesses } from "../wire/task-succeeded.js";
import { LogSettler } from "./log-settler.js";
import { PlanCache } from "./plan-cache.js";
import { RunDeadlines } from "./run-deadlines.js";
import { RunEventBatcher } from "./run-event-batcher.js";
import { RunRecorder } from "./run-recorder.js";
import { rememberEncodedGraph } from "../wire/graph-bytes.js";
import type { RunSetup } from "./run-setup.js";
import type { RunOrigin } from "../../model/trigger.js";
import type { LoggedBatch, RunObserver } from "./run-observer.js";
import { placeWithHistory } from "./history-placement.js";
import { ResourceHistory, scopeOf } from "./resource-history.js";
import { RunStarter } from "./run-starter.js";
import { RecordGate } from "./record-gate.js";
import { HeldAcks } from "./held-acks.js";
import { FreshRunIds } from "../core/fresh-run-ids.js";
import { serveExpressProbes } from "./express-probe.js";
import { listRunRecords, readRunRecord, runRecordRevision, withdrawRunRecord } from "./run-store.js";
import { RunTable, type CoordinatorEvent, type CoordinatorEventBody, type CoordinatorInstruction, type RunView } from "./run-table.js";
import { runNotices } from "../client/run-notice.js";
import { openBundles } from "../bundle/bundle-store.js";
import { notOwnerError, ownerOfRequest } from "./run-owner.js";
import { ServerProbe } from "./server-probe.js";
import { StoreAlarm } from "./store-alarm.js";
import { WorkerRegistry } from "./worker-registry.js";
import { LeaseGranter } from "./lease-granter.js";
import { DirectRunCosts } from "./direct-run-costs.js";
import { WorkerPresence } from "./worker-presence.js";
import { WarmBundles } from "./warm-bundles.js";
import { unsaid, type ServiceEvents } from "../base/service-events.js";
import { demandOf, workersHeld, type CapacityView } from "../observability/demand.js";

export interface CoordinatorOptions {
  name?: string;
  /** How long a running run whose workers are all lost waits for another (a submission with none is queued instead). */
  workerWaitMs?: number;
  /** A worker silent this long is lost. */
  workerLostAfterMs?: number;
  placement?: PlacementStrategy;
  /** Diagnostics (default: stderr). */
  say?: (line: string) => void;
  /** Events about the cluster (workers joining and lost), for `weft coordinator`'s log (default: unsaid). */
  events?: ServiceEvents;
  /** How long the run log stream keeps history. */
  logMaxAgeMs?: number;
  /** Time, for every timer and timestamp of the coordinator (default: the system clock). */
  clock?: Clock;
  /** Keep Prometheus metrics (`metrics` is then their registry, for a /metrics endpoint). */
  metrics?: boolean;
  /** Emit each run's trace there (engine/observability/span-sink.ts). */
  spans?: SpanSink;
}

/** How often the coordinator checks for silent workers. */
const CHECK_WORKERS_MS = 500;
/** A run's replay at a takeover is over once its log has been quiet this long, or after QUIET_MAX_MS. */
const QUIET_MS = 500;
const QUIET_MAX_MS = 10_000;
/** Runs taken up at once after a takeover (each holds a replay consumer on the server meanwhile). */
const RESUME_AT_ONCE = 32;

export class Coordinator {
  private readonly registry: WorkerRegistry;
  /** Which workers were said to have joined (their loss is said once too). */
  private readonly presence = new WorkerPresence();
  /** The deployed bundles workers pre-import, sent on coord.up (engine/coordinator/warm-bundles.ts). */
  private readonly warm: WarmBundles;
  private readonly events: ServiceEvents;
  private table: RunTable;
  private records: RunRecorder;
  private readonly subs: BusSubscription[] = [];
  private readonly say: (line: string) => void;
  private readonly clock: Clock;
  private watchdog: TimerId | undefined;
  private leadership: Leadership | undefined;
  private logFeed: { stop(): void } | undefined;
  private triggers: TriggerHost | undefined;
  private streams: StreamPlacer | undefined;
  private readonly publisher: DurablePublisher;
  /** Whether JetStream stores this coordinator's writes (a full store stalls every run). */
  private readonly storeAlarm: StoreAlarm;
  /** Whether the server answers at all (a hung one keeps the connection open). */
  private readonly probe: ServerProbe;
  private readonly runEvents: RunEventBatcher;
  private readonly settler: LogSettler;
  private readonly starter: RunStarter;
  /** What the table decides about a run whose record is being created waits here (record-gate.ts). */
  private readonly gate = new RecordGate();
  /** Runs whose log was settled when their end was decided: they end after the instructions at hand (settleNow). */
  private readonly settledNow: { runId: string; table: RunTable }[] = [];
  /** Runs whose log is being settled (their end waits for it), and the acks of the sink values that ended them (held-acks.ts). */
  private readonly settling = new Set<string>();
  private readonly heldAcks: HeldAcks;
  /** Which claims that a run id is new to believe (core/fresh-run-ids.ts). */
  private readonly freshIds = new FreshRunIds();
  private readonly plans = new PlanCache();
  /** Express placement leases: their runs start on a worker without this coordinator (docs/express.md, "Leases"). */
  private readonly leases: LeaseGranter;
  /** Direct runs' cost and history, from their logs (the run table never sees them). */
  private readonly directCosts: DirectRunCosts;
  private readonly deadlines: RunDeadlines;
  private readonly workerWaitMs: number;
  private readonly workerLostAfterMs: number;
  /** Batches of a run whose log is replayed while it is also read live are taken in once. */
  private readonly readOnce = new LogReadOnce();
  /** Events handled so far (each one's stimulus id is its type and number). */
  private stimuli = 0;
  /** Metrics and traces, when asked for (none by default), and the resource history. */
  private readonly observers: RunObserver[] = [];
  /** Told when a run is submitted or restored (onDemand): an autoscaler then looks at once. */
  private readonly demandListeners = new Set<() => void>();
  /** What runs used, per node and scope (docs/cost.md): set by start. */
  history: ResourceHistory | undefined;
  /** The Prometheus registry of this coordinator's metrics (with `metrics: true`). */
  metrics: Registry | undefined;
  readonly name: string;

  private constructor(
    private readonly bus: Bus,
    private readonly options: CoordinatorOptions,
  ) {
    this.name = options.name ?? `coordinator-${process.pid}`;
    this.say = options.say ?? ((line) => process.stderr.write(line + "\n"));
    this.clock = options.clock ?? systemClock;
    this.workerWaitMs = options.workerWaitMs ?? 10_000;
    this.workerLostAfterMs = options.workerLostAfterMs ?? 3000;
    this.registry = new WorkerRegistry(this.workerLostAfterMs, this.clock);
    this.leases = new LeaseGranter({
      bus,
      clock: this.clock,
      plans: this.plans,
      live: () => this.registry.live(this.clock.now()),
      present: () => this.registry.present(this.clock.now()),
      place: (graph, workers, bundleHash) =>
        placeWithHistory(this.plans, graph, workers, this.options.placement ?? "locality", this.history!.profiles(scopeOf({ graph: graph.graph, bundleHash }))),
      confirmLeader: async () => (await this.leadership?.confirm()) === true && this.leadership?.signal.aborted !== true,
      bad: (subject) => this.bad(subject),
    });
    this.directCosts = new DirectRunCosts(
      (leaseId) => this.leases.content(leaseId),
      () => this.history,
      () => this.clock.now(),
    );
    this.warm = new WarmBundles(bus);
    this.events = options.events ?? unsaid;
    this.storeAlarm = new StoreAlarm(bus, this.say, this.clock, () => this.table.runs().filter((r) => !r.ended).map((r) => r.setup.runId));
    // A server that does not answer is an outage of this coordinator's, like a disconnect: the
    // workers' silence meanwhile is not theirs.
    this.probe = new ServerProbe(
      () => bus.flush(),
      this.clock,
      () => this.handle({ type: "connection.lost" }),
      () => this.handle({ type: "connection.restored" }),
    );
    this.publisher = new DurablePublisher(bus, (reason) => this.say(`weft coordinator: ${reason}`), this.storeAlarm);
    this.runEvents = new RunEventBatcher(this.publisher, bus);
    this.settler = new LogSettler(bus, this.publisher, this.clock);
    this.heldAcks = new HeldAcks(this.clock);
    this.starter = new RunStarter(bus, this.clock, (subject) => this.bad(subject));
    this.deadlines = new RunDeadlines(this.clock);
    this.table = this.newTable();
    this.records = this.newRecorder();
    bus.onStatus((status) => this.onConnection(status));
  }

  /**
   * While this coordinator's connection is down no heartbeat reaches it: that silence is
   * not held against the workers (the registry gives each a fresh loss window from the
   * reconnect), and a run waiting for a worker waits its full time again from then.
   */
  private onConnection(status: BusStatus): void {
    if (status === "disconnected" || status === "reconnecting") this.handle({ type: "connection.lost" });
    if (status === "reconnected") this.handle({ type: "connection.restored" });
  }

  private newTable(): RunTable {
    return new RunTable(this.registry, { name: this.name, workerWaitMs: this.workerWaitMs, maxPayload: this.bus.maxPayload, checkEveryMs: CHECK_WORKERS_MS });
  }

  private newRecorder(): RunRecorder {
    const table = this.table;
    return new RunRecorder(
      this.bus,
      this.name,
      this.say,
      (runId) => table.run(runId),
      (runId) => this.handle({ type: "run.handed.over", runId }, table),
      this.clock,
      this.storeAlarm,
    );
  }

  /** Becomes the active coordinator (waiting as a standby while another is) and serves. */
  static async start(bus: Bus, options: CoordinatorOptions = {}): Promise<Coordinator> {
    const c = new Coordinator(bus, options);
    await c.observe(options);
    await ensureRunLogStream(bus, options.logMaxAgeMs, true);
    await bus.kv(buckets.runs);
    await runNotices(bus); // made here: clients only read it (they may not create buckets)
    await openBundles(bus);
    c.history = await ResourceHistory.open(bus, c.say, c.clock);
    c.observers.push(c.history);
    const lock = await LeaderLock.open(bus, c.name, undefined, c.clock);
    c.leadership = new Leadership(lock, c.name, c.say, {
      serve: async () => {
        await c.history?.load();
        await c.listen();
        await c.resume();
        await c.startTriggers();
      },
      drop: () => c.drop(),
    });
    await c.leadership.lead();
    return c;
  }

  /** Sets up the metrics and traces asked for (their modules are loaded only then). */
  private async observe(options: CoordinatorOptions): Promise<void> {
    if (options.metrics) {
      const { CoordinatorMetrics } = await import("../observability/coordinator-metrics.js");
      const m = new CoordinatorMetrics(this.name, this.bus, { runs: () => this.table.runs(), workerLoad: () => this.registry.load(this.clock.now()) });
      this.observers.push(m);
      this.metrics = m.registry;
    }
    if (options.spans) {
      const { RunSpans } = await import("../observability/run-spans.js");
      this.observers.push(new RunSpans(options.spans, this.name));
    }
  }

  /** The leader runs the triggers of every deployment (engine/triggers). */
  private async startTriggers(): Promise<void> {
    this.triggers?.stop();
    this.triggers = new TriggerHost(this.bus, this.name, this.say, this.clock, (hashes) => this.warm.deployed(hashes));
    await this.triggers.start();
    this.streams?.stop();
    this.streams = new StreamPlacer(this.bus, this.name, () => this.workers().map((w) => w.name), this.say, this.clock);
    this.streams.start();
  }

  /** The leadership was lost: nothing of this term is served or written any more. */
  private drop(): void {
    for (const r of this.table.runs()) for (const o of this.observers) o.forget(r.setup.runId);
    this.stopServing();
    this.records.abandon();
    this.table = this.newTable();
    this.records = this.newRecorder();
    this.runEvents.clear();
    this.gate.clear();
    this.freshIds.clear();
  }

  /** Stops taking submissions, heartbeats, data and logs, and every timer of the runs. */
  private stopServing(): void {
    if (this.watchdog !== undefined) this.clock.clearTimeout(this.watchdog);
    this.watchdog = undefined;
    this.probe.stop();
    this.deadlines.stop();
    for (const s of this.subs.splice(0)) s.unsubscribe();
    this.triggers?.stop();
    this.triggers = undefined;
    this.streams?.stop();
    this.streams = undefined;
    this.logFeed?.stop();
    this.logFeed = undefined;
    this.settling.clear();
    this.heldAcks.releaseAll();
  }

  /** Live workers, as the registry sees them. */
  workers() {
    return this.registry.live(this.clock.now());
  }

  /** What the local autoscaler reads (engine/client/worker-autoscaler.ts): the demand and each live worker's load. */
  capacity(): CapacityView {
    const runs = this.table.runs();
    const now = this.clock.now();
    return { demand: demandOf(runs, this.registry.load(now)), workers: this.registry.liveLoad(now), held: workersHeld(runs) };
  }

  /**
   * `listener` is called (outside any event's handling) whenever demand may have grown: a run
   * submitted or restored. An autoscaler reads capacity() then instead of at its next tick, so a
   * first worker is spawned as soon as a run waits for one. Returns the unsubscribe.
   */
  onDemand(listener: () => void): () => void {
    this.demandListeners.add(listener);
    return () => this.demandListeners.delete(listener);
  }

  /** The bundles of the deployed workflows (what a worker pre-imports): the autoscaler names them to the workers it spawns. */
  warmBundles(): readonly string[] {
    return this.warm.list;
  }

  /** A worker stopped on purpose (by the autoscaler): not offered to new runs while it exits. */
  workerLeaving(name: string): void {
    this.registry.forget(name, this.clock.now());
    this.presence.leaving(name);
  }

  /** Resolves when `count` workers are live, or after `timeoutMs` with those that are. */
  waitForWorkers(count: number, timeoutMs: number) {
    return this.registry.waitFor(count, timeoutMs);
  }

  async stop(): Promise<void> {
    this.leadership?.stop();
    this.storeAlarm.stop();
    this.stopServing();
    await this.records.close(this.table.runs().filter((r) => !r.ended && !r.setup.express).map((r) => r.setup.runId));
    // The ended runs' resource history is written behind them: what waits is written now.
    await Promise.race([Promise.all([this.publisher.idle(), this.history?.flushed()]), new Promise((r) => this.clock.setTimeout(() => r(undefined), 2000))]);
    this.publisher.close();
    await this.leadership?.release();
  }

  private bad(subject: string) {
    return (reason: string) => this.say(`weft coordinator: dropped a message on ${subject}: ${reason}`);
  }

  // ---------- the table: events in, instructions out ----------

  /** Hands an event to `table` (the current term's by default) and carries out what it decides. */
  private handle(body: CoordinatorEventBody, table = this.table): void {
    const event = { ...body, at: this.clock.now(), stimulusId: `${body.type}#${++this.stimuli}` } as CoordinatorEvent;
    for (const instruction of table.handle(event)) {
      // From here the run's end waits for its log (also while the gate holds it: record-gate.ts).
      if (instruction.type === "SettleLog") this.settling.add(instruction.runId);
      if (!this.gate.holds(instruction)) this.execute(instruction, table);
    }
    this.endSettled();
    if ((body.type === "submission.received" || body.type === "record.read") && this.demandListeners.size > 0) {
      queueMicrotask(() => {
        for (const l of this.demandListeners) l();
      });
    }
  }

  private execute(i: CoordinatorInstruction, table: RunTable): void {
    switch (i.type) {
      case "StartRunOnWorkers":
        return this.startOnWorkers(i, table, true);
      case "ResyncWorkers": {
        void this.records.written(i.runId).then(() => this.starter.resync({
          runId: i.runId,
          epoch: i.epoch,
          workers: i.workers,
          wanted: (worker) => table.startWanted(i.runId, i.epoch, worker, this.clock.now()),
          answered: (worker, held) => this.handle({ type: "resync.answered", runId: i.runId, epoch: i.epoch, worker, held }, table),
        }));
        return;
      }
      case "PublishRunEvent": {
        const setup = table.run(i.runId)?.setup;
        const run = i.end ? table.run(i.runId) : undefined;
        // The end first: what observers do with it (the resource history's write) is off its path.
        this.runEvents.publish(i.runId, setup?.owner ?? "", i.entry, i.end, setup?.express === true);
        if (run) for (const o of this.observers) o.runEnded(run, i.entry);
        return;
      }
      case "PublishControl": {
        // Through the stream: a worker that reconnects still gets it. An express run's is not
        // waited on (its ack would be one more message; the stream stores it as it passes).
        const action = controlAction(i.action);
        const placement = i.placement ? placementToWire(i.placement) : null;
        const control = encodeMessage(pb.RunControl, { runId: i.runId, action, reason: i.reason, epoch: i.epoch, placement });
        if (table.run(i.runId)?.setup.express) this.bus.publish(subjects.runControl(i.runId), control);
        else void this.publisher.publish(subjects.runControl(i.runId), control);
        return;
      }
      case "RecordRun":
        if (table.run(i.runId)?.setup.express) return; // an express run has no record
        if (i.now) void this.records.now(i.runId);
        else this.records.schedule(i.runId);
        return;
      case "ArmDeadline":
        return this.deadlines.arm(i.runId, i.at, () => this.handle({ type: "deadline.passed", runId: i.runId }, table));
      case "DisarmDeadline":
        return this.deadlines.clear(i.runId);
      case "SettleLog": {
        const allRead = () => table.run(i.runId)?.progress.allTasksRead() ?? false;
        // A success whose every task's end was read already is settled: it ends in this turn,
        // its end in the same socket write as what led to it (a sink value's ack, the submit's reply).
        if (!i.askFlush && allRead()) {
          this.settledNow.push({ runId: i.runId, table });
          return;
        }
        void this.settler.settle(i.runId, table.run(i.runId)?.setup.owner ?? "", i.epoch, i.workers, i.askFlush, allRead).then(() => this.settled(i.runId, table));
        return;
      }
      case "Forget": {
        const records = this.records;
        const timer = this.clock.setTimeout(() => {
          this.settling.delete(i.runId);
          records.forget(i.runId);
          this.runEvents.forget(i.runId);
          for (const o of this.observers) o.forget(i.runId);
          this.readOnce.forget(i.runId);
          this.handle({ type: "forget.due", runId: i.runId }, table);
        }, i.afterMs);
        (timer as { unref?: () => void }).unref?.(); // late events only: the process may end meanwhile
        return;
      }
      case "Say":
        return this.say(i.line);
    }
  }

  /** The run's log is settled: its end goes out. */
  private settled(runId: string, table: RunTable): void {
    this.handle({ type: "log.settled", runId }, table);
    this.runEvents.settled(runId);
    this.settling.delete(runId);
    this.heldAcks.release(runId); // in the end's socket write
  }

  /** Ends the runs settled at once (SettleLog), after the instructions they came with. */
  private endSettled(): void {
    for (let next = this.settledNow.shift(); next; next = this.settledNow.shift()) this.settled(next.runId, next.table);
  }

  /** `afterRecord`: once the run's record writes under way are done (all but a new run's first start). */
  private startOnWorkers(i: Extract<CoordinatorInstruction, { type: "StartRunOnWorkers" }>, table: RunTable, afterRecord: boolean): void {
    const setup = table.run(i.runId)?.setup;
    if (!setup) return;
    const start = () =>
      this.starter.start({
        setup,
        epoch: i.epoch,
        workers: i.workers,
        recovered: i.recovered,
        wanted: (worker) => table.startWanted(i.runId, i.epoch, worker, this.clock.now()),
        failed: (worker, error) => this.handle({ type: "start.failed", runId: i.runId, epoch: i.epoch, worker, error }, table),
        missing: (worker, nodes) => this.handle({ type: "outputs.missing", runId: i.runId, epoch: i.epoch, worker, nodes }, table),
      });
    // A re-placement's record is written first: a coordinator that takes the run up after
    // this one dies must place it above this epoch, never reuse it (see run.restored).
    if (afterRecord) void this.records.written(i.runId).then(start);
    else void start();
  }

  // ---------- subscriptions ----------

  private async listen(): Promise<void> {
    this.subs.push(
      this.bus.subscribe(subjects.allWorkerHeartbeats(), (msg) => {
        const hb = decodeMessage(pb.WorkerHeartbeat, msg.data, this.bad(msg.subject));
        const parsed = parseSubject(msg.subject);
        if (!hb || parsed?.kind !== "workerHeartbeat" || hb.name !== parsed.worker) return;
        const incarnation = `${hb.host}/${hb.pid}/${hb.startedAtMs}`;
        const drain = { draining: hb.draining, leaving: hb.leaving, unfinished: hb.unfinishedRuns ?? [] };
        this.handle({ type: "worker.heard", name: hb.name, slots: hb.slots, running: hb.running, incarnation, pid: hb.pid, host: hb.host, drain });
        this.registry.memorySaid(hb.name, hb.memoryBytes);
        this.registry.directSaid(hb.name, hb.directRuns ?? 0);
        this.leases.workersChanged();
        if (this.presence.heard(hb.name)) {
          const fields = { worker: hb.name, slots: hb.slots, running: hb.running, pid: hb.pid, host: hb.host };
          this.events.event("worker.joined", `weft coordinator ${this.name}: worker ${hb.name} joined (${hb.slots} slots, pid ${hb.pid} on ${hb.host})`, fields);
          this.warm.joined();
        }
        // Its run-log writes are refused: the runs wait on it though this coordinator's own writes may go through.
        if (hb.storeRefused) this.storeAlarm.failed(new WeftError(ErrorCode.StorageFull, `worker ${hb.name}: ${hb.storeRefused}`));
      }),
      this.bus.subscribe(subjects.submit(), (msg) => void this.onSubmit(msg)),
      this.bus.subscribe(subjects.allOwnedSubmits(), (msg) => void this.onSubmit(msg)),
      this.bus.subscribe(subjects.cancel(), (msg) => void this.onCancel(msg)),
      this.bus.subscribe(subjects.allOwnedCancels(), (msg) => void this.onCancel(msg)),
      serveExpressProbes(this.bus, this.name, (runId) => this.table.run(runId) !== undefined, this.bad(subjects.expressProbe())),
      ...this.leases.start(),
      receiveData(this.bus, subjects.allCoordinatorData(), (m, subject, ack) => this.onData(m, subject, ack), this.bad(subjects.allCoordinatorData())),
    );
    // Run histories through the stream (its consumer resumes after a NATS restart or its
    // deletion), so no state change is missed while the connection is down.
    const table = this.table;
    this.logFeed = await this.bus.replay(
      streams.runLog,
      subjects.allRunHistory(),
      (data, subject, seq) => {
        // Each batch with what its author may say (the subject names the author; permissions vouch for it).
        const batch = readHistoryBatch(subject, data, this.bad(subject), { compact: true });
        if (batch && this.readOnce.first(batch.runId, seq, true)) this.onLog(batch, table);
      },
      { from: "new" },
    );
    const tick = () => {
      this.watchdog = this.clock.setTimeout(tick, CHECK_WORKERS_MS);
      this.handle({ type: "workers.checked" }, table);
      this.sayLostWorkers();
      this.leases.workersChanged();
    };
    this.watchdog = this.clock.setTimeout(tick, CHECK_WORKERS_MS);
    this.probe.start();
    // Workers that were already up say so now, not at their next heartbeat.
    this.warm.announce();
  }

  /** Workers said to have joined that are no longer live are said lost (not while cut off from NATS: that says nothing of them). */
  private sayLostWorkers(): void {
    if (this.registry.cutOff) return;
    const now = this.clock.now();
    for (const worker of this.presence.checked(this.registry.present(now))) {
      this.events.event(
        "worker.lost",
        `weft coordinator ${this.name}: worker ${worker} lost: no heartbeat for ${Math.round((now - (this.registry.lastSeen(worker) ?? now)) / 1000)} s (it stopped, died, or cannot reach NATS)`,
        { worker },
        "warn",
      );
    }
  }

  private onLog(batch: HistoryBatch, table: RunTable): void {
    const runId = batch.runId;
    const run = table.run(runId);
    if (!run) return this.directCosts.logRead(batch);
    const worker = batch.author.kind === "worker" ? batch.author.worker : undefined;
    // What a worker not placed on the run says of it is not counted (the table ignores it too).
    if (worker === undefined || run.setup.placement.workers.includes(worker)) this.showObservers(run, batch);
    this.handle({ type: "log.batch.read", runId, worker, entries: entriesFromWire(batch.entries) }, table);
    // A marker is the coordinator's own empty batch.
    const marker = batch.author.kind === "coordinator" && batch.entries.length === 0;
    this.settler.read(runId, marker, () => table.run(runId)?.progress.allTasksRead() ?? false);
  }

  /** The observers that read the log get the batch as every reader sees it (its first-attempt successes expanded). */
  private showObservers(run: RunView, batch: HistoryBatch): void {
    let seen: LoggedBatch | undefined;
    for (const o of this.observers) {
      if (!o.logRead) continue;
      seen ??= { runId: batch.runId, entries: expandTaskSuccesses(batch.entries) };
      o.logRead(run, seen);
    }
  }

  /** A sink value, from the worker its subject names (the server lets each worker publish only on its own). */
  private onData(message: weft.v1.DataMessage, subject: string, ack: DataAck): void {
    const parsed = parseSubject(subject);
    if (parsed?.kind !== "coordinatorData" || message.body !== "sinkValue" || !message.sinkValue) return;
    const sink = message.sinkValue;
    this.handle({
      type: "sink.arrived",
      worker: parsed.worker,
      runId: message.runId,
      epoch: message.epoch ?? 0,
      node: sink.node ?? "",
      valueJson: sink.valueJson ?? "null",
      error: errorFromWire(sink.error),
    });
    // It ended the run's work, whose end now waits for the log: its ack goes with the end.
    if (this.settling.has(message.runId)) this.heldAcks.hold(message.runId, ack.hold());
  }

  // ---------- submissions and cancels ----------

  private async onSubmit(msg: BusMessage): Promise<void> {
    const reply = (runId: string, error?: unknown) =>
      msg.respond(encodeMessage(pb.SubmitReply, { runId, error: error === undefined ? null : toErrorInfo(error, ErrorCode.Infrastructure) }));
    // The graph is taken apart: a workflow submitted again is found by its bytes, not decoded.
    const sentGraph = fieldBytes(msg.data, GRAPH_FIELD.SubmitRequest);
    const rest = sentGraph ? withoutField(msg.data, GRAPH_FIELD.SubmitRequest) : msg.data;
    const req = rest && decodeMessage(pb.SubmitRequest, rest, this.bad(msg.subject));
    if (!req) return reply("", new WeftError(ErrorCode.Decode, "the submission did not decode as weft.v1.SubmitRequest"));
    const leadership = this.leadership!;
    const term = leadership.signal;
    const table = this.table;
    const records = this.records;
    const notLeader = () => new WeftError(ErrorCode.NotLeader, `coordinator ${this.name} is no longer the active one: submit again (the client does, for a while).`);
    try {
      // A coordinator frozen past its lock's life may hold a submission sent to it before
      // another took over: it must not start a run the new leader would never know about.
      // Leadership can also be lost at any later await below: each is followed by a check.
      if (!(await leadership.confirm()) || term.aborted) throw notLeader();
      const submitted = sentGraph ? this.plans.graphOfBytes(sentGraph) : this.plans.graph(req.graph ?? {});
      const graph = submitted.graph;
      // An id made for this submission (here, or by its client just now) can be no run's yet. A
      // client's claim is believed only for an id it cannot have seen a run hold (fresh-run-ids.ts);
      // ids are minted on wall clocks, so the wall clock judges them.
      const runId = assertToken("run id", req.runId || newRunId(this.clock.now()));
      const newId = !req.runId || (req.newRunId === true && this.freshIds.claim(runId, Date.now()));
      this.freshIds.saw(runId, Date.now());
      const taken = () => new WeftError(ErrorCode.Usage, `run id ${runId} is already taken: submit again without one.`);
      if (table.run(runId)) throw taken();
      try {
        JSON.parse(req.inputJson || "{}");
      } catch (err) {
        throw new WeftError(ErrorCode.InvalidInput, `the input is not JSON: ${(err as Error).message}`);
      }
      assertInputFits(req.inputJson, this.bus.maxPayload);
      const timeoutMs = req.timeoutMs ?? 0;
      if (!Number.isFinite(timeoutMs) || timeoutMs < 0) {
        throw new WeftError(ErrorCode.Usage, `the run's timeout must be a number of milliseconds >= 0 (0: none), got ${timeoutMs}.`);
      }
      // No worker live: placed on none, and queued until one is (the run table starts it).
      const workers = this.registry.live(this.clock.now());
      const strategy = this.options.placement ?? "locality";
      const scope = scopeOf({ graph, bundleHash: req.bundleHash, ...originField(req.origin) });
      const placement = workers.length > 0 ? placeWithHistory(this.plans, submitted, workers, strategy, this.history!.profiles(scope)) : unplaced(strategy);
      // An express run has no record to refuse a chosen id with: a durable run's record is
      // looked for (its log must not get this run's lines). An id made for this submission is no run's.
      if (req.express && !newId && (await runRecordRevision(this.bus, runId, ownerOfRequest(msg.subject))) > 0) throw taken();
      if (term.aborted) throw notLeader();
      if (table.run(runId)) throw taken();
      const submittedAt = this.clock.now();
      const setup: RunSetup = {
        runId,
        graph,
        bundleHash: req.bundleHash,
        inputJson: req.inputJson || "{}",
        submittedAt,
        placement,
        deadlineAt: timeoutMs > 0 ? submittedAt + timeoutMs : 0,
        ...originField(req.origin),
        ...(req.express ? { express: true } : {}),
        owner: ownerOfRequest(msg.subject),
      };
      rememberEncodedGraph(graph, submitted.bytes);
      this.handle({ type: "submission.received", setup, ...(newId || setup.express ? {} : { epoch: 1 }) }, table);
      if (setup.express) return this.acceptExpress(runId, term, table, reply, notLeader);
      // Recorded (created only if the key is new: one round trip that also refuses a run id in
      // use) before anything of the run is published: a coordinator that dies from here on
      // leaves a record its successor resumes the run from (and `weft status` finds it once
      // submit returns). A run whose id is new is started meanwhile (startWhileRecorded).
      let record: Uint8Array;
      try {
        record = records.newRecord(table.run(runId)!);
      } catch (err) {
        this.handle({ type: "submission.withdrawn", runId }, table);
        throw err;
      }
      const early = newId && placement.workers.length > 0;
      if (early) this.startWhileRecorded(runId, table);
      try {
        await records.create(table.run(runId)!, record);
      } catch (err) {
        this.gate.open(runId);
        this.handle({ type: "submission.withdrawn", runId }, table);
        throw (err as { code?: string }).code === ErrorCode.KvConflict ? taken() : err;
      }
      if (term.aborted) {
        this.gate.open(runId); // this term's table is gone: its instructions with it
        if (await withdrawRunRecord(this.bus, runId, setup.owner ?? "", records.revisionOf(runId))) throw notLeader();
        return reply(runId); // the new leader took the run up from its record: it goes on there
      }
      if (early) this.executeHeld(runId, table);
      else this.handle({ type: "submission.accepted", runId }, table);
      reply(runId);
    } catch (err) {
      reply("", err);
    }
  }

  /**
   * A run whose id was made for this submission is accepted while its record is created: its
   * StartRun goes out now, everything else the table decides about it waits in the gate until
   * the record exists (record-gate.ts). Safe because no run holds the id (nothing of another
   * run is touched if the create were refused) and a coordinator that dies before the record
   * exists leaves a run no record names: its client's next submission of the id is not new,
   * so it starts in epoch 1 and the worker places the run over (submission.received).
   */
  private startWhileRecorded(runId: string, table: RunTable): void {
    this.gate.close(runId);
    this.handle({ type: "submission.accepted", runId }, table);
    for (const i of this.gate.take(runId, (i) => i.type === "StartRunOnWorkers")) if (i.type === "StartRunOnWorkers") this.startOnWorkers(i, table, false);
  }

  /**
   * Carries out what the table decided about a run while its record was created. A run that
   * succeeded meanwhile (a short one: its sink value came before the create's ack) publishes its
   * "submitted" and "running" with its end, as one stored batch (run-event-batcher.ts).
   */
  private executeHeld(runId: string, table: RunTable): void {
    const held = this.gate.open(runId);
    // A success settles within milliseconds; a failure may wait seconds for its workers' flush.
    if (held.some((i) => i.type === "SettleLog" && !i.askFlush)) this.runEvents.toEnd(runId);
    for (const i of held) this.execute(i, table);
    this.endSettled();
  }

  /** An express run starts with no record: it lives in this coordinator only (docs/express.md). */
  private acceptExpress(runId: string, term: AbortSignal, table: RunTable, reply: (runId: string, error?: unknown) => void, notLeader: () => WeftError): void {
    if (term.aborted) {
      this.handle({ type: "submission.withdrawn", runId }, table);
      this.runEvents.forget(runId);
      return reply("", notLeader());
    }
    this.handle({ type: "submission.accepted", runId }, table);
    reply(runId);
  }

  private async onCancel(msg: BusMessage): Promise<void> {
    const reply = (ok: boolean, error?: unknown) =>
      msg.respond(encodeMessage(pb.CancelReply, { ok, error: error === undefined ? null : toErrorInfo(error, ErrorCode.Infrastructure) }));
    const req = decodeMessage(pb.CancelRequest, msg.data, this.bad(msg.subject));
    if (!req) return reply(false, new WeftError(ErrorCode.Decode, "the request did not decode as weft.v1.CancelRequest"));
    const run = this.table.run(req.runId);
    if (!run) {
      const record = await readRunRecord(this.bus, req.runId, ownerOfRequest(msg.subject)).catch(() => undefined);
      if (!record) return reply(false, new WeftError(ErrorCode.NotFound, `no run ${req.runId}: list runs with \`weft runs\`.`));
      return reply(false, notOwnerError(req.runId, record.owner ?? "", ownerOfRequest(msg.subject)) ?? new WeftError(ErrorCode.Usage, `run ${req.runId} already ended: ${record.state}.`));
    }
    const refused = notOwnerError(req.runId, run.setup.owner ?? "", ownerOfRequest(msg.subject));
    if (refused) return reply(false, refused);
    if (run.ended) return reply(false, new WeftError(ErrorCode.Usage, `run ${req.runId} already ended: ${run.state}.`));
    this.handle({ type: "cancel.requested", runId: req.runId, reason: req.reason || "cancelled by request" });
    reply(true);
  }

  // ---------- taking runs up ----------

  /**
   * After a restart: every run the KV store says is unfinished is taken up again. The run's log
   * tells how far it got in which epoch, and where outputs live; the run then goes on where it
   * is when all its workers are live, else it is placed again with those outputs kept (see
   * run.restored in run-table.ts).
   */
  private async resume(): Promise<void> {
    const table = this.table;
    const term = this.leadership!.signal;
    const records = this.records;
    const startedAt = this.clock.now();
    // Side by side (a bounded number at once): each run's replay waits for its log to go quiet
    // (at least QUIET_MS), so one after the other a takeover with N runs in flight took N
    // seconds or more before this coordinator served triggers and said it was active.
    let taken = 0;
    const stored = await listRunRecords(this.bus);
    // Every id a run holds is known now: a client's claim that an id is new can be judged.
    if (!term.aborted) this.freshIds.load(stored.map((r) => r.runId), Date.now());
    await eachAtMost(stored, RESUME_AT_ONCE, async (r) => {
      // Lost the leadership meanwhile: the new leader takes these up.
      if (term.aborted) return;
      if (isTerminalRunState(r.state as RunState) || table.run(r.runId)) return;
      taken++;
      const setup: RunSetup = {
        runId: r.runId,
        graph: graphFromWire(r.graph),
        bundleHash: r.bundleHash,
        inputJson: r.inputJson,
        submittedAt: r.submittedAtMs,
        placement: placementFromWire(r.placement),
        deadlineAt: r.deadlineAtMs ?? 0,
        ...originField(r.origin),
        owner: r.owner ?? "",
      };
      records.adopt(r.runId, await runRecordRevision(this.bus, r.runId, r.owner ?? ""));
      const nodes = (r.nodes ?? []).map((n) => ({ node: n.node ?? "", total: n.total ?? 0, succeeded: n.succeeded ?? 0, failed: n.failed ?? 0, running: n.running ?? 0, retries: n.retries ?? 0, cancelled: n.cancelled ?? 0 }));
      this.handle({ type: "record.read", setup, state: r.state, epoch: r.epoch ?? 0, nodes }, table);
      let read = 0;
      this.readOnce.replaying(r.runId);
      const replay = await this.bus.replay(streams.runLog, subjects.runHistory(r.runId, r.owner ?? ""), (data, subject, seq) => {
        const batch = readHistoryBatch(subject, data, () => {}, { compact: true });
        if (!batch) return;
        read++;
        if (this.readOnce.first(r.runId, seq, false)) this.onLog(batch, table);
      });
      await this.quiet(() => read, QUIET_MS, QUIET_MAX_MS);
      replay.stop();
      this.readOnce.replayed(r.runId);
      this.handle({ type: "log.replayed", runId: r.runId }, table);
      if (table.run(r.runId)?.ended ?? true) return;
      if (r.state !== "queued") await this.registry.waitFor(1, this.workerWaitMs);
      // Its workers, if they are up, are heard within a loss window of this coordinator's start
      // (they beat at once when it says it is up): then the run goes on where it is.
      await this.registry.waitForAll(setup.placement.workers, startedAt + this.workerLostAfterMs);
      this.handle({ type: "run.restored", runId: r.runId }, table);
    });
    // How long the takeover took (a live run's log stays busy: its replay ends after QUIET_MAX_MS).
    if (taken > 0) this.say(`weft coordinator ${this.name}: took up ${taken} unfinished run(s) in ${this.clock.now() - startedAt} ms`);
  }

  /** Resolves once `count()` has not changed for `quietMs` (or after `maxMs`). */
  private async quiet(count: () => number, quietMs: number, maxMs: number): Promise<void> {
    const end = this.clock.now() + maxMs;
    let last = -1;
    while (this.clock.now() < end) {
      const now = count();
      if (now === last) return;
      last = now;
      await new Promise((r) => this.clock.setTimeout(() => r(undefined), quietMs));
    }
  }
}

/** A run setup's origin field from its wire form (absent for a plain run). */
function originField(wire: weft.v1.RunOrigin.$Properties | null | undefined): { origin?: RunOrigin } {
  const origin = originFromWire(wire);
  return origin ? { origin } : {};
}
