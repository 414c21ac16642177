/**
 * Whose turn it is, among one run's partitions on this worker, to run records through a pipeline. JavaScript runs one thing
 * at a time on the worker's thread, so two pipelines interleaved slice by slice finish no
 * sooner than one after the other: they only hold both partitions' data alive at once, for
 * twice as long (a word count's two million live words instead of one million: they outlive
 * the young generation and are copied and promoted; up to ~15 % more CPU in
 * bench/diagnostics/w3-heap-model.ts). A pipeline takes
 * the turn for its synchronous record loop and keeps it across the slicer's pauses, which still
 * let heartbeats and I/O through; others wait their turn in order. Waiting for I/O (a source's
 * promise, an async generator, a sink) is done outside the turn. The turn is per run: another
 * run's pipelines interleave with these as before, so a small run is not held behind a big one's
 * partitions (fair sharing between runs, slot-pool.ts).
 */
export class CpuTurn {
  private held = false;
  private readonly waiting: Array<() => void> = [];

  /** Resolves once the caller holds the turn (at once, with no allocation, when it is free). */
  take(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return FREE;
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Gives the turn up: the longest waiter gets it. */
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }
}

const FREE: Promise<void> = Promise.resolve();
