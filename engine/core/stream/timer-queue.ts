/**
 * Event-time timers: keys to look at when the watermark reaches a time. Times are kept sorted
 * (windows end on few distinct times: tumbling windows share their ends), keys per time in a
 * Set; a timer that is no longer needed (its window merged away) is dropped when it comes due.
 */
export class TimerQueue {
  private readonly byTime = new Map<number, Set<string>>();
  /** The distinct times, ascending. */
  private readonly times: number[] = [];

  add(time: number, key: string): void {
    let keys = this.byTime.get(time);
    if (!keys) {
      keys = new Set();
      this.byTime.set(time, keys);
      this.insertTime(time);
    }
    keys.add(key);
  }

  /** Removes and returns every time <= `upTo` with its keys, earliest time first. */
  due(upTo: number): [number, string[]][] {
    const out: [number, string[]][] = [];
    while (this.times.length > 0 && (this.times[0] as number) <= upTo) {
      const t = this.times.shift() as number;
      out.push([t, [...(this.byTime.get(t) ?? [])]]);
      this.byTime.delete(t);
    }
    return out;
  }

  get size(): number {
    return this.times.length;
  }

  private insertTime(t: number): void {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.times[mid] as number) < t) lo = mid + 1;
      else hi = mid;
    }
    this.times.splice(lo, 0, t);
  }
}
