/**
 * Elastic capacity, decided: which running epochs a worker that joins takes part in, and how
 * many of a worker's map items (or task nodes, node-handover.ts) not started yet go to which
 * other worker (a share for a joiner, everything for a worker that drains). Pure: the
 * coordinator and the workers carry it out.
 *
 * Map items, task nodes and stage partitions move. A started item stays where it runs (so no
 * item runs twice), and an item moves as data between the run's workers of one epoch, so the
 * epoch/exactly-once rules hold: its result is gathered by position, once. Stage partitions keep
 * their layout when a worker joins (`Placement.stageBase`): whole partitions of chains not
 * started move to it (stage-handover.ts).
 */
import type { WorkflowGraph } from "../../model/graph.js";
import type { Placement, WorkerInfo } from "../model/placement.js";
import { canMove } from "./node-handover.js";
import { hasMovableStages, stageBaseAtJoin } from "./stage-handover.js";

/**
 * The epoch's placement with `joiner` at its end (indexes of the others unchanged, its slots as
 * its map weight), or undefined when nothing of the run could move to it: it is already placed
 * there, or the graph has no map node, no task node that waits for inputs (one that can move,
 * node-handover.ts) and no stage chain that can move (a source's, stage-handover.ts). A run with
 * stages keeps its stage layout (`stageBase`): the joiner owns no partition.
 */
export function placementWithJoiner(graph: WorkflowGraph, placement: Placement, joiner: WorkerInfo): Placement | undefined {
  if (placement.workers.includes(joiner.name)) return undefined;
  const kinds = new Map(graph.nodes.map((n) => [n.name, n.kind]));
  const movable = graph.nodes.some((n) => n.kind === "map" || (n.deps.length > 0 && canMove(n, (d) => kinds.get(d))));
  const stages = graph.nodes.some((n) => n.kind === "stage");
  if (!movable && !hasMovableStages(graph.nodes)) return undefined;
  return {
    ...placement,
    workers: [...placement.workers, joiner.name],
    nodeWorker: { ...placement.nodeWorker },
    mapWeights: [...placement.mapWeights, Math.max(1, joiner.slots)],
    ...(stages ? { stageBase: stageBaseAtJoin(placement) } : {}),
  };
}

/** A share of items for one worker (an index into the placement's workers). */
export interface ItemShare {
  worker: number;
  count: number;
}

/**
 * Splits `unstarted` items between the giver (weight `keep`) and `targets` by weight; returns
 * the targets' counts (largest remainder: they add up exactly to the targets' part, which with
 * `keep` 0, a worker that drains, is every item). Targets with no weight get nothing.
 */
export function shareUnstarted(unstarted: number, keep: number, targets: readonly { worker: number; weight: number }[]): ItemShare[] {
  const live = targets.filter((t) => t.weight > 0);
  const given = live.reduce((s, t) => s + t.weight, 0);
  const total = given + Math.max(0, keep);
  if (unstarted <= 0 || given <= 0) return [];
  const part = keep > 0 ? Math.floor((unstarted * given) / total) : unstarted;
  const exact = live.map((t) => (part * t.weight) / given);
  const counts = exact.map(Math.floor);
  let left = part - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i]!++;
    left--;
  }
  return live.map((t, i) => ({ worker: t.worker, count: counts[i]! })).filter((s) => s.count > 0);
}

/**
 * The shares a worker gives when `joiner` joins: the joiner's weight against every worker's,
 * applied to this worker's items not started yet (each worker gives the same fraction, so the
 * joiner ends up with its weight's part of what nobody has started).
 */
export function joinerShare(unstarted: number, placement: Placement, joiner: number): ItemShare[] {
  const weight = placement.mapWeights[joiner] ?? 0;
  const all = placement.mapWeights.reduce((s, w) => s + w, 0);
  return shareUnstarted(unstarted, all - weight, [{ worker: joiner, weight }]);
}

/** The shares a draining worker `me` gives: all its items not started yet, to the others by weight (none draining). */
export function drainShare(unstarted: number, placement: Placement, me: number, draining: ReadonlySet<string>): ItemShare[] {
  const targets = placement.workers
    .map((name, worker) => ({ worker, weight: worker === me || draining.has(name) ? 0 : (placement.mapWeights[worker] ?? 0) }))
    .filter((t) => t.weight > 0);
  return shareUnstarted(unstarted, 0, targets);
}

/**
 * After a loss, where a map node that had not ended is gathered again, so that only the items
 * the survivors lack run again: a map node not done whose list is kept (so the same items come
 * again, by position). When its results were gathered on one worker that lives (its consumers'
 * worker, or its own when nothing consumes it), that worker keeps what it gathered; when that
 * worker was lost, the live worker of the old placement with the most map weight (it computed
 * the most items) gathers. Either way the map node and its consumers are placed there, so one
 * worker splits and gathers it: the other workers send it the results of the items they
 * computed (map-recovery.ts) and it splits only the items whose results it still lacks (the
 * lost worker's, and those not finished). Returns node -> worker: each such map node and its
 * consumers.
 */
export function keptGathers(graph: WorkflowGraph, old: Placement, alive: ReadonlySet<string>, kept: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (graph.nodes.some((n) => n.kind === "stage")) return out;
  const consumers = new Map<string, string[]>(graph.nodes.map((n) => [n.name, []]));
  for (const n of graph.nodes) for (const d of n.deps) consumers.get(d)?.push(n.name);
  const workerOf = (name: string) => old.workers[old.nodeWorker[name] ?? -1];
  // The survivors, most map weight first (then in placement order).
  const survivors = old.workers
    .map((name, i) => ({ name, weight: old.mapWeights[i] ?? 0 }))
    .filter((w) => alive.has(w.name))
    .sort((a, b) => b.weight - a.weight)
    .map((w) => w.name);
  for (const n of graph.nodes) {
    if (n.kind !== "map" || kept.has(n.name) || !kept.has(n.deps[0] ?? "")) continue;
    const cs = consumers.get(n.name) ?? [];
    const gatherers = new Set((cs.length > 0 ? cs : [n.name]).map(workerOf));
    const [gatherer] = gatherers;
    const host = gatherers.size === 1 && gatherer !== undefined && alive.has(gatherer) ? gatherer : survivors[0];
    if (host === undefined) continue;
    for (const name of [n.name, ...cs]) out.set(name, host);
  }
  return out;
}
