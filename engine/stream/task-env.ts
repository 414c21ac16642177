/** What every task of a running streaming job shares: the job, its epoch, its shape and settings. */
import type { StreamWorkflow } from "../../model/stream.js";
import type { Bus } from "../bus/bus.js";
import type { Clock } from "../base/clock.js";
import type { OperatorFigures } from "./stream-metrics.js";

export interface StreamSettings {
  /** Window slots: the workers the keyed state is spread over. */
  readonly workers: number;
  /** Source partitions (each read by one task); an MQTT topic has one. */
  readonly partitions: number;
  /** Key groups: the most workers the job can rescale to. */
  readonly keyGroups: number;
  /** A batch between tasks or to a sink goes when it has this many records... */
  readonly batchSize: number;
  /** ...or when its first record has waited this long (ms), whichever is first. */
  readonly batchMs: number;
  /** Batches a source may have in flight to one slot before it waits for credit. */
  readonly credits: number;
  /** Time between checkpoints (ms). */
  readonly checkpointMs: number;
  /** A checkpoint not complete after this long fails (and the next is tried). */
  readonly checkpointTimeoutMs: number;
  /** Failed writes in a row (one a second) before a sink fails the job's epoch (a restart follows). */
  readonly sinkRetries: number;
  /** Records in a row that all went to the dead letters before the source fails the epoch (user code that throws on everything). */
  readonly deadLetterRunLimit: number;
  /** Restarts after failures in a row; one more failure and the job is failed (engine/core/stream/restart-policy.ts). */
  readonly restartAttempts: number;
  /** The wait before the first restart (ms); it doubles per attempt, up to 30 s. */
  readonly restartBackoffMs: number;
  /** No live worker for this long (ms) and the job is failed. */
  readonly noWorkersFailMs: number;
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = {
  workers: 2,
  partitions: 1,
  keyGroups: 128,
  batchSize: 1000,
  batchMs: 50,
  credits: 8,
  checkpointMs: 2000,
  // Short: a trigger that a task placed late missed holds the next checkpoint back this long.
  checkpointTimeoutMs: 10_000,
  sinkRetries: 10,
  deadLetterRunLimit: 1000,
  restartAttempts: 3,
  restartBackoffMs: 1000,
  noWorkersFailMs: 60_000,
};

export interface TaskEnv {
  readonly bus: Bus;
  readonly clock: Clock;
  readonly job: string;
  readonly epoch: number;
  readonly wf: StreamWorkflow;
  readonly settings: StreamSettings;
  readonly say: (line: string) => void;
  /** Per-operator figures this process keeps (weft status reads them). */
  readonly figures: (operator: string) => OperatorFigures;
  /** Task `task` cannot go on: the job's master hears why, and the job restarts or fails. */
  readonly fail: (task: string, reason: string) => void;
}

/** What a task tells the master when it cannot go on. */
export interface TaskFailure {
  readonly task: string;
  readonly reason: string;
}

/** The largest watermark: a finished source (a generator's end) lets every window fire. */
export const END_WATERMARK = Number.MAX_SAFE_INTEGER;
