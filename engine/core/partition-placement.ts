/**
 * Which worker holds partition p of a stage. Pure, so every worker computes the same answer
 * from the placement without asking anyone. Partitions are contiguous blocks sized by the
 * workers' weights, the same for every stage with the same partition count: a forward edge
 * between two stages then never leaves its worker (operator chaining). "round-robin" shifts
 * each stage by its ordinal, so consecutive stages sit on different workers (for comparison).
 */
import type { Placement } from "../model/placement.js";
import { splitMapBlocks } from "./map-split.js";

/** The worker index (into placement.workers) of every partition of a stage. */
export function partitionWorkers(partitions: number, placement: Placement, stageOrdinal: number): number[] {
  const workers = placement.workers.length;
  const out = new Array<number>(partitions);
  for (const b of splitMapBlocks(partitions, placement.mapWeights, workers)) {
    for (let p = b.start; p < b.end; p++) {
      out[p] = placement.strategy === "round-robin" ? (b.worker + stageOrdinal) % workers : b.worker;
    }
  }
  return out;
}

/** Stage ordinals: each stage's position among the graph's stages, in declaration order. */
export function stageOrdinals(nodes: readonly { name: string; kind: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of nodes) if (n.kind === "stage") out.set(n.name, out.size);
  return out;
}
