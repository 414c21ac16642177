/**
 * Publishes to stream-captured subjects, each message acknowledged by JetStream, retrying
 * through disconnects and server restarts. Used for everything a run's history is made of
 * (task and run events), so a NATS restart mid-run loses none of it.
 *
 * Messages go out at once, in order, up to WINDOW awaiting their acks (waiting for each ack
 * before the next send would put a JetStream round trip on every hop of a run). Each carries
 * a message id, so a retry after a lost ack is stored once (JetStream de-duplicates by id).
 */
import { randomBytes } from "node:crypto";
import type { Bus } from "./bus.js";

interface Pending {
  subject: string;
  data: Uint8Array;
  id: string;
  resolve: () => void;
}

const WINDOW = 64;
const RETRY_MIN_MS = 50;
const RETRY_MAX_MS = 2000;

export class DurablePublisher {
  private readonly waiting: Pending[] = [];
  private readonly inFlight = new Set<Pending>();
  private readonly idleWaiters: Array<() => void> = [];
  private readonly prefix = `${process.pid.toString(36)}-${randomBytes(4).toString("hex")}`;
  private seq = 0;
  private closed = false;
  private told = false;

  constructor(
    private readonly bus: Bus,
    private readonly onRetry: (reason: string) => void = () => {},
    /** Told of each failure and each success (a full JetStream store refuses writes for a while). */
    private readonly watch?: { stored(): void; failed(err: unknown): void },
  ) {}

  /** Sends a message; resolves once the stream stored it (or the publisher was closed). */
  publish(subject: string, data: Uint8Array): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.waiting.push({ subject, data, id: `${this.prefix}-${(this.seq++).toString(36)}`, resolve });
      this.pump();
    });
  }

  /** Resolves when everything published so far is stored. */
  idle(): Promise<void> {
    if (this.waiting.length === 0 && this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops retrying; what is still pending is given up. */
  close(): void {
    this.closed = true;
    for (const p of [...this.waiting.splice(0), ...this.inFlight]) p.resolve();
    this.inFlight.clear();
    this.settle();
  }

  private pump(): void {
    while (!this.closed && this.inFlight.size < WINDOW && this.waiting.length > 0) {
      const p = this.waiting.shift()!;
      this.inFlight.add(p);
      this.attempt(p, RETRY_MIN_MS);
    }
  }

  private attempt(p: Pending, delay: number): void {
    if (this.closed) return;
    this.bus.publishDurable(p.subject, p.data, { msgId: p.id }).then(
      () => {
        this.watch?.stored();
        this.told = false;
        this.inFlight.delete(p);
        p.resolve();
        this.pump();
        this.settle();
      },
      (err: unknown) => {
        const code = (err as { code?: string }).code;
        if (code === "E_CLOSED") return this.close();
        if (code === "E_PAYLOAD_TOO_LARGE") {
          // No retry can make it fit: given up, and said (callers keep what they log below max_payload).
          this.onRetry(`durable publish to ${p.subject} given up: ${(err as Error).message}`);
          this.inFlight.delete(p);
          p.resolve();
          this.pump();
          this.settle();
          return;
        }
        this.watch?.failed(err);
        if (!this.told) this.onRetry(`durable publish to ${p.subject} failed (${(err as Error).message}); retrying`);
        this.told = true;
        setTimeout(() => this.attempt(p, Math.min(RETRY_MAX_MS, delay * 2)), delay);
      },
    );
  }

  private settle(): void {
    if (this.waiting.length > 0 || this.inFlight.size > 0) return;
    for (const w of this.idleWaiters.splice(0)) w();
  }
}
