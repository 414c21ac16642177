/**
 * Publishes to stream-captured subjects in order, each one acknowledged by JetStream, retrying
 * through disconnects and server restarts. Used for everything a run's history is made of
 * (task and run events), so a NATS restart mid-run loses none of it.
 */
import type { Bus } from "./bus.js";

interface Pending {
  subject: string;
  data: Uint8Array;
  resolve: () => void;
}

const RETRY_MIN_MS = 50;
const RETRY_MAX_MS = 2000;

export class DurablePublisher {
  private readonly queue: Pending[] = [];
  private running = false;
  private closed = false;

  constructor(
    private readonly bus: Bus,
    private readonly onRetry: (reason: string) => void = () => {},
  ) {}

  /** Queues a message; resolves once the stream stored it (or the publisher was closed). */
  publish(subject: string, data: Uint8Array): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.queue.push({ subject, data, resolve });
      if (!this.running) void this.drain();
    });
  }

  /** Resolves when everything queued so far is stored. */
  idle(): Promise<void> {
    if (this.queue.length === 0 && !this.running) return Promise.resolve();
    return this.publish("", new Uint8Array()); // a marker: resolves when reached
  }

  /** Stops retrying; what is still queued is given up. */
  close(): void {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve();
  }

  private async drain(): Promise<void> {
    this.running = true;
    let delay = RETRY_MIN_MS;
    let told = false;
    while (this.queue.length > 0 && !this.closed) {
      const next = this.queue[0]!;
      if (next.subject !== "") {
        try {
          await this.bus.publishDurable(next.subject, next.data);
        } catch (err) {
          if ((err as { code?: string }).code === "E_CLOSED") {
            this.close();
            break;
          }
          if (!told) this.onRetry(`durable publish to ${next.subject} failed (${(err as Error).message}); retrying`);
          told = true;
          await new Promise((r) => setTimeout(r, delay));
          delay = Math.min(RETRY_MAX_MS, delay * 2);
          continue;
        }
      }
      delay = RETRY_MIN_MS;
      told = false;
      this.queue.shift();
      next.resolve();
    }
    this.running = false;
  }
}
