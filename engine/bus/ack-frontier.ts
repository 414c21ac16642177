/**
 * What a consumer with cumulative acks may acknowledge (pure: no I/O). On a JetStream consumer
 * with AckPolicy "all", an ack of stream sequence S acknowledges every message at or below S
 * the consumer has outstanding, so S may be acknowledged only once every message handed over at
 * or below it is done (acked or termed by its handler). The frontier keeps the messages handed
 * over and not yet acknowledged, by stream sequence; `take` gives the last message of the done
 * prefix (the one to acknowledge) and forgets the prefix. A message asked to retry stays, not
 * done, until it comes again and is done: nothing after it is acknowledged meanwhile.
 */

interface Entry<M> {
  msg: M;
  done: boolean;
  /** Asked to retry: it comes again (nothing to say meanwhile). */
  retrying: boolean;
  /** When the message was handed over, or last said to be in progress (ms). */
  since: number;
}

export class AckFrontier<M> {
  /** The tracked stream sequences, ascending, from `head` on. */
  private order: number[] = [];
  private head = 0;
  private readonly entries = new Map<number, Entry<M>>();

  /** A message was handed over (again, for a redelivery: it is not done until it is done again). */
  received(seq: number, msg: M, now: number): void {
    const known = this.entries.get(seq);
    if (known) {
      known.msg = msg;
      known.done = false;
      known.retrying = false;
      known.since = now;
      return;
    }
    this.entries.set(seq, { msg, done: false, retrying: false, since: now });
    const last = this.order[this.order.length - 1];
    if (this.order.length === this.head || last === undefined || last < seq) {
      this.order.push(seq);
      return;
    }
    // A redelivery of a message acknowledged by no one (another session's): in its place.
    let lo = this.head;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.order[mid]! < seq) lo = mid + 1;
      else hi = mid;
    }
    this.order.splice(lo, 0, seq);
  }

  /** Its handler is done with the message (acked or termed). */
  done(seq: number): void {
    const e = this.entries.get(seq);
    if (e) e.done = true;
  }

  /** Its handler asked for the message again: it stays, not done, until it comes again. */
  retry(seq: number): void {
    const e = this.entries.get(seq);
    if (e) e.retrying = true;
  }

  /** The last message of the done prefix, to acknowledge now (undefined: none); the prefix is forgotten. */
  take(): M | undefined {
    let last: M | undefined;
    while (this.head < this.order.length) {
      const seq = this.order[this.head]!;
      const e = this.entries.get(seq)!;
      if (!e.done) break;
      last = e.msg;
      this.entries.delete(seq);
      this.head++;
    }
    // Compacted now and then, not on every take.
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
    return last;
  }

  /** How many tracked messages have a stream sequence at or below `seq`. */
  countAtOrBelow(seq: number): number {
    let n = 0;
    for (let i = this.head; i < this.order.length && this.order[i]! <= seq; i++) n++;
    return n;
  }

  /**
   * The tracked messages not said to be in progress since `before` (ms), done ones too when
   * `withDone` (their ack waits for one before them); their time is set to `now`.
   */
  stale(before: number, now: number, withDone: boolean): M[] {
    const out: M[] = [];
    for (const e of this.entries.values()) {
      if (e.since > before || e.retrying || (e.done && !withDone)) continue;
      e.since = now;
      out.push(e.msg);
    }
    return out;
  }

  get size(): number {
    return this.entries.size;
  }
}
