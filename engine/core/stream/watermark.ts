/**
 * Event-time progress. A source's watermark trails the largest event time it has read by the
 * out-of-orderness bound: watermark W says "no record with time <= W is still to come" (a later
 * one is late). An operator fed by several channels (source partitions, workers) is as far as
 * its slowest channel: the minimum of their watermarks.
 */

/** No record read yet: nothing is complete. */
export const NO_WATERMARK = Number.NEGATIVE_INFINITY;

export class BoundedOutOfOrderness {
  private maxSeen = Number.NEGATIVE_INFINITY;

  constructor(private readonly boundMs: number) {}

  /** Notes a record's time; returns the watermark after it. */
  observe(t: number): number {
    if (t > this.maxSeen) this.maxSeen = t;
    return this.current();
  }

  current(): number {
    return this.maxSeen === Number.NEGATIVE_INFINITY ? NO_WATERMARK : this.maxSeen - this.boundMs - 1;
  }

  /** For a checkpoint: the largest time seen. */
  snapshot(): number {
    return this.maxSeen;
  }

  restore(maxSeen: number | null): void {
    this.maxSeen = maxSeen ?? Number.NEGATIVE_INFINITY;
  }
}

/** The watermark of an operator fed by `channels` inputs: the minimum, never going back. */
export class ChannelWatermarks {
  private readonly marks: number[];
  private combined = NO_WATERMARK;

  constructor(channels: number) {
    this.marks = Array.from({ length: channels }, () => NO_WATERMARK);
  }

  /** Channel `c` reached `w`; returns the combined watermark when it advanced, else undefined. */
  update(c: number, w: number): number | undefined {
    if (c < 0 || c >= this.marks.length) throw new RangeError(`channel ${c} of ${this.marks.length}`);
    if (w > (this.marks[c] as number)) this.marks[c] = w;
    const min = Math.min(...this.marks);
    if (min <= this.combined) return undefined;
    this.combined = min;
    return min;
  }

  current(): number {
    return this.combined;
  }
}
