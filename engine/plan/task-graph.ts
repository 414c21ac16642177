/**
 * The workflow as a graphology graph: one graph node per workflow node, one edge per data
 * dependency (upstream -> downstream), weighted by how much data the edge is expected to carry.
 * The placement planner and `weft graph` read the workflow through these helpers.
 *
 * Every function here expects a graph that passed `validateGraph`; on an invalid graph they
 * throw a WeftError rather than return a wrong answer.
 */
import { DirectedGraph } from "graphology";
import { hasCycle, topologicalSort } from "graphology-dag";
import { ErrorCode, WeftError } from "../errors.js";
import type { EdgeRouting, NodeKind, NodeSpec, StageOp, WorkflowGraph } from "../../model/graph.js";

/** Attributes of an edge of the node graph. */
export interface EdgeAttrs {
  /**
   * How much data the edge carries, for placement: the upstream node's `sizeHint`, or 1 when
   * the hint is 0 (unknown), so that an unhinted edge still counts as one unit to keep local.
   */
  weight: number;
  /** How the data travels (the downstream node's `routing` entry for this dep). */
  routing: EdgeRouting;
}

/** Every stage op. */
export const STAGE_OPS: readonly StageOp[] = ["source", "map", "flatMap", "filter", "keyed", "sink"];

/**
 * The stage ops that take partition p of their first dep (a "forward" edge) and so inherit its
 * partition count.
 */
export const FORWARD_OPS: readonly StageOp[] = ["map", "flatMap", "filter", "sink"];

/** Whether a node of `kind` produces one value (a task-like node) rather than partitioned records. */
export function isTaskLike(kind: NodeKind): boolean {
  return kind === "task" || kind === "map" || kind === "aggregate" || kind === "collect";
}

/** Whether stage `op` takes its first dep through a "forward" edge (and inherits its partition count). */
export function isForwardOp(op: NodeSpec["op"]): boolean {
  return (FORWARD_OPS as readonly string[]).includes(op);
}

/** The workflow as a directed graphology graph: node attributes are the NodeSpecs. */
export type NodeGraph = DirectedGraph<NodeSpec, EdgeAttrs>;

/** The placement weight of an edge leaving `upstream`: its sizeHint, or 1 when unknown (0). */
export function edgeWeight(upstream: NodeSpec): number {
  return upstream.sizeHint > 0 ? upstream.sizeHint : 1;
}

/**
 * Builds the node graph of a workflow. Nodes are added in declaration order, so iteration over
 * the result is deterministic. A dependency listed twice (`wf.node("sq", [x, x], ...)`) gives one
 * edge: the value crosses once (with the routing of the first listing). `weights` (node -> weight
 * of the edges leaving it) replace the sizeHints of the nodes they name. Self-dependencies are kept as self-loops so that cycle
 * detection sees them.
 *
 * @throws WeftError E_DUPLICATE_NODE or E_UNKNOWN_DEPENDENCY when the graph was not validated.
 */
export function buildNodeGraph(graph: WorkflowGraph, weights?: ReadonlyMap<string, number>): NodeGraph {
  const g: NodeGraph = new DirectedGraph<NodeSpec, EdgeAttrs>({ allowSelfLoops: true });
  for (const spec of graph.nodes) {
    if (g.hasNode(spec.name)) {
      throw new WeftError(
        ErrorCode.DuplicateNode,
        `buildNodeGraph: node "${spec.name}" is declared twice in workflow "${graph.name}". Give each node a unique name (validateGraph reports this with more detail).`,
      );
    }
    g.addNode(spec.name, spec);
  }
  for (const spec of graph.nodes) {
    for (const [i, dep] of spec.deps.entries()) {
      const upstream = g.hasNode(dep) ? g.getNodeAttributes(dep) : undefined;
      if (upstream === undefined) {
        throw new WeftError(
          ErrorCode.UnknownDependency,
          `buildNodeGraph: node "${spec.name}" depends on "${dep}", which is not a node of workflow "${graph.name}". Fix the dependency name or declare the node.`,
        );
      }
      if (!g.hasDirectedEdge(dep, spec.name)) {
        g.addDirectedEdgeWithKey(`${dep}->${spec.name}`, dep, spec.name, {
          weight: weights?.get(dep) ?? edgeWeight(upstream),
          routing: spec.routing?.[i] ?? "value",
        });
      }
    }
  }
  return g;
}

/**
 * Node names in a topological order (every node after all of its deps), computed with
 * graphology-dag. Deterministic: the same graph always gives the same order.
 *
 * @throws WeftError E_CYCLE when the graph has a cycle (validateGraph names the cycle).
 */
export function topologicalOrder(graph: WorkflowGraph): string[] {
  const g = buildNodeGraph(graph);
  if (hasCycle(g)) {
    throw new WeftError(
      ErrorCode.Cycle,
      `topologicalOrder: workflow "${graph.name}" has a cycle, so it has no topological order. Run validateGraph to see the cycle's path, then break it.`,
    );
  }
  return topologicalSort(g);
}

/**
 * Downstream node names of every node: node -> the nodes that consume its output, in
 * declaration order, each once. Every node has an entry (a sink maps to `[]`).
 */
export function consumersOf(graph: WorkflowGraph): Map<string, string[]> {
  const consumers = new Map<string, string[]>();
  for (const spec of graph.nodes) consumers.set(spec.name, []);
  for (const spec of graph.nodes) {
    for (const dep of new Set(spec.deps)) {
      const list = consumers.get(dep);
      if (list === undefined) {
        throw new WeftError(
          ErrorCode.UnknownDependency,
          `consumersOf: node "${spec.name}" depends on "${dep}", which is not a node of workflow "${graph.name}". Fix the dependency name or declare the node.`,
        );
      }
      list.push(spec.name);
    }
  }
  return consumers;
}

/**
 * The nodes whose output nobody consumes (the workflow's results), in declaration order.
 */
export function sinkNodes(graph: WorkflowGraph): string[] {
  const consumers = consumersOf(graph);
  return graph.nodes.filter((spec) => (consumers.get(spec.name) ?? []).length === 0).map((spec) => spec.name);
}

/**
 * The partition count of every stage, as far as it is known at plan time: a source or keyed
 * stage's own `partitions`; a forward stage (map, flatMap, filter, sink) its first dep's count;
 * `undefined` when the count is decided at run time by a `partitions(input)` function (the
 * stage's own or inherited). Only stages have an entry.
 *
 * @throws WeftError E_INVALID_WORKFLOW when a forward stage's first dep is not a stage, or the
 *   forward deps form a cycle (validateGraph reports both with more detail).
 */
export function stagePartitions(graph: WorkflowGraph): Map<string, number | undefined> {
  const specs = new Map(graph.nodes.map((spec) => [spec.name, spec]));
  const counts = new Map<string, number | undefined>();
  for (const start of graph.nodes) {
    if (start.kind !== "stage" || counts.has(start.name)) continue;
    // Walk up the forward chain to a stage with its own count (or one already resolved).
    const path: NodeSpec[] = [];
    let at: NodeSpec = start;
    let count: number | undefined;
    for (;;) {
      if (counts.has(at.name)) {
        count = counts.get(at.name);
        break;
      }
      if (!isForwardOp(at.op)) {
        count = at.partitionsFromInput ? undefined : at.partitions;
        counts.set(at.name, count);
        break;
      }
      path.push(at);
      const upName = at.deps[0];
      const up = upName === undefined ? undefined : specs.get(upName);
      if (up === undefined || up.kind !== "stage" || path.includes(up)) {
        throw new WeftError(
          ErrorCode.InvalidWorkflow,
          `stagePartitions: stage "${at.name}" of workflow "${graph.name}" (op ${at.op}) does not read a stage through its first dep, so it has no partition count to inherit. Run validateGraph for the details.`,
        );
      }
      at = up;
    }
    for (const spec of path) counts.set(spec.name, count);
  }
  return counts;
}
