/**
 * A long-lived worker process: registers by heartbeat, loads workflow bundles by hash (once,
 * kept warm), runs the tasks placed on it through one RunExecutor per run, and sends values to
 * the workers that need them. Everything it receives is decoded defensively: a message that
 * does not decode is logged and dropped.
 */
import { originFromWire } from "../wire/origin.js";
import { hostname } from "node:os";
import type { Bus, BusSubscription } from "../bus/bus.js";
import { openBundles } from "../bundle/bundle-store.js";
import { DurablePublisher } from "../bus/durable-publisher.js";
import { ensureRunLogStream } from "../bus/run-log-stream.js";
import { ErrorCode, WeftError, toErrorInfo, type ErrorInfoLike } from "../errors.js";
import { buckets, parseSubject, streams, subjects } from "../subjects.js";
import type { Workflow } from "../../model/workflow.js";
import { receiveData, type DataMessage } from "../wire/data-channel.js";
import { fieldBytes, GRAPH_FIELD, PLACEMENT_FIELD, withoutField } from "../wire/embedded-field.js";
import { decodeMessage, encodeMessage, graphFromBytes, graphFromWire, pb, placementFromBytes, placementFromWire } from "../wire/protocol.js";
import type { Placement } from "../model/placement.js";
import { triggerInput } from "./trigger-input.js";
import { StoreHealth } from "../core/store-health.js";
import { guardChildProcesses } from "./child-process-guard.js";
import { guardProcessExit } from "./exit-guard.js";
import { ContentCache } from "../base/content-cache.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { RunExecutor, type WorkerServices } from "./run/run-executor.js";
import { noLabels, WatchdogLabeler, type WorkLabeler } from "./work-labeler.js";
import { IsolatedRunner } from "./isolated-runner.js";
import { LoopWatchdog } from "./loop-watchdog.js";
import { SlotPool } from "./slot-pool.js";
import { heapLimit } from "./attempt-meter.js";
import { StreamWorkerHost } from "../stream/stream-worker-host.js";
import { systemClock, type Clock, type TimerId } from "../base/clock.js";
import { systemRandom, type Random } from "../base/random.js";
import { strictTransitionsFromEnv, type TaskObserver } from "./run/tasks.js";
import type { Registry } from "prom-client";
import type { SpanSink } from "../observability/span-sink.js";
import type { WorkerMetrics } from "../observability/worker-metrics.js";
import { firstTaskWatch, type BundleLoad, type ColdStart } from "./cold-start.js";
import { importWorkflow, Prewarm } from "./prewarm.js";
import { DirectStarts, type DirectHost, type DirectRunStart } from "./direct-start.js";
import type { weft } from "../gen/weft.js";
import { endParts, PART_KEPT_MS, startParts, type SpreadRun } from "./direct-parts.js";
import { directResultWorker } from "../core/express-result.js";
import type { DirectRun, DirectRunEnd } from "./run/values.js";

export interface WorkerOptions {
  name: string;
  slots: number;
  /** Bundles to fetch and import from the start, before any coordinator names them (a worker the autoscaler spawned: the deployed ones). */
  prewarm?: readonly string[];
  heartbeatMs?: number;
  /** Run every task and map attempt in a worker thread (as if every node said `isolate`). */
  isolate?: boolean;
  /** The memory its tasks may use, in bytes (default: the V8 heap limit): heartbeats say it, slot admission keeps to it. */
  memoryBytes?: number;
  /** Where diagnostics go (default: stderr). */
  diagnostics?: (line: string) => void;
  /**
   * Watch the event loop from a thread and say on stderr when a function blocks it (`weft
   * worker` turns this on; in-process workers share their loop with everything else).
   */
  watchLoop?: boolean;
  /** The time and the timers of retries, timeouts and log batches (default: the system clock). */
  clock?: Clock;
  /** Retry jitter (default: Math.random). */
  random?: Random;
  /**
   * Throw on an illegal task transition (a bug in weft) instead of writing it, with the task's
   * story, to the diagnostics (default: WEFT_STRICT_TRANSITIONS=1 in the environment).
   */
  strictTransitions?: boolean;
  /**
   * Workflows given in process, by bundle hash (the test harness, engine/testing, hands workers
   * the imported workflow object): a hash found here is not loaded from the object store.
   */
  workflows?: (bundleHash: string) => Workflow | undefined;
  /** Keep Prometheus metrics (`metrics` is then their registry, for a /metrics endpoint). */
  metrics?: boolean;
  /** Emit a span per attempt of each single task there (engine/observability/span-sink.ts). */
  spans?: SpanSink;
  /** Told each bundle's fetch and import time, and the first task's end (`weft worker`'s cold-start report). */
  coldStart?: ColdStart;
  /** Bundles whose import began before the worker connected (prewarm.ts `importHeldBundles`), by hash. */
  importing?: ReadonlyMap<string, Promise<Workflow | undefined>>;
}

/** What a drain says as it goes (the service log). */
export interface DrainEvents {
  draining(runs: number): void;
  /** Map items, task nodes and stage partitions not started here went to these workers (by name). */
  handedOver(runId: string, moved: { items: ReadonlyMap<string, number>; nodes: ReadonlyMap<string, number>; partitions: ReadonlyMap<string, number> }): void;
  /** These runs still had work here at the drain timeout: it runs again elsewhere. */
  timedOut(runIds: readonly string[], timeoutMs: number): void;
  /** The last heartbeat went out: the coordinator knows it left. */
  left(unfinished: readonly string[]): void;
}

/** Data that arrived for a run this worker has not started yet (another worker was faster). */
interface EarlyData {
  /** Each with the worker that sent it. */
  messages: { message: DataMessage; from: string }[];
  since: number;
}

/** A run set up on this worker: what its StartRun reply says is missing, and how to begin it (`beforeFirstData`: runs just before its first data goes out). */
interface RunStarting {
  missing: string[];
  begin: (beforeFirstData?: () => void) => void;
}

export class Worker implements WorkerServices, DirectHost {
  readonly pool: SlotPool;
  readonly publisher: DurablePublisher;
  /** Whether JetStream stores this worker's run-log writes (said in each heartbeat when not). */
  private readonly store = new StoreHealth();
  readonly isolation: IsolatedRunner;
  private readonly loopWatchdog: LoopWatchdog | undefined;
  private control: { stop(): void } | undefined;
  private readonly runs = new Map<string, RunExecutor>();
  private readonly early = new Map<string, EarlyData>();
  private readonly bundles = new Map<string, Promise<Workflow>>();
  /** Imports the deployed bundles the coordinator names, ahead of their first run. */
  private readonly prewarm: Prewarm;
  private readonly inits = new Map<string, Promise<unknown>>();
  /** Decoded graphs by content: every run of a workflow brings the same one. */
  private readonly graphs = new ContentCache<WorkflowGraph>();
  /** Graphs and placements by the bytes they came in (a lease's, kept while it is held). */
  private readonly decodedBytes = new WeakMap<Uint8Array, object>();
  /** Decoded placements by content: every run of a workflow on the same workers brings the same one (1000 nodes: ~1 ms to decode). */
  private readonly placements = new ContentCache<Placement>();
  private readonly subs: BusSubscription[] = [];
  /** Express runs their clients start here under a coordinator's lease (docs/express.md, "Leases"). */
  private readonly direct = new DirectStarts(this, (subject) => this.bad(subject));
  private heartbeat: TimerId | undefined;
  private stopped = false;
  private readonly startedAt: number;
  private readonly say: (line: string) => void;
  /** The streaming-job tasks placed here (engine/stream). */
  private streams: StreamWorkerHost | undefined;
  readonly clock: Clock;
  readonly random: Random;
  readonly strictTransitions: boolean;
  /** Names user code and engine sections for the loop watchdog (when it watches). */
  readonly labeler: WorkLabeler;
  private workerMetrics: WorkerMetrics | undefined;
  private attemptSpans: typeof import("../observability/attempt-spans.js").attemptSpans | undefined;

  private constructor(
    readonly bus: Bus,
    private readonly options: WorkerOptions,
  ) {
    this.pool = new SlotPool(options.slots, options.memoryBytes ?? heapLimit());
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? systemRandom;
    this.strictTransitions = options.strictTransitions ?? strictTransitionsFromEnv();
    this.startedAt = this.clock.now();
    this.isolation = new IsolatedRunner(this.clock);
    this.say = options.diagnostics ?? ((line) => process.stderr.write(line + "\n"));
    this.publisher = new DurablePublisher(bus, (reason) => this.say(`weft worker ${options.name}: ${reason}`), {
      stored: () => this.store.stored(this.clock.now()),
      failed: (err) => this.store.failed(err, this.clock.now()),
    });
    this.loopWatchdog = options.watchLoop ? new LoopWatchdog(options.name) : undefined;
    this.prewarm = new Prewarm((hash) => this.workflow(hash, true), (line) => this.say(`weft worker ${options.name}: ${line}`));
    this.labeler = this.loopWatchdog ? new WatchdogLabeler(this.loopWatchdog) : noLabels;
  }

  get name(): string {
    return this.options.name;
  }

  /** Where diagnostics go. */
  get diagnostics(): (line: string) => void {
    return this.say;
  }

  get isolateAll(): boolean {
    return this.options.isolate ?? false;
  }

  /** The Prometheus registry of this worker's metrics (with `metrics: true`). */
  get metrics(): Registry | undefined {
    return this.workerMetrics?.registry;
  }

  /** What watches a run's task changes: metrics, traces, both, or nothing (the default). */
  observeRun(runId: string, workflow: string): TaskObserver | undefined {
    const coldStart = this.options.coldStart;
    if (coldStart && !coldStart.firstTaskDone) return firstTaskWatch(coldStart, this.observeRunAfterStart(runId, workflow));
    return this.observeRunAfterStart(runId, workflow);
  }

  private observeRunAfterStart(runId: string, workflow: string): TaskObserver | undefined {
    const counted = this.workerMetrics?.observeRun(workflow);
    const spans = this.options.spans;
    const traced = spans && this.attemptSpans?.(spans, this.name, runId, workflow);
    if (!counted || !traced) return counted ?? traced;
    return {
      changed(...change) {
        counted.changed(...change);
        traced.changed(...change);
      },
    };
  }

  /** Loads and sets up the metrics and traces asked for (their modules are loaded only then). */
  private async observe(): Promise<void> {
    if (this.options.metrics) {
      const { WorkerMetrics } = await import("../observability/worker-metrics.js");
      const pool = this.pool;
      const gauges = () => ({ slots: pool.slots, running: pool.running, waiting: pool.waiting, runs: this.runs.size });
      this.workerMetrics = new WorkerMetrics(this.name, this.bus, gauges);
    }
    if (this.options.spans) this.attemptSpans = (await import("../observability/attempt-spans.js")).attemptSpans;
  }

  /** Starts serving on `bus`; the coordinator sees it from its first heartbeat. */
  static async start(bus: Bus, options: WorkerOptions): Promise<Worker> {
    // A task's process.exit() fails the task, not this worker (see exit-guard.ts).
    guardProcessExit();
    // Child processes a task started end with its attempt (see child-process-guard.ts).
    guardChildProcesses();
    const worker = new Worker(bus, options);
    // Under way while it subscribes and before it is heard: the first run finds the bundle sooner.
    if (options.prewarm) worker.prewarm.named(options.prewarm);
    await worker.observe();
    // The run log stream is made (when missing) while the worker subscribes, not before: its
    // controls' consumer waits for it only if it did not exist (one round trip less in a start).
    const ensured = ensureRunLogStream(bus);
    ensured.catch(() => {});
    await worker.listen(ensured);
    await ensured;
    worker.beatEvery(options.heartbeatMs ?? 1000);
    worker.streams = new StreamWorkerHost(bus, worker.name, worker.say, worker.clock);
    worker.streams.start();
    await bus.flush();
    return worker;
  }

  /** Stops every run here and leaves the bus. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.streams?.stop();
    if (this.heartbeat !== undefined) this.clock.clearTimeout(this.heartbeat);
    for (const run of this.runs.values()) run.dispose();
    this.runs.clear();
    for (const sub of this.subs) sub.unsubscribe();
    this.control?.stop();
    await Promise.race([this.publisher.idle(), new Promise((r) => setTimeout(r, 2000))]);
    this.publisher.close();
    await this.isolation.close();
    await this.loopWatchdog?.stop();
  }

  /** The node's init hook, run once per bundle on this worker. */
  initState(workflow: Workflow, bundleHash: string, node: string): Promise<unknown> {
    const key = `${bundleHash}/${node}`;
    let p = this.inits.get(key);
    if (!p) {
      const init = workflow.impls.get(node)?.init;
      p = Promise.resolve().then(() => init?.());
      // A failed init is tried again by the next attempt, not cached forever.
      p.catch(() => this.inits.delete(key));
      this.inits.set(key, p);
    }
    return p;
  }

  private bad(subject: string) {
    return (reason: string) => this.say(`weft worker ${this.name}: dropped a message on ${subject}: ${reason}`);
  }

  private async listen(runLogStream: Promise<void>): Promise<void> {
    const startSubject = subjects.workerStart(this.name);
    this.subs.push(
      this.bus.subscribe(startSubject, (msg) => {
        // The graph and the placement are taken apart from the rest: the same ones come with
        // every run of a workflow, and are decoded once (graphOf, placementOf).
        const graphBytes = fieldBytes(msg.data, GRAPH_FIELD.StartRun);
        const withoutGraph = graphBytes ? withoutField(msg.data, GRAPH_FIELD.StartRun) : msg.data;
        const placementBytes = withoutGraph && fieldBytes(withoutGraph, PLACEMENT_FIELD.StartRun);
        const rest = placementBytes ? withoutField(withoutGraph, PLACEMENT_FIELD.StartRun) : withoutGraph;
        const start = rest && decodeMessage(pb.StartRun, rest, this.bad(startSubject));
        if (!start) return;
        const answer = (reply: Uint8Array) => {
          try {
            msg.respond(reply);
          } catch {
            // The connection closed meanwhile (the worker is stopping): nobody to answer.
          }
        };
        if (start.resync) {
          answer(encodeMessage(pb.StartRunReply, { worker: this.name, held: this.resync(start.runId, start.epoch ?? 0) }));
          return;
        }
        // A drain that begins meanwhile waits for it (and hands over what of it can move).
        const starting = start.runId;
        this.starting.add(starting);
        void this.startRun(start, graphBytes, placementBytes).then(
          ({ missing, begin }) => {
            const reply = encodeMessage(pb.StartRunReply, { worker: this.name, missing });
            // The reply goes out with the run's first data (one socket write for both when its
            // tasks end within this turn, as a short run's do), else at this turn's end.
            let answered = false;
            const answerOnce = () => {
              if (answered) return;
              answered = true;
              answer(reply);
            };
            try {
              begin(answerOnce);
            } finally {
              // After begin's own turn-end work (armed first), and even if it threw.
              this.starting.delete(starting);
              setImmediate(answerOnce);
            }
          },
          (err: unknown) => {
            this.starting.delete(starting);
            answer(encodeMessage(pb.StartRunReply, { worker: this.name, error: toErrorInfo(err, ErrorCode.Infrastructure) }));
          },
        );
      }),
    );
    this.subs.push(
      this.bus.subscribe(subjects.coordinatorUp(), (msg) => {
        this.beat();
        this.prewarm.told(msg.data);
      }),
    );
    this.subs.push(...this.direct.listen());
    const flushSubject = subjects.workerFlush(this.name);
    this.subs.push(
      this.bus.subscribe(flushSubject, (msg) => {
        const ask = decodeMessage(pb.RunControl, msg.data, this.bad(flushSubject));
        if (!ask) return;
        void (async () => {
          await this.runs.get(ask.runId)?.flushLog();
          await this.publisher.idle();
          try {
            msg.respond(new Uint8Array(0));
          } catch {
            // closing
          }
        })();
      }),
    );
    const dataSubject = subjects.workerDataFromAny(this.name);
    this.dataSub = receiveData(this.bus, dataSubject, (m, subject) => this.onData(m, subject), this.bad(dataSubject));
    this.subs.push(this.dataSub);
    // Controls come through the stream, so a cancel sent while NATS restarts is not lost.
    this.control = await this.followControls().catch(async (err: unknown) => {
      if (!(err instanceof WeftError && err.code === ErrorCode.NotFound)) throw err;
      await runLogStream; // the stream was missing: now made
      return this.followControls();
    });
  }

  /** Follows the runs' controls (cancel, forget, grow) from now on. */
  private followControls(): Promise<{ stop(): void }> {
    return this.bus.replay(
      streams.runLog,
      subjects.allRunControls(),
      (data, subject) => {
        const control = decodeMessage(pb.RunControl, data, this.bad(subject));
        const parsed = parseSubject(subject);
        if (!control || parsed?.kind !== "runControl") return;
        const run = this.runs.get(parsed.runId);
        // A control of an older epoch must not touch the run's newer placement here.
        if (!run || run.epoch > control.epoch) return;
        this.early.delete(parsed.runId);
        if (control.action === pb.RunControl.Action.ACTION_GROW) return this.grow(parsed.runId, run, control);
        if (control.action === pb.RunControl.Action.ACTION_CANCEL) run.cancel(control.reason || "cancelled");
        else if (control.action === pb.RunControl.Action.ACTION_FORGET) {
          run.dispose();
          this.runs.delete(parsed.runId);
        }
      },
      { from: "new" },
    );
  }

  /** A run's graph: from the bytes it came in (decoded once per content), or from `start`. */
  private graphOf(start: InstanceType<typeof pb.StartRun>, bytes: Uint8Array | undefined): WorkflowGraph {
    if (!bytes) return graphFromWire(start.graph);
    return this.decodedOnce(bytes, () => this.graphs.get(ContentCache.keyOf(bytes), () => graphFromBytes(bytes)));
  }

  /** A run's placement: from the bytes it came in (decoded once per content), or from `start`. */
  private placementOf(start: InstanceType<typeof pb.StartRun>, bytes: Uint8Array | undefined): Placement {
    if (!bytes) return placementFromWire(start.placement);
    return this.decodedOnce(bytes, () => this.placements.get(ContentCache.keyOf(bytes), () => placementFromBytes(bytes)));
  }

  /** What `bytes` decode to, kept by the bytes themselves: a lease's, the same for each of its direct runs, are not hashed again per run. */
  private decodedOnce<T extends object>(bytes: Uint8Array, decode: () => T): T {
    let value = this.decodedBytes.get(bytes) as T | undefined;
    if (!value) this.decodedBytes.set(bytes, (value = decode()));
    return value;
  }

  /**
   * What a StartRun of `epoch` gets without setting anything up: a repeated start is answered,
   * not re-run; an older epoch than the one here is refused. Undefined: set it up.
   */
  private epochSettled(runId: string, epoch: number): RunStarting | undefined {
    const current = this.runs.get(runId);
    if (current && current.epoch === epoch) return { missing: [], begin: () => {} };
    if (current && current.epoch > epoch) {
      throw new WeftError(ErrorCode.Usage, `run ${runId}: epoch ${epoch} is older than the one running here (${current.epoch})`);
    }
    return undefined;
  }

  /**
   * Sets up (or re-places) a run here; resolves to the outputs it was told to keep but does not
   * hold, and `begin`, which starts it: called once the reply is on its way.
   */
  private async startRun(
    start: InstanceType<typeof pb.StartRun>,
    graphBytes?: Uint8Array,
    placementBytes?: Uint8Array,
    direct?: DirectRun,
  ): Promise<RunStarting> {
    const runId = start.runId;
    if (!runId) throw new WeftError(ErrorCode.Decode, "StartRun without a run id");
    const epoch = start.epoch ?? 0;
    const settled = this.epochSettled(runId, epoch);
    if (settled) return settled;
    const workflow = await this.workflow(start.bundleHash);
    // Again after the load: another StartRun of this run may have been set up meanwhile (a joiner
    // told of epoch N and, while its bundle loaded, of N+1 and a retry of N): the older one must
    // not replace the newer executor, whose data would then be dropped here.
    const meanwhile = this.epochSettled(runId, epoch);
    if (meanwhile) return meanwhile;
    let input: unknown;
    try {
      input = start.inputJson ? JSON.parse(start.inputJson) : {};
    } catch (err) {
      throw new WeftError(ErrorCode.InvalidInput, `run ${runId}: the input is not JSON: ${(err as Error).message}`);
    }
    const trigger = originFromWire(start.origin)?.trigger;
    input = triggerInput(workflow, trigger, input);
    // The run was placed again (a worker was lost): keep what this worker computed, stop the rest.
    const previous = this.runs.get(runId);
    const seed = previous && previous.epoch < epoch ? previous.heldValues() : new Map<string, unknown>();
    const gathers = previous && previous.epoch < epoch ? previous.partialGathers() : undefined;
    const mapKept = previous && previous.epoch < epoch ? previous.keptItems() : undefined;
    if (previous && previous.epoch < epoch) previous.dispose();
    // After dispose: stopped, so no partition's output is still going into what is carried.
    const stageCarry = previous && previous.epoch < epoch ? previous.stageCarry() : undefined;
    const run = new RunExecutor(this, {
      runId,
      owner: start.owner ?? "",
      graph: this.graphOf(start, graphBytes),
      placement: this.placementOf(start, placementBytes),
      bundleHash: start.bundleHash,
      input,
      trigger,
      workflow,
      epoch,
      ...(start.express ? { express: true } : {}),
      ...(direct ? { direct } : {}),
      recovered: [...(start.recovered ?? [])],
      seed,
      done: [...(start.done ?? [])],
      ...(gathers ? { gathers } : {}),
      ...(mapKept && mapKept.size > 0 ? { mapKept } : {}),
      ...(stageCarry && stageCarry.size > 0 ? { stageCarry } : {}),
    });
    this.runs.set(runId, run);
    const early = this.early.get(runId);
    this.early.delete(runId);
    const begin = (beforeFirstData?: () => void) => {
      if (beforeFirstData) run.beforeFirstData(beforeFirstData);
      // Started while this worker drains (its StartRun was on its way): what can move goes first.
      if (this.drainEvents) this.handOver(runId, run, this.drainEvents);
      run.start();
      for (const { message, from } of early?.messages ?? []) if ((message.epoch ?? 0) === epoch && run.placedOn(from)) run.receive(message, from);
    };
    // Forgotten meanwhile (the run ended for a coordinator that died, or this is a new process):
    // the coordinator places the run again without them.
    return { missing: (start.recovered ?? []).filter((name) => !seed.has(name)), begin };
  }

  /** Whether this worker drains (it takes no direct start). */
  get isDraining(): boolean {
    return this.draining;
  }

  /**
   * An express run its client started here under a lease: set up as a StartRun of epoch 0
   * would be, from the lease's workflow and placement. The client is answered with the run's
   * end (one socket write with the result's log batch, at once), or "taken" at the end of this
   * turn if the run goes on (its end then answers the client's watch); the run is forgotten here
   * once its log is stored. A run placed over several workers: the result worker starts its
   * peers' parts and answers once they took them (or with the run's end, if that came first); a
   * part is answered (to the result worker) once set up, and ends when the result worker says
   * (direct-parts.ts).
   */
  startDirect(d: DirectRunStart): void {
    const { lease, runId } = d;
    const { bundleHash, owner } = lease;
    const start = pb.StartRun.create({ runId, bundleHash, inputJson: d.inputJson, epoch: 0, owner, express: true, origin: d.origin });
    const resultWorker = () => directResultWorker(this.graphOf(start, lease.graphBytes), this.placementOf(start, lease.placementBytes));
    const spread: SpreadRun | undefined = d.part
      ? { leaseId: lease.leaseId, owner, part: true, peers: [], resultWorker: resultWorker() }
      : lease.peers.length > 0
        ? { leaseId: lease.leaseId, owner, part: false, peers: lease.peers, resultWorker: this.name }
        : undefined;
    const ended = (end: DirectRunEnd) => {
      if (spread && this.spread.get(runId) === spread) {
        this.spread.delete(runId);
        // A part that ended here without an end from its result worker failed: the result worker ends the run.
        if (!spread.part || end.failure) endParts(this.bus, spread, runId, end.failure);
      }
      this.forgetDirect(runId, () => d.ended(end));
    };
    this.starting.add(runId);
    this.directRuns.add(runId);
    if (spread) this.spread.set(runId, spread);
    // The peers' parts are asked for first: their starts leave in this turn, before our own part
    // computes (a peer that gets data before its start keeps it until then).
    const parts = spread && !spread.part ? startParts(this.bus, spread, runId, d.inputJson, d.origin) : undefined;
    parts?.catch(() => {}); // handled below, once our own part is set up
    this.startRun(start, lease.graphBytes, lease.placementBytes, { leaseId: lease.leaseId, origin: d.origin, startedAtMs: this.clock.now(), ended }).then(
      ({ begin }) => {
        this.starting.delete(runId);
        if (this.spread.get(runId) !== spread) return this.forgetDirect(runId, () => {}, true); // voided meanwhile (a loss)
        begin();
        if (spread?.part) setTimeout(() => this.spread.get(runId) === spread && this.partEnded(runId, spread.leaseId, undefined), PART_KEPT_MS).unref();
        if (!parts) return setImmediate(d.answer);
        // The client is answered once every peer took its part.
        parts.then(
          () => setImmediate(d.answer),
          (err: unknown) => {
            if (this.spread.get(runId) !== spread) return; // ended meanwhile
            this.spread.delete(runId);
            this.forgetDirect(runId, () => d.refuse(err), true);
          },
        );
      },
      (err: unknown) => {
        this.starting.delete(runId);
        this.directRuns.delete(runId);
        if (spread && this.spread.get(runId) === spread) {
          this.spread.delete(runId);
          if (!spread.part) endParts(this.bus, spread, runId); // the peers that took theirs forget them
        }
        d.refuse(err);
      },
    );
  }

  /** A direct run (or part) ends here: `then` (its answer), and the run is forgotten once its log is stored (at once when `now`: it must not end). */
  private forgetDirect(runId: string, then: () => void, now = false): void {
    this.directRuns.delete(runId);
    const run = this.runs.get(runId);
    if (now && run) {
      run.dispose();
      this.runs.delete(runId);
    }
    then();
    void run?.flushLog().then(() => {
      if (this.runs.get(runId) !== run) return;
      run.dispose();
      this.runs.delete(runId);
    });
  }

  /** A part's end (direct-parts.ts): a part here is forgotten; a result run here whose peer's part failed ends failed. */
  partEnded(runId: string, leaseId: string, error: weft.v1.ErrorInfo.$Properties | null | undefined): void {
    const spread = this.spread.get(runId);
    if (!spread || spread.leaseId !== leaseId) return;
    if (!spread.part) {
      if (error) this.runs.get(runId)?.directEnded({ code: error.code || ErrorCode.UserCode, message: error.message ?? "", stack: error.stack ?? "", terminal: true });
      return;
    }
    this.spread.delete(runId);
    this.forgetDirect(runId, () => {}, true);
  }

  /** Lost workers (the coordinator's revoke): a direct run or part here placed on one will not end; forgotten (its client runs it again). */
  workersLost(lost: readonly string[]): void {
    for (const [runId, spread] of this.spread) {
      const run = this.runs.get(runId);
      if (!run || !lost.some((w) => run.placedOn(w))) continue;
      this.spread.delete(runId);
      if (!spread.part) endParts(this.bus, spread, runId); // the surviving peers forget theirs
      this.forgetDirect(runId, () => {}, true);
    }
  }

  /**
   * A coordinator took the run up and adopts its placement in this epoch: what this worker sent
   * the coordinator that died (sink values) is sent again. False when this worker does not run
   * that epoch (it never got its StartRun, forgot the run, or runs another epoch) or stopped it:
   * the coordinator then places the run again.
   */
  private resync(runId: string, epoch: number): boolean {
    const run = this.runs.get(runId);
    if (!run || run.epoch !== epoch || run.stopped) return false;
    run.resendSinks();
    return true;
  }

  /**
   * The workflow of a bundle, fetched and imported once per process: every later run, and every
   * run asking while the first import is under way, shares it. `prewarmed`: asked at start for a
   * deployed workflow (engine/worker/prewarm.ts), before any task needs it.
   */
  workflow(hash: string, prewarmed = false): Promise<Workflow> {
    let p = this.bundles.get(hash);
    const given = p ? undefined : this.options.workflows?.(hash);
    if (given) return Promise.resolve(given);
    if (!p) {
      const report = this.options.coldStart && ((load: BundleLoad) => this.options.coldStart?.bundleLoaded(load));
      const load = async () => {
        const workflow = await importWorkflow(hash, async () => (await openBundles(this.bus)).get(hash), prewarmed, report);
        if (!workflow) throw new WeftError(ErrorCode.NotFound, `bundle ${hash.slice(0, 12)} is not in the object store: submit the workflow again.`);
        return workflow;
      };
      // Imported before the worker connected (a bundle this host held), or not held: loaded now.
      const early = this.options.importing?.get(hash);
      p = early ? early.then((w) => w ?? load()) : load();
      p.catch(() => this.bundles.delete(hash));
      this.bundles.set(hash, p);
    }
    return p;
  }

  /** Data for a run here, from the worker its subject names (permissions let each worker send only as itself). */
  private onData(message: DataMessage, subject: string): void {
    const parsed = parseSubject(subject);
    if (parsed?.kind !== "workerData") return;
    const from = parsed.from;
    const run = this.runs.get(message.runId);
    const epoch = message.epoch ?? 0;
    if (run && run.epoch >= epoch) {
      // Only the run's own workers send it values; an older epoch's data is dropped there. A
      // worker that joined this epoch may be heard of before its placement arrives (see grow).
      if (run.placedOn(from)) run.receive(message, from);
      else if (run.epoch === epoch) this.keepEarly(message, from);
      return;
    }
    this.keepEarly(message, from);
  }

  /** Data that may be for this worker once a run (or a worker joining it) is known here. */
  private keepEarly(message: DataMessage, from: string): void {
    const now = this.clock.now();
    for (const [id, e] of this.early) if (now - e.since > 60_000) this.early.delete(id); // runs that never started here
    let e = this.early.get(message.runId);
    if (!e) this.early.set(message.runId, (e = { messages: [], since: now }));
    e.messages.push({ message, from });
  }

  /** A worker joined the run's epoch: it gets its share of the map items not started here. */
  private grow(runId: string, run: RunExecutor, control: InstanceType<typeof pb.RunControl>): void {
    if (run.epoch !== control.epoch || !control.placement) return;
    const placement = placementFromWire(control.placement);
    const moved = run.grow(placement);
    if (moved.items + moved.nodes + moved.partitions > 0) {
      const partitions = moved.partitions > 0 ? `, and ${moved.partitions} stage partition(s)` : "";
      this.say(`weft worker ${this.name}: run ${runId}: worker ${placement.workers.at(-1) ?? "?"} joined; handed it ${moved.items} map item(s) and ${moved.nodes} task node(s) not started here${partitions}`);
    }
    // What it sent before its placement arrived here.
    const early = this.early.get(runId);
    if (!early) return;
    this.early.delete(runId);
    for (const { message, from } of early.messages) if ((message.epoch ?? 0) === run.epoch && run.placedOn(from)) run.receive(message, from);
  }

  /** Draining (SIGTERM): said in each heartbeat, so the coordinator places nothing new here. */
  private draining = false;
  /** What the drain under way says (set once it began). */
  private drainEvents: DrainEvents | undefined;
  /** This worker's data subscription (closed as a drain ends). */
  private dataSub: BusSubscription | undefined;
  /** Runs whose StartRun is being carried out (their bundle loading): a drain waits for them. */
  private readonly starting = new Set<string>();
  /** Direct runs taken and not ended: said in each heartbeat (the coordinator counts them in its demand). */
  private readonly directRuns = new Set<string>();
  /** Direct runs and parts here placed over several workers (direct-parts.ts). */
  private readonly spread = new Map<string, SpreadRun>();

  /**
   * Drains this worker: the coordinator is told at once (nothing new is placed here), map items
   * not started yet go to the runs' other workers, what runs here finishes (at most `timeoutMs`),
   * the log is flushed, and a last heartbeat says it leaves, naming the runs it could not finish
   * (their tasks here run again elsewhere). Then it stops. `events` hears each step.
   */
  async drain(timeoutMs: number, events: DrainEvents): Promise<{ unfinished: string[] }> {
    this.draining = true;
    this.beat();
    events.draining(this.runs.size + this.starting.size);
    this.drainEvents = events;
    for (const [runId, run] of this.runs) this.handOver(runId, run, events);
    const deadline = this.clock.now() + timeoutMs;
    const pending = () => [...new Set([...this.starting, ...[...this.runs].filter(([, run]) => !run.doneHere).map(([id]) => id)])];
    while (pending().length > 0 && this.clock.now() < deadline) await new Promise<void>((r) => this.clock.setTimeout(r, 50));
    const unfinished = pending();
    // In the same turn as the check: data that comes later (partitions a worker hands this one
    // as it learns of its join) finds nobody here, and its sender keeps it, instead of being
    // taken in by a worker that is leaving.
    this.dataSub?.unsubscribe();
    if (unfinished.length > 0) events.timedOut(unfinished, timeoutMs);
    for (const run of this.runs.values()) await run.flushLog();
    await Promise.race([this.publisher.idle(), new Promise((r) => setTimeout(r, 2000))]);
    this.leaving = unfinished;
    this.beat();
    await this.bus.flush().catch(() => {});
    events.left(unfinished);
    await this.stop();
    return { unfinished };
  }

  /** A run here while this worker drains: its map items, task nodes and stage partitions not started go to the epoch's other workers. */
  private handOver(runId: string, run: RunExecutor, events: DrainEvents): void {
    const moved = run.drain();
    if (moved.items.size + moved.nodes.size + moved.partitions.size > 0) events.handedOver(runId, moved);
  }

  /** Set by drain for the last heartbeat: the runs left unfinished here. */
  private leaving: string[] | undefined;

  /** Beats now and every `ms` on the worker's clock (a simulated clock times them too). */
  private beatEvery(ms: number): void {
    this.beat();
    if (!this.stopped) this.heartbeat = this.clock.setTimeout(() => this.beatEvery(ms), ms);
  }

  private beat(): void {
    try {
      this.bus.publish(
        subjects.workerHeartbeat(this.name),
        encodeMessage(pb.WorkerHeartbeat, {
          name: this.name,
          slots: this.options.slots,
          running: this.pool.running,
          pid: process.pid,
          host: hostname(),
          startedAtMs: this.startedAt,
          sentAtMs: this.clock.now(),
          storeRefused: this.store.full?.detail ?? "",
          memoryBytes: this.pool.memoryBytes,
          draining: this.draining,
          leaving: this.leaving !== undefined,
          unfinishedRuns: this.leaving ?? [],
          directRuns: this.directRuns.size,
        }),
      );
    } catch {
      // Disconnected: the client reconnects and the next beat goes out.
    }
  }
}
