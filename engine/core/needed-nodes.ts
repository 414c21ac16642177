/**
 * Which nodes a run still has to compute when some outputs already exist (a run placed again
 * keeps them): a node is needed when its output does not exist yet and something needs it —
 * it is a sink, or a consumer of it is needed. Pure.
 */
import type { WorkflowGraph } from "../../model/graph.js";

export function neededNodes(graph: WorkflowGraph, done: ReadonlySet<string>): Set<string> {
  const consumers = new Map<string, string[]>(graph.nodes.map((n) => [n.name, []]));
  for (const n of graph.nodes) for (const d of n.deps) consumers.get(d)?.push(n.name);
  const needed = new Set<string>();
  // Declaration order is topological: walk it backwards so consumers are decided first.
  for (let i = graph.nodes.length - 1; i >= 0; i--) {
    const name = graph.nodes[i]!.name;
    if (done.has(name)) continue;
    const cs = consumers.get(name)!;
    if (cs.length === 0 || cs.some((c) => needed.has(c))) needed.add(name);
  }
  return needed;
}
