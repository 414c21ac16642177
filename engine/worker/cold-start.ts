/**
 * What a worker's cold start cost, split: process start (node up and the CLI loaded), NATS
 * connect, serving (streams checked, subscriptions made, first heartbeat), then per bundle its
 * fetch from the object store and its import, and the first task (its run time, and when it
 * ended counted from the process start). Said in the worker's service log as it happens
 * (worker.cold_start, bundle.loaded, worker.first_task) and kept for the metrics
 * (weft_worker_cold_start_seconds, weft_worker_bundle_load_seconds).
 */
import type { ServiceEvents } from "../base/service-events.js";
import type { TaskState } from "../../model/status.js";
import type { TaskObserver } from "./run/tasks.js";
import type { CodeCacheState } from "../cli/code-cache.js";

export interface StartPhases {
  /** From the process's start to the worker command running (node, the CLI's modules). */
  readonly processStartMs: number;
  readonly natsConnectMs: number;
  /** Worker.start: streams, subscriptions, the first heartbeat. */
  readonly serveMs: number;
}

/** What a process start depends on besides the machine, said with the split to explain it. */
export interface StartedFrom {
  /** The worker runs from the CLI bundled at build time (dist/engine/worker-bundle/), not the ~110 modules of the compiled CLI. */
  readonly bundledCli: boolean;
  /** NODE_EXTRA_CA_CERTS is set: Node 20 parses that CA file at every start, before any of weft's code runs. */
  readonly extraCaCerts: boolean;
  /** How the worker bundle was compiled (engine/cli/code-cache.ts); "none" when not started from it. */
  readonly codeCache: CodeCacheState | "none";
}

export interface BundleLoad {
  readonly bundle: string;
  readonly fetchMs: number;
  readonly importMs: number;
  readonly bytes: number;
  /** Loaded before any task asked for it (a deployed workflow, pre-imported at start). */
  readonly prewarmed: boolean;
  /** Read from this host's bundle cache (checked against its hash) instead of fetched: `fetchMs` is that read. */
  readonly fromHostCache: boolean;
}

export interface FirstTask {
  readonly node: string;
  readonly runMs: number;
  /** When it ended, from the process's start. */
  readonly sinceProcessStartMs: number;
  /**
   * The CPU time (user and system, all threads) the process had used by then: the start's cost
   * apart from how long the machine made it wait (on a loaded machine the wall-clock phases
   * swing from one start to the next, this much less).
   */
  readonly cpuMs: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The CPU time this process has used, in ms (user and system, all its threads). */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export class ColdStart {
  phases: StartPhases | undefined;
  readonly bundles: BundleLoad[] = [];
  firstTask: FirstTask | undefined;
  private firstTaskSeen: () => void = () => {};
  /** Settles when the first task has ended. */
  readonly firstTaskEnded = new Promise<void>((resolve) => (this.firstTaskSeen = resolve));

  constructor(
    private readonly worker: string,
    private readonly events: ServiceEvents,
    /** Milliseconds since the process started (performance.now()). */
    private readonly sinceStart: () => number,
    /** CPU milliseconds the process has used (all threads). */
    private readonly cpuUsed: () => number = processCpuMs,
  ) {}

  started(phases: StartPhases, from: StartedFrom): void {
    this.phases = phases;
    const f = { processStartMs: round(phases.processStartMs), natsConnectMs: round(phases.natsConnectMs), serveMs: round(phases.serveMs), ...from };
    const cache = from.codeCache === "none" ? "" : from.codeCache === "used" ? " and its code cache" : `, compiled (code cache ${from.codeCache})`;
    const origin = `${from.bundledCli ? `from the worker bundle${cache}` : "from the unbundled CLI (run npm run build for the worker bundle)"}${from.extraCaCerts ? ", NODE_EXTRA_CA_CERTS parsed at node start" : ""}`;
    this.events.event(
      "worker.cold_start",
      `weft worker ${this.worker}: serving ${round(this.sinceStart())} ms after its process started (process start ${f.processStartMs} ms ${origin}, NATS connect ${f.natsConnectMs} ms, serve ${f.serveMs} ms)`,
      f,
    );
  }

  bundleLoaded(load: BundleLoad): void {
    this.bundles.push(load);
    const f = { ...load, fetchMs: round(load.fetchMs), importMs: round(load.importMs) };
    this.events.event(
      "bundle.loaded",
      `weft worker ${this.worker}: bundle ${load.bundle.slice(0, 12)} ${load.prewarmed ? "pre-imported" : "loaded"}: ${load.fromHostCache ? "read from this host's cache" : "fetch"} ${f.fetchMs} ms, import ${f.importMs} ms (${load.bytes} bytes)`,
      f,
    );
  }

  /** Whether the first task has ended (the worker stops watching for it then). */
  get firstTaskDone(): boolean {
    return this.firstTask !== undefined;
  }

  /** A task changed state: the first one to leave "running" is the first task. */
  taskChanged(node: string, from: TaskState, durationMs: number): void {
    if (this.firstTask || from !== "running") return;
    this.firstTask = { node, runMs: durationMs, sinceProcessStartMs: this.sinceStart(), cpuMs: this.cpuUsed() };
    this.firstTaskSeen();
    const f = { node, runMs: round(durationMs), sinceProcessStartMs: round(this.firstTask.sinceProcessStartMs), cpuMs: round(this.firstTask.cpuMs) };
    this.events.event(
      "worker.first_task",
      `weft worker ${this.worker}: first task (${node}) ran ${f.runMs} ms, ended ${f.sinceProcessStartMs} ms after the process started (${f.cpuMs} ms of CPU by then)`,
      f,
    );
  }
}

/** `inner` (or nothing), and the first task's end told to `coldStart`. */
export function firstTaskWatch(coldStart: ColdStart, inner: TaskObserver | undefined): TaskObserver {
  return {
    changed(task, from, to, attempt, atMs, durationMs, error) {
      coldStart.taskChanged(task.node.name, from, durationMs);
      inner?.changed(task, from, to, attempt, atMs, durationMs, error);
    },
  };
}
