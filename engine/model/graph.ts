/**
 * The workflow graph as the engine sees it: plain data, the same shape that crosses the wire
 * as weft.v1.WorkflowGraph. Built by the SDK, validated here, planned by engine/plan.
 */

export type NodeKind = "task" | "map";
export type InputShape = "none" | "single" | "tuple";

export interface RetrySpec {
  /** Total attempts, >= 1. */
  maxAttempts: number;
  backoffMs: number;
  backoffFactor: number;
  maxBackoffMs: number;
  /** 0..1: the share of each delay drawn at random. */
  jitter: number;
}

export interface NodeSpec {
  name: string;
  kind: NodeKind;
  /** Upstream node names, in argument order. A map node has exactly one: the list. */
  deps: string[];
  inputShape: InputShape;
  retry: RetrySpec;
  /** Per attempt, 0 = none. */
  timeoutMs: number;
  hasInit: boolean;
  /** Expected output size in bytes, a placement weight; 0 = unknown. */
  sizeHint: number;
}

export interface WorkflowGraph {
  name: string;
  /** In declaration order, which the SDK guarantees is a topological order. */
  nodes: NodeSpec[];
}

export const DEFAULT_RETRY: RetrySpec = { maxAttempts: 1, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 30_000, jitter: 0.2 };
