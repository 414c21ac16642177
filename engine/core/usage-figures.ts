/**
 * The arithmetic of resource figures: percentiles of a bounded sample, the Lambda billing rule,
 * and a bounded history of per-run samples of one node. Pure: the worker measures, the
 * coordinator keeps; both call these.
 */

/** How many per-run samples a node's history keeps (the newest win). */
export const HISTORY_SAMPLES = 200;

/**
 * The q-quantile (0..1) of `values` by the nearest-rank rule (the smallest value with at least
 * q of the values at or below it); 0 for no values. `values` is not changed.
 */
export function percentile(values: readonly number[], q: number): number {
  return rankIn(sortedCopy(values), q);
}

/** `values` sorted ascending in a typed array (a numeric sort with no comparator call per pair). */
function sortedCopy(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** The q-quantile of ascending `sorted` by the nearest-rank rule; 0 when empty. */
function rankIn(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/**
 * An attempt's billed duration: its duration rounded up to a whole millisecond, at least 1 ms
 * (AWS Lambda's rule since December 2020).
 */
export function billedMs(durationMs: number): number {
  return Math.max(1, Math.ceil(durationMs));
}

/** The figures measured for one node in one run: per attempt means (heap: the largest). */
export interface NodeSample {
  /** Attempts it had in that run (map items count one each). */
  attempts: number;
  durationMs: number;
  cpuMs: number;
  heapGrowthBytes: number;
  outputBytes: number;
}

/** The figures a history keeps, in the order `NodeHistory` holds them. */
export const FIGURES = ["durationMs", "cpuMs", "heapGrowthBytes", "outputBytes"] as const;
export type Figure = (typeof FIGURES)[number];

/** A node's history: the last HISTORY_SAMPLES per-run samples of each figure (oldest first). */
export interface NodeHistory {
  runs: number;
  attempts: number[];
  durationMs: number[];
  cpuMs: number[];
  heapGrowthBytes: number[];
  outputBytes: number[];
}

export function emptyHistory(): NodeHistory {
  return { runs: 0, attempts: [], durationMs: [], cpuMs: [], heapGrowthBytes: [], outputBytes: [] };
}

/** `history` with `sample` added, the oldest dropped beyond `keep` (a new object). */
export function withSample(history: NodeHistory, sample: NodeSample, keep = HISTORY_SAMPLES): NodeHistory {
  return withSamples(history, [sample], keep);
}

/**
 * `history` with `samples` added in order, the oldest dropped beyond `keep` (a new object; one
 * copy of each figure, not one per sample). `runs`: the runs they stand for, when older ones
 * were dropped before (a history counts every run, it keeps only the newest samples).
 */
export function withSamples(history: NodeHistory, samples: readonly NodeSample[], keep = HISTORY_SAMPLES, runs = samples.length): NodeHistory {
  const push = (list: readonly number[], figure: keyof NodeSample) => {
    const out = list.slice(Math.max(0, list.length + samples.length - keep));
    for (let i = Math.max(0, samples.length - keep); i < samples.length; i++) out.push(samples[i]![figure]);
    return out;
  };
  return {
    runs: history.runs + runs,
    attempts: push(history.attempts, "attempts"),
    durationMs: push(history.durationMs, "durationMs"),
    cpuMs: push(history.cpuMs, "cpuMs"),
    heapGrowthBytes: push(history.heapGrowthBytes, "heapGrowthBytes"),
    outputBytes: push(history.outputBytes, "outputBytes"),
  };
}

/** p50 and p95 of one figure. */
export interface Spread {
  p50: number;
  p95: number;
}

/** What a node's history says of it. */
export interface NodeProfile {
  /** Samples kept (at most HISTORY_SAMPLES). */
  samples: number;
  /** Runs ever sampled. */
  runs: number;
  durationMs: Spread;
  cpuMs: Spread;
  heapGrowthBytes: Spread;
  outputBytes: Spread;
}

export function profileOf(history: NodeHistory): NodeProfile {
  const spread = (f: Figure): Spread => {
    const sorted = sortedCopy(history[f]); // once for both quantiles
    return { p50: rankIn(sorted, 0.5), p95: rankIn(sorted, 0.95) };
  };
  return {
    samples: history.durationMs.length,
    runs: history.runs,
    durationMs: spread("durationMs"),
    cpuMs: spread("cpuMs"),
    heapGrowthBytes: spread("heapGrowthBytes"),
    outputBytes: spread("outputBytes"),
  };
}
