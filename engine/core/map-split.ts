/**
 * How the instances of a map node are shared out: contiguous blocks, one per worker, sized by
 * the workers' weights (their slots). Contiguous blocks keep gathering cheap: each worker
 * returns one slice of results.
 */
/**
 * The longest list a map node may fan out: every item is a task (three state changes in the
 * run's log), like a partition of a stage, and the same bound holds (MAX_PARTITIONS).
 */
export const MAX_MAP_ITEMS = 1_000_000;

export interface MapBlock {
  /** Index into the placement's workers. */
  worker: number;
  start: number;
  end: number;
}

/** Splits `count` items over workers by `weights` (all zero or empty: equal shares). */
export function splitMapBlocks(count: number, weights: readonly number[], workerCount: number): MapBlock[] {
  const w = Array.from({ length: workerCount }, (_, i) => Math.max(0, weights[i] ?? 0));
  const total = w.reduce((a, b) => a + b, 0);
  const shares = total > 0 ? w.map((x) => x / total) : w.map(() => 1 / Math.max(1, workerCount));
  const blocks: MapBlock[] = [];
  let start = 0;
  let acc = 0;
  for (let i = 0; i < workerCount; i++) {
    acc += shares[i]!;
    const end = i === workerCount - 1 ? count : Math.min(count, Math.round(acc * count));
    blocks.push({ worker: i, start, end });
    start = end;
  }
  return blocks;
}
