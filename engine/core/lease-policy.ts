/**
 * Express placement leases (docs/express.md, "Leases"): whether a workflow's placement can be
 * handed to a client, so that its express runs start straight on a worker with the coordinator
 * off their path, and when the leases granted must be voided because placement would change.
 * Pure.
 */
import type { Placement } from "../model/placement.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { directResultNode } from "./express-result.js";

/** A lease the placement allows: every node on `worker`, and the placement narrowed to it. */
export interface LeasePlacement {
  worker: string;
  placement: Placement;
}

/**
 * The lease a run of `graph` placed as `placement` may run under, or why none: a lease names
 * one worker, which computes the run's one sink and answers its client (as an express run's
 * result worker does). A map spreads its items over every worker, and stages their partitions,
 * so those runs go through the coordinator, as does a run with several sinks (the coordinator
 * joins their values).
 */
export function leasePlacement(graph: WorkflowGraph, placement: Placement): LeasePlacement | { refused: string } {
  if (placement.workers.length === 0) return { refused: "no worker is live (the run queues at the coordinator)" };
  const spread = graph.nodes.find((n) => n.kind === "map" || n.kind === "stage");
  if (spread) return { refused: `node "${spread.name}" is a ${spread.kind}, spread over the workers by the coordinator` };
  if (directResultNode(graph) === undefined) return { refused: "the run's result is joined from several sinks by the coordinator" };
  const used = new Set(graph.nodes.map((n) => placement.nodeWorker[n.name]));
  const [index] = used;
  if (used.size !== 1 || index === undefined) return { refused: `the run is placed over ${used.size} workers` };
  const worker = placement.workers[index];
  if (worker === undefined) return { refused: "the placement names no worker for the run's nodes" };
  const nodeWorker = Object.fromEntries(graph.nodes.map((n) => [n.name, 0]));
  const nodeMemory = placement.nodeMemory ? { nodeMemory: placement.nodeMemory } : {};
  return { worker, placement: { workers: [worker], nodeWorker, mapWeights: [placement.mapWeights[index] ?? 1], strategy: placement.strategy, ...nodeMemory } };
}

/**
 * The live workers' key: a lease holds while it is the same. A worker that joins, drains, or is
 * lost changes where the coordinator would place a run, so every lease granted before is voided.
 */
export function liveSetKey(live: readonly string[]): string {
  return [...live].sort().join(",");
}

/** Of the workers live before and those live now, the ones gone that are not draining or gone on purpose: lost. */
export function lostWorkers(before: readonly string[], now: readonly string[], present: readonly string[]): string[] {
  const still = new Set([...now, ...present]);
  return before.filter((w) => !still.has(w));
}
