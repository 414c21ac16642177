/**
 * Credit-based flow control between a sender and a receiver: the receiver grants credits (batches
 * it has room for); the sender spends one per batch and waits when it has none. A slow sink
 * grants slowly, so its sources slow down instead of memory growing: at most `window` batches
 * are ever in flight on a channel.
 */
export class CreditGate {
  private credits: number;
  /** Batches sent and not yet granted back, by the receiver's count. */
  private waitingSince: number | undefined;
  private blockedMs = 0;

  constructor(readonly window: number) {
    if (!Number.isInteger(window) || window < 1) throw new RangeError(`credit window: ${window}`);
    this.credits = window;
  }

  /** Spends a credit; false when none is left (the sender must wait for a grant). */
  trySpend(at: number): boolean {
    if (this.credits > 0) {
      this.credits--;
      return true;
    }
    this.waitingSince ??= at;
    return false;
  }

  grant(n: number, at: number): void {
    this.credits = Math.min(this.window, this.credits + n);
    if (this.waitingSince !== undefined) {
      this.blockedMs += at - this.waitingSince;
      this.waitingSince = undefined;
    }
  }

  get available(): number {
    return this.credits;
  }

  /** Time spent waiting for credit (backpressure), up to `at`. */
  backpressureMs(at: number): number {
    return this.blockedMs + (this.waitingSince === undefined ? 0 : at - this.waitingSince);
  }
}
