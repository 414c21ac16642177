/** Where a streaming job's parts talk and keep things: its subjects and buckets, per job and epoch. */

/** Jobs (deployed streaming workflows) by name. */
export const STREAM_JOBS_BUCKET = "weft-stream-jobs";
/** Checkpoint states and the pointer to each job's last completed checkpoint. */
export const STREAM_CHECKPOINTS_BUCKET = "weft-stream-checkpoints";
/** Per-operator figures each task publishes (weft status). */
export const STREAM_METRICS_BUCKET = "weft-stream-metrics";

/**
 * A job's subjects carry its epoch: each (re)start from a checkpoint is a new epoch, so messages
 * of tasks of an earlier epoch (a worker that was lost, still draining) reach nobody.
 */
export function streamSubjects(job: string, epoch: number) {
  const base = `weft.stream.${job}.${epoch}`;
  return {
    /** Records, watermarks and barriers for window slot `slot`. */
    toSlot: (slot: number) => `${base}.slot.${slot}`,
    /** Window slot `slot` answers here once it takes records (sources wait for every slot). */
    ready: (slot: number) => `${base}.ready.${slot}`,
    /** Credits from window slot to source partition `p`. */
    credit: (p: number) => `${base}.credit.${p}`,
    /** Checkpoint barriers from the master to the sources. */
    trigger: `${base}.ckpt.trigger`,
    /** Task acknowledgements to the master. */
    ack: `${base}.ckpt.ack`,
    /** The master to the sources: a checkpoint completed (a source may then forget what it covers). */
    completed: `${base}.ckpt.done`,
    /** A task to the master: it cannot go on (the job restarts from its last checkpoint, or fails). */
    failure: `${base}.failure`,
  };
}

export const checkpointStateKey = (job: string, id: number, task: string) => `${job}.c${id}.${task}`;
export const latestCheckpointKey = (job: string) => `${job}.latest`;
