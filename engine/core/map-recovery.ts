/**
 * After a loss, which map nodes get back the results their items had on the workers that live
 * (docs/elastic.md, "A worker dies"). Pure: every worker of the new epoch decides the same from
 * its StartRun alone (graph, placement, the outputs kept), so the worker that splits such a node
 * knows to wait for one KeptMapResults from each other worker, and each of them knows to send
 * one, empty when it holds none; nobody needs to know who computed what.
 *
 * A map node qualifies when it has not ended (its gathered output is not kept), its list is kept
 * (so the same items come again, by position) and one worker both splits and gathers it (its
 * consumers are all placed with it; the coordinator places them so, `keptGathers`). Not in a run
 * with stages (their recovery is stage-recovery.ts, and a stage consumer gathers everywhere).
 */
import type { WorkflowGraph } from "../../model/graph.js";
import type { Placement } from "../model/placement.js";

/** Map node -> the worker index that splits and gathers it, for the map nodes whose kept item results are sent there in this epoch. */
export function mapsWithKeptItems(graph: WorkflowGraph, placement: Placement, done: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (done.length === 0 || graph.nodes.some((n) => n.kind === "stage")) return out;
  const kept = new Set(done);
  for (const n of graph.nodes) {
    if (n.kind !== "map" || kept.has(n.name) || !kept.has(n.deps[0] ?? "")) continue;
    const host = placement.nodeWorker[n.name];
    if (host === undefined || host < 0) continue;
    const consumers = graph.nodes.filter((c) => c.deps.includes(n.name));
    if (consumers.every((c) => placement.nodeWorker[c.name] === host)) out.set(n.name, host);
  }
  return out;
}
