/**
 * A workflow graph's wire form, encoded once per graph object: every submission of a prepared
 * workflow or a deployment (client, gateway), every StartRun and every run record of a run
 * embed these bytes (see embedded-field.ts) instead of converting and encoding the graph again.
 */
import type { WorkflowGraph } from "../../model/graph.js";
import { encodeMessage, graphToWire, pb } from "./protocol.js";

const graphBytes = new WeakMap<WorkflowGraph, Uint8Array>();

/** The graph's wire form (weft.v1.WorkflowGraph), encoded at the first call for this graph. */
export function encodedGraph(graph: WorkflowGraph): Uint8Array {
  let bytes = graphBytes.get(graph);
  if (!bytes) graphBytes.set(graph, (bytes = encodeMessage(pb.WorkflowGraph, graphToWire(graph))));
  return bytes;
}

/** The graph's wire form as a client sent it (then it is not encoded again). */
export function rememberEncodedGraph(graph: WorkflowGraph, bytes: Uint8Array): void {
  if (!graphBytes.has(graph)) graphBytes.set(graph, bytes);
}
