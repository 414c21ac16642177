/**
 * Renders a placement for people and tools (`weft graph`): a text table, a Graphviz digraph or
 * JSON. Pure: it builds a string and prints nothing.
 */
import { assertNever } from "../errors.js";
import type { EdgeRouting, NodeSpec, WorkflowGraph } from "../../model/graph.js";
import type { Placement } from "../model/placement.js";
import { DEFAULT_AGGREGATE_FANIN } from "../core/aggregation-tree.js";
import { ALL_WORKERS, crossingEdges, stageLayouts, workerName, type CrossingEdge, type StageLayout } from "./placement.js";

/** The output formats of `formatPlan`. */
export type PlanFormat = "text" | "dot" | "json";

/** A run of consecutive partitions of a stage on one worker: partitions start..end-1. */
export interface PartitionRange {
  worker: string;
  start: number;
  end: number;
}

/** A crossing edge as `weft graph --json` prints it (snake_case, as every JSON weft prints). */
export interface CrossingEdgeJson {
  from: string;
  to: string;
  from_worker: string;
  to_worker: string;
  partitions?: number;
  note?: string;
}

/** The shape `formatPlan(…, "json")` prints (docs/json.md). */
export interface PlanJson {
  /** The schema's version. */
  v: 1;
  workflow: string;
  /** How stage partitions are spread (and task nodes placed): see `Placement.strategy`. */
  strategy: Placement["strategy"];
  workers: Array<{ name: string; map_weight: number }>;
  /**
   * In declaration order. `worker` of a map node is the worker that splits its list; of a stage,
   * "*" (its partitions are spread over the workers: see `partition_ranges`).
   */
  nodes: Array<{
    name: string;
    kind: string;
    worker: string;
    deps: string[];
    /** Stages: their op; "" for other kinds. */
    op: string;
    /**
     * Stages: the partition count as planned (a forward stage's is its upstream's); 0 when it is
     * decided at run time (`partitions_from_input`) and for other kinds.
     */
    partitions: number;
    /** Stages: the count is decided at run time from the input (the stage's own or inherited). */
    partitions_from_input: boolean;
    /** Per dep, in the same order: how its data arrives. */
    routing: EdgeRouting[];
    /** Stages with a count known at plan time: which worker holds which partitions. */
    partition_ranges?: PartitionRange[];
    /** Aggregate nodes: the fan-in of the tree over the workers' partials, or "input" when fanin(input) decides. */
    fanin?: number | "input";
  }>;
  crossing: CrossingEdgeJson[];
}

/**
 * Renders `placement` of `graph`:
 * - "text": per worker the single-instance nodes on it (a map node as `name[*]`, split over the
 *   workers by the weights shown); then, when there are stages, each stage as `name[P]` (or
 *   `name[*]` when its count is decided at run time) with its op and which workers hold which
 *   partitions, and every edge with its routing (`words --shuffle--> counts`; a plain `->`
 *   carries a whole value); then "edges crossing workers:" with each crossing edge, or "none";
 * - "dot": a Graphviz digraph with one cluster per worker (stages outside, labelled with their
 *   partitions); edges labelled with their routing unless "value"; crossing edges red and dashed;
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
  const layouts = stageLayouts(graph, placement, "formatPlan");
  return {
    v: 1,
    workflow: graph.name,
    strategy: placement.strategy,
    workers: placement.workers.map((name, i) => ({ name, map_weight: placement.mapWeights[i] ?? 0 })),
    nodes: graph.nodes.map((spec) => {
      const worker = workerName(placement, spec.name, "formatPlan");
      const layout = layouts.get(spec.name);
      const node: PlanJson["nodes"][number] = {
        name: spec.name,
        kind: spec.kind,
        worker: spec.kind === "stage" ? ALL_WORKERS : worker,
        deps: [...spec.deps],
        op: spec.op,
        partitions: layout?.partitions ?? 0,
        partitions_from_input: layout !== undefined && layout.partitions === undefined,
        routing: spec.deps.map((_, i) => spec.routing[i] ?? "value"),
      };
      if (layout?.partitions !== undefined) node.partition_ranges = partitionRanges(layout, placement);
      if (spec.kind === "aggregate") node.fanin = faninOf(spec);
      return node;
    }),
    crossing: crossingEdges(graph, placement).map(crossingJson),
  };
}

/** A crossing edge in the JSON shape. */
export function crossingJson(e: CrossingEdge): CrossingEdgeJson {
  return {
    from: e.from,
    to: e.to,
    from_worker: e.fromWorker,
    to_worker: e.toWorker,
    ...(e.partitions !== undefined ? { partitions: e.partitions } : {}),
    ...(e.note !== undefined ? { note: e.note } : {}),
  };
}

function formatText(graph: WorkflowGraph, placement: Placement): string {
  const W = placement.workers.length;
  const layouts = stageLayouts(graph, placement, "formatPlan");
  const lines = [
    `workflow "${graph.name}": ${graph.nodes.length} node${graph.nodes.length === 1 ? "" : "s"} on ${W} worker${W === 1 ? "" : "s"} (${placement.strategy} placement)`,
  ];
  const split = placement.workers.map((name, i) => `${name}=${placement.mapWeights[i] ?? 0}`).join(", ");
  const single = graph.nodes.filter((spec) => spec.kind !== "stage");
  const stages = graph.nodes.filter((spec) => spec.kind === "stage");
  const width = Math.max(0, ...single.map((spec) => label(spec, layouts).length));

  placement.workers.forEach((worker, i) => {
    lines.push("", `worker ${worker} (map weight ${placement.mapWeights[i] ?? 0}):`);
    const here = single.filter((spec) => workerName(placement, spec.name, "formatPlan") === worker);
    // A count decided at run time is laid out one partition per worker (see StageLayout).
    const holdsPartitions = [...layouts.values()].some((l) => l.workers.includes(i));
    if (here.length === 0) lines.push(holdsPartitions ? "  (stage partitions only)" : "  (no nodes)");
    for (const spec of here) {
      const deps = spec.deps.length > 0 ? `<- ${spec.deps.join(", ")}` : "";
      const note =
        spec.kind === "map"
          ? `  (instances split over workers: ${split})`
          : spec.kind === "aggregate"
            ? `  (aggregate: the workers' partials merge up a tree of fan-in ${faninOf(spec) === "input" ? "fanin(input)" : faninOf(spec)})`
            : spec.kind === "collect"
              ? `  (${spec.kind})`
              : "";
      lines.push(`  ${label(spec, layouts).padEnd(width)}  ${deps}${note}`.trimEnd());
    }
  });

  if (stages.length > 0) {
    // Every name is validated (no spaces), so the columns line up.
    lines.push("", "stages (partitions per worker):");
    const stageWidth = Math.max(...stages.map((spec) => label(spec, layouts).length));
    const opWidth = Math.max(...stages.map((spec) => spec.op.length));
    for (const spec of stages) {
      const layout = layouts.get(spec.name);
      const where =
        layout === undefined || layout.partitions === undefined
          ? `count decided at run time from the input; spread by map weight (${split})`
          : byWorker(partitionRanges(layout, placement), placement.workers);
      lines.push(`  ${label(spec, layouts).padEnd(stageWidth)}  ${spec.op.padEnd(opWidth)}  ${where}`);
    }
    lines.push("", "edges:");
    for (const edge of edgesOf(graph)) lines.push(`  ${arrow(edge.from, edge.routing, edge.to)}`);
  }

  const crossing = crossingEdges(graph, placement);
  const routingOf = new Map(edgesOf(graph).map((e) => [`${e.from}\u0000${e.to}`, e.routing]));
  const shown = crossing.map((e) => arrow(e.from, routingOf.get(`${e.from}\u0000${e.to}`) ?? "value", e.to));
  lines.push("", "edges crossing workers:");
  if (crossing.length === 0) lines.push("  none");
  const edgeWidth = Math.max(0, ...shown.map((s) => s.length));
  crossing.forEach((e, i) => {
    const count = e.partitions === undefined ? "" : `, ${e.partitions} partition${e.partitions === 1 ? "" : "s"}`;
    lines.push(`  ${(shown[i] ?? "").padEnd(edgeWidth)}  (${e.fromWorker} -> ${e.toWorker}${count})`);
    if (e.note !== undefined) lines.push(`    note: ${e.note}`);
  });
  return lines.join("\n") + "\n";
}

function faninOf(spec: NodeSpec): number | "input" {
  return spec.faninFromInput ? "input" : spec.fanin ?? DEFAULT_AGGREGATE_FANIN;
}

function formatDot(graph: WorkflowGraph, placement: Placement): string {
  const layouts = stageLayouts(graph, placement, "formatPlan");
  const crossing = new Set(crossingEdges(graph, placement).map((e) => `${e.from}\u0000${e.to}`));
  const lines = [`digraph ${quote(graph.name)} {`, "  rankdir=LR;", "  node [shape=box];"];
  placement.workers.forEach((worker, i) => {
    lines.push(`  subgraph ${quote(`cluster_${i}`)} {`, `    label=${quote(worker)};`);
    for (const spec of graph.nodes) {
      if (spec.kind === "stage" || workerName(placement, spec.name, "formatPlan") !== worker) continue;
      const attrs =
        spec.kind === "map"
          ? ` [label=${quote(label(spec, layouts))}, shape=box3d]`
          : spec.kind === "aggregate" || spec.kind === "collect"
            ? ` [label=${quote(`${spec.name}\n${spec.kind}`)}]`
            : "";
      lines.push(`    ${quote(spec.name)}${attrs};`);
    }
    lines.push("  }");
  });
  // Stages run on every worker: outside the clusters, labelled with where their partitions are.
  for (const spec of graph.nodes) {
    if (spec.kind !== "stage") continue;
    const layout = layouts.get(spec.name);
    const where = layout?.partitions === undefined ? "count from the input" : byWorker(partitionRanges(layout, placement), placement.workers);
    lines.push(`  ${quote(spec.name)} [label=${quote(`${label(spec, layouts)}\n${spec.op}\n${where}`)}, shape=box3d];`);
  }
  for (const edge of edgesOf(graph)) {
    const attrs = [
      ...(edge.routing === "value" ? [] : [`label=${quote(edge.routing)}`]),
      ...(crossing.has(`${edge.from}\u0000${edge.to}`) ? ["color=red", "style=dashed"] : []),
    ];
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)}${attrs.length > 0 ? ` [${attrs.join(", ")}]` : ""};`);
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** A node's label: a map as `name[*]`, a stage as `name[P]` (`name[*]` when decided at run time). */
function label(spec: NodeSpec, layouts: ReadonlyMap<string, StageLayout>): string {
  if (spec.kind === "map") return `${spec.name}[${ALL_WORKERS}]`;
  if (spec.kind === "stage") return `${spec.name}[${layouts.get(spec.name)?.partitions ?? ALL_WORKERS}]`;
  return spec.name;
}

/** An edge as text: `a -> b` for a whole value, `a --shuffle--> b` for other routings. */
function arrow(from: string, routing: EdgeRouting, to: string): string {
  return routing === "value" ? `${from} -> ${to}` : `${from} --${routing}--> ${to}`;
}

/** Every edge of the graph once, in declaration order of the downstream node, with its routing. */
function edgesOf(graph: WorkflowGraph): Array<{ from: string; to: string; routing: EdgeRouting }> {
  const edges: Array<{ from: string; to: string; routing: EdgeRouting }> = [];
  for (const spec of graph.nodes) {
    const seen = new Set<string>();
    spec.deps.forEach((dep, i) => {
      if (seen.has(dep)) return;
      seen.add(dep);
      edges.push({ from: dep, to: spec.name, routing: spec.routing[i] ?? "value" });
    });
  }
  return edges;
}

/** A stage's partitions as runs of consecutive partitions on one worker, in partition order. */
function partitionRanges(layout: StageLayout, placement: Placement): PartitionRange[] {
  const ranges: PartitionRange[] = [];
  layout.perPartition.forEach((w, p) => {
    const worker = placement.workers[w] ?? `#${w}`;
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last.worker === worker && last.end === p) last.end = p + 1;
    else ranges.push({ worker, start: p, end: p + 1 });
  });
  return ranges;
}

/** Ranges grouped by worker, in the placement's worker order: `w1: 0-3; w2: 4-7`. */
function byWorker(ranges: readonly PartitionRange[], workers: readonly string[]): string {
  const per = new Map<string, string[]>();
  for (const r of ranges) {
    const list = per.get(r.worker) ?? [];
    list.push(r.end - r.start === 1 ? `${r.start}` : `${r.start}-${r.end - 1}`);
    per.set(r.worker, list);
  }
  const order = workers.filter((w) => per.has(w));
  return order.map((w) => `${w}: ${(per.get(w) ?? []).join(", ")}`).join("; ") || "(no partitions)";
}

/** A DOT quoted ID: worker and workflow names may hold any character. */
function quote(id: string): string {
  return `"${id.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
