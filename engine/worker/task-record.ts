/**
 * One task as a worker holds it (its machine snapshot and what its attempt needs), and what
 * the record-style stage flow needs from the run executor that owns the tasks.
 */
import type { Clock, TimerId } from "../base/clock.js";
import type { Random } from "../base/random.js";
import type { TaskSnapshot } from "../core/task.machine.js";
import type { NodeSpec, WorkflowGraph } from "../model/graph.js";
import type { Placement } from "../model/placement.js";
import type { weft } from "../gen/weft.js";
import type { Workflow } from "../../sdk/workflow.js";
import type { TaskContext } from "../../sdk/types.js";
import type { SlotPool } from "./slot-pool.js";
import type { TaskTable } from "./run/tasks.js";

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
}

/** Records, bytes and messages one edge moved (in memory or over NATS). */
export interface EdgeDelta {
  records?: number;
  natsMsgs?: number;
  natsBytes?: number;
  localRecords?: number;
  localBytes?: number;
}

/** What StageFlow needs from the run executor. */
export interface StageHost {
  readonly runId: string;
  readonly me: number;
  readonly placement: Placement;
  readonly graph: WorkflowGraph;
  readonly input: unknown;
  readonly workflow: Workflow;
  readonly pool: SlotPool;
  readonly stopped: boolean;
  node(name: string): NodeSpec;
  /** Whether this epoch must compute `node`. */
  isNeeded(name: string): boolean;
  consumersOf(name: string): NodeSpec[];
  hasValue(name: string): boolean;
  value(name: string): unknown;
  /** The run's tasks: stage partitions are made, stepped and logged through it. */
  readonly tasks: TaskTable;
  readonly clock: Clock;
  readonly random: Random;
  /** A task's ctx; `extra` fields are added (its signal getter stays lazy: no spreading it). */
  context<X extends object>(task: Task, abort: { readonly signal: AbortSignal }, state: unknown, extra?: X): TaskContext<unknown, unknown> & X;
  initState(node: string): Promise<unknown>;
  /** Sends data to a worker of the run, accounting it to an edge. */
  send(worker: number, body: Omit<weft.v1.DataMessage.$Properties, "runId">, edge: { from: string; to: string; records: number }): void;
  /** Counts what an edge moved in memory. */
  account(from: string, to: string, delta: EdgeDelta): void;
  logExpanded(node: string, count: number): void;
  /** Data could not be taken in for `node`: the node fails (and with it the run). */
  fail(node: string, err: unknown): void;
  /** An aggregate or collect node placed here has its whole input: run it with this value. */
  completeGathered(node: NodeSpec, value: unknown): void;
  /** User code named `label` runs now on this thread (named if it blocks the event loop). */
  entering(label: string): void;
}
