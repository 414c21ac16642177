/**
 * A run taken up after a restart has its log read twice at once: replayed from its start, and
 * live (the coordinator's feed of every run's log, from the moment it began to serve). A batch
 * stored in between comes through both; counted twice, a stage's partitions could look all done
 * before they are. This keeps the stream sequences read of each run being replayed, and lets
 * each through once; once the live feed has passed the last one the replay read, the run is
 * read live only and nothing is kept for it.
 */
export class LogReadOnce {
  private readonly runs = new Map<string, { seqs: Set<number>; replayMax: number; done: boolean; liveMax: number }>();

  /** The run's log is about to be replayed from its start. */
  replaying(runId: string): void {
    if (!this.runs.has(runId)) this.runs.set(runId, { seqs: new Set(), replayMax: 0, done: false, liveMax: 0 });
  }

  /** Whether the batch at `seq` of the run is read for the first time (then it is taken in). */
  first(runId: string, seq: number, live: boolean): boolean {
    const run = this.runs.get(runId);
    if (!run) return true;
    if (run.seqs.has(seq)) return false;
    run.seqs.add(seq);
    if (live) run.liveMax = Math.max(run.liveMax, seq);
    else run.replayMax = Math.max(run.replayMax, seq);
    if (run.done && run.liveMax >= run.replayMax) this.runs.delete(runId);
    return true;
  }

  /** The replay of the run's log stopped: later batches come live only. */
  replayed(runId: string): void {
    const run = this.runs.get(runId);
    if (!run) return;
    run.done = true;
    if (run.liveMax >= run.replayMax) this.runs.delete(runId);
  }

  /** The run is forgotten. */
  forget(runId: string): void {
    this.runs.delete(runId);
  }
}
