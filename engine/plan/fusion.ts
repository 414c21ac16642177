/**
 * Stage fusion (Flink's operator chaining, for record stages): which stage continues the
 * pipeline of the stage before it, so that records flow through both functions one by one,
 * with no array, message or copy between them. Decided once per run, when the partitions are
 * laid out; every worker decides the same from the same inputs. Beside `isChainable`
 * (placement.ts), which decides the same question for task nodes. Pure.
 */
import type { NodeSpec, WorkflowGraph } from "../../model/graph.js";

/** Where the partitions of each stage run: stage -> worker index of partition p, for every p. */
export type StageLayouts = ReadonlyMap<string, readonly number[]>;

/**
 * The fusion decision: whether stage `to` runs in the pipeline of stage `from`, partition by
 * partition. `consumers` is how many nodes read `from`.
 */
export function isFusable(from: NodeSpec, to: NodeSpec, consumers: number, layouts: StageLayouts): boolean {
  const fromLayout = layouts.get(from.name);
  const toLayout = layouts.get(to.name);
  return (
    // Both are record stages: task-like nodes hand over one value, not a stream of records.
    from.kind === "stage" &&
    to.kind === "stage" &&
    // `to` reads `from` forward, partition p from partition p: nothing is regrouped between
    // them (a keyed stage regroups by key, so it always starts a pipeline of its own).
    to.routing[0] === "forward" &&
    to.deps[0] === from.name &&
    // `from` feeds only `to`: each record is handed to one function and forgotten; with another
    // consumer the records would have to be kept (materialised) for it anyway.
    consumers === 1 &&
    // Partition p of both runs on the same worker: a fused edge never crosses the network.
    fromLayout !== undefined &&
    toLayout !== undefined &&
    sameLayout(fromLayout, toLayout)
  );
}

/** The fusion plan of a run: stage -> the stage it is fused into (whose pipeline it continues). */
export function fusionPlan(graph: WorkflowGraph, layouts: StageLayouts): Map<string, string> {
  const byName = new Map<string, NodeSpec>();
  const consumers = new Map<string, number>();
  for (const n of graph.nodes) byName.set(n.name, n);
  for (const n of graph.nodes) for (const d of n.deps) consumers.set(d, (consumers.get(d) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const to of graph.nodes) {
    if (to.kind !== "stage" || to.routing[0] !== "forward") continue;
    const from = byName.get(to.deps[0] ?? "");
    if (from && isFusable(from, to, consumers.get(from.name) ?? 0, layouts)) out.set(to.name, from.name);
  }
  return out;
}

function sameLayout(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
