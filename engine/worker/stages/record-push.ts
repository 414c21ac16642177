/**
 * How records go from one fused stage to the next: one at a time, or a batch at once. A batch
 * is a slice [lo, hi) of an array a stage already holds (a source's records, the array a flatMap
 * returned): the stage after it loops over the slice itself, so a word count's million words
 * cost one call between stages, not a million, and no array is copied.
 */
export interface RecordPush {
  one(r: unknown): void;
  many(rs: readonly unknown[], lo: number, hi: number): void;
}

/** A RecordPush whose batches are taken one record at a time (for stages with nothing to gain). */
export function onePerRecord(one: (r: unknown) => void): RecordPush {
  return {
    one,
    many: (rs, lo, hi) => {
      for (let i = lo; i < hi; i++) one(rs[i]);
    },
  };
}

/**
 * Records of an array handed on per batch; the pipeline's slicer is asked between batches (a
 * stage taking 1 ms a record then holds the event loop about 0.25 s at most).
 */
export const BATCH = 256;

/**
 * The rest of a big array that the first flatMap of a pipeline returned (a whole file's words),
 * handed on a batch at a time by the pipeline's driver, which lets the worker's heartbeats and
 * I/O through between batches: one record's output can be seconds of work. Only the first
 * stage of a chain defers, and the driver drains the rest before its next record, so the
 * records keep their order.
 */
export class Backlog {
  private rs: readonly unknown[] | undefined;
  private lo = 0;
  private next: RecordPush | undefined;
  /** The length of the last array handed on to its end, until `takeFinished` reads it. */
  private finished = 0;

  get pending(): boolean {
    return this.rs !== undefined;
  }

  /** rs[lo..] goes on to `next`, a batch per step(). */
  defer(rs: readonly unknown[], lo: number, next: RecordPush): void {
    this.rs = rs;
    this.lo = lo;
    this.next = next;
  }

  /** Hands on the next batch; returns its size. */
  step(): number {
    const rs = this.rs!;
    const hi = Math.min(this.lo + BATCH, rs.length);
    const lo = this.lo;
    this.lo = hi;
    if (hi >= rs.length) {
      this.rs = undefined;
      this.finished = rs.length;
    }
    this.next!.many(rs, lo, hi);
    return hi - lo;
  }

  /** How many records the array just handed on to its end held (0 when none was finished since). */
  takeFinished(): number {
    const n = this.finished;
    this.finished = 0;
    return n;
  }
}
