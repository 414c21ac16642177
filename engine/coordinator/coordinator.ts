/**
 * The coordinator: accepts submissions, plans placement, assigns runs to workers, follows
 * every run's log to keep its state, records it in JetStream KV (RunRecorder), and ends runs
 * (result, failure, cancel). It is not on the path between tasks: workers fire co-located
 * successors themselves and send values to each other.
 *
 * One per NATS: a second coordinator waits as a standby (LeaderLock) and says so.
 * Failure: the runs of a worker that stops heartbeating are placed again on the live workers,
 * in a new epoch (silence while the coordinator itself is cut off from NATS does not count);
 * a coordinator that starts takes up the unfinished runs recorded in KV.
 */
import type { Bus, BusMessage, BusStatus, BusSubscription } from "../bus/bus.js";
import { DurablePublisher } from "../bus/durable-publisher.js";
import { ensureRunLogStream } from "../bus/run-log-stream.js";
import { isTerminalRunState, type EndState, type RunEvent as RunMachineEvent, type RunState } from "../core/run.machine.js";
import { ErrorCode, WeftError, toErrorInfo } from "../errors.js";
import type { weft } from "../gen/weft.js";
import { newRunId } from "../model/run-id.js";
import { neededNodes } from "../core/needed-nodes.js";
import { planPlacement, type PlacementStrategy } from "../plan/placement.js";
import { assertToken, buckets, parseSubject, streams, subjects } from "../subjects.js";
import { receiveData } from "../wire/data-channel.js";
import { assertInputFits, assertResultFits } from "../wire/value-codec.js";
import { appendField, fieldBytes, GRAPH_FIELD, withoutField } from "../wire/embedded-field.js";
import { decodeMessage, edgeFromWire, encodeMessage, errorFromWire, graphFromWire, pb, placementFromWire, placementToWire } from "../wire/protocol.js";
import { LeaderLock } from "./leader-lock.js";
import { listRunRecords, readRunRecord, runRecordRevision, withdrawRunRecord } from "./run-store.js";
import { PlanCache } from "./plan-cache.js";
import { encodedGraph, RunRecorder } from "./run-recorder.js";
import { RunDeadlines } from "./run-deadlines.js";
import { RunTracker } from "./run-tracker.js";
import { WorkerRegistry } from "./worker-registry.js";

export interface CoordinatorOptions {
  name?: string;
  /** How long a submission waits for a first worker. */
  workerWaitMs?: number;
  /** A worker silent this long is lost. */
  workerLostAfterMs?: number;
  placement?: PlacementStrategy;
  /** Diagnostics (default: stderr). */
  say?: (line: string) => void;
  /** How long the run log stream keeps history. */
  logMaxAgeMs?: number;
}

/** Resolves once `count()` has not changed for `quietMs` (or after `maxMs`). */
async function waitForIdle(count: () => number, quietMs: number, maxMs: number): Promise<void> {
  const end = Date.now() + maxMs;
  let last = -1;
  while (Date.now() < end) {
    const now = count();
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}
const FORGET_AFTER_MS = 60_000;
/** How often the coordinator checks for silent workers. */
const CHECK_WORKERS_MS = 500;
/** A check later than this after its time: this process lagged, and the lag is not the workers' silence. */
const LAG_TOLERATED_MS = 100;
/** How long a success waits for its last task entries before asking for a marker instead. */
const ALL_READ_GRACE_MS = 20;
/** How long the end of a run waits for a worker to say its log is stored (a batch retrying after an outage takes up to a few seconds). */
const FLUSH_WAIT_MS = 5000;

export class Coordinator {
  private readonly runs = new Map<string, RunTracker>();
  /** Run events of this turn, per run, not yet published. */
  private readonly runEvents = new Map<string, weft.v1.LogEntry.$Properties[]>();
  private readonly registry: WorkerRegistry;
  private readonly subs: BusSubscription[] = [];
  private readonly say: (line: string) => void;
  private watchdog: NodeJS.Timeout | undefined;
  private lock: LeaderLock | undefined;
  private logFeed: { stop(): void } | undefined;
  private readonly publisher: DurablePublisher;
  private readonly replacing = new Set<string>();
  private stopping = false;
  /** Lost the leadership at least once (so a later lead() says it is active again). */
  private demoted = false;
  /** Fires when this coordinator loses the leadership: work begun while it led stops at its next step. */
  private term = new AbortController();
  private readonly plans = new PlanCache();
  private readonly orphaned = new Map<string, number>();
  private records: RunRecorder;
  private readonly deadlines = new RunDeadlines();
  /** When checkWorkers last ran (0: not since this coordinator began to serve). */
  private lastCheckAt = 0;
  /** Worker names heard from two processes at once (said once each). */
  private readonly sharedNames = new Set<string>();
  readonly name: string;

  private constructor(
    private readonly bus: Bus,
    private readonly options: CoordinatorOptions,
  ) {
    this.name = options.name ?? `coordinator-${process.pid}`;
    this.say = options.say ?? ((line) => process.stderr.write(line + "\n"));
    this.registry = new WorkerRegistry(options.workerLostAfterMs ?? 3000);
    this.publisher = new DurablePublisher(bus, (reason) => this.say(`weft coordinator: ${reason}`));
    this.records = this.newRecorder();
    bus.onStatus((status) => this.onConnection(status));
  }

  /**
   * While this coordinator's connection is down no heartbeat reaches it: that silence is
   * not held against the workers (the registry gives each a fresh loss window from the
   * reconnect), and a run waiting for a worker waits its full time again from then.
   */
  private onConnection(status: BusStatus): void {
    const now = Date.now();
    if (status === "disconnected" || status === "reconnecting") this.registry.disconnected(now);
    if (status !== "reconnected") return;
    this.registry.reconnected(now);
    for (const runId of this.orphaned.keys()) this.orphaned.set(runId, now);
  }

  private newRecorder(): RunRecorder {
    return new RunRecorder(this.bus, this.name, this.say, (runId) => this.runs.delete(runId));
  }

  /** Becomes the active coordinator (waiting as a standby while another is) and serves. */
  static async start(bus: Bus, options: CoordinatorOptions = {}): Promise<Coordinator> {
    const c = new Coordinator(bus, options);
    await ensureRunLogStream(bus, options.logMaxAgeMs);
    await bus.kv(buckets.runs);
    await bus.objects(buckets.bundles);
    c.lock = await LeaderLock.open(bus, c.name);
    await c.lead();
    return c;
  }

  /** Waits (as a standby) until this coordinator holds the leadership, then serves. */
  private async lead(): Promise<void> {
    await this.lock!.acquire(
      (holder) => this.say(`weft coordinator ${this.name}: ${holder} is the active coordinator on this NATS; standing by until it goes away.`),
      () => void this.demote(),
    );
    if (this.stopping) return;
    if (this.demoted) this.say(`weft coordinator ${this.name}: active again (the other coordinator went away); taking up the unfinished runs.`);
    await this.listen();
    await this.resume();
  }

  /**
   * Another coordinator holds the leadership now (this one was frozen or cut off for longer
   * than the lock lives): this one stops serving at once, writes nothing more, leaves its runs
   * to the new leader (which resumed them from KV), and stands by again.
   */
  private async demote(): Promise<void> {
    this.say(`weft coordinator ${this.name}: lost the leadership to another coordinator; its runs are that one's now. Standing by.`);
    this.demoted = true;
    this.term.abort();
    this.term = new AbortController();
    this.stopServing();
    this.records.abandon();
    this.records = this.newRecorder();
    this.runs.clear();
    this.runEvents.clear();
    this.orphaned.clear();
    await this.lead();
  }

  /** Stops taking submissions, heartbeats, data and logs, and every timer of the runs. */
  private stopServing(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = undefined;
    this.deadlines.stop();
    for (const s of this.subs.splice(0)) s.unsubscribe();
    this.logFeed?.stop();
    this.logFeed = undefined;
  }

  /** Live workers, as the registry sees them. */
  workers() {
    return this.registry.live(Date.now());
  }

  /** Resolves when `count` workers are live, or after `timeoutMs` with those that are. */
  waitForWorkers(count: number, timeoutMs: number) {
    return this.registry.waitFor(count, timeoutMs);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.stopServing();
    await this.records.close([...this.runs.values()].filter((r) => !r.ended));
    await Promise.race([this.publisher.idle(), new Promise((r) => setTimeout(r, 2000))]);
    this.publisher.close();
    await this.lock?.release();
  }

  private bad(subject: string) {
    return (reason: string) => this.say(`weft coordinator: dropped a message on ${subject}: ${reason}`);
  }

  private async listen(): Promise<void> {
    this.subs.push(
      this.bus.subscribe(subjects.allWorkerHeartbeats(), (msg) => {
        const hb = decodeMessage(pb.WorkerHeartbeat, msg.data, this.bad(msg.subject));
        const parsed = parseSubject(msg.subject);
        if (!hb || parsed?.kind !== "workerHeartbeat" || hb.name !== parsed.worker) return;
        const incarnation = `${hb.host}/${hb.pid}/${hb.startedAtMs}`;
        const heard = this.registry.heard(hb.name, hb.slots, hb.running, Date.now(), incarnation);
        if (heard === "restarted") this.workerRestarted(hb.name);
        if (heard === "duplicate" && !this.sharedNames.has(hb.name)) {
          this.sharedNames.add(hb.name);
          this.say(`weft coordinator: two worker processes are named ${hb.name} (one is pid ${hb.pid} on ${hb.host}): give each worker its own --name; until then their runs may be placed again or stall.`);
        }
      }),
      this.bus.subscribe(subjects.submit(), (msg) => void this.onSubmit(msg)),
      this.bus.subscribe(subjects.cancel(), (msg) => void this.onCancel(msg)),
      receiveData(this.bus, subjects.coordinatorData(), (m) => this.onData(m), this.bad(subjects.coordinatorData())),
    );
    // Run logs through the stream (an ordered consumer resumes after a NATS restart), so no
    // state change is missed while the connection is down.
    this.logFeed = await this.bus.replay(
      streams.runLog,
      subjects.allRunLogs(),
      (data, subject) => {
        const batch = decodeMessage(pb.LogBatch, data, this.bad(subject));
        const parsed = parseSubject(subject);
        // A batch counts only for the run its subject names (subject permissions then confine it).
        if (!batch || parsed?.kind !== "runLog" || parsed.runId !== batch.runId) return;
        this.onLog(batch);
      },
      { from: "new" },
    );
    this.lastCheckAt = 0;
    this.watchdog = setInterval(() => this.checkWorkers(), CHECK_WORKERS_MS);
    // Workers that were already up say so now, not at their next heartbeat.
    this.bus.publish(subjects.coordinatorUp(), new Uint8Array(0));
  }

  // ---------- submissions ----------

  private async onSubmit(msg: BusMessage): Promise<void> {
    const reply = (runId: string, error?: unknown) =>
      msg.respond(encodeMessage(pb.SubmitReply, { runId, error: error === undefined ? null : toErrorInfo(error, ErrorCode.Infrastructure) }));
    // The graph is taken apart: a workflow submitted again is found by its bytes, not decoded.
    const sentGraph = fieldBytes(msg.data, GRAPH_FIELD.SubmitRequest);
    const rest = sentGraph ? withoutField(msg.data, GRAPH_FIELD.SubmitRequest) : msg.data;
    const req = rest && decodeMessage(pb.SubmitRequest, rest, this.bad(msg.subject));
    if (!req) return reply("", new WeftError(ErrorCode.Decode, "the submission did not decode as weft.v1.SubmitRequest"));
    const term = this.term.signal;
    const notLeader = () => new WeftError(ErrorCode.NotLeader, `coordinator ${this.name} is no longer the active one: submit again (the client does, for a while).`);
    try {
      // A coordinator frozen past its lock's life may hold a submission sent to it before
      // another took over: it must not start a run the new leader would never know about.
      // Leadership can also be lost at any later await below: each is followed by a check.
      if (!(await this.lock!.confirm()) || term.aborted) throw notLeader();
      const submitted = sentGraph ? this.plans.graphOfBytes(sentGraph) : this.plans.graph(req.graph ?? {});
      const graph = submitted.graph;
      const runId = assertToken("run id", req.runId || newRunId());
      const taken = () => new WeftError(ErrorCode.Usage, `run id ${runId} is already taken: submit again without one.`);
      if (this.runs.has(runId)) throw taken();
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
      const workers = await this.registry.waitFor(1, this.options.workerWaitMs ?? 10_000, term);
      if (term.aborted) throw notLeader();
      if (workers.length === 0) {
        throw new WeftError(ErrorCode.NoWorkers, "no worker is connected to this NATS: start one with `weft worker --nats URL`.");
      }
      const placement = this.plans.placement(submitted, workers, this.options.placement ?? "locality");
      const run = new RunTracker(runId, graph, placement, req.bundleHash, req.inputJson || "{}", Date.now());
      run.graphBytes = submitted.bytes;
      if (timeoutMs > 0) run.deadlineAt = run.snapshot.context.submittedAt + timeoutMs;
      this.runs.set(runId, run);
      // Recorded before anything starts: a coordinator that dies from here on leaves a record
      // its successor resumes the run from (and `weft status` finds it once submit returns).
      // Created only if the key is new: one round trip that also refuses a run id in use.
      try {
        await this.records.create(run);
      } catch (err) {
        if (this.runs.get(runId) === run) this.runs.delete(runId);
        throw (err as { code?: string }).code === ErrorCode.KvConflict ? taken() : err;
      }
      if (term.aborted) {
        if (await withdrawRunRecord(this.bus, runId, run.revision)) throw notLeader();
        return reply(runId); // the new leader took the run up from its record: it goes on there
      }
      this.armDeadline(run);
      this.publishRunEvent(run, "", "submitted");
      const assigned = this.assign(run);
      reply(runId);
      await assigned;
    } catch (err) {
      reply("", err);
    }
  }

  /** Sends the run to every worker of its placement; any refusal fails the run. */
  private async assign(run: RunTracker, recovered: ReadonlyMap<string, string[]> = new Map()): Promise<void> {
    const done = [...recovered.values()].flat();
    // Running before the first StartRun goes out: a fast run may finish before all replies are in.
    this.feed(run, { type: "workers.assigned", at: Date.now() });
    const epoch = run.epoch;
    const startFor = (kept: string[]) =>
      appendField(
        encodeMessage(pb.StartRun, {
          runId: run.runId,
          bundleHash: run.bundleHash,
          inputJson: run.inputJson,
          placement: placementToWire(run.placement),
          epoch,
          recovered: kept,
          done,
        }),
        GRAPH_FIELD.StartRun,
        encodedGraph(run),
      );
    // The same bytes for every worker unless some keep outputs (a large graph encodes slowly).
    const shared = recovered.size === 0 ? startFor([]) : undefined;
    await Promise.all(
      run.placement.workers.map(async (worker) => {
        const start = shared ?? startFor(recovered.get(worker) ?? []);
        try {
          // Given up when the worker is lost or the run placed again meanwhile (the watchdog acts).
          const data = await this.requestWithRetry(subjects.workerStart(worker), start, 60_000, () =>
            this.runs.get(run.runId) === run && run.epoch === epoch && !run.ended && this.registry.live(Date.now()).some((w) => w.name === worker),
          );
          const reply = decodeMessage(pb.StartRunReply, data, this.bad(subjects.workerStart(worker)));
          const error = errorFromWire(reply?.error);
          if (error) throw Object.assign(new WeftError(error.code, `worker ${worker} could not start the run: ${error.message}`), { stack: error.stack });
        } catch (err) {
          // A worker lost meanwhile is the watchdog's business (it places the run again).
          if (run.epoch !== epoch || !this.registry.live(Date.now()).some((w) => w.name === worker)) return;
          this.feed(run, { type: "assignment.failed", at: Date.now(), error: toErrorInfo(err, ErrorCode.Infrastructure) });
        }
      }),
    );
  }

  /**
   * Places a running run again on the live workers, in a new epoch: the old placement is
   * cancelled everywhere (a lost worker that comes back sees it too, and its late data and
   * events carry the old epoch, so they are ignored); task-like outputs that succeeded on a
   * live worker stay there and are not computed again; everything else re-runs.
   */
  private async replace(run: RunTracker, reason: string, gone: ReadonlySet<string> = new Set()): Promise<void> {
    if (run.ended || this.replacing.has(run.runId)) return;
    const live = this.registry.live(Date.now());
    if (live.length === 0) {
      const since = this.orphaned.get(run.runId) ?? Date.now();
      this.orphaned.set(run.runId, since);
      if (Date.now() - since > (this.options.workerWaitMs ?? 10_000)) {
        const error = { code: ErrorCode.NoWorkers, message: `${reason}, and no worker is left to run it`, stack: "", terminal: true };
        this.feed(run, { type: "assignment.failed", at: Date.now(), error });
      }
      return;
    }
    this.orphaned.delete(run.runId);
    this.replacing.add(run.runId);
    try {
      void this.control(run, pb.RunControl.Action.ACTION_CANCEL, reason);
      const alive = new Set(live.map((w) => w.name));
      const placement = planPlacement(run.graph, live, { strategy: run.placement.strategy, validated: true });
      const recovered = new Map<string, string[]>();
      for (const [node, worker] of run.doneOn) {
        if (!alive.has(worker) || gone.has(worker)) continue;
        placement.nodeWorker[node] = placement.workers.indexOf(worker); // its output is there
        recovered.set(worker, [...(recovered.get(worker) ?? []), node]);
      }
      run.placement = placement;
      run.doneOn.clear();
      const kept = new Set([...recovered.values()].flat());
      run.resetCounts(neededNodes(run.graph, kept), kept);
      this.feed(run, { type: "run.replaced", at: Date.now(), reason: `${reason}: placed again on ${placement.workers.join(", ")} (${kept.size} outputs kept)` });
      // Not awaited under the guard: a worker lost while its StartRun is pending must not hold
      // up the next re-placement (replies of an older epoch are ignored).
      void this.assign(run, recovered);
    } finally {
      this.replacing.delete(run.runId);
    }
  }

  /**
   * After a restart: every run the KV store says is unfinished is taken up again. The run's log
   * tells which outputs already exist and where; the run is then placed again with those kept.
   */
  private async resume(): Promise<void> {
    const records = await listRunRecords(this.bus);
    for (const r of records) {
      if (r.state === "succeeded" || r.state === "failed" || r.state === "cancelled" || this.runs.has(r.runId)) continue;
      const run = new RunTracker(r.runId, graphFromWire(r.graph), placementFromWire(r.placement), r.bundleHash, r.inputJson, r.submittedAtMs, r.epoch ?? 0);
      run.revision = await runRecordRevision(this.bus, r.runId);
      run.deadlineAt = r.deadlineAtMs ?? 0;
      this.runs.set(r.runId, run);
      this.say(`weft coordinator ${this.name}: resuming run ${r.runId} (${r.state}, epoch ${r.epoch ?? 0})`);
      const handle = await this.bus.replay(streams.runLog, subjects.runLog(r.runId), (data) => {
        const batch = decodeMessage(pb.LogBatch, data, () => {});
        if (!batch || batch.runId !== r.runId) return;
        this.onLog(batch);
      });
      await waitForIdle(() => run.seen, 500, 10_000);
      handle.stop();
      // It ended, and said so in its log, but its record was not written before the coordinator
      // died: onLog recorded that end (its followers have seen it); it is not run again.
      if (run.ended) continue;
      this.armDeadline(run); // a deadline that passed while no coordinator was up fails the run now
      await this.registry.waitFor(1, this.options.workerWaitMs ?? 10_000);
      if (run.ended) continue;
      // Placed again in a new epoch even if the record says "submitted": workers may already
      // hold (or have finished) the old epoch, whose results went to the coordinator that died.
      // Restored as running, in its recorded epoch, in one step (quietly: nothing to tell).
      run.apply({ type: "run.restored", at: Date.now(), state: "running", epoch: run.epoch });
      void this.replace(run, "the coordinator restarted");
    }
  }

  /**
   * Takes a run's end from its log into its machine and its record: the end a coordinator that
   * died before recording it had published (see resume), or one published by a coordinator
   * that still finished the run while this one had taken over (a NATS restart can move the
   * leadership). The first end in the log is what followers saw: it is the run's end.
   */
  private recordEndFromLog(run: RunTracker, end: weft.v1.RunEvent.$Properties): void {
    if (run.ended) return;
    const at = Number(end.atMs) || Date.now();
    // Its accounting too: the end's totals are the run's, whatever this coordinator had counted.
    if (end.edges?.length) {
      run.edges.clear();
      for (const e of end.edges) run.edgeMoved(edgeFromWire(e));
    }
    const error = errorFromWire(end.error) ?? { code: ErrorCode.Infrastructure, message: `the run ${end.to}`, stack: "", terminal: true };
    const state = end.to as EndState;
    run.apply(
      state === "succeeded"
        ? { type: "end.logged", at, state, resultJson: end.resultJson || "null" }
        : { type: "end.logged", at, state, error: state === "cancelled" ? { code: ErrorCode.Cancelled, message: error.message, stack: "", terminal: true } : error },
    );
    this.say(`weft coordinator ${this.name}: run ${run.runId} had already ended (${run.state}) in its log; recorded from its log`);
    void this.records.now(run);
    this.release(run, run.state);
  }

  /** A request retried through a reconnect (the worker answers a repeated StartRun the same). */
  private async requestWithRetry(subject: string, data: Uint8Array, deadlineMs: number, stillWanted: () => boolean = () => true): Promise<Uint8Array> {
    const started = Date.now();
    let delay = 100;
    for (;;) {
      try {
        return await this.bus.request(subject, data, { timeoutMs: Math.min(5000, Math.max(1000, deadlineMs - (Date.now() - started))) });
      } catch (err) {
        const code = (err as { code?: string }).code;
        const transient = code === ErrorCode.NoResponders || code === ErrorCode.Infrastructure || code === ErrorCode.Timeout;
        if (!transient || Date.now() - started > deadlineMs || !stillWanted()) throw err;
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(1000, delay * 2);
      }
    }
  }

  private async onCancel(msg: BusMessage): Promise<void> {
    const reply = (ok: boolean, error?: unknown) =>
      msg.respond(encodeMessage(pb.CancelReply, { ok, error: error === undefined ? null : toErrorInfo(error, ErrorCode.Infrastructure) }));
    const req = decodeMessage(pb.CancelRequest, msg.data, this.bad(msg.subject));
    if (!req) return reply(false, new WeftError(ErrorCode.Decode, "the request did not decode as weft.v1.CancelRequest"));
    const run = this.runs.get(req.runId);
    if (!run) {
      const record = await readRunRecord(this.bus, req.runId).catch(() => undefined);
      if (!record) return reply(false, new WeftError(ErrorCode.NotFound, `no run ${req.runId}: list runs with \`weft runs\`.`));
      return reply(false, new WeftError(ErrorCode.Usage, `run ${req.runId} already ended: ${record.state}.`));
    }
    if (run.ended) return reply(false, new WeftError(ErrorCode.Usage, `run ${req.runId} already ended: ${run.state}.`));
    this.feed(run, { type: "cancel.requested", at: Date.now(), reason: req.reason || "cancelled by request" });
    reply(true);
  }

  // ---------- following runs ----------

  private onLog(batch: weft.v1.LogBatch): void {
    const run = this.runs.get(batch.runId);
    if (!run) return;
    run.seen++;
    if (batch.entries.length === 0) run.onMarker?.();
    const now = Date.now();
    // The whole batch is taken in before its events act: a run that ends on one of them then
    // ends with the rest of the batch (the edge accounting after a last success) counted.
    const events: RunMachineEvent[] = [];
    let endInLog: weft.v1.RunEvent.$Properties | undefined;
    for (const entry of batch.entries) {
      if (entry.run) {
        // This coordinator's own end comes back after the run ended here, and is ignored.
        if (!run.ended && isTerminalRunState(entry.run.to as RunState)) endInLog ??= entry.run;
      } else if (entry.task) {
        const t = entry.task;
        const event = run.taskChanged(
          {
            node: t.node ?? "",
            taskId: t.taskId ?? "",
            from: t.from ?? "",
            to: t.to ?? "",
            worker: t.worker ?? "",
            attempt: t.attempt ?? 0,
            error: errorFromWire(t.error),
            epoch: t.epoch ?? 0,
            index: t.index ?? -1,
            absorbed: t.absorbed ?? false,
          },
          now,
        );
        if (event) events.push(event);
      } else if (entry.expanded) {
        const event = run.expanded(entry.expanded.node ?? "", entry.expanded.count ?? 0, now);
        if (event) events.push(event);
      } else if (entry.edge) {
        run.edgeMoved(edgeFromWire(entry.edge));
      }
    }
    if (endInLog) {
      this.recordEndFromLog(run, endInLog);
      return;
    }
    for (const event of events) this.feed(run, event);
    if (run.onAllRead && run.allTasksRead()) run.onAllRead();
    // Recorded again when workers reported something: also after the end (a recovered output's
    // entry may come after the result). The coordinator's own run events read back change nothing.
    if (batch.entries.some((e) => e.task || e.expanded || e.edge)) this.records.schedule(run);
  }

  private onData(message: weft.v1.DataMessage): void {
    const run = this.runs.get(message.runId);
    if (!run || message.body !== "sinkValue" || !message.sinkValue || (message.epoch ?? 0) !== run.epoch) return;
    const sink = message.sinkValue;
    const error = errorFromWire(sink.error);
    let event: RunMachineEvent | undefined = error
      ? { type: "task.failed", at: Date.now(), taskId: sink.node ?? "", error }
      : run.sinkArrived(sink.node ?? "", sink.valueJson ?? "null", Date.now());
    if (event?.type === "sinks.completed") {
      // Each sink fits (its worker checked); together they may not.
      try {
        assertResultFits(event.resultJson, "the run's result", this.bus.maxPayload);
      } catch (err) {
        event = { type: "task.failed", at: event.at, taskId: sink.node ?? "", error: { ...toErrorInfo(err), terminal: true } };
      }
    }
    if (event) this.feed(run, event);
  }

  /**
   * A worker came back as a new process under the same name before it was declared lost: its
   * tasks and the values it held are gone, so its running runs are placed again (without
   * keeping anything that was done there).
   */
  private workerRestarted(worker: string): void {
    for (const run of this.runs.values()) {
      if (run.ended || run.state !== "running" || !run.placement.workers.includes(worker)) continue;
      void this.replace(run, `worker ${worker} restarted (a new process under its name; what the old one held is gone)`, new Set([worker]));
    }
  }

  /** A worker of a running run went silent: the run is placed again on the live ones. */
  private checkWorkers(): void {
    const now = Date.now();
    const lag = this.lastCheckAt > 0 ? now - this.lastCheckAt - CHECK_WORKERS_MS : 0;
    this.lastCheckAt = now;
    // A late tick: this process was held (heartbeats may sit unread behind a backlog); that
    // time is its own, not the workers' silence.
    if (lag > LAG_TOLERATED_MS) this.registry.stalled(lag, now);
    // Cut off from NATS, this coordinator hears nobody: that says nothing about the workers.
    if (this.registry.cutOff) return;
    const live = new Set(this.registry.live(now).map((w) => w.name));
    for (const run of this.runs.values()) {
      if (run.ended || run.state !== "running") continue;
      const lost = run.placement.workers.filter((w) => !live.has(w));
      if (lost.length > 0 || this.orphaned.has(run.runId)) void this.replace(run, this.lossReason(lost));
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

  // ---------- state changes ----------

  private feed(run: RunTracker, event: RunMachineEvent): void {
    const change = run.apply(event);
    if (!change) return;
    const [from, to] = change;
    if (!run.ended) {
      this.publishRunEvent(run, from, to);
      this.records.schedule(run);
      return;
    }
    void this.finish(run, from, to);
  }

  /**
   * Ends a run: a failed or cancelled run's tasks are stopped at once; then every worker's log
   * of the run is made to reach the stream, so the run's last line (with its accounting) comes
   * after all of its task events; then the workers forget it.
   */
  private async finish(run: RunTracker, from: RunState, to: RunState): Promise<void> {
    const reason = run.snapshot.context.error?.message ?? to;
    if (to !== "succeeded") void this.control(run, pb.RunControl.Action.ACTION_CANCEL, reason);
    await this.settleLogs(run, to !== "succeeded");
    this.publishRunEvent(run, from, to);
    void this.records.now(run);
    this.release(run, reason);
  }

  /** A control for the run's workers, through the stream (a worker that reconnects still gets it). */
  private control(run: RunTracker, action: number, reason: string): Promise<void> {
    return this.publisher.publish(subjects.runControl(run.runId), encodeMessage(pb.RunControl, { runId: run.runId, action, reason, epoch: run.epoch }));
  }

  /** Fails the run at its deadline (kept in its record) if it has not ended by then. */
  private armDeadline(run: RunTracker): void {
    this.deadlines.arm(run.runId, run.deadlineAt, () => {
      if (!run.ended && this.runs.get(run.runId) === run) this.feed(run, run.deadlinePassed(Date.now()));
    });
  }

  /** An ended run: its workers forget it; this coordinator does a while later (late events). */
  private release(run: RunTracker, reason: string): void {
    this.deadlines.clear(run.runId);
    void this.control(run, pb.RunControl.Action.ACTION_FORGET, reason);
    setTimeout(() => this.runs.delete(run.runId), FORGET_AFTER_MS).unref();
  }

  /**
   * Waits (briefly, at most ~2 s) until what the run's workers logged has been read here.
   * A worker publishes its log before any data it sends, so everything that led to a run's
   * result entered the stream before the coordinator's marker: for a success the marker alone
   * is enough. A failure or cancel also waits for what workers logged while stopping (`ask`).
   */
  private async settleLogs(run: RunTracker, askWorkers: boolean): Promise<void> {
    // A success whose every task's end has been read here has nothing left to wait for: what
    // led to each task's end entered the stream before it (see above). Those entries left the
    // workers before the result did, so they are usually read within a millisecond or two:
    // waiting a little for them saves the marker's round trip through the stream.
    if (!askWorkers && (run.allTasksRead() || (await this.allReadWithin(run, ALL_READ_GRACE_MS)))) return;
    // Entries are missing (or the run failed): each worker flushes, and answers once its whole
    // log so far is stored. After a NATS outage a batch may still be retrying in a worker: the
    // end must not enter the stream before it (readers stop at the end).
    const ask = encodeMessage(pb.RunControl, { runId: run.runId, epoch: run.epoch });
    await Promise.all(run.placement.workers.map((w) => this.bus.request(subjects.workerFlush(w), ask, { timeoutMs: FLUSH_WAIT_MS }).catch(() => {})));
    // A marker after those entries in the stream: once this coordinator reads it, it has read
    // them. A success also settles as soon as every task's end has been read.
    const seen = new Promise<void>((resolve) => {
      run.onMarker = resolve;
      if (!askWorkers) run.onAllRead = resolve;
    });
    const stored = this.publisher.publish(subjects.runLog(run.runId), encodeMessage(pb.LogBatch, { runId: run.runId, entries: [] }));
    await Promise.race([seen, stored.then(() => new Promise((r) => setTimeout(r, 1000)))]);
    run.onMarker = undefined;
    run.onAllRead = undefined;
  }

  /** Resolves true once every task's end of `run` has been read, false after `ms`. */
  private allReadWithin(run: RunTracker, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        run.onAllRead = undefined;
        resolve(false);
      }, ms);
      run.onAllRead = () => {
        clearTimeout(timer);
        run.onAllRead = undefined;
        resolve(true);
      };
    });
  }

  private publishRunEvent(run: RunTracker, from: RunState | "", to: RunState): void {
    const ctx = run.snapshot.context;
    const entry: weft.v1.LogEntry.$Properties = {
      run: {
        from,
        to,
        atMs: Date.now(),
        // A re-placement says why (the run itself has no error).
        error: ctx.error ?? (from === to && ctx.replacedBecause ? { code: "E_REPLACED", message: ctx.replacedBecause, stack: "", terminal: false } : null),
        resultJson: to === "succeeded" ? (ctx.resultJson ?? "null") : "",
        workflow: run.graph.name,
        edges: run.ended ? [...run.edges.values()] : [],
      },
    };
    const pending = this.runEvents.get(run.runId);
    const entries = pending ?? [];
    entries.push(entry);
    const publish = () => {
      if (this.runEvents.get(run.runId) !== entries) return; // already out
      this.runEvents.delete(run.runId);
      void this.publisher.publish(subjects.runLog(run.runId), encodeMessage(pb.LogBatch, { runId: run.runId, entries }));
    };
    if (!pending) this.runEvents.set(run.runId, entries);
    // The end goes out at once, ahead of the controls and the record that follow it (followers
    // wait for it). Other events of one turn (submitted, then running) go out as one batch.
    if (run.ended) publish();
    else if (!pending) queueMicrotask(publish);
  }
}
