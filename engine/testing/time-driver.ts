/**
 * Moves a simulated clock the way time would pass for a system that is waiting: only when
 * nothing else happens. It lets everything that is ready run (messages, promises, immediates),
 * and once the system is quiet it jumps to the next armed timer, fires it, and lets the system
 * settle again. Retries, timeouts, heartbeats and loss detection then take no wall time, and
 * happen in the order their due times say.
 *
 * "Quiet" is read from outside: an activity counter that changes whenever something moves
 * (messages on the bus, timers armed or fired) and whether a user function is running. A running
 * function is given `busyQuietMs` of real time without any activity before time moves on: it may
 * be awaiting real I/O, which the simulated clock does not see, or a timer of its own (its
 * timeout), which only moving the clock can fire.
 */
import { ErrorCode, WeftError } from "../errors.js";
import { SimulatedClock, type TimerId } from "../base/clock.js";

/** A simulated clock that counts the timers armed on it: arming one is activity. */
export class DrivenClock extends SimulatedClock {
  private armedCount = 0;

  /** Timers armed so far. */
  get armed(): number {
    return this.armedCount;
  }

  override setTimeout(fn: () => void, ms: number): TimerId {
    this.armedCount++;
    return super.setTimeout(fn, ms);
  }
}

/** What the driver watches to tell a quiet system from a busy one. */
export interface Activity {
  /** Changes whenever something happened (a message sent or received, a timer armed). */
  mark(): string;
  /** True while a user function is running somewhere. */
  busy(): boolean;
}

export interface TimeDriverOptions {
  /** How long (real ms) a running function may stay silent before simulated time moves on. */
  busyQuietMs: number;
  /** Simulated time after which `until` gives up (a run that never ends). */
  limitAt: number;
}

/** `until` went past the simulated time limit with the work still pending. */
export class TimeLimitReached extends WeftError {
  constructor(limitAt: number) {
    super(
      ErrorCode.Timeout,
      `runLocal: the run had not ended by ${new Date(limitAt).toISOString()} of simulated time (maxSimulatedMs): raise it if the run is meant to take that long.`,
    );
  }
}

/** Event-loop turns without activity that make an idle system "quiet". */
const QUIET_TURNS = 4;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const realPause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class TimeDriver {
  constructor(
    private readonly clock: SimulatedClock,
    private readonly activity: Activity,
    private readonly options: TimeDriverOptions,
  ) {}

  /** Drives time until `work` settles; resolves or rejects as it does. One call at a time. */
  async until<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = () => settled;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    while (!settled) {
      await this.settle(done);
      if (settled) break;
      const next = this.clock.nextDueAt();
      if (next === undefined) {
        await realPause(1); // nothing armed: only real I/O can move things on
        continue;
      }
      if (next > this.options.limitAt) {
        throw new TimeLimitReached(this.options.limitAt);
      }
      this.clock.set(next);
    }
    return work;
  }

  /** Resolves once the system is quiet (or `done()`). */
  private async settle(done: () => boolean): Promise<void> {
    let last = this.activity.mark();
    let quietTurns = 0;
    let silentSince = performance.now();
    for (;;) {
      if (done()) return;
      const busy = this.activity.busy();
      await (busy ? realPause(1) : nextTurn());
      const mark = this.activity.mark();
      if (mark !== last) {
        last = mark;
        quietTurns = 0;
        silentSince = performance.now();
        continue;
      }
      quietTurns++;
      if (!busy && quietTurns >= QUIET_TURNS) return;
      if (busy && performance.now() - silentSince >= this.options.busyQuietMs) return;
    }
  }
}
