/**
 * A worker's part of streaming jobs: it watches the placements and runs the source partitions and
 * window slots placed on it, in the placement's epoch, as soon as a placement changes. A newer
 * epoch replaces its tasks of the older one at once (nothing drained: the new epoch replays from
 * the checkpoint); a placement that is gone stops them. It also looks every half second (a job
 * that could not start is tried again); such a look asks NATS nothing.
 */
import type { Clock, TimerId } from "../base/clock.js";
import type { Bus } from "../bus/bus.js";
import { importBundle } from "../bundle/load-bundle.js";
import { openBundles } from "../bundle/bundle-store.js";
import { isStreamWorkflow } from "../../model/stream.js";
import { buckets } from "../subjects.js";
import type { StreamJobHandle } from "./stream-job.js";
import { StreamJobStore, type StreamJobsWatch, type StreamPlacement } from "./stream-job-store.js";

const LOOK_AGAIN_MS = 500;

export class StreamWorkerHost {
  private readonly running = new Map<string, { epoch: number; handle: Promise<StreamJobHandle | undefined> }>();
  private timer: TimerId | undefined;
  private stopped = false;
  private watched: { store: StreamJobStore; placements: StreamJobsWatch<StreamPlacement> } | undefined;
  private opening: Promise<void> | undefined;
  private lastComplaint = "";

  constructor(
    private readonly bus: Bus,
    private readonly worker: string,
    private readonly say: (line: string) => void,
    private readonly clock: Clock,
  ) {}

  start(): void {
    void this.sync();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clock.clearTimeout(this.timer);
    this.watched?.placements.stop();
    await Promise.all([...this.running.values()].map((r) => r.handle.then((h) => h?.kill())));
    this.running.clear();
  }

  private async sync(): Promise<void> {
    if (this.stopped) return;
    this.clock.clearTimeout(this.timer);
    try {
      if (!this.watched) await (this.opening ??= this.open().finally(() => (this.opening = undefined)));
      if (this.watched) this.look(this.watched.store, this.watched.placements.all());
    } catch (err) {
      const line = `weft worker ${this.worker}: streaming jobs: ${(err as Error).message}`;
      if (line !== this.lastComplaint) this.say(line);
      this.lastComplaint = line;
    }
    if (!this.stopped) this.timer = this.clock.setTimeout(() => void this.sync(), LOOK_AGAIN_MS);
  }

  /** Opens the store and the watch of the placements (again at the next look when NATS refuses now). */
  private async open(): Promise<void> {
    const store = await StreamJobStore.open(this.bus);
    const placements = await store.watch("placements", () => {
      if (this.watched && !this.stopped) void this.sync();
    });
    if (this.stopped) placements.stop();
    else this.watched = { store, placements };
  }

  /** Starts and stops this worker's tasks to match the placements. */
  private look(store: StreamJobStore, placements: StreamPlacement[]): void {
    const wanted = new Map(placements.filter((p) => p.sources.includes(this.worker) || p.slots.includes(this.worker)).map((p) => [p.job, p]));
    for (const [job, r] of this.running) {
      if (wanted.get(job)?.epoch === r.epoch) continue;
      this.running.delete(job);
      void r.handle.then((h) => h?.kill());
    }
    for (const [job, p] of wanted) {
      if (this.running.has(job)) continue;
      const handle = this.run(store, p.job, p.epoch).catch((err: unknown) => {
        this.say(`weft worker ${this.worker}: streaming job ${job}: ${(err as Error).message}`);
        this.running.delete(job); // tried again at the next look
        return undefined;
      });
      this.running.set(job, { epoch: p.epoch, handle });
    }
  }

  private async run(store: StreamJobStore, name: string, epoch: number): Promise<StreamJobHandle | undefined> {
    const [job, p] = [await store.job(name), await store.placement(name)];
    if (!job || !p || p.epoch !== epoch) return undefined;
    const code = await (await openBundles(this.bus)).get(job.bundleSha256);
    if (!code) throw new Error(`its bundle ${job.bundleSha256.slice(0, 12)} is missing from ${buckets.bundles}`);
    const wf = await importBundle(code, job.bundleSha256, `stream ${name}`);
    if (!isStreamWorkflow(wf)) throw new Error(`its bundle does not default-export a streaming workflow`);
    const mine = (list: readonly string[]) => list.flatMap((w, i) => (w === this.worker ? [i] : []));
    // Loaded with the first job placed here: most workers run none, and its graph (the
    // operators, the MQTT and PostgreSQL clients) was a third of a worker's start.
    const { startStreamJob } = await import("./stream-job.js");
    return startStreamJob(this.bus, wf, {
      job: name,
      epoch,
      restoredFrom: p.restoredFrom,
      settings: job.settings,
      place: { sources: mine(p.sources), slots: mine(p.slots), master: false },
      clock: this.clock,
      say: this.say,
      process: this.worker,
    });
  }
}
