/**
 * Which queued runs start now. A run submitted while no worker is live (or taken up from a
 * record that says so) is queued, recorded, and waits; it starts once a worker can take it.
 * Capacity here is a live worker: a placed run's tasks wait for a free slot on their worker
 * (engine/worker/slot-pool.ts), so runs are not held back for busy slots, only for the lack of
 * any worker. Queued runs start in submission order (ties by run id). Pure.
 */
import { ErrorCode, type ErrorInfoLike } from "../errors.js";
import { formatDuration } from "../model/duration.js";

/** A queued run, as admission sees it. */
export interface QueuedRun {
  readonly runId: string;
  readonly submittedAt: number;
}

/** The queued runs to start now, in the order to start them (none while no worker is live). */
export function admitQueued(queued: Iterable<QueuedRun>, liveWorkers: number): string[] {
  if (liveWorkers <= 0) return [];
  return [...queued].sort((a, b) => a.submittedAt - b.submittedAt || (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0)).map((r) => r.runId);
}

/** Why a run that was still queued at its deadline failed, and what to do. */
export function queuedTooLong(waitedMs: number): ErrorInfoLike {
  return {
    code: ErrorCode.Timeout,
    message:
      `the run waited ${formatDuration(waitedMs)} in the queue and never got a worker (none was connected to this NATS). ` +
      "Start one with `weft worker --nats URL` (or `weft dev`), or submit with a longer --timeout.",
    stack: "",
    terminal: true,
  };
}
