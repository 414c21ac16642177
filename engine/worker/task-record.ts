/**
 * One task as a worker holds it (its machine snapshot and what its attempt needs), and the
 * accounting of what an edge moved.
 */
import type { TimerId } from "../base/clock.js";
import type { LogTransition } from "../core/task-instructions.js";
import type { TaskSnapshot } from "../core/task.machine.js";
import type { NodeSpec } from "../../model/graph.js";
import type { AttemptFigures } from "./attempt-meter.js";

/** The instances of a map node that one worker runs: a contiguous block. */
export interface MapBlockRun {
  node: NodeSpec;
  start: number;
  total: number;
  results: unknown[];
  remaining: number;
  /** Instances started here so far (slots take them in order). */
  taken: number;
  /** Instances kept here: those from `limit` on were handed to other workers, not started. */
  limit: number;
  /** Per instance: 1 once it ended (its result is in `results`). */
  ended: Uint8Array;
  /** Results from the block's start sent to the gatherers so far (a prefix, sent in chunks). */
  delivered: number;
  /**
   * How far from the block's start every instance has ended (`ended` is 1 below it). Only grows,
   * so finding the finished prefix costs O(1) per instance, not a scan from `delivered`.
   */
  endedPrefix: number;
}

export interface Task {
  readonly id: string;
  readonly node: NodeSpec;
  /** The instance or partition index; -1 for a single task. */
  readonly index: number;
  snapshot: TaskSnapshot;
  enteredAt: number;
  /** Aborts the running attempt (timeout, cancel). */
  controller: { abort(reason?: unknown): void } | undefined;
  /** The armed retry (an ArmRetry instruction), until it fires or is disarmed. */
  timer: TimerId | undefined;
  /** A map instance's item; an aggregate or collect node's gathered value. */
  item: unknown;
  block: MapBlockRun | undefined;
  /** Set for stage partitions: their pipeline drives them (not the executor's own attempt loop). */
  pipeline: object | undefined;
  /** What its last attempt used, when measured: logged with the change out of "running". */
  usage: AttemptFigures | undefined;
  /**
   * A map instance's changes to ready and to running, not logged yet (when it succeeds on this
   * attempt it is logged in a range of successes instead; any other change logs them first).
   */
  quietReady: QuietChange | undefined;
  quietRunning: QuietChange | undefined;
}

/** A change held back from the log: what it was, when, and how long the task was in `from`. */
export interface QuietChange {
  readonly change: LogTransition;
  readonly atMs: number;
  readonly durationMs: number;
}

/** Records, bytes and messages one edge moved (in memory or over NATS). */
export interface EdgeDelta {
  records?: number;
  natsMsgs?: number;
  natsBytes?: number;
  localRecords?: number;
  localBytes?: number;
}
