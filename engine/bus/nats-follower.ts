/**
 * Follows a JetStream stream with a consumer of our own per attempt, made again whenever the one
 * it has stops serving: on every reconnect, when its consumer goes away (deleted by someone, or
 * gone with a server restart), when an attempt to make it hangs, and when it falls silent. The
 * NatsBus uses it for replays and KV watches (nats-bus.ts).
 *
 * Not the client's ordered consumer: that one noticed a deleted consumer only after two missed
 * heartbeats of 15 s and then *deleted* the old one itself (a right no reader of the run log has,
 * see docs/security.md); the client's own reset was also seen to go silent after a server
 * restart (2.9.10, v3.4 client). Nothing here deletes a consumer: an abandoned one expires on the
 * server (inactive_threshold). One `filter_subject`, which 2.9 understands (not `filter_subjects`).
 */
import { nanos, nuid } from "@nats-io/transport-node";
import { AckPolicy, type ConsumerConfig, type ConsumerInfo, type ConsumerMessages, type JetStreamClient, type JetStreamManager, type JsMsg } from "@nats-io/jetstream";

/** A follower's consumer, abandoned (its reader stopped or died), is removed by the server after this long. */
const INACTIVE_MS = 30_000;
/** How long one pull waits before the next is sent. */
const PULL_EXPIRES_MS = 5000;
/**
 * The server's heartbeat to an idle consumer: two missed (about 1 s), and the client says so and
 * a new consumer is made (its consumer was deleted, or its server went away).
 */
const HEARTBEAT_MS = 500;
/**
 * Heard nothing from its consumer (no message, no heartbeat) for this long while connected: a new
 * one is made. The client's own heartbeat check stops at a disconnect and resumes only once it
 * has found its consumer again, which a server coming back slowly can leave undone.
 */
const SILENT_MS = 6 * HEARTBEAT_MS;
/** An attempt to make a consumer (API calls on a server still coming back) is given up after this long. */
const ATTEMPT_TIMEOUT_MS = 10_000;
/** Backoff between failed attempts while the server comes back. */
const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 2000;

/** One consumer of a follower: where it starts, and what it does with what it gets. */
export interface FollowAttempt {
  /** Where the consumer starts and what it reads (the rest of its config is the follower's). */
  readonly config: Pick<ConsumerConfig, "filter_subject" | "deliver_policy"> & Partial<Pick<ConsumerConfig, "opt_start_seq">>;
  /** Messages one pull asks for. */
  readonly pull?: number;
  /** The consumer is made, with this many messages for it in the stream (`info`: the server's reply). */
  started?(pending: number, info: ConsumerInfo): void;
  onMessage(m: JsMsg): void;
  /**
   * The consumer's idle heartbeat: it has nothing more to deliver for now. (The pending count a
   * message carries is not enough: a key rewritten between a last-per-subject consumer's creation
   * and its first pull leaves it 1 too high for good on 2.9.10.)
   */
  idle?(): void;
}

/** What a follower needs of its bus. */
export interface FollowerBus {
  manager(): Promise<JetStreamManager>;
  readonly js: JetStreamClient;
  /** The bus is open (not closing or closed). */
  isOpen(): boolean;
  /** The connection is up (not disconnected or reconnecting). */
  isConnected(): boolean;
}

export class StreamFollower {
  #stopped = false;
  #current: ConsumerMessages | undefined;
  /** Bumped by each attempt: what an older attempt's consumer delivers or says is ignored. */
  #generation = 0;
  #reopening = false;
  /** When its current consumer last said anything (message or status); the silence check reads it. */
  #lastHeard = Date.now();
  #silenceCheck: NodeJS.Timeout | undefined;

  constructor(
    private readonly bus: FollowerBus,
    private readonly stream: string,
    private readonly attempt: () => FollowAttempt,
    /** Hears each time the consumer went away, fell silent or could not be made again (a reader may ask why). */
    private readonly interrupted?: () => void,
  ) {}

  /** Makes the first consumer; throws what making it threw (the caller decides whether to try again). */
  async start(): Promise<void> {
    await this.#open();
    this.#silenceCheck ??= this.#watchSilence();
  }

  /** Makes a new consumer (after a reconnect, or when the current one stopped serving), retrying with backoff. */
  async reopen(): Promise<void> {
    if (this.#reopening || this.#stopped) return;
    this.#reopening = true;
    try {
      for (let delay = RETRY_FIRST_MS; !this.#stopped && this.bus.isOpen(); delay = Math.min(RETRY_MAX_MS, delay * 2)) {
        try {
          await this.#boundedOpen();
          return;
        } catch {
          if (!this.#stopped) this.interrupted?.();
          await new Promise((r) => setTimeout(r, delay));
        }
      }
    } finally {
      this.#reopening = false;
    }
  }

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    clearInterval(this.#silenceCheck);
    // Its consumer is left to expire on the server (readers may not delete consumers).
    void this.#current?.close().catch(() => {});
  }

  /** #open, given up after ATTEMPT_TIMEOUT_MS (a request to a server coming back can go unanswered). */
  async #boundedOpen(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const opening = this.#open();
    try {
      await Promise.race([
        opening,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            this.#generation++; // the late attempt, should it end, finds itself stale
            reject(new Error(`making a consumer on stream "${this.stream}" took over ${ATTEMPT_TIMEOUT_MS} ms`));
          }, ATTEMPT_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      opening.catch(() => {});
    }
  }

  async #open(): Promise<void> {
    const mine = ++this.#generation;
    const stale = () => this.#stopped || mine !== this.#generation;
    void this.#current?.close().catch(() => {});
    this.#current = undefined;
    this.#lastHeard = Date.now();
    const jsm = await this.bus.manager();
    const a = this.attempt();
    const info = await jsm.consumers.add(this.stream, {
      name: `weft_${nuid.next()}`,
      ...a.config,
      ack_policy: AckPolicy.None,
      max_deliver: 1,
      mem_storage: true,
      num_replicas: 1,
      inactive_threshold: nanos(INACTIVE_MS),
    });
    if (stale()) return;
    a.started?.(info.num_pending, info);
    const consumer = this.bus.js.consumers.getConsumerFromInfo(info);
    /** The consumer's sequence of the last message handled. */
    let delivered = 0;
    const messages = await consumer.consume({
      // A deleted consumer ends the consumption at once (the server tells its pending pull), or
      // after two missed heartbeats (below): then it is made again.
      abort_on_missing_resource: true,
      idle_heartbeat: HEARTBEAT_MS,
      expires: PULL_EXPIRES_MS,
      ...(a.pull !== undefined ? { max_messages: a.pull } : {}),
      callback: (m) => {
        if (stale()) return;
        this.#lastHeard = Date.now();
        delivered = m.info.deliverySequence;
        a.onMessage(m);
      },
    });
    if (stale()) {
      void messages.close().catch(() => {});
      return;
    }
    this.#current = messages;
    void messages.closed().then(() => {
      if (!stale() && this.bus.isOpen()) {
        this.interrupted?.();
        void this.reopen();
      }
    });
    // A consumer on a server that went away (this connection being to another one) goes
    // silent: the client asks for its info until it answers, which it never does. Its missed
    // heartbeats say so: a new consumer, from where the attempt says, is placed on a live server.
    void (async () => {
      for await (const s of messages.status()) {
        if (stale()) return;
        this.#lastHeard = Date.now();
        // Idle, and every message it sent is in: the messages before the heartbeat were handled first.
        if (s.type === "heartbeat" && s.lastConsumerSequence <= delivered) a.idle?.();
        else if (s.type === "heartbeats_missed" && this.bus.isOpen()) {
          this.interrupted?.();
          void this.reopen();
          return;
        }
      }
    })().catch(() => {});
  }

  /** Every heartbeat or so: a consumer silent for SILENT_MS while connected is made again. */
  #watchSilence(): NodeJS.Timeout {
    let lastTick = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      // A tick that comes late means this process was busy, not that the consumer fell silent:
      // what it said meanwhile may still be queued behind the tick.
      const late = now - lastTick > 2 * HEARTBEAT_MS;
      lastTick = now;
      if (late) this.#lastHeard = Math.max(this.#lastHeard, now - HEARTBEAT_MS);
      if (this.#stopped || this.#reopening || !this.bus.isConnected() || !this.bus.isOpen()) return;
      if (now - this.#lastHeard > SILENT_MS) {
        this.interrupted?.();
        void this.reopen();
      }
    }, HEARTBEAT_MS);
    timer.unref();
    return timer;
  }
}
