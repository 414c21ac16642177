/**
 * The checkpoint coordinator of a running job (the JobManager part of Flink's scheme): every
 * `checkpointMs` it sends a barrier trigger to the source tasks, collects every task's
 * acknowledgement and, when all are in, records the checkpoint as the job's last completed one
 * (a pointer in the checkpoint bucket, written last: a restore never sees half a checkpoint),
 * then tells the sources it completed.
 * A checkpoint that times out or that a task declines is reported and the next one is tried at
 * the next interval; the job keeps running.
 */
import type { BusSubscription } from "../bus/bus.js";
import type { TimerId } from "../base/clock.js";
import { CheckpointTracker, type CheckpointEvent, type CompletedCheckpoint } from "../core/stream/checkpoint-tracker.js";
import { decodeJson, encodeJson, type AckMessage } from "./exchange-message.js";
import { latestCheckpointKey, STREAM_CHECKPOINTS_BUCKET, streamSubjects } from "./stream-subjects.js";
import type { TaskEnv, TaskFailure } from "./task-env.js";

/** What the master needs of a job (not its functions: it runs in the coordinator, which imports no user code). */
export type MasterEnv = Pick<TaskEnv, "bus" | "clock" | "job" | "epoch" | "settings" | "say">;

export class JobMaster {
  private readonly tracker: CheckpointTracker;
  private readonly subjects;
  private sub: BusSubscription | undefined;
  private failureSub: BusSubscription | undefined;
  /** The first failure a task of this epoch reported (the epoch is done for: later ones add nothing). */
  failure: TaskFailure | undefined;
  private timer: TimerId | undefined;
  private stopped = false;
  private readonly waiters = new Map<number, (c: CompletedCheckpoint | Error) => void>();
  /** Checkpoints completed and failed since the start (weft status). */
  completedCount = 0;
  failedCount = 0;

  constructor(
    private readonly env: MasterEnv,
    restoredFrom: CompletedCheckpoint | undefined,
    /** Told once, at the first failure a task reports. */
    private readonly onFailure: (f: TaskFailure) => void = () => {},
  ) {
    this.subjects = streamSubjects(env.job, env.epoch);
    const { partitions, workers } = env.settings;
    const tasks = [...Array.from({ length: partitions }, (_, p) => `s${p}`), ...Array.from({ length: workers }, (_, s) => `w${s}`)];
    this.tracker = new CheckpointTracker(tasks, env.settings.checkpointTimeoutMs, restoredFrom);
  }

  start(): void {
    this.sub = this.env.bus.subscribe(this.subjects.ack, (m) => {
      const a = decodeJson<AckMessage>(m.data);
      const at = this.env.clock.now();
      void this.settle(a.k === "ack" ? this.tracker.ack(a.id, a.ack, at) : this.tracker.decline(a.id, a.task, a.reason));
    });
    this.failureSub = this.env.bus.subscribe(this.subjects.failure, (m) => {
      if (this.stopped || this.failure) return;
      this.failure = decodeJson<TaskFailure>(m.data);
      this.env.say(`weft stream ${this.env.job}: epoch ${this.env.epoch} failed at ${this.failure.task}: ${this.failure.reason}`);
      this.onFailure(this.failure);
    });
    this.schedule();
  }

  /** Takes a checkpoint now (a savepoint); resolves when it completed. */
  async checkpointNow(): Promise<CompletedCheckpoint> {
    for (;;) {
      const id = this.tracker.trigger(this.env.clock.now());
      if (id !== undefined) {
        const done = new Promise<CompletedCheckpoint | Error>((r) => this.waiters.set(id, r));
        this.env.bus.publish(this.subjects.trigger, encodeJson({ id }));
        const c = await done;
        if (c instanceof Error) throw c;
        return c;
      }
      await new Promise<void>((r) => this.env.clock.setTimeout(r, 50)); // one is under way: after it
    }
  }

  get lastCompleted(): CompletedCheckpoint | undefined {
    return this.tracker.completed;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = this.env.clock.setTimeout(() => {
      void this.settle(this.tracker.tick(this.env.clock.now()));
      const id = this.tracker.trigger(this.env.clock.now());
      if (id !== undefined) this.env.bus.publish(this.subjects.trigger, encodeJson({ id }));
      this.schedule();
    }, this.env.settings.checkpointMs);
  }

  private async settle(ev: CheckpointEvent | undefined): Promise<void> {
    if (!ev) return;
    if (ev.kind === "failed") {
      this.failedCount++;
      this.env.say(`weft stream ${this.env.job}: checkpoint ${ev.id} failed (${ev.reason}); the job goes on, the next one is tried in ${this.env.settings.checkpointMs} ms`);
      this.waiters.get(ev.id)?.(new Error(`checkpoint ${ev.id} failed: ${ev.reason}`));
      this.waiters.delete(ev.id);
      return;
    }
    const c = ev.checkpoint;
    try {
      const kv = await this.env.bus.kv(STREAM_CHECKPOINTS_BUCKET);
      await kv.put(latestCheckpointKey(this.env.job), new TextEncoder().encode(JSON.stringify(c)));
      this.completedCount++;
      // Only now, with the pointer written: a source told sooner could forget records a restore
      // needs. Not once stopped: a new epoch may be placed from the checkpoint before this one.
      if (!this.stopped) this.env.bus.publish(this.subjects.completed, encodeJson({ id: c.id }));
      this.waiters.get(c.id)?.(c);
    } catch (err) {
      this.failedCount++;
      this.env.say(`weft stream ${this.env.job}: checkpoint ${c.id} could not be recorded (${(err as Error).message}); the job goes on`);
      this.waiters.get(c.id)?.(err as Error);
    }
    this.waiters.delete(c.id);
  }

  stop(): void {
    this.stopped = true;
    this.env.clock.clearTimeout(this.timer);
    this.sub?.unsubscribe();
    this.failureSub?.unsubscribe();
  }
}
