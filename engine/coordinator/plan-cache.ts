/**
 * Validated graphs and their placements, kept by content. A workflow is usually submitted again
 * and again: a hit skips validation and placement, about 20 ms of the coordinator's time at 1000
 * nodes, spent before the run can start. Exact: placement is a pure function of the graph, the
 * strategy and the workers' names and slots (engine/plan/placement.ts), all part of the key.
 * What it returns is shared between runs and must not be changed (a re-placement plans anew).
 */
import { ContentCache } from "../core/content-cache.js";
import type { weft } from "../gen/weft.js";
import type { WorkflowGraph } from "../model/graph.js";
import type { Placement, WorkerInfo } from "../model/placement.js";
import { planPlacement, type PlacementStrategy } from "../plan/placement.js";
import { validateGraph } from "../plan/validate-graph.js";
import { ErrorCode, WeftError } from "../errors.js";
import { decodeMessage, encodeMessage, graphFromWire, pb } from "../wire/protocol.js";

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

  constructor(max = 32) {
    this.graphs = new ContentCache(max);
    this.placements = new ContentCache(max);
  }

  /**
   * The graph of a submission, validated (a graph that fails validation throws, and is not
   * kept). `sent`: the graph's bytes as the client sent them, when they can be had without
   * decoding (see fieldBytes); else it is encoded again here.
   */
  graph(wire: weft.v1.WorkflowGraph.$Properties, sent?: Uint8Array): CachedGraph {
    return this.entry(sent ? sent.slice() : encodeMessage(pb.WorkflowGraph, wire), () => wire);
  }

  /** graph() for a graph known only as its bytes: they are decoded only when not cached. */
  graphOfBytes(sent: Uint8Array): CachedGraph {
    return this.entry(sent.slice(), () => {
      const wire = decodeMessage(pb.WorkflowGraph, sent, () => {});
      if (!wire) throw new WeftError(ErrorCode.Decode, "the submitted graph does not decode as weft.v1.WorkflowGraph");
      return wire;
    });
  }

  private entry(bytes: Uint8Array, wire: () => weft.v1.WorkflowGraph.$Properties): CachedGraph {
    const key = ContentCache.keyOf(bytes);
    return this.graphs.get(key, () => {
      const graph = graphFromWire(wire());
      validateGraph(graph);
      return { key, graph, bytes };
    });
  }

  /** The placement of a graph from `graph()` on these workers. */
  placement(of: CachedGraph, workers: readonly WorkerInfo[], strategy: PlacementStrategy): Placement {
    const key = `${of.key}|${strategy}|${workers.map((w) => `${w.name}:${w.slots}`).join(",")}`;
    return this.placements.get(key, () => planPlacement(of.graph, [...workers], { strategy, validated: true }));
  }
}
