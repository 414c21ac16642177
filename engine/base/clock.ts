/**
 * Time, injected. The coordinator, the worker and their parts read the time and arm timers only
 * through a `Clock`, so tests of retries, timeouts, leadership expiry, loss detection and
 * deadlines drive a `SimulatedClock` instead of sleeping on the wall clock (xstate ships the same
 * seam: `SimulatedClock` in `packages/core/src/SimulatedClock.ts`).
 */

/** An opaque handle of an armed timer. */
export type TimerId = unknown;

export interface Clock {
  /** Milliseconds since the epoch, like `Date.now()`. */
  now(): number;
  /** Runs `fn` once after `ms` milliseconds (0 when negative). */
  setTimeout(fn: () => void, ms: number): TimerId;
  /** Disarms a timer; a handle already fired or cleared is ignored. */
  clearTimeout(id: TimerId): void;
}

/** The process's own clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, Math.max(0, ms)),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

interface PendingTimer {
  readonly id: number;
  readonly dueAt: number;
  readonly fn: () => void;
}

/**
 * A clock that moves only when told. Timers fire in due order (ties in the order armed) as
 * `advance` or `set` passes their time; a timer armed by a firing one fires in the same call
 * when it falls inside the window. Time never goes back.
 */
export class SimulatedClock implements Clock {
  private current: number;
  private nextId = 1;
  private readonly timers = new Map<number, PendingTimer>();

  constructor(start = 0) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): TimerId {
    const id = this.nextId++;
    this.timers.set(id, { id, dueAt: this.current + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(id: TimerId): void {
    if (typeof id === "number") this.timers.delete(id);
  }

  /** How many timers are armed and not yet fired. */
  get pending(): number {
    return this.timers.size;
  }

  /** When the next armed timer is due (undefined when none is armed). */
  nextDueAt(): number | undefined {
    return this.nextDue()?.dueAt;
  }

  /** Moves time forward by `ms`, firing every timer due on the way. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`SimulatedClock.advance: ${ms} ms is not a forward step; pass a number >= 0`);
    this.set(this.current + ms);
  }

  /** Moves time to `at`, firing every timer due on the way; refuses to go back. */
  set(at: number): void {
    if (!(at >= this.current)) {
      throw new RangeError(`SimulatedClock.set: ${at} is before the current time ${this.current}; a clock never goes back`);
    }
    for (;;) {
      const due = this.nextDue();
      if (!due || due.dueAt > at) break;
      this.timers.delete(due.id);
      this.current = due.dueAt;
      due.fn();
    }
    this.current = at;
  }

  /** Runs timers due now or earlier without moving time (e.g. those armed with 0 ms). */
  flush(): void {
    this.set(this.current);
  }

  private nextDue(): PendingTimer | undefined {
    let best: PendingTimer | undefined;
    for (const t of this.timers.values()) if (!best || t.dueAt < best.dueAt || (t.dueAt === best.dueAt && t.id < best.id)) best = t;
    return best;
  }
}
