/**
 * Express placement leases (docs/express.md, "Leases"): whether a workflow's placement can be
 * handed to a client, so that its express runs start straight on a worker with the coordinator
 * off their path, and when the leases granted must be voided because placement would change.
 * Pure.
 */
import type { Placement } from "../model/placement.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { directResultNode } from "./express-result.js";

/**
 * A lease the placement allows: the result worker `worker` (it computes the run's one sink and
 * answers the client), the placement it and its peers run under, and `peers`, the other workers
 * a run with stages is placed on (empty: the whole run on `worker`). With peers, the client starts the run
 * on `worker`, which starts each peer's part (docs/express.md, "Leases over several workers").
 */
export interface LeasePlacement {
  worker: string;
  placement: Placement;
  peers: string[];
}

/**
 * The lease a run of `graph` placed as `placement` may run under, or why none. A map's items are
 * dealt by the coordinator at run time (the list is only known then), so those runs go through
 * it, as does a run with several sinks (the coordinator joins their values). A stage's partitions
 * are laid out from the placement alone (core/partition-placement.ts), so each worker knows its
 * own: a run with stages is leased over all of them. Tasks placed over several workers are not
 * (the coordinator places them anew after a loss, keeping what was computed).
 */
export function leasePlacement(graph: WorkflowGraph, placement: Placement): LeasePlacement | { refused: string } {
  if (placement.workers.length === 0) return { refused: "no worker is live (the run queues at the coordinator)" };
  const map = graph.nodes.find((n) => n.kind === "map");
  if (map) return { refused: `node "${map.name}" is a map, whose items the coordinator deals over the workers` };
  const resultNode = directResultNode(graph);
  if (resultNode === undefined) return { refused: "the run's result is assembled by the coordinator (several sinks, or a stage sink)" };
  const resultIndex = placement.nodeWorker[resultNode];
  const worker = resultIndex === undefined ? undefined : placement.workers[resultIndex];
  if (resultIndex === undefined || worker === undefined) return { refused: "the placement names no worker for the run's result" };
  // Stage partitions go to every worker of the placement: those runs are leased over all of them.
  if (graph.nodes.some((n) => n.kind === "stage") && placement.workers.length > 1) {
    return { worker, placement, peers: placement.workers.filter((_, i) => i !== resultIndex) };
  }
  // Tasks alone on several workers go through the coordinator, which places them anew after a loss.
  const used = new Set(graph.nodes.map((n) => placement.nodeWorker[n.name]));
  if (used.size !== 1) return { refused: `the run's tasks are placed over ${used.size} workers` };
  const nodeWorker = Object.fromEntries(graph.nodes.map((n) => [n.name, 0]));
  const nodeMemory = placement.nodeMemory ? { nodeMemory: placement.nodeMemory } : {};
  const mapWeights = [placement.mapWeights[resultIndex] ?? 1];
  return { worker, placement: { workers: [worker], nodeWorker, mapWeights, strategy: placement.strategy, ...nodeMemory }, peers: [] };
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
