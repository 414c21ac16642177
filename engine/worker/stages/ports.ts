/**
 * What the record stages of a run need from the rest of the worker, as narrow ports: the
 * run's values and graph, its outbox, its attempts' contexts and the run itself. The task
 * table (run/tasks.ts), the slot pool, the clock and the work labeler are passed as they are.
 */
import type { NodeSpec, WorkflowGraph } from "../../../model/graph.js";
import type { Placement } from "../../model/placement.js";
import type { weft } from "../../gen/weft.js";
import type { Workflow } from "../../../model/workflow.js";
import type { TaskContext } from "../../../model/context.js";
import type { EdgeDelta, Task } from "../task-record.js";

/** The run's graph, placement and input, and the values of its task-like nodes on this worker. */
export interface StageValues {
  readonly runId: string;
  /** This worker's index in the placement. */
  readonly me: number;
  readonly graph: WorkflowGraph;
  readonly placement: Placement;
  readonly input: unknown;
  readonly workflow: Workflow;
  node(name: string): NodeSpec;
  consumersOf(name: string): readonly NodeSpec[];
  hasValue(name: string): boolean;
  value(name: string): unknown;
  /** Whether this epoch must compute `node`. */
  isNeeded(name: string): boolean;
}

/** Where stage data goes out, and where what an edge moved is counted. */
export interface StageOutbox {
  /** Sends data to a worker of the run, accounting it to an edge. */
  send(worker: number, body: Omit<weft.v1.DataMessage.$Properties, "runId">, edge?: { from: string; to: string; records: number }): void;
  /** Sends what the sender can take back: `gone` hears if the worker had left (nothing was delivered). */
  sendOrTakeBack(worker: number, body: Omit<weft.v1.DataMessage.$Properties, "runId">, gone: () => void): void;
  /** Counts what an edge moved in memory. */
  account(from: string, to: string, delta: EdgeDelta): void;
  logExpanded(node: string, count: number): void;
}

/** What a stage partition's function receives. */
export interface StageAttempts {
  /** A task's ctx; `extra` fields are added (its signal getter stays lazy: no spreading it). */
  context<X extends object>(task: Task, abort: { readonly signal: AbortSignal }, state: unknown, extra?: X): TaskContext<unknown, unknown> & X;
  initState(node: string): Promise<unknown>;
}

/** The run the stages belong to. */
export interface StageRun {
  /** Cancelled or failed: nothing starts any more. */
  readonly stopped: boolean;
  /** Data could not be taken in for `node`: the node fails (and with it the run). */
  fail(node: string, err: unknown): void;
  /** An aggregate or collect node placed here has its whole input: run it with this value. */
  completeGathered(node: NodeSpec, value: unknown): void;
}
