/**
 * The leader coordinator's part of streaming jobs: it watches the deployed jobs and their
 * placements, places each running job's source partitions and window slots on the live workers
 * (round robin) and runs the job's checkpoint master. A job is placed afresh, in a new epoch
 * restored from its last completed checkpoint, when it has no master here (a new leader: the
 * coordinator restarted) or a worker it is placed on is no longer live (a worker was lost): every
 * task of the old epoch stops, and the new epoch replays the sources from the checkpoint's
 * positions. It looks at each change of the jobs as it comes, and every second (workers come and
 * go, restarts wait out their backoff); a look asks NATS nothing unless it has something to do.
 * `weft stop --savepoint` takes a checkpoint first; `weft undeploy` just stops.
 */
import type { Clock, TimerId } from "../base/clock.js";
import type { Bus } from "../bus/bus.js";
import { afterFailure, DEFAULT_RESTART_POLICY, describeFailure } from "../core/stream/restart-policy.js";
import { JobMaster } from "./job-master.js";
import { lastCheckpoint, nextEpoch } from "./stream-job.js";
import { StreamJobStore, type StreamJobRecord, type StreamJobsWatch, type StreamPlacement } from "./stream-job-store.js";
import { DEFAULT_STREAM_SETTINGS } from "./task-env.js";

const LOOK_AGAIN_MS = 1000;

export class StreamPlacer {
  private readonly masters = new Map<string, { master: JobMaster; placement: StreamPlacement; since: number }>();
  private syncing = false;
  /** A change came during a look: look again as soon as it ends. */
  private lookAgain = false;
  private timer: TimerId | undefined;
  private stopped = false;
  private watched: { store: StreamJobStore; jobs: StreamJobsWatch<StreamJobRecord>; placements: StreamJobsWatch<StreamPlacement> } | undefined;
  private lastComplaint = "";

  constructor(
    private readonly bus: Bus,
    private readonly coordinator: string,
    private readonly liveWorkers: () => string[],
    private readonly say: (line: string) => void,
    private readonly clock: Clock,
  ) {}

  start(): void {
    void this.sync();
  }

  stop(): void {
    this.stopped = true;
    this.clock.clearTimeout(this.timer);
    this.watched?.jobs.stop();
    this.watched?.placements.stop();
    for (const m of this.masters.values()) m.master.stop();
    this.masters.clear();
  }

  private async sync(): Promise<void> {
    if (this.stopped) return;
    this.syncing = true;
    this.lookAgain = false;
    try {
      this.watched ??= await this.open();
      if (this.stopped) return;
      const jobs = this.watched.jobs.all();
      const names = new Set(jobs.map((j) => j.name));
      for (const [name, m] of this.masters) {
        if (names.has(name)) continue;
        m.master.stop(); // undeployed
        this.masters.delete(name);
        await this.watched.store.unplace(name);
      }
      for (const job of jobs) await this.tend(this.watched.store, job);
    } catch (err) {
      const line = `weft coordinator: streaming jobs: ${(err as Error).message}; trying again every second`;
      if (line !== this.lastComplaint) this.say(line);
      this.lastComplaint = line;
    }
    this.syncing = false;
    if (this.stopped) return;
    if (this.lookAgain) return this.soon();
    this.timer = this.clock.setTimeout(() => void this.sync(), LOOK_AGAIN_MS);
  }

  /** Opens the store and its watches (again at the next look when NATS refuses now). */
  private async open(): Promise<NonNullable<StreamPlacer["watched"]>> {
    const store = await StreamJobStore.open(this.bus);
    const jobs = await store.watch("jobs", () => this.soon());
    const placements = await store.watch("placements", () => {}).catch((err: unknown) => {
      jobs.stop();
      throw err;
    });
    if (this.stopped) {
      jobs.stop();
      placements.stop();
    }
    return { store, jobs, placements };
  }

  /**
   * Removes a stopped or failed job's placement, looked at every second: only when the watch has
   * one (asks NATS nothing otherwise). A placement put a moment ago and not seen yet is removed at
   * the next look.
   */
  private async unplaceStopped(name: string): Promise<void> {
    if (this.watched?.placements.get(name)) await this.watched.store.unplace(name);
  }

  /** Jobs with no live worker to run on, since when (they fail after `noWorkersFailMs`). */
  private readonly workerless = new Map<string, number>();

  private async tend(store: StreamJobStore, job: StreamJobRecord): Promise<void> {
    const mine = this.masters.get(job.name);
    const settings = { ...DEFAULT_STREAM_SETTINGS, ...job.settings };
    const now = this.clock.now();
    if (job.state === "stopped" || job.state === "failed") {
      if (mine) {
        mine.master.stop();
        this.masters.delete(job.name);
      }
      await this.unplaceStopped(job.name);
      return;
    }
    if (job.state === "stopping") {
      if (mine && job.savepoint) {
        try {
          await mine.master.checkpointNow();
        } catch (err) {
          this.say(`weft coordinator: ${job.name}: the savepoint failed (${(err as Error).message}); trying again`);
          return;
        }
      }
      await store.putJob({ ...job, state: "stopped" });
      return this.tend(store, { ...job, state: "stopped" });
    }
    // A task of the running epoch cannot go on: stop the epoch, then restart after a backoff, or fail.
    const failure = mine?.master.failure;
    if (mine && failure) {
      mine.master.stop();
      this.masters.delete(job.name);
      await store.unplace(job.name);
      return this.failJob(store, job, failure.reason, failure.task, mine.since, now);
    }
    if (job.state === "restarting" && (job.failure?.retryAt ?? 0) > now) return;
    const live = this.liveWorkers().sort();
    if (live.length === 0) {
      const since = this.workerless.get(job.name) ?? now;
      this.workerless.set(job.name, since);
      if (now - since >= settings.noWorkersFailMs) {
        this.workerless.delete(job.name);
        if (mine) mine.master.stop();
        this.masters.delete(job.name);
        await store.unplace(job.name);
        const reason = `no live worker for ${Math.round((now - since) / 1000)} s: start workers (\`weft services\`), then deploy the job again`;
        this.say(`weft coordinator: ${job.name}: failed: ${reason}`);
        await store.putJob({ ...job, state: "failed", failure: { reason, attempt: job.failure?.attempt ?? 0, at: now } });
      } else if (job.state === "running") {
        // Said while it waits for a worker (it is placed again as soon as one is live).
        const reason = `no live worker: waiting up to ${Math.round(settings.noWorkersFailMs / 1000)} s for one`;
        await store.putJob({ ...job, state: "restarting", failure: { reason, attempt: job.failure?.attempt ?? 0, at: since } });
      }
      return;
    }
    this.workerless.delete(job.name);
    const placedOn = mine ? new Set([...mine.placement.sources, ...mine.placement.slots]) : undefined;
    if (mine && [...(placedOn as Set<string>)].every((w) => live.includes(w))) return;
    if (mine) {
      this.say(`weft coordinator: ${job.name}: a worker of epoch ${mine.placement.epoch} is lost; restarting from the last checkpoint`);
      mine.master.stop();
    }
    const epoch = await nextEpoch(this.bus, job.name);
    const restoredFrom = (await lastCheckpoint(this.bus, job.name)) ?? null;
    const placement: StreamPlacement = {
      job: job.name,
      epoch,
      sources: Array.from({ length: settings.partitions }, (_, p) => live[p % live.length] as string),
      slots: Array.from({ length: settings.workers }, (_, s) => live[s % live.length] as string),
      restoredFrom,
      by: this.coordinator,
    };
    // A task's failure is acted on at once, not at the next look a second later.
    const env = { bus: this.bus, clock: this.clock, job: job.name, epoch, settings, say: this.say };
    const master = new JobMaster(env, restoredFrom ?? undefined, () => this.soon());
    master.start();
    this.masters.set(job.name, { master, placement, since: now });
    if (job.state === "restarting") await store.putJob({ ...job, state: "running" });
    await store.place(placement);
  }

  /** Restart after a backoff, or fail the job once its restarts are used up. */
  private async failJob(store: StreamJobStore, job: StreamJobRecord, reason: string, task: string | undefined, since: number, now: number): Promise<void> {
    const settings = { ...DEFAULT_STREAM_SETTINGS, ...job.settings };
    const policy = { ...DEFAULT_RESTART_POLICY, maxAttempts: settings.restartAttempts, initialBackoffMs: settings.restartBackoffMs };
    const next = afterFailure(policy, job.failure, since, reason, task, now);
    this.say(`weft coordinator: ${job.name}: ${describeFailure(next.state, next.failure, policy, now)}`);
    await store.putJob({ ...job, state: next.state, failure: next.failure });
  }

  /** Looks again now (a task failed, a job changed), or right after the look under way. */
  private soon(): void {
    if (this.stopped) return;
    if (this.syncing) {
      this.lookAgain = true;
      return;
    }
    this.clock.clearTimeout(this.timer);
    void this.sync();
  }
}
