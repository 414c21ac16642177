/**
 * Which attempts of a run have been running `afterMs` without returning, with one timer for them
 * all rather than one per attempt: arming and clearing a timer costs 1.2–2.7 µs here, a Map entry
 * 0.2 µs, and a hop of a chain of one-line tasks (W2) is ~30 µs of worker CPU in all. The timer is armed for the oldest
 * attempt under way and left to fire when they have all returned (it then finds nothing and
 * stays unarmed until the next attempt starts). Each attempt is let go once said, so an attempt
 * that never returns is said once and the timer stops.
 */
import type { Clock, TimerId } from "../../base/clock.js";

export class SlowWatch<K> {
  /** Attempts under way, oldest first (a Map keeps insertion order): when each began. */
  private readonly running = new Map<K, number>();
  private timer: TimerId | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly afterMs: number,
    /** Called once for each attempt still under way `afterMs` after it began. */
    private readonly slow: (key: K) => void,
  ) {}

  started(key: K): void {
    this.running.set(key, this.clock.now());
    this.timer ??= this.clock.setTimeout(() => this.fire(), this.afterMs);
  }

  ended(key: K): void {
    this.running.delete(key);
  }

  /** Watches nothing any more: the timer is cleared (it would keep the run's parts for `afterMs`). */
  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.running.clear();
  }

  private fire(): void {
    this.timer = undefined;
    const now = this.clock.now();
    for (const [key, since] of this.running) {
      if (now - since < this.afterMs) {
        // The oldest attempt not yet due: the next check is when it is.
        this.timer = this.clock.setTimeout(() => this.fire(), since + this.afterMs - now);
        return;
      }
      this.running.delete(key);
      this.slow(key);
    }
  }
}
