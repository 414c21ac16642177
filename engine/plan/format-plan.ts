/**
 * Renders a placement for people and tools (`weft graph`): a text table, a Graphviz digraph or
 * JSON. Pure: it builds a string and prints nothing.
 */
import { assertNever } from "../errors.js";
import type { WorkflowGraph } from "../model/graph.js";
import type { Placement } from "../model/placement.js";
import { ALL_WORKERS, crossingEdges, workerName, type CrossingEdge } from "./placement.js";

/** The output formats of `formatPlan`. */
export type PlanFormat = "text" | "dot" | "json";

/** The shape `formatPlan(…, "json")` prints. */
export interface PlanJson {
  workflow: string;
  workers: Array<{ name: string; mapWeight: number }>;
  /** In declaration order. `worker` of a map node is the worker that splits its list. */
  nodes: Array<{ name: string; kind: string; worker: string; deps: string[] }>;
  crossing: CrossingEdge[];
}

/**
 * Renders `placement` of `graph`:
 * - "text": per worker the nodes on it (a map node as `name[*]`, split over the workers by the
 *   weights shown), then "edges crossing workers:" with each crossing edge, or "none";
 * - "dot": a Graphviz digraph with one cluster per worker; crossing edges red and dashed;
 * - "json": a pretty-printed `PlanJson`.
 *
 * @throws WeftError E_NOT_FOUND when `placement` does not place every node of `graph`.
 */
export function formatPlan(graph: WorkflowGraph, placement: Placement, format: PlanFormat): string {
  switch (format) {
    case "text":
      return formatText(graph, placement);
    case "dot":
      return formatDot(graph, placement);
    case "json":
      return JSON.stringify(planJson(graph, placement), null, 2);
    default:
      return assertNever(format, "plan format");
  }
}

/** The plan as plain data: what the "json" format prints. */
export function planJson(graph: WorkflowGraph, placement: Placement): PlanJson {
  return {
    workflow: graph.name,
    workers: placement.workers.map((name, i) => ({ name, mapWeight: placement.mapWeights[i] ?? 0 })),
    nodes: graph.nodes.map((spec) => ({
      name: spec.name,
      kind: spec.kind,
      worker: workerName(placement, spec.name, "formatPlan"),
      deps: [...spec.deps],
    })),
    crossing: crossingEdges(graph, placement),
  };
}

function formatText(graph: WorkflowGraph, placement: Placement): string {
  const W = placement.workers.length;
  const lines = [`workflow "${graph.name}": ${graph.nodes.length} node${graph.nodes.length === 1 ? "" : "s"} on ${W} worker${W === 1 ? "" : "s"}`];
  const split = placement.workers.map((name, i) => `${name}=${placement.mapWeights[i] ?? 0}`).join(", ");
  const label = (name: string, kind: string): string => (kind === "map" ? `${name}[${ALL_WORKERS}]` : name);
  const width = Math.max(...graph.nodes.map((spec) => label(spec.name, spec.kind).length));

  placement.workers.forEach((worker, i) => {
    lines.push("", `worker ${worker} (map weight ${placement.mapWeights[i] ?? 0}):`);
    const here = graph.nodes.filter((spec) => workerName(placement, spec.name, "formatPlan") === worker);
    if (here.length === 0) lines.push("  (no nodes)");
    for (const spec of here) {
      const deps = spec.deps.length > 0 ? `<- ${spec.deps.join(", ")}` : "";
      const note = spec.kind === "map" ? `  (instances split over workers: ${split})` : "";
      lines.push(`  ${label(spec.name, spec.kind).padEnd(width)}  ${deps}${note}`.trimEnd());
    }
  });

  const crossing = crossingEdges(graph, placement);
  lines.push("", "edges crossing workers:");
  if (crossing.length === 0) lines.push("  none");
  const edgeWidth = Math.max(0, ...crossing.map((e) => `${e.from} -> ${e.to}`.length));
  for (const e of crossing) {
    lines.push(`  ${`${e.from} -> ${e.to}`.padEnd(edgeWidth)}  (${e.fromWorker} -> ${e.toWorker})`);
  }
  return lines.join("\n") + "\n";
}

function formatDot(graph: WorkflowGraph, placement: Placement): string {
  const crossing = new Set(crossingEdges(graph, placement).map((e) => `${e.from}\u0000${e.to}`));
  const lines = [`digraph ${quote(graph.name)} {`, "  rankdir=LR;", "  node [shape=box];"];
  placement.workers.forEach((worker, i) => {
    lines.push(`  subgraph ${quote(`cluster_${i}`)} {`, `    label=${quote(worker)};`);
    for (const spec of graph.nodes) {
      if (workerName(placement, spec.name, "formatPlan") !== worker) continue;
      const attrs = spec.kind === "map" ? ` [label=${quote(`${spec.name}[${ALL_WORKERS}]`)}, shape=box3d]` : "";
      lines.push(`    ${quote(spec.name)}${attrs};`);
    }
    lines.push("  }");
  });
  for (const spec of graph.nodes) {
    for (const dep of new Set(spec.deps)) {
      const attrs = crossing.has(`${dep}\u0000${spec.name}`) ? " [color=red, style=dashed]" : "";
      lines.push(`  ${quote(dep)} -> ${quote(spec.name)}${attrs};`);
    }
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** A DOT quoted ID: worker and workflow names may hold any character. */
function quote(id: string): string {
  return `"${id.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
