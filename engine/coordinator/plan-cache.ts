/**
 * Validated graphs and their placements, kept by content. A workflow is usually submitted again
 * and again: a hit skips validation and placement, about 20 ms of the coordinator's time at 1000
 * nodes, spent before the run can start. Exact: placement is a pure function of the graph, the
 * strategy and the workers' names and slots (engine/plan/placement.ts), all part of the key.
 * What it returns is shared between runs and must not be changed (a re-placement plans anew).
 */
import { ContentCache } from "../base/content-cache.js";
import type { weft } from "../gen/weft.js";
import type { WorkflowGraph } from "../../model/graph.js";
import type { Placement, WorkerInfo } from "../model/placement.js";
import { planPlacement, type PlacementStrategy } from "../plan/placement.js";
import { validateGraph } from "../plan/validate-graph.js";
import { withoutIdleWorkers } from "../plan/workers-in-use.js";
import { encodeMessage, graphFromBytes, graphFromWire, pb } from "../wire/protocol.js";

export interface CachedGraph {
  /** The digest of the graph's wire form. */
  key: string;
  graph: WorkflowGraph;
  /** The graph's wire form (to embed in StartRun and run records as it is). */
  bytes: Uint8Array;
}

export class PlanCache {
  private readonly graphs: ContentCache<CachedGraph>;
  private readonly placements: ContentCache<Placement>;
  /** Per placement, its latest copy with memory needs and their key: the same needs, the same object (its wire form is encoded once). */
  private readonly withNeeds = new WeakMap<Placement, { key: string; placement: Placement }>();

  constructor(max = 32) {
    this.graphs = new ContentCache(max);
    this.placements = new ContentCache(max);
  }

  /**
   * The graph of a submission, validated (a graph that fails validation throws, and is not
   * kept). Its wire form is encoded here to find it by content.
   */
  graph(wire: weft.v1.WorkflowGraph.$Properties): CachedGraph {
    return this.entry(encodeMessage(pb.WorkflowGraph, wire), () => graphFromWire(wire));
  }

  /** graph() for a graph known only as the bytes a client sent: decoded only when not cached. */
  graphOfBytes(sent: Uint8Array): CachedGraph {
    const bytes = sent.slice(); // kept: a slice of the message must not pin it
    return this.entry(bytes, () => graphFromBytes(bytes));
  }

  private entry(bytes: Uint8Array, make: () => WorkflowGraph): CachedGraph {
    const key = ContentCache.keyOf(bytes);
    return this.graphs.get(key, () => {
      const graph = make();
      validateGraph(graph);
      return { key, graph, bytes };
    });
  }

  /**
   * The placement of a new run of a graph from `graph()` on these workers (edge weights from
   * `nodeWeights` where given), without the workers it gives nothing to do.
   */
  placement(of: CachedGraph, workers: readonly WorkerInfo[], strategy: PlacementStrategy, nodeWeights?: ReadonlyMap<string, number>): Placement {
    const weights = nodeWeights === undefined || nodeWeights.size === 0 ? "" : `|${[...nodeWeights].map(([n, w]) => `${n}=${w}`).join(",")}`;
    const key = `${of.key}|${strategy}|${workers.map((w) => `${w.name}:${w.slots}`).join(",")}${weights}`;
    return this.placements.get(key, () => withoutIdleWorkers(of.graph, planPlacement(of.graph, [...workers], { strategy, validated: true, nodeWeights })));
  }

  /** `placement` with the nodes' predicted memory needs (shared, like placement's: the same needs as last time give the same object). */
  withMemory(placement: Placement, needs: ReadonlyMap<string, number>): Placement {
    const key = [...needs].map(([n, b]) => `${n}=${b}`).join(",");
    const last = this.withNeeds.get(placement);
    if (last?.key === key) return last.placement;
    const made = { ...placement, nodeMemory: Object.fromEntries(needs) };
    this.withNeeds.set(placement, { key, placement: made });
    return made;
  }
}
