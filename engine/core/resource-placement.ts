/**
 * What a node's resource history means for placement: its weight (how much data its output
 * carries, for co-location) and its memory need (for slot admission, and to refuse a node no
 * worker can hold). Pure.
 */
import type { NodeProfile } from "./usage-figures.js";

/**
 * The placement weight of edges leaving a node: the median output size its history measured
 * when it has one (at least 1), else its `sizeHint`, else 1 (an unhinted edge still counts as
 * one unit to keep local).
 */
export function nodeWeight(sizeHint: number, profile: NodeProfile | undefined): number {
  if (profile !== undefined && profile.samples > 0) return Math.max(1, Math.round(profile.outputBytes.p50));
  return sizeHint > 0 ? sizeHint : 1;
}

/** The memory a node is predicted to need per attempt: the p95 of its peak heap growth (0: unknown). */
export function memoryNeed(profile: NodeProfile | undefined): number {
  return profile !== undefined && profile.samples > 0 ? Math.max(0, Math.round(profile.heapGrowthBytes.p95)) : 0;
}

/** A worker's memory as placement sees it (0 or absent: not said). */
export interface WorkerMemory {
  name: string;
  memoryBytes?: number;
}

/** Why a node cannot be placed: its predicted need is above every worker's memory. */
export interface MemoryRefusal {
  node: string;
  needBytes: number;
  largestWorker: string;
  largestBytes: number;
}

/**
 * The first node (in `needs` order) whose predicted memory is above the memory of every worker
 * that says its memory; undefined when each fits somewhere, or no worker says its memory.
 */
export function memoryRefusal(needs: ReadonlyMap<string, number>, workers: readonly WorkerMemory[]): MemoryRefusal | undefined {
  let largest: WorkerMemory | undefined;
  for (const w of workers) if ((w.memoryBytes ?? 0) > 0 && (largest === undefined || (w.memoryBytes ?? 0) > (largest.memoryBytes ?? 0))) largest = w;
  if (largest === undefined) return undefined;
  const largestBytes = largest.memoryBytes ?? 0;
  for (const [node, needBytes] of needs) {
    if (needBytes > largestBytes) return { node, needBytes, largestWorker: largest.name, largestBytes };
  }
  return undefined;
}

/** The refusal as a sentence a run's failure carries. */
export function refusalMessage(r: MemoryRefusal): string {
  const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
  return (
    `node "${r.node}" is predicted to need ${mb(r.needBytes)} of memory (the p95 of its recorded peak heap growth), ` +
    `more than any worker has: the largest is ${r.largestWorker} with ${mb(r.largestBytes)}. ` +
    `Start a worker with more memory (\`weft worker --memory SIZE\`, or a larger --max-old-space-size), or make the node use less.`
  );
}
