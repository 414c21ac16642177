/**
 * A fresh run's placement without the workers it gives nothing to do. A graph of tasks only (no
 * map, no stage) runs each node on the one worker placement chose, so the other workers would
 * get a StartRun, set the run up, log, flush and forget it for nothing: on a small machine that
 * is a process woken and CPU taken from the run at every run (a one-node run on a 2-worker stack:
 * 1.4 of its 16.8 ms of CPU over all processes went to the idle worker, 0.6 remain; see
 * bench/README.md). Without them, a loss of such a worker is no loss for the run either. Maps and stages spread over every worker (by
 * `mapWeights`, by partitions), and a worker joining mid-run can take map items: such graphs keep
 * them all. Only for new placements: a re-placement keeps outputs on the workers that hold them.
 */
import type { WorkflowGraph } from "../../model/graph.js";
import type { Placement } from "../model/placement.js";

export function withoutIdleWorkers(graph: WorkflowGraph, placement: Placement): Placement {
  if (graph.nodes.length === 0 || graph.nodes.some((spec) => spec.kind !== "task")) return placement;
  const used = new Set(Object.values(placement.nodeWorker));
  if (used.size === placement.workers.length) return placement;
  const kept = placement.workers.map((_, i) => i).filter((i) => used.has(i));
  const newIndex = new Map(kept.map((old, i) => [old, i]));
  const nodeWorker: Record<string, number> = {};
  for (const [node, old] of Object.entries(placement.nodeWorker)) nodeWorker[node] = newIndex.get(old)!;
  return {
    ...placement,
    workers: kept.map((i) => placement.workers[i]!),
    nodeWorker,
    mapWeights: kept.map((i) => placement.mapWeights[i] ?? 0),
  };
}
