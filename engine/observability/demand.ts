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
}

export interface Demand {
  /** Known tasks of running runs not ended (a map's items count once it has expanded). */
  readonly tasks: number;
  /** Of those, the ones a worker runs now (as the logs read so far say). */
  readonly running: number;
  /** tasks / slots; 0 when there is no work, +Inf when there is work and no slot. */
  readonly ratio: number;
}

export function demandOf(runs: readonly RunView[], load: WorkerLoad): Demand {
  let tasks = 0;
  let running = 0;
  for (const r of runs) {
    if (r.ended) continue;
    tasks += Math.max(0, r.progress.tasksTotal - r.progress.tasksDone);
    for (const n of r.progress.nodes.values()) running += Math.max(0, n.running);
  }
  const ratio = tasks === 0 ? 0 : load.slots === 0 ? Infinity : tasks / load.slots;
  return { tasks, running, ratio };
}
