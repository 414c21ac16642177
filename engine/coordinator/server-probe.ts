/**
 * Whether the NATS server answers this coordinator at all. A server that hangs (its JetStream
 * store on a full disk) keeps the connection open: no disconnect is seen, the workers'
 * heartbeats stop arriving, and they used to be judged lost ("stopped heartbeating") although
 * they were alive (issue 19 item 6). A round trip (PING/PONG) every PROBE_EVERY_MS; one
 * unanswered for UNANSWERED_MS makes the coordinator count itself cut off, as during a
 * disconnect (worker-registry.ts), until the answer comes.
 */
import type { Clock, TimerId } from "../base/clock.js";

const PROBE_EVERY_MS = 500;
const UNANSWERED_MS = 1000;

export class ServerProbe {
  private timer: TimerId | undefined;
  private outSince: number | undefined;
  private silent = false;

  constructor(
    private readonly flush: () => Promise<void>,
    private readonly clock: Clock,
    private readonly onUnanswered: () => void,
    private readonly onAnswered: () => void,
  ) {}

  start(): void {
    if (this.timer !== undefined) return;
    const tick = () => {
      this.timer = this.clock.setTimeout(tick, PROBE_EVERY_MS);
      (this.timer as { unref?: () => void } | undefined)?.unref?.();
      this.probe();
    };
    tick();
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private probe(): void {
    const now = this.clock.now();
    if (this.outSince !== undefined) {
      if (!this.silent && now - this.outSince >= UNANSWERED_MS) {
        this.silent = true;
        this.onUnanswered();
      }
      return;
    }
    this.outSince = now;
    const back = () => {
      this.outSince = undefined;
      if (!this.silent) return;
      this.silent = false;
      this.onAnswered();
    };
    // A failed round trip (a disconnect): the next one tells whether the server answers again.
    this.flush().then(back, () => {
      this.outSince = undefined;
    });
  }
}
