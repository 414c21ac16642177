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
import type { NodeSpec, WorkflowGraph } from "../model/graph.js";

/** Attributes of an edge of the node graph. */
export interface EdgeAttrs {
  /**
   * How much data the edge carries, for placement: the upstream node's `sizeHint`, or 1 when
   * the hint is 0 (unknown), so that an unhinted edge still counts as one unit to keep local.
   */
  weight: number;
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
 * edge: the value crosses once. Self-dependencies are kept as self-loops so that cycle
 * detection sees them.
 *
 * @throws WeftError E_DUPLICATE_NODE or E_UNKNOWN_DEPENDENCY when the graph was not validated.
 */
export function buildNodeGraph(graph: WorkflowGraph): NodeGraph {
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
    for (const dep of spec.deps) {
      const upstream = g.hasNode(dep) ? g.getNodeAttributes(dep) : undefined;
      if (upstream === undefined) {
        throw new WeftError(
          ErrorCode.UnknownDependency,
          `buildNodeGraph: node "${spec.name}" depends on "${dep}", which is not a node of workflow "${graph.name}". Fix the dependency name or declare the node.`,
        );
      }
      if (!g.hasDirectedEdge(dep, spec.name)) {
        g.addDirectedEdgeWithKey(`${dep}->${spec.name}`, dep, spec.name, { weight: edgeWeight(upstream) });
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
