/**
 * The coordinator's demand: the tasks of its running runs that have not ended (queued on a
 * worker, waiting for their inputs, or running) against the slots of the live workers. An
 * autoscaler (issue 15) adds workers while the ratio stays above 1 and removes them while it
 * stays well below. Pure.
 */
import type { RunView } from "../coordinator/run-table.js";

/** The live workers, from their heartbeats. */
export interface WorkerLoad {
  readonly workers: number;
  readonly slots: number;
  readonly running: number;
  /** Submissions waiting for a first live worker (no run row yet): one task each. */
  readonly waitingForWorker?: number;
}

export interface Demand {
  /**
   * Known tasks of running runs not ended (a map's items count once it has expanded), plus one
   * per submission waiting for a first worker: with no worker at all this is what asks for one.
   */
  readonly tasks: number;
  /** Of those, the ones a worker runs now (as the logs read so far say). */
  readonly running: number;
  /** tasks / slots; 0 when there is no work, +Inf when there is work and no slot. */
  readonly ratio: number;
}

export function demandOf(runs: readonly RunView[], load: WorkerLoad): Demand {
  let tasks = load.waitingForWorker ?? 0;
  let running = 0;
  for (const r of runs) {
    if (r.ended) continue;
    tasks += Math.max(0, r.progress.tasksTotal - r.progress.tasksDone);
    for (const n of r.progress.nodes.values()) running += Math.max(0, n.running);
  }
  const ratio = tasks === 0 ? 0 : load.slots === 0 ? Infinity : tasks / load.slots;
  return { tasks, running, ratio };
}

/** The workers an unended run is placed on: stopping one of them would cost that run its work. */
export function workersHeld(runs: readonly RunView[]): Set<string> {
  const held = new Set<string>();
  for (const r of runs) if (!r.ended) for (const w of r.setup.placement.workers) held.add(w);
  return held;
}

/** The demand and the live workers, as the local autoscaler reads them from the coordinator. */
export interface CapacityView {
  readonly demand: Demand;
  readonly workers: readonly { readonly name: string; readonly slots: number; readonly running: number }[];
  /** Workers an unended run is placed on. */
  readonly held: ReadonlySet<string>;
}
