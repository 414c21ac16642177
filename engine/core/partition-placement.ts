/**
 * Which worker holds partition p of a stage. Pure, so every worker computes the same answer
 * from the placement without asking anyone. Partitions are contiguous blocks sized by the
 * workers' weights, the same for every stage with the same partition count: a forward edge
 * between two stages then never leaves its worker (operator chaining). "round-robin" shifts
 * each stage by its ordinal, so consecutive stages sit on different workers (for comparison).
 */
import type { Placement } from "../model/placement.js";
import { splitMapBlocks } from "./map-split.js";

/**
 * The most partitions a stage may have. Every partition is a task on a worker (a machine, a
 * pipeline, three state changes in the run's log that the coordinator counts and `weft run`
 * prints), so a run's width costs memory and time in proportion: a million partitions run (about
 * a minute and 1 GB per worker on a 2-core machine with trivial functions), a billion could not
 * even be laid out. Work per partition is the way to scale: fewer, larger partitions.
 */
export const MAX_PARTITIONS = 1_000_000;

/**
 * What is wrong with `count` as the partition count of stage `stage` (a "source" or "keyed"
 * stage, by `op`), with what to do; undefined when it is a whole number in 1..MAX_PARTITIONS.
 */
export function partitionCountProblem(stage: string, op: string, count: number): string | undefined {
  const what = op === "source" ? "a source" : "a keyed stage";
  if (!Number.isInteger(count) || count < 1) return `stage "${stage}" has ${String(count)} partitions: ${what} needs a whole number of partitions >= 1.`;
  if (count <= MAX_PARTITIONS) return undefined;
  const advice =
    op === "source"
      ? "let each partition produce more records (a range of items rather than one), so that fewer partitions do the same work"
      : "a partition takes any number of keys: shuffle into fewer partitions";
  return `stage "${stage}" has ${String(count)} partitions, at most ${MAX_PARTITIONS} are allowed (each partition is a task, with its own state changes in the run's log): ${advice}.`;
}

/**
 * The worker index (into placement.workers) of every partition of a stage. After a loss
 * (`placement.stageBase`), a partition stays on the worker it had in the first layout while
 * that worker is still placed, so what it ended there is kept (core/stage-recovery.ts); the
 * partitions of workers no longer placed are spread, in order, over the placed workers by
 * weight. The same for every stage with the same count, so forward edges still stay in memory.
 */
export function partitionWorkers(partitions: number, placement: Placement, stageOrdinal: number): number[] {
  // Checked before (a run fails with E_INVALID_INPUT): never allocate for a count no run can hold.
  if (!(partitions <= MAX_PARTITIONS)) throw new RangeError(`partitionWorkers: ${partitions} partitions, at most ${MAX_PARTITIONS}`);
  const { workers, mapWeights, strategy, stageBase } = placement;
  if (!stageBase) return laidOut(partitions, workers.length, mapWeights, strategy, stageOrdinal);
  const first = laidOut(partitions, stageBase.workers.length, stageBase.weights, strategy, stageOrdinal);
  const now = stageBase.workers.map((name) => workers.indexOf(name));
  const orphans: number[] = [];
  const out = first.map((w, p) => {
    const i = now[w]!;
    if (i < 0) orphans.push(p);
    return i;
  });
  for (const b of splitMapBlocks(orphans.length, mapWeights, workers.length)) {
    for (let i = b.start; i < b.end; i++) out[orphans[i]!] = b.worker;
  }
  return out;
}

/** Contiguous blocks of partitions by weight over `workers` workers (shifted by the ordinal for "round-robin"). */
function laidOut(partitions: number, workers: number, weights: readonly number[], strategy: Placement["strategy"], stageOrdinal: number): number[] {
  const out = new Array<number>(partitions);
  for (const b of splitMapBlocks(partitions, weights, workers)) {
    for (let p = b.start; p < b.end; p++) out[p] = strategy === "round-robin" ? (b.worker + stageOrdinal) % workers : b.worker;
  }
  return out;
}

/** Stage ordinals: each stage's position among the graph's stages, in declaration order. */
export function stageOrdinals(nodes: readonly { name: string; kind: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of nodes) if (n.kind === "stage") out.set(n.name, out.size);
  return out;
}
