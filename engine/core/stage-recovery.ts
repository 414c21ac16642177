/**
 * Record stages after a worker is lost, decided: which partitions a survivor keeps into the
 * run's next epoch (not run again) and which run again. Pure: the coordinator and the workers
 * carry it out (engine/worker/stages/exchange.ts keeps what ended partitions produced).
 *
 * The new epoch lays stage partitions out from the first layout (`Placement.stageBase`,
 * partition-placement.ts): a survivor's partitions stay on it, the lost workers' go to the
 * survivors. A survivor holds, per edge leaving a chain of stages, one accumulator into which
 * every partition that ended there was folded (the map-side combine of a shuffle, an
 * aggregate's partial, a collect's records): the new epoch starts from it, counting those
 * partitions as done, so each producer partition reaches the new epoch's consumers exactly
 * once: from the accumulator, or from running again. Consumers start empty in every epoch.
 */
import type { Placement, StageBase } from "../model/placement.js";

/** The part of a node this decision reads. */
export interface StageNodeShape {
  kind: string;
  op?: string | undefined;
}

/**
 * The stage base of a run placed again: the first layout's workers and weights, kept through
 * every later loss (a partition stays on its first worker while that one lives). Undefined for
 * a run never placed (nothing ran, nothing to keep).
 */
export function stageBaseAfterLoss(old: Placement): StageBase | undefined {
  if (old.stageBase) return old.stageBase;
  if (old.workers.length === 0) return undefined;
  return { workers: [...old.workers], weights: [...old.mapWeights] };
}

/**
 * Whether what the partitions of a chain ending in a stage with these consumers produced can be
 * kept into the next epoch. Not when it hands records to a forward stage it is not fused with:
 * those went out partition by partition as each ended (to a consumer of the old epoch), and are
 * not held anywhere. A keyed stage, an aggregate and a collect fold them into one accumulator
 * per worker first; sinks and task nodes take nothing from it.
 */
export function chainCarriesOver(consumers: readonly StageNodeShape[], fusedInto: (consumer: number) => boolean): boolean {
  return consumers.every((c, i) => !(c.kind === "stage" && c.op !== "keyed" && !fusedInto(i)));
}

/** A chain's partitions that ended on this worker in the previous epoch, all folded into its accumulators. */
export interface EndedChain {
  head: string;
  tail: string;
  partitions: ReadonlySet<number>;
}

/**
 * Which of a chain's ended partitions this worker keeps in the new epoch: all of them when the
 * new epoch runs the same chain (same head, same tail: its outputs go to the same consumers)
 * and lays every one of them on this worker again; else none, and the chain's partitions here
 * all run again (their outputs are folded together: one cannot be taken out and moved).
 */
export function keptPartitions(ended: EndedChain, now: { tail: string; owners: readonly number[] }, me: number): ReadonlySet<number> {
  if (ended.tail !== now.tail) return new Set();
  for (const p of ended.partitions) if (now.owners[p] !== me) return new Set();
  return ended.partitions;
}
