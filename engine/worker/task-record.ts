/**
 * One task as a worker holds it (its machine snapshot and what its attempt needs), and the
 * accounting of what an edge moved.
 */
import type { TimerId } from "../base/clock.js";
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
}

/** Records, bytes and messages one edge moved (in memory or over NATS). */
export interface EdgeDelta {
  records?: number;
  natsMsgs?: number;
  natsBytes?: number;
  localRecords?: number;
  localBytes?: number;
}
