/** Where each node of a run executes. Mirrors weft.v1.Placement. */
export interface Placement {
  /** Worker names, in a stable order. */
  workers: string[];
  /**
   * Node name -> index into `workers`. For a task node, where it runs. For a map node, the
   * worker that holds its list and splits it (its instances are spread by `mapWeights`).
   */
  nodeWorker: Record<string, number>;
  /** Per worker (same order): its share of every map node's instances (e.g. its slots). */
  mapWeights: number[];
  /**
   * How partitions of stages are spread: "locality" gives partition p of every stage the same
   * worker (so forward edges stay in memory); "round-robin" shifts each stage by one worker (for
   * comparison: every forward edge crosses).
   */
  strategy: "locality" | "round-robin";
  /**
   * Node -> its predicted memory need in bytes, from its resource history (only nodes that have
   * one): a worker admits attempts while the needs of those running fit its memory.
   */
  nodeMemory?: Record<string, number>;
  /**
   * After a loss, the workers (and weights) stage partitions were first laid out over: a
   * partition stays on its worker there while that worker is in `workers`, so what it ended
   * is kept; the lost workers' partitions are spread over `workers`
   * (core/partition-placement.ts). Absent: laid out over `workers`.
   */
  stageBase?: StageBase;
}

/** The worker list stage partitions were first laid out over (see Placement.stageBase). */
export interface StageBase {
  workers: string[];
  weights: number[];
}

/** A worker as the planner sees it. */
export interface WorkerInfo {
  name: string;
  slots: number;
  /** The memory its tasks may use, in bytes (0 or absent: not said). */
  memoryBytes?: number;
}

/** The placement of a run on no worker yet (a queued run: see engine/core/admission.ts). */
export function unplaced(strategy: Placement["strategy"]): Placement {
  return { workers: [], nodeWorker: {}, mapWeights: [], strategy };
}
