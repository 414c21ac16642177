/**
 * Starts a streaming job's tasks in this process: the checkpoint master, the source partition
 * tasks and the window slot tasks it is given (all of them by default). Each start is a new
 * epoch of the job, restored from its last completed checkpoint when there is one: sources read
 * on from their recorded positions, window slots take the key groups they own from the states
 * every slot stored (so the worker count may differ from the checkpoint's), and results the
 * sinks already had are written again under the same ids, which the sinks dedupe.
 */
import type { StreamWorkflow } from "../../model/stream.js";
import { systemClock, type Clock, type TimerId } from "../base/clock.js";
import type { Bus } from "../bus/bus.js";
import type { CompletedCheckpoint } from "../core/stream/checkpoint-tracker.js";
import type { WindowSnapshot } from "../core/stream/window-operator.js";
import { ErrorCode, WeftError } from "../errors.js";
import { getCheckpointState } from "./checkpoint-state-store.js";
import { JobMaster } from "./job-master.js";
import { SourceTask, type SourcePosition } from "./source-task.js";
import { FigureBook, type OperatorStatus } from "./stream-metrics.js";
import { encodeJson } from "./exchange-message.js";
import { latestCheckpointKey, STREAM_CHECKPOINTS_BUCKET, STREAM_JOBS_BUCKET, streamSubjects } from "./stream-subjects.js";
import { DEFAULT_STREAM_SETTINGS, type StreamSettings, type TaskEnv, type TaskFailure } from "./task-env.js";
import { WindowTask } from "./window-task.js";

export interface StreamJobOptions {
  /** The job's name (default: the workflow's). */
  readonly job?: string;
  readonly settings?: Partial<StreamSettings>;
  /** Start from the last completed checkpoint, when there is one (default true). */
  readonly restore?: boolean;
  /** Which tasks run here (default: all, and the master). */
  readonly place?: { readonly sources: readonly number[]; readonly slots: readonly number[]; readonly master: boolean };
  readonly clock?: Clock;
  readonly say?: (line: string) => void;
  /** Names this process in the metrics bucket. */
  readonly process?: string;
  /** The epoch to join (tasks placed on several processes share one); default: the job's next. */
  readonly epoch?: number;
  /** The checkpoint to restore from, as the placement says (null: none); default: the job's last. */
  readonly restoredFrom?: CompletedCheckpoint | null;
}

export interface StreamJobHandle {
  readonly job: string;
  readonly epoch: number;
  /** The checkpoint this epoch was restored from. */
  readonly restoredFrom: CompletedCheckpoint | undefined;
  /** Takes a checkpoint now (the master's process only). */
  savepoint(): Promise<CompletedCheckpoint>;
  /** Stops the tasks; with a savepoint, after a checkpoint that a later start resumes from. */
  stop(opts?: { savepoint?: boolean }): Promise<CompletedCheckpoint | undefined>;
  /** Stops at once, as a lost worker would: nothing is drained, nothing is checkpointed. */
  kill(): Promise<void>;
  status(): OperatorStatus[];
  /** Checkpoints completed and failed in this epoch (the master's process). */
  checkpoints(): { completed: number; failed: number; last: number | undefined };
  /** The first failure a task of this epoch reported (the master's process): the epoch cannot go on. */
  failure(): TaskFailure | undefined;
}

const dec = new TextDecoder();
const enc = new TextEncoder();

/** The job's next epoch (a counter in the jobs bucket). */
export async function nextEpoch(bus: Bus, job: string): Promise<number> {
  const kv = await bus.kv(STREAM_JOBS_BUCKET);
  for (;;) {
    const e = await kv.get(`${job}.epoch`);
    const n = e ? Number(dec.decode(e.value)) + 1 : 1;
    try {
      if (e) await kv.update(`${job}.epoch`, enc.encode(String(n)), e.revision);
      else await kv.create(`${job}.epoch`, enc.encode(String(n)));
      return n;
    } catch (err) {
      if ((err as WeftError).code !== ErrorCode.KvConflict) throw err;
    }
  }
}

/** The job's last completed checkpoint, when it has one. */
export async function lastCheckpoint(bus: Bus, job: string): Promise<CompletedCheckpoint | undefined> {
  const e = await (await bus.kv(STREAM_CHECKPOINTS_BUCKET)).get(latestCheckpointKey(job));
  return e ? (JSON.parse(dec.decode(e.value)) as CompletedCheckpoint) : undefined;
}

async function windowStates(bus: Bus, c: CompletedCheckpoint): Promise<WindowSnapshot[]> {
  const out: WindowSnapshot[] = [];
  for (const a of c.acks) if (a.task.startsWith("w")) out.push(await getCheckpointState<WindowSnapshot>(bus, a.stateRef, `checkpoint ${c.id}: the state of ${a.task}`));
  return out;
}

function checkSettings(s: StreamSettings, wf: StreamWorkflow): void {
  const whole = (name: keyof StreamSettings, min: number) => {
    if (!Number.isInteger(s[name]) || s[name] < min) throw new WeftError(ErrorCode.Usage, `stream ${wf.name}: ${name} must be a whole number >= ${min}, got ${String(s[name])}.`);
  };
  whole("workers", 1);
  whole("partitions", 1);
  whole("keyGroups", 1);
  whole("batchSize", 1);
  whole("credits", 1);
  whole("sinkRetries", 1);
  whole("deadLetterRunLimit", 1);
  whole("restartAttempts", 0);
  if (s.workers > s.keyGroups) throw new WeftError(ErrorCode.Usage, `stream ${wf.name}: ${s.workers} workers but ${s.keyGroups} key groups: each worker needs a key group.`);
  if (wf.source.spec.kind === "mqtt" && s.partitions !== 1) throw new WeftError(ErrorCode.Usage, `stream ${wf.name}: an MQTT topic is one partition; use partitions: 1.`);
}

export async function startStreamJob(bus: Bus, wf: StreamWorkflow, opts: StreamJobOptions = {}): Promise<StreamJobHandle> {
  const job = opts.job ?? wf.name;
  const settings: StreamSettings = { ...DEFAULT_STREAM_SETTINGS, ...opts.settings };
  checkSettings(settings, wf);
  const clock = opts.clock ?? systemClock;
  const say = opts.say ?? ((line: string) => process.stderr.write(line + "\n"));
  const epoch = opts.epoch ?? (await nextEpoch(bus, job));
  const book = new FigureBook(job, epoch);
  const failureSubject = streamSubjects(job, epoch).failure;
  const fail = (task: string, reason: string) => bus.publish(failureSubject, encodeJson({ task, reason } satisfies TaskFailure));
  const env: TaskEnv = { bus, clock, job, epoch, wf, settings, say, figures: (op) => book.of(op), fail };
  const restoredFrom =
    opts.restoredFrom !== undefined ? (opts.restoredFrom ?? undefined) : opts.restore === false ? undefined : await lastCheckpoint(bus, job);
  const all = (n: number) => Array.from({ length: n }, (_, i) => i);
  const place = opts.place ?? { sources: all(settings.partitions), slots: all(settings.workers), master: true };

  const slots = place.slots.map((s) => new WindowTask(env, s));
  const states = restoredFrom ? await windowStates(bus, restoredFrom) : [];
  for (const w of slots) await w.start(states);
  await bus.flush();
  const master = place.master ? new JobMaster(env, restoredFrom) : undefined;
  master?.start();
  const sources = place.sources.map((p) => new SourceTask(env, p));
  for (const s of sources) {
    const ack = restoredFrom?.acks.find((a) => a.task === s.name);
    // Not awaited: a source first waits for every window slot, which may run on other workers.
    void s.start(ack ? (JSON.parse(ack.stateRef) as SourcePosition) : undefined).catch((err: unknown) => {
      say(`weft stream ${job}: ${s.name}: ${(err as Error).message}`);
      fail(s.name, (err as Error).message);
    });
  }

  const processName = opts.process ?? `p${process.pid}`;
  let metricsTimer: TimerId | undefined;
  const publishFigures = () => {
    void book.publish(bus, processName, clock.now()).catch(() => {});
    metricsTimer = clock.setTimeout(publishFigures, 1000);
  };
  publishFigures();

  const halt = async (drain: boolean) => {
    clock.clearTimeout(metricsTimer);
    master?.stop();
    await Promise.all(sources.map((s) => s.stop()));
    await Promise.all(slots.map((w) => w.stop(drain)));
  };
  return {
    job,
    epoch,
    restoredFrom,
    savepoint: () => {
      if (!master) throw new WeftError(ErrorCode.Usage, `stream ${job}: savepoints are taken where the job's master runs.`);
      return master.checkpointNow();
    },
    async stop(o = {}) {
      const c = o.savepoint && master ? await master.checkpointNow() : undefined;
      await halt(!o.savepoint);
      return c;
    },
    kill: () => halt(false),
    status: () => book.statuses(clock.now()),
    checkpoints: () => ({ completed: master?.completedCount ?? 0, failed: master?.failedCount ?? 0, last: master?.lastCompleted?.id }),
    failure: () => master?.failure,
  };
}
