/**
 * The acknowledgements of sink values that ended a run's work, held until the run's end goes
 * out. Such a value usually arrives before its worker's log batch is read back through the
 * stream, and the end waits for that batch (log-settler.ts): acknowledged at once, the value's
 * ack was a socket write of its own, waking nats-server and the worker while the run's last
 * steps wait for the CPU (two busy cores). Held, it leaves in the end's write. Nothing waits
 * for it on the worker (the value stays there until acknowledged, re-sent after 5 s), and a
 * hold lasts at most HOLD_MS.
 */
import type { Clock, TimerId } from "../base/clock.js";

/**
 * The longest an acknowledgement is held: a success settles within ~20 ms (more with a
 * marker), a failure may take seconds; the sender waits 5 s before it sends again.
 */
const HOLD_MS = 1000;

export class HeldAcks {
  private readonly held = new Map<string, { sends: (() => void)[]; timer: TimerId }>();

  constructor(private readonly clock: Clock) {}

  /** Holds `send` (an acknowledgement of run `runId`'s data) until `release(runId)`, or HOLD_MS. */
  hold(runId: string, send: () => void): void {
    const h = this.held.get(runId);
    if (h) return void h.sends.push(send);
    this.held.set(runId, { sends: [send], timer: this.clock.setTimeout(() => this.release(runId), HOLD_MS) });
  }

  /** Sends the run's held acknowledgements (its end is going out in this turn). */
  release(runId: string): void {
    const h = this.held.get(runId);
    if (!h) return;
    this.held.delete(runId);
    this.clock.clearTimeout(h.timer);
    for (const send of h.sends) send();
  }

  /** Sends every held acknowledgement (the leadership is lost, or the coordinator stops). */
  releaseAll(): void {
    for (const runId of [...this.held.keys()]) this.release(runId);
  }
}
