/**
 * What a worker asks a run's placement at every hand-over (where a node runs, which workers need
 * its value), answered from maps made once per placement object and shared by every run that
 * uses it. A worker decodes the placement of a workflow once (worker.ts `placementOf`) and hands
 * the same frozen object to each of its runs, so a 1000-node chain no longer builds a set of
 * recipients per node per run, and a node's worker is a Map lookup, not a key of a 1000-key
 * object. A placement that changes (nodes moved, a worker joined) is a new object: new maps.
 */
import type { NodeSpec } from "../../../model/graph.js";
import type { Placement } from "../../model/placement.js";

export class PlacementLookups {
  private readonly workers: ReadonlyMap<string, number>;
  private readonly recipients = new Map<string, ReadonlySet<number>>();
  private readonly remote = new Map<string, readonly number[]>();

  constructor(
    /** The placement answered for (compared by identity: a changed placement is a new object). */
    readonly placement: Placement,
    /** The run's graph: each node's consumers. */
    private readonly consumersOf: (node: string) => readonly NodeSpec[],
    /** This worker's index in the placement. */
    private readonly me: number,
  ) {
    this.workers = new Map(Object.entries(placement.nodeWorker));
  }

  /** The worker `node` runs on (a map node: where its list is split); undefined when not placed. */
  workerOf(node: string): number | undefined {
    return this.workers.get(node);
  }

  /** Workers that need the (gathered) value of `node`: those hosting its consumers. */
  recipientsOf(node: NodeSpec): ReadonlySet<number> {
    const cached = this.recipients.get(node.name);
    if (cached) return cached;
    const out = new Set<number>();
    for (const c of this.consumersOf(node.name)) {
      // A broadcast to a stage goes to every worker (each may hold partitions), once.
      if (c.kind === "stage") this.placement.workers.forEach((_, w) => out.add(w));
      else out.add(this.workers.get(c.name) ?? -1);
    }
    // A map node nobody consumes is gathered where its list was split, then sent as a sink.
    if (out.size === 0 && node.kind === "map") out.add(this.workers.get(node.name) ?? -1);
    out.delete(-1);
    this.recipients.set(node.name, out);
    return out;
  }

  /** recipientsOf(node) but this worker, in order: the workers a value of `node` is sent to. */
  remoteRecipientsOf(node: NodeSpec): readonly number[] {
    let remote = this.remote.get(node.name);
    if (remote === undefined) this.remote.set(node.name, (remote = [...this.recipientsOf(node)].filter((w) => w !== this.me)));
    return remote;
  }
}

/** Per placement object, per graph, per worker index: one PlacementLookups (a process may host several workers). */
const shared = new WeakMap<Placement, WeakMap<object, Map<number, PlacementLookups>>>();

/** The lookups of `placement` for `graph`'s consumers, as worker `me` sees them; made once and shared. */
export function placementLookups(placement: Placement, graph: object, consumersOf: (node: string) => readonly NodeSpec[], me: number): PlacementLookups {
  let byGraph = shared.get(placement);
  if (!byGraph) shared.set(placement, (byGraph = new WeakMap()));
  let byWorker = byGraph.get(graph);
  if (!byWorker) byGraph.set(graph, (byWorker = new Map()));
  let lookups = byWorker.get(me);
  if (!lookups) byWorker.set(me, (lookups = new PlacementLookups(placement, consumersOf, me)));
  return lookups;
}
