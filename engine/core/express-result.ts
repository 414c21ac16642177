/**
 * Which worker may answer an express run's client directly (docs/express.md): the run's result
 * is its one sink's value, so the worker that computes that sink can put the value in its log
 * for the client one hop before the coordinator's end (the sink value still goes to the
 * coordinator). A run with several sinks, or whose sink is a stage, has its result assembled by
 * the coordinator only. Pure.
 */
import type { Placement } from "../model/placement.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { sinkNodes } from "../plan/task-graph.js";

/** Per graph object (a worker and the coordinator keep one per workflow): asked once per run. */
const known = new WeakMap<WorkflowGraph, string | null>();

/** The node whose value is the run's whole result when a worker can send it: the one sink, not a stage; else undefined. */
export function directResultNode(graph: WorkflowGraph): string | undefined {
  let node = known.get(graph);
  if (node === undefined) known.set(graph, (node = findDirectResultNode(graph) ?? null));
  return node ?? undefined;
}

function findDirectResultNode(graph: WorkflowGraph): string | undefined {
  const sinks = sinkNodes(graph);
  if (sinks.length !== 1) return undefined; // several sinks: the coordinator joins their values
  const sink = graph.nodes.find((n) => n.name === sinks[0]);
  return sink && sink.kind !== "stage" ? sink.name : undefined;
}

/** The worker placed on that node ("" for none: the client waits for the coordinator's end). */
export function directResultWorker(graph: WorkflowGraph, placement: Placement): string {
  const node = directResultNode(graph);
  const index = node === undefined ? undefined : placement.nodeWorker[node];
  return index === undefined ? "" : (placement.workers[index] ?? "");
}
