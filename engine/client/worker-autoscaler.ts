/**
 * Starts and stops local `weft worker` processes from the coordinator's demand (`weft
 * coordinator --workers MIN..MAX`, `weft dev --workers MIN..MAX`). Every tick it reads the
 * demand and the live workers, asks the pure policy (engine/core/autoscale-policy.ts) what to
 * do, and does it: spawn, or tell the coordinator a worker is leaving and SIGTERM it. A worker
 * that exits unasked is a crash: logged with its exit code and the last lines of its stderr, and
 * replaced after a back-off that doubles with each crash in a row (bounded), so a worker that
 * cannot start does not spin.
 */
import type { ChildProcess } from "node:child_process";
import { systemClock, type Clock, type TimerId } from "../base/clock.js";
import type { ServiceEvents } from "../base/service-events.js";
import { crashBackoffMs, decideScale, nextCrashStreak, type ScaleLimits, type ScaledWorkerPhase } from "../core/autoscale-policy.js";
import type { CapacityView } from "../observability/demand.js";
import { PREWARM_ENV } from "../worker/prewarm.js";
import { spawnWorker, stopChild, type SpawnWorkerOptions } from "./local-stack.js";

/** The coordinator, as the autoscaler sees it. */
export interface ScaledCoordinator {
  capacity(): CapacityView;
  workerLeaving(name: string): void;
  /** Calls `listener` when demand may have grown (a run submitted); returns the unsubscribe. */
  onDemand?(listener: () => void): () => void;
  /** The deployed bundles: a worker spawned is given them to pre-import from its start. */
  warmBundles?(): readonly string[];
}

export interface AutoscalerOptions {
  limits: ScaleLimits;
  /** The NATS URL the workers connect to. */
  url: string;
  /** Prefix of the workers' names (each gets -1, -2... in start order; never reused). */
  namePrefix: string;
  events: ServiceEvents;
  spawn?: SpawnWorkerOptions;
  clock?: Clock;
  /** How often demand is read (default 100 ms); a submission is seen at once (onDemand). */
  tickMs?: number;
  /** A started worker not heard within this long is killed and counted as a crash (default 30 s). */
  startTimeoutMs?: number;
  /** Each line a worker writes on stderr (its service log), besides this process's stderr. */
  onWorkerLine?: (worker: string, line: string) => void;
}

/** Lines of a worker's stderr kept for its crash report. */
const STDERR_TAIL_LINES = 20;

interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly startedAt: number;
  phase: ScaledWorkerPhase;
  idleSince: number;
  readonly stderrTail: string[];
  exited: Promise<void>;
}

export class WorkerAutoscaler {
  private readonly children = new Map<string, Child>();
  private readonly clock: Clock;
  private seq = 0;
  private crashStreak = 0;
  private startsBlockedUntil = 0;
  private timer: TimerId | undefined;
  private stopped = false;
  private stopListening: (() => void) | undefined;
  private lastWant = -1;
  private exitedWorkerMs = 0;

  constructor(
    private readonly coordinator: ScaledCoordinator,
    private readonly options: AutoscalerOptions,
  ) {
    this.clock = options.clock ?? systemClock;
  }

  /** Worker-milliseconds used: the lifetimes (spawn to exit) of the workers started, those still running counted to `now`. */
  workerMs(now = this.clock.now()): number {
    let ms = this.exitedWorkerMs;
    for (const c of this.children.values()) ms += now - c.startedAt;
    return ms;
  }

  /** Worker processes running now (started by this autoscaler, not exited). */
  get running(): { name: string; pid: number | undefined; phase: ScaledWorkerPhase }[] {
    return [...this.children.values()].map((c) => ({ name: c.name, pid: c.process.pid, phase: c.phase }));
  }

  start(): void {
    const { min, max, warm, idleMs, slotsPerWorker } = this.options.limits;
    this.options.events.event("autoscaler.started", `weft autoscaler: ${min}..${max} workers of ${slotsPerWorker} slots, stopped after ${idleMs} ms idle, ${warm} kept warm`, {
      min,
      max,
      warm,
      idleMs,
      slots: slotsPerWorker,
    });
    // Event-driven for the cold path: a run waiting for a first worker starts one now, not within a tick.
    this.stopListening = this.coordinator.onDemand?.(() => {
      if (!this.stopped) this.step();
    });
    this.tick();
  }

  /** Stops deciding and stops every worker it started (SIGTERM, SIGKILL after 3 s). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopListening?.();
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    const all = [...this.children.values()];
    for (const c of all) c.phase = "stopping";
    await Promise.all(all.map((c) => stopChild(c.process)));
  }

  private tick(): void {
    if (this.stopped) return;
    try {
      this.step();
    } finally {
      this.timer = this.clock.setTimeout(() => this.tick(), this.options.tickMs ?? 100);
    }
  }

  private step(): void {
    const now = this.clock.now();
    const view = this.coordinator.capacity();
    const live = new Map(view.workers.map((w) => [w.name, w]));
    const startTimeout = this.options.startTimeoutMs ?? 30_000;
    for (const c of this.children.values()) {
      const heard = live.get(c.name);
      if (c.phase === "starting" && heard) c.phase = "live";
      if (c.phase === "starting" && now - c.startedAt > startTimeout) {
        this.say("warn", "worker.start_timed_out", `weft autoscaler: worker ${c.name} was not heard within ${startTimeout} ms of its start: killed`, { worker: c.name });
        c.process.kill("SIGKILL"); // its exit is then handled as a crash
      }
      if ((heard && heard.running > 0) || view.held.has(c.name)) c.idleSince = now;
    }
    const decision = decideScale({
      limits: this.options.limits,
      demandTasks: view.demand.tasks,
      now,
      startsBlockedUntil: this.startsBlockedUntil,
      workers: [...this.children.values()].map((c) => ({
        name: c.name,
        phase: c.phase,
        busy: view.held.has(c.name) || (live.get(c.name)?.running ?? 0) > 0 || (live.get(c.name)?.directRuns ?? 0) > 0,
        idleSince: c.idleSince,
      })),
    });
    if (decision.want !== this.lastWant) {
      this.lastWant = decision.want;
      this.say("info", "autoscaler.wants", `weft autoscaler: workers wanted: ${decision.want} (demand: ${view.demand.tasks} tasks)`, { want: decision.want, demand: view.demand.tasks });
    }
    for (let i = 0; i < decision.start; i++) this.spawn(now);
    for (const name of decision.stop) this.retire(name, now);
  }

  private spawn(now: number): void {
    const name = `${this.options.namePrefix}-${++this.seq}`;
    const { url, limits } = this.options;
    const warm = this.coordinator.warmBundles?.() ?? [];
    const spawnOptions: SpawnWorkerOptions = { logLevel: "info", ...this.options.spawn, pipeStderr: true };
    if (warm.length > 0) spawnOptions.env = { ...spawnOptions.env, [PREWARM_ENV]: warm.join(",") };
    const child = spawnWorker(url, name, limits.slotsPerWorker, spawnOptions);
    const c: Child = { name, process: child, startedAt: now, phase: "starting", idleSince: now, stderrTail: [], exited: Promise.resolve() };
    c.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(this.exited(c, code, signal))));
    // The worker's log goes on to this process's stderr; its last lines are kept for a crash report.
    let partial = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        if (line === "") continue;
        c.stderrTail.push(line);
        this.options.onWorkerLine?.(c.name, line);
      }
      if (partial.length > 4096) partial = partial.slice(-4096);
      if (c.stderrTail.length > STDERR_TAIL_LINES) c.stderrTail.splice(0, c.stderrTail.length - STDERR_TAIL_LINES);
    });
    child.stderr?.once("end", () => {
      if (partial !== "") c.stderrTail.push(partial);
    });
    this.children.set(name, c);
    this.say("info", "worker.spawned", `weft autoscaler: started worker ${name} (pid ${child.pid})`, { worker: name, pid: child.pid });
  }

  private retire(name: string, now: number): void {
    const c = this.children.get(name);
    if (!c || c.phase === "stopping") return;
    c.phase = "stopping";
    // Out of placement first: no run may be placed on it while it exits.
    this.coordinator.workerLeaving(name);
    this.say("info", "worker.retiring", `weft autoscaler: stopping worker ${name}: idle for ${now - c.idleSince} ms`, { worker: name, idleMs: now - c.idleSince });
    void stopChild(c.process);
  }

  private exited(c: Child, code: number | null, signal: NodeJS.Signals | null): void {
    this.children.delete(c.name);
    this.exitedWorkerMs += this.clock.now() - c.startedAt;
    if (this.stopped || c.phase === "stopping") {
      this.say("info", "worker.stopped", `weft autoscaler: worker ${c.name} stopped (${signal ?? `exit code ${code}`})`, { worker: c.name, exitCode: code, signal });
      return;
    }
    const now = this.clock.now();
    this.coordinator.workerLeaving(c.name);
    this.crashStreak = nextCrashStreak(this.crashStreak, now - c.startedAt);
    const backoffMs = crashBackoffMs(this.crashStreak);
    this.startsBlockedUntil = now + backoffMs;
    const tail = c.stderrTail.slice(-STDERR_TAIL_LINES);
    this.say(
      "warn",
      "worker.crashed",
      `weft autoscaler: worker ${c.name} (pid ${c.process.pid}) exited unasked after ${now - c.startedAt} ms with ${signal ? `signal ${signal}` : `exit code ${code}`}; ` +
        `crash ${this.crashStreak} in a row, next start in ${backoffMs} ms at the earliest. Its last stderr lines:\n${tail.map((l) => `  | ${l}`).join("\n")}`,
      { worker: c.name, pid: c.process.pid, exitCode: code, signal, livedMs: now - c.startedAt, crashStreak: this.crashStreak, backoffMs, stderrTail: tail },
    );
  }

  private say(level: "info" | "warn", event: string, msg: string, fields: Record<string, unknown>): void {
    this.options.events.event(event, msg, fields, level);
  }
}
