/**
 * A bus connection that can be cut, as a worker's is when its process dies or its network
 * goes: from `sever()` on, nothing it publishes goes out and nothing reaches its handlers.
 * The test harness (run-local.ts) loses a worker this way, in the middle of a run, without
 * stopping it gracefully (a graceful stop would tell the others what it was doing).
 */
import type { Bus, BusMessage, BusSubscription, DurableConsumption, ReplayOptions, StreamMessage, StreamOutcome } from "../bus/bus.js";
import { ErrorCode, WeftError } from "../errors.js";

export class SeverableBus implements Bus {
  private cut = false;
  private readonly subs = new Set<BusSubscription>();
  private readonly feeds = new Set<{ stop(): void }>();

  /** `sent(subject, data)`: told of each durable publish that went out (the harness reads the worker's log with it). */
  constructor(
    private readonly inner: Bus,
    private readonly sent: (subject: string, data: Uint8Array) => void = () => {},
  ) {}

  get kind() {
    return this.inner.kind;
  }

  get maxPayload() {
    return this.inner.maxPayload;
  }

  get identity() {
    return this.inner.identity;
  }

  get severed(): boolean {
    return this.cut;
  }

  /** Cuts the connection: subscriptions and feeds stop; publishes from now on vanish. */
  sever(): void {
    this.cut = true;
    for (const s of this.subs) s.unsubscribe();
    for (const f of this.feeds) f.stop();
    this.subs.clear();
    this.feeds.clear();
  }

  publish(subject: string, data: Uint8Array): void {
    if (!this.cut) this.inner.publish(subject, data);
  }

  async publishDurable(subject: string, data: Uint8Array, opts?: { msgId?: string }): Promise<void> {
    // A dead process waits for no acknowledgement: what it sends is simply lost.
    if (this.cut) return;
    await this.inner.publishDurable(subject, data, opts);
    this.sent(subject, data);
  }

  subscribe(subject: string, handler: (msg: BusMessage) => void, opts?: { queue?: string }): BusSubscription {
    if (this.cut) return { unsubscribe: () => {} };
    const sub = this.inner.subscribe(subject, (msg) => !this.cut && handler(msg), opts);
    this.subs.add(sub);
    return {
      unsubscribe: () => {
        this.subs.delete(sub);
        sub.unsubscribe();
      },
    };
  }

  request(subject: string, data: Uint8Array, opts: { timeoutMs: number }): Promise<Uint8Array> {
    if (this.cut) return Promise.reject(new WeftError(ErrorCode.Closed, "the connection was cut (a lost worker)"));
    return this.inner.request(subject, data, opts);
  }

  flush(): Promise<void> {
    return this.cut ? Promise.resolve() : this.inner.flush();
  }

  writeNow(): void {
    if (!this.cut) this.inner.writeNow?.();
  }

  kv: Bus["kv"] = (bucket, opts) => this.inner.kv(bucket, opts);
  objects: Bus["objects"] = (bucket, opts) => this.inner.objects(bucket, opts);
  ensureStream: Bus["ensureStream"] = (name, subjects, opts) => this.inner.ensureStream(name, subjects, opts);
  streamExists: Bus["streamExists"] = (name) => this.inner.streamExists(name);
  streamSubjects: Bus["streamSubjects"] = (name) => this.inner.streamSubjects(name);
  streamCapturing: Bus["streamCapturing"] = (subject) => this.inner.streamCapturing(subject);
  nextMessage: Bus["nextMessage"] = (stream, subject, seq) => this.inner.nextMessage(stream, subject, seq);
  purgeSubject: Bus["purgeSubject"] = (stream, subject) => this.inner.purgeSubject(stream, subject);

  async replay(
    stream: string,
    subject: string,
    handler: (data: Uint8Array, subject: string, seq: number) => void,
    opts?: ReplayOptions,
  ): Promise<{ stop(): void }> {
    return this.feed(await this.inner.replay(stream, subject, (data, s, seq) => !this.cut && handler(data, s, seq), opts));
  }

  async consume(
    stream: string,
    durable: string,
    subject: string,
    handler: (msg: StreamMessage) => Promise<StreamOutcome>,
    opts?: { inFlight?: number },
  ): Promise<DurableConsumption> {
    const consumer = await this.inner.consume(stream, durable, subject, (m) => (this.cut ? Promise.resolve("retry") : handler(m)), opts);
    return { ...this.feed(consumer), ackFloor: () => consumer.ackFloor() };
  }

  private feed(f: { stop(): void }): { stop(): void } {
    if (this.cut) {
      f.stop();
      return f;
    }
    this.feeds.add(f);
    return {
      stop: () => {
        this.feeds.delete(f);
        f.stop();
      },
    };
  }

  onStatus: Bus["onStatus"] = (listener) => this.inner.onStatus(listener);
  stats: Bus["stats"] = () => this.inner.stats();
  close: Bus["close"] = () => this.inner.close();
}
