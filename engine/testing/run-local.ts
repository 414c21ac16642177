/**
 * `runLocal(workflow, input, options)`: runs an imported workflow in this process, with no
 * nats-server, through the real engine: a coordinator and N workers (engine/worker/worker.ts)
 * on the in-process bus (the one that passes the NATS conformance suite), on a simulated clock
 * that moves only when the system is idle (time-driver.ts). Retries, backoffs, timeouts and
 * worker-loss detection therefore take no wall time. Faults (faults.ts) fail chosen attempts,
 * cut a worker off mid-run, or cancel the run at a simulated time.
 *
 * What it gives back is the run's end (its typed result, or its error) and what happened on
 * the way (per node, task and worker, and the whole log) for assertions.
 */
import { seededRandom } from "../base/random.js";
import { connectMemoryBus, MemoryBroker } from "../bus/memory-bus.js";
import type { Bus } from "../bus/bus.js";
import { cancelRun, followRun, requestRun, type LogEntry } from "../client/run-client.js";
import { Coordinator } from "../coordinator/coordinator.js";
import { ErrorCode, WeftError } from "../errors.js";
import { newRunId } from "../model/run-id.js";
import { validateGraph } from "../plan/validate-graph.js";
import { parseSubject } from "../subjects.js";
import { decodeMessage, pb } from "../wire/protocol.js";
import { Worker } from "../worker/worker.js";
import type { WorkflowGraph } from "../../model/graph.js";
import type { EndRunState } from "../../model/status.js";
import { isWorkflow, type InputOf, type NodeImpl, type ResultOf, type Workflow } from "../../model/workflow.js";
import { checkFaults, withFailures, type FailFault, type Fault, type LoseWorkerFault } from "./faults.js";
import { runStory, type RunStory } from "./run-story.js";
import { SeverableBus } from "./severable-bus.js";
import { DrivenClock, TimeDriver, TimeLimitReached } from "./time-driver.js";

/**
 * A workflow's input and result types (model/workflow.ts, as the client API reads them). The
 * result rule (the same for every client): the value of the workflow's end node when it has
 * one; an object keyed by end-node name when it has several. The result is JSON, as a run's
 * record keeps it. A workflow that carries no result type gives `unknown`: name it as
 * runLocal's second type argument (`runLocal<typeof wf, number>(wf, input)`).
 */
export type { InputOf, ResultOf } from "../../model/workflow.js";

export interface RunLocalOptions {
  /** Workers, named w1 … wN (default 2). */
  workers?: number;
  /** Slots per worker (default 4). */
  slots?: number;
  /** Faults to inject (faults.ts): `{ fail, attempt }`, `{ loseWorker, afterTasks }`, `{ cancelAt }`. */
  faults?: readonly Fault[];
  /** The run's own timeout, in simulated ms (default none). */
  timeoutMs?: number;
  /** A worker silent this long (simulated ms) is lost and its part of the run placed again (default 3000). */
  workerLostAfterMs?: number;
  /** Where simulated time starts, ms since the epoch (default: now). */
  startAt?: number;
  /**
   * Give up (reject with E_TIMEOUT, naming the tasks still going) when the run has not ended
   * after this much simulated time (default 1 hour): a run that waits forever fails the test.
   */
  maxSimulatedMs?: number;
  /** How long (real ms) a running function may stay silent before simulated time moves on (default 5). */
  busyQuietMs?: number;
  /** Seeds the retry jitter, so a run's timings replay (default 1). */
  seed?: number;
  /** The run's id (default: a new one). */
  runId?: string;
  /** The coordinator's and workers' diagnostic lines as they come (they are kept in `diagnostics` too). */
  onDiagnostic?: (line: string) => void;
}

/** A run's error, as its record keeps it. */
export interface RunError {
  readonly code: string;
  readonly message: string;
}

/** How a local run ended, and what happened on the way. */
export interface LocalRun<R> extends RunStory {
  readonly runId: string;
  readonly state: EndRunState;
  /** The run's result; reading it throws the run's error (a WeftError with its code) when the run did not succeed. */
  readonly result: R;
  /** Why the run failed or was cancelled; undefined when it succeeded. */
  readonly error: RunError | undefined;
  /** Simulated milliseconds from submission to the run's end. */
  readonly simulatedMs: number;
  /** Workers lost by a `loseWorker` fault. */
  readonly lostWorkers: readonly string[];
  /** Every entry of the run's log, in order (task changes, user log lines, the run's own changes). */
  readonly log: readonly LogEntry[];
  /** What the coordinator and the workers said (placements, losses, dropped messages). */
  readonly diagnostics: readonly string[];
}

const DEFAULT_MAX_SIMULATED_MS = 3600_000;
let localBundles = 0;

/**
 * Runs `workflow` on `input` in this process and resolves once the run has ended, however it
 * ended (read `state`; `result` throws the run's error unless it succeeded). Rejects only when
 * the harness cannot run it (bad options, a workflow that does not validate, a run that never ends).
 */
export async function runLocal<W extends Workflow<any>, R = ResultOf<W>>(workflow: W, input: InputOf<W>, options: RunLocalOptions = {}): Promise<LocalRun<R>> {
  if (!isWorkflow(workflow)) {
    throw new WeftError(ErrorCode.Usage, "runLocal: the first argument is not a workflow: pass the default export of a workflow file (what workflow(name, build) returned).");
  }
  const workerCount = options.workers ?? 2;
  if (!(Number.isInteger(workerCount) && workerCount >= 1)) throw new WeftError(ErrorCode.Usage, `runLocal: workers must be a whole number >= 1, got ${String(workerCount)}.`);
  const faults = options.faults ?? [];
  validateGraph(workflow.graph);
  checkFaults(faults, workflow.graph.nodes, workerCount);

  const local = localCopy(workflow, faults.filter((f): f is FailFault => "fail" in f));
  const clock = new DrivenClock(options.startAt ?? Date.now());
  const broker = new MemoryBroker();
  const diagnostics: string[] = [];
  const say = (line: string) => {
    diagnostics.push(line);
    options.onDiagnostic?.(line);
  };
  const buses: Bus[] = [];
  const connect = () => {
    const b = connectMemoryBus(broker);
    buses.push(b);
    return b;
  };
  const workers: Worker[] = [];
  const driver = new TimeDriver(
    clock,
    {
      mark: () => {
        let msgs = 0;
        for (const b of buses) {
          const s = b.stats();
          msgs += s.msgsIn + s.msgsOut;
        }
        return `${msgs}/${clock.armed}/${clock.pending}`;
      },
      busy: () => workers.some((w) => w.pool.running > 0),
    },
    { busyQuietMs: options.busyQuietMs ?? 5, limitAt: clock.now() + (options.maxSimulatedMs ?? DEFAULT_MAX_SIMULATED_MS) },
  );

  const lost: string[] = [];
  let coordinator: Coordinator | undefined;
  const client = connect();
  try {
    coordinator = await driver.until(
      Coordinator.start(connect(), { name: "coordinator", clock, say, ...(options.workerLostAfterMs ? { workerLostAfterMs: options.workerLostAfterMs } : {}) }),
    );
    for (let i = 1; i <= workerCount; i++) {
      const name = `w${i}`;
      const loss = faults.find((f): f is LoseWorkerFault => "loseWorker" in f && f.loseWorker === name);
      const bus: SeverableBus = new SeverableBus(
        connect(),
        loss ? lossAfter(name, loss.afterTasks, () => bus.sever(), () => lost.push(name)) : undefined,
      );
      const worker = await driver.until(
        Worker.start(bus, {
          name,
          slots: options.slots ?? 4,
          clock,
          random: seededRandom((options.seed ?? 1) + i),
          diagnostics: say,
          workflows: (hash) => (hash === local.hash ? local.workflow : undefined),
        }),
      );
      workers.push(worker);
    }
    await driver.until(coordinator.waitForWorkers(workerCount, 10_000));

    const runId = options.runId ?? newRunId(clock.now());
    const log: LogEntry[] = [];
    const follow = await followRun(client, runId, (entry) => log.push(entry));
    const submittedAt = clock.now();
    await driver.until(
      requestRun(client, { graph: local.graph, bundle: { hash: local.hash } }, JSON.stringify(input ?? {}), runId, {
        submitter: "runLocal",
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      }),
    );
    const cancel = faults.find((f) => "cancelAt" in f);
    if (cancel) {
      clock.setTimeout(
        () => void cancelRun(client, runId, cancel.reason ?? `cancelled by runLocal at ${cancel.cancelAt} ms`).catch((err: Error) => say(`runLocal: the cancel failed: ${err.message}`)),
        submittedAt + cancel.cancelAt - clock.now(),
      );
    }
    const nodeNames = workflow.graph.nodes.map((n) => n.name);
    const end = await driver.until(follow.ended).catch((err: unknown) => {
      throw err instanceof TimeLimitReached ? new WeftError(ErrorCode.Timeout, `${err.message} ${stillGoing(runStory(log, nodeNames))}`) : err;
    });
    const simulatedMs = clock.now() - submittedAt;
    const story = runStory(log, nodeNames);
    return endedRun<R>({ runId, end, simulatedMs, story, lost, log, diagnostics });
  } finally {
    await driver.until(Promise.all(workers.map((w) => w.stop().catch(() => {}))));
    if (coordinator) await driver.until(coordinator.stop().catch(() => {}));
    await Promise.all(buses.map((b) => b.close().catch(() => {})));
  }
}

/** The workflow as the local workers run it: failing where faults say, every node on its worker's thread. */
function localCopy(workflow: Workflow, fails: readonly FailFault[]): { hash: string; graph: WorkflowGraph; workflow: Workflow } {
  const impls = new Map<string, NodeImpl>();
  for (const [name, impl] of workflow.impls) impls.set(name, withFailures(name, impl, fails));
  // Isolated nodes run in worker threads that load a bundle file; in process there is none, and
  // the functions are already here: they run on the worker's thread, their timeouts on the clock.
  const graph: WorkflowGraph = {
    ...workflow.graph,
    nodes: workflow.graph.nodes.map(({ isolate: _isolate, memoryLimitMb: _limit, ...node }) => node),
  };
  const hash = `local-${process.pid}-${++localBundles}`;
  return { hash, graph, workflow: { ...workflow, graph, impls } };
}

/**
 * The tap of a worker's bus that cuts it off once the log batches it sent report `afterTasks`
 * finished tasks: it is lost right after it told of its N-th (what it did next is lost with it).
 */
function lossAfter(worker: string, afterTasks: number, sever: () => void, lost: () => void): (subject: string, data: Uint8Array) => void {
  let finished = 0;
  let done = false;
  return (subject, data) => {
    if (done || parseSubject(subject)?.kind !== "runLog") return;
    const batch = decodeMessage(pb.LogBatch, data, () => {});
    for (const e of batch?.entries ?? []) {
      if (e.task?.from === "running" && e.task.to === "succeeded" && e.task.worker === worker) finished++;
      if (e.block?.worker === worker) finished += e.block.count ?? 0; // map successes told as a range
      if (e.succeeded?.worker === worker) finished++; // a task's first-attempt success told as one entry
    }
    if (finished < afterTasks) return;
    done = true;
    sever();
    lost();
  };
}

/** The tasks a run that did not end was still on, for the error that says so. */
function stillGoing(story: RunStory): string {
  const open = Object.values(story.tasks).filter((t) => !["succeeded", "failed", "cancelled", "skipped"].includes(t.state));
  if (open.length === 0) return "No task was under way.";
  const shown = open.slice(0, 5).map((t) => {
    const last = t.attempts[t.attempts.length - 1];
    return `${t.taskId} (${t.state}${last ? `, attempt ${last.attempt} on ${last.worker}` : ""})`;
  });
  return `Still under way: ${shown.join(", ")}${open.length > 5 ? ` and ${open.length - 5} more` : ""}.`;
}

interface Ending {
  runId: string;
  end: { to?: string | null; error?: { code?: string | null; message?: string | null } | null; resultJson?: string | null };
  simulatedMs: number;
  story: RunStory;
  lost: string[];
  log: LogEntry[];
  diagnostics: string[];
}

function endedRun<R>(e: Ending): LocalRun<R> {
  const state = (e.end.to ?? "") as EndRunState;
  const error = state === "succeeded" ? undefined : { code: e.end.error?.code || ErrorCode.Infrastructure, message: e.end.error?.message || `the run ended ${state || "without an end"}` };
  const resultJson = e.end.resultJson ?? "";
  return {
    runId: e.runId,
    state,
    get result(): R {
      if (error) throw new WeftError(error.code, `run ${e.runId} ${state}: ${error.message}`);
      return (resultJson === "" ? undefined : JSON.parse(resultJson)) as R;
    },
    error,
    simulatedMs: e.simulatedMs,
    lostWorkers: e.lost,
    log: e.log,
    diagnostics: e.diagnostics,
    ...e.story,
  };
}
