/**
 * The coordinator's demand: the work waiting for capacity against the capacity there is. Work
 * is the tasks of every run not ended that have not ended (waiting on a worker's slots, waiting
 * for their inputs, or running) — a queued run (no worker could take it: see
 * engine/core/admission.ts) counts with all its known tasks, at least one; a direct express run
 * (started on a worker under a lease, no run of the coordinator's) counts one, as its worker's
 * heartbeat says. Capacity is the slots
 * of the live workers. An autoscaler adds workers while `ratio` stays above 1 (and at once when
 * `queued` > 0 with no worker), and removes them while it stays well below. Pure.
 */
import type { RunView } from "../coordinator/run-table.js";

/** The live workers, from their heartbeats. */
export interface WorkerLoad {
  readonly workers: number;
  readonly slots: number;
  readonly running: number;
  /** Submissions waiting for a first live worker (no run row yet): one task each. */
  readonly waitingForWorker?: number;
  /** Direct express runs the workers say they run (no run row: docs/express.md, "Leases"): one task each. */
  readonly directRuns?: number;
}

export interface Demand {
  /**
   * Known tasks of runs not ended, not ended themselves (a map's items count once it has
   * expanded), plus one per caller still waiting in WorkerRegistry.waitFor for a first worker,
   * plus one per direct run a worker says it runs.
   */
  readonly tasks: number;
  /** Of those, the ones a worker runs now (as the logs read so far say). */
  readonly running: number;
  /** Runs waiting for a worker (state `queued`); their tasks are in `tasks`. */
  readonly queued: number;
  /** Slots of the live workers not running a task (from their last heartbeats). */
  readonly freeSlots: number;
  /** tasks / slots; 0 when there is no work, +Inf when there is work and no slot. */
  readonly ratio: number;
}

/** Queued runs and running work against the live workers' slots. */
export function demandOf(runs: readonly RunView[], load: WorkerLoad): Demand {
  let tasks = (load.waitingForWorker ?? 0) + (load.directRuns ?? 0);
  let running = 0;
  let queued = 0;
  for (const r of runs) {
    if (r.ended) continue;
    const open = Math.max(0, r.progress.tasksTotal - r.progress.tasksDone);
    if (r.state === "queued") {
      queued++;
      tasks += Math.max(1, open);
      continue;
    }
    tasks += open;
    for (const n of r.progress.nodes.values()) running += Math.max(0, n.running);
  }
  const ratio = tasks === 0 ? 0 : load.slots === 0 ? Infinity : tasks / load.slots;
  return { tasks, running, queued, freeSlots: Math.max(0, load.slots - load.running), ratio };
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
  readonly workers: readonly { readonly name: string; readonly slots: number; readonly running: number; readonly directRuns?: number }[];
  /** Workers an unended run is placed on. */
  readonly held: ReadonlySet<string>;
}
