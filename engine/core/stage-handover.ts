/**
 * Stage partitions that move before they start, decided: which chains of stages may move, which
 * of a worker's partitions not started go to which other worker of the same epoch (a share for
 * a worker that joins, all of them off a worker that drains), and the layout a join keeps.
 * Pure: the workers carry it out (engine/worker/stages/stage-flow.ts, exchange.ts).
 *
 * The layout never changes within an epoch: partition p of every stage stays where
 * `partitionWorkers` put it (its *owner*), so forward edges between stages laid out alike stay
 * in memory and every consumer keeps its partitions. What moves is a whole partition of a chain
 * (every fused member, partition p), run elsewhere instead of on its owner. Receivers count the
 * producer partitions each batch covers, not who sent it, so they need not learn of the move:
 * the mover sends a keyed stage's shuffle and a collect's records as the owner would (covering
 * the partitions it ran), the owner covers fewer, and an aggregate's partial goes to the owner's
 * node in the aggregation tree (which still counts them).
 */
import type { Placement, StageBase } from "../model/placement.js";
import type { ItemShare } from "./elastic-placement.js";

/** The part of a stage this decision reads. */
export interface ChainMemberShape {
  kind: string;
  op?: string | undefined;
  routing: readonly string[];
}

/**
 * Whether a chain (its fused members, head first) may move to another worker: its head is a
 * source (its input is the run's, which every worker has; a keyed or forward head's input is
 * sent to its owner) and no member reads a broadcast value (held where the chain was placed).
 */
export function chainCanMove(members: readonly ChainMemberShape[]): boolean {
  const head = members[0];
  if (!head || head.kind !== "stage" || head.op !== "source") return false;
  return members.every((m) => m.routing.every((r) => r !== "broadcast"));
}

/** Whether a run's graph has a stage chain that may move: a source stage that reads no broadcast value. */
export function hasMovableStages(nodes: readonly ChainMemberShape[]): boolean {
  return nodes.some((n) => chainCanMove([n]));
}

/**
 * Deals a chain's partitions not started on the giver (in the order its slots would take them)
 * out by `shares` (elastic-placement.ts): the last ones first, those the giver would have
 * started last. Returns worker -> partitions, each list in ascending order.
 */
export function dealPartitions(unstarted: readonly number[], shares: readonly ItemShare[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let end = unstarted.length;
  for (const { worker, count } of shares) {
    if (count <= 0 || end <= 0) continue;
    const from = Math.max(0, end - count);
    out.set(worker, [...(out.get(worker) ?? []), ...unstarted.slice(from, end)].sort((a, b) => a - b));
    end = from;
  }
  return out;
}

/**
 * The stage layout a run keeps when a worker joins its epoch: the workers and weights its
 * partitions were laid out over (the first layout, kept through losses too). With it as
 * `Placement.stageBase`, partitionWorkers lays every stage out as before: the joiner owns no
 * partition, and only takes what is moved to it.
 */
export function stageBaseAtJoin(placement: Placement): StageBase {
  return placement.stageBase ?? { workers: [...placement.workers], weights: [...placement.mapWeights] };
}
