/**
 * Validated graphs and their placements, kept by content. A workflow is usually submitted again
 * and again: a hit skips validation and placement, about 20 ms of the coordinator's time at 1000
 * nodes, spent before the run can start. Exact: placement is a pure function of the graph, the
 * strategy and the workers' names and slots (engine/plan/placement.ts), all part of the key.
 * What it returns is shared between runs and must not be changed (a re-placement plans anew).
 */
import { createHash } from "node:crypto";
import type { weft } from "../gen/weft.js";
import type { WorkflowGraph } from "../model/graph.js";
import type { Placement, WorkerInfo } from "../model/placement.js";
import { planPlacement, type PlacementStrategy } from "../plan/placement.js";
import { validateGraph } from "../plan/validate-graph.js";
import { encodeMessage, graphFromWire, pb } from "../wire/protocol.js";

export interface CachedGraph {
  /** The digest of the graph's wire form. */
  key: string;
  graph: WorkflowGraph;
  /** The graph's wire form (to embed in StartRun and run records as it is). */
  bytes: Uint8Array;
}

export class PlanCache {
  private readonly graphs = new Map<string, CachedGraph>();
  private readonly placements = new Map<string, Placement>();

  constructor(private readonly max = 32) {}

  /**
   * The graph of a submission, validated (a graph that fails validation throws, and is not
   * kept). `sent`: the graph's bytes as the client sent them, when they can be had without
   * decoding (see fieldBytes); else it is encoded again here.
   */
  graph(wire: weft.v1.WorkflowGraph.$Properties, sent?: Uint8Array): CachedGraph {
    const bytes = sent ? sent.slice() : encodeMessage(pb.WorkflowGraph, wire);
    const key = createHash("sha256").update(bytes).digest("base64url");
    let entry = take(this.graphs, key);
    if (!entry) {
      const graph = graphFromWire(wire);
      validateGraph(graph);
      entry = { key, graph, bytes };
    }
    keep(this.graphs, key, entry, this.max);
    return entry;
  }

  /** The placement of a graph from `graph()` on these workers. */
  placement(of: CachedGraph, workers: readonly WorkerInfo[], strategy: PlacementStrategy): Placement {
    const key = `${of.key}|${strategy}|${workers.map((w) => `${w.name}:${w.slots}`).join(",")}`;
    const placement = take(this.placements, key) ?? planPlacement(of.graph, [...workers], { strategy, validated: true });
    keep(this.placements, key, placement, this.max);
    return placement;
  }
}

/** Removes and returns an entry (put back by keep(), which makes it the most recent). */
function take<T>(map: Map<string, T>, key: string): T | undefined {
  const value = map.get(key);
  if (value !== undefined) map.delete(key);
  return value;
}

function keep<T>(map: Map<string, T>, key: string, value: T, max: number): void {
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}
