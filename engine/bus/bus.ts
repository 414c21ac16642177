/**
 * The message bus weft runs on: core pub/sub and request/reply, a KV store, an object store
 * and a replayable log stream. Two implementations pass one conformance suite
 * (test/conformance/bus-conformance.test.ts): NatsBus (real NATS + JetStream) and MemoryBus (in-process,
 * for `weft run` on a machine without nats-server).
 */

/** One received message. `respond` answers a request (a no-op for a plain publish). */
export interface BusMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  respond(data: Uint8Array): void;
}

export interface BusSubscription {
  unsubscribe(): void;
}

/** A KV entry with the revision used for compare-and-set. */
/** Where a replay starts, and how many messages it asks for at a time. */
export interface ReplayOptions {
  readonly from?: "first" | "new" | number;
  /**
   * Messages one pull asks for (NATS; default 100). A reader that handles records in batches
   * takes more per pull, so the stream keeps coming while it works on a batch.
   */
  readonly pull?: number;
  /**
   * Called each time the replay's consumer went away or could not be made again (NATS: deleted
   * with its stream, a server restart, missed heartbeats). Delivery resumes by itself once it
   * can, so a stream deleted goes unnoticed otherwise: this is where a reader asks why, and
   * no look is needed while all is well.
   */
  readonly onInterrupted?: () => void;
}

export interface KvEntry {
  readonly value: Uint8Array;
  readonly revision: number;
}

export interface KvBucket {
  get(key: string): Promise<KvEntry | undefined>;
  /** Unconditional write; returns the new revision. */
  put(key: string, value: Uint8Array): Promise<number>;
  /**
   * Writes `value` under every key (unconditional), all at once: on NATS the writes go out
   * pipelined and their acks are counted on one reply subject, where a put each costs a
   * request (a promise, a timer and errors per key). Resolves once all were stored; rejects when
   * one was refused or not all were acknowledged in time (some may have been stored then).
   */
  putAll(keys: readonly string[], value: Uint8Array): Promise<void>;
  /** Writes only if the key does not exist (or was deleted); else throws WeftError E_KV_CONFLICT. */
  create(key: string, value: Uint8Array): Promise<number>;
  /** Writes only if the key's current revision is `revision`; else throws WeftError E_KV_CONFLICT. */
  update(key: string, value: Uint8Array, revision: number): Promise<number>;
  /** Deletes the key; with `revision`, only if that is still its current revision (else E_KV_CONFLICT). */
  delete(key: string, revision?: number): Promise<void>;
  /**
   * Live keys (deleted ones excluded); with `filter`, those it matches, read as a subject
   * (`alice.>`: the keys under `alice.`). A server can allow a user to list under a filter only.
   */
  keys(filter?: string): Promise<string[]>;
  /** Deletes the key and whatever history of it the bucket keeps (NATS KV purge); no such key is not an error. */
  purge(key: string): Promise<void>;
  /**
   * Removes the key and every record of it, leaving nothing behind (a delete or purge leaves a
   * marker in the bucket until it ages out, which a watch starting later still reads). A watch
   * does not report it: for entries that readers need not see go. No such key is not an error.
   */
  erase(key: string): Promise<void>;
  /**
   * Follows the live keys (with `filter`, those it matches, read as a subject): resolves once
   * `onChange` was called with each key's value there is now, then reports every put, delete and
   * purge as it happens, until stopped. What a reader that used to list the keys every second
   * wants: one long-lived consumer on NATS instead of one made and deleted per listing. On NATS the
   * consumer is made again after a reconnect or when it goes away; what changed meanwhile is
   * reported then (a key deleted meanwhile, as deleted), so {@link KvWatch.current} matches the
   * bucket again. A key written twice quickly may be reported once, with its last value (the
   * bucket keeps one per key); entries that age out of a bucket with `maxAgeMs` are not reported.
   */
  watch(onChange: (change: KvChange) => void, opts?: { filter?: string }): Promise<KvWatch>;
}

/** What a KV watch reports: the key's new entry, or undefined when it was deleted or purged. */
export interface KvChange {
  readonly key: string;
  readonly entry: KvEntry | undefined;
}

/** A running KV watch. */
export interface KvWatch {
  /** The live keys it follows, with their entries as last reported. */
  current(): ReadonlyMap<string, KvEntry>;
  /** Ends the watch (also ended when its bus closes); no change is reported after. */
  stop(): void;
}

export interface ObjectBucket {
  put(name: string, data: Uint8Array): Promise<void>;
  /** The stored bytes, or undefined when there is no such object. */
  get(name: string): Promise<Uint8Array | undefined>;
}

export interface ObjectBucketOptions {
  /**
   * Objects are written once and never replaced, purged or deleted, by anyone (the stream
   * refuses it): a put of a name that exists stores nothing, and fails if the bytes differ.
   * Only when the bucket's stream is created with it (the coordinator creates weft_bundles so).
   */
  writeOnce?: boolean;
}

export interface BucketOptions {
  /** Entries older than this disappear (bucket-level max_age; per-key TTLs do nothing on 2.9). */
  maxAgeMs?: number;
  /** Kept in the server's memory, not on its disk: writable while the file store is full. */
  memory?: boolean;
}

/** How a durable consumer hands messages over. */
export interface ConsumeOptions {
  /** How many messages may be with the handler at once (default 1: one at a time). */
  readonly inFlight?: number;
}

/** A message of a durable consumer, with its stream sequence (unique in its stream). */
export interface StreamMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly seq: number;
  /**
   * Bus.consume only: true when this durable handed the message over before (a JetStream
   * delivery count above 1), so it may have been handled already; false for a first delivery.
   */
  readonly redelivered?: boolean;
}

/** A running durable consumer (Bus.consume). */
export interface DurableConsumption {
  stop(): void;
  /**
   * The consumer's ack floor as the server has it now: every message of its subject at or below
   * this stream sequence is acknowledged (or termed) and is never delivered to it again.
   */
  ackFloor(): Promise<number>;
}

/**
 * What a durable consumer's handler did with a message: "ack" done, "term" never to be
 * delivered again (it was dealt with otherwise), "retry" deliver it again shortly.
 */
export type StreamOutcome = "ack" | "term" | "retry";

/** Counters of what this connection moved, for accounting and benchmarks. */
export interface BusStats {
  msgsOut: number;
  bytesOut: number;
  msgsIn: number;
  bytesIn: number;
}

/**
 * A connection's changes: "disconnected" when it drops, "reconnecting" while it tries again,
 * "reconnected" once it is back, "closed" for good. MemoryBus only closes.
 */
export type BusStatus = "disconnected" | "reconnecting" | "reconnected" | "closed";

export interface Bus {
  readonly kind: "nats" | "memory";
  /** Fire-and-forget publish. Throws synchronously when data exceeds maxPayload. */
  publish(subject: string, data: Uint8Array): void;
  /**
   * Publish to a subject a stream captures, resolved once the stream has stored it
   * (JetStream publish with ack). Survives a server restart where a plain publish may not.
   * With `msgId`, a repeated publish of the same id is stored once (JetStream de-duplication).
   */
  publishDurable(subject: string, data: Uint8Array, opts?: { msgId?: string }): Promise<void>;
  /** Subjects may use NATS wildcards `*` (one token) and `>` (the rest). `queue` load-balances. */
  subscribe(subject: string, handler: (msg: BusMessage) => void, opts?: { queue?: string }): BusSubscription;
  /** Request/reply; rejects with WeftError E_NO_RESPONDERS or E_TIMEOUT. */
  request(subject: string, data: Uint8Array, opts: { timeoutMs: number }): Promise<Uint8Array>;
  /** Resolves when everything published so far has reached the server. */
  flush(): Promise<void>;
  /**
   * Writes what this connection holds to send to its socket now, instead of once the current
   * turn's code is done (nats.js writes from a microtask). For an answer whose sender has more
   * work in the same turn. Absent: nothing to do (MemoryBus delivers as it publishes).
   */
  writeNow?(): void;
  /** The largest payload one publish may carry. */
  readonly maxPayload: number;
  /**
   * Who this connection authenticated as, as one subject token (engine/client/owner.ts): the
   * owner of the runs it submits. Absent or "" without per-user credentials.
   */
  readonly identity?: string;
  kv(bucket: string, opts?: BucketOptions): Promise<KvBucket>;
  objects(bucket: string, opts?: ObjectBucketOptions): Promise<ObjectBucket>;
  /**
   * Creates the stream if missing (idempotent): it captures every message on `subjects`. An
   * existing stream keeps its config, but with `updateSubjects` its subjects become `subjects`
   * (a stream made by an older version; the messages it holds stay).
   */
  ensureStream(name: string, subjects: string[], opts?: BucketOptions & { updateSubjects?: boolean }): Promise<void>;
  /**
   * Delivers, in order, every message of `stream` stored on `subject` (wildcards allowed)
   * from the first (or, with `from: "new"`, only those stored from now on; with a number, from
   * that stream sequence on: a streaming job's source resuming at its checkpoint), then follows new
   * ones until stopped, across reconnects. `stop` ends delivery. The handler also gets the
   * message's stream sequence (a reader can resume after it).
   */
  replay(
    stream: string,
    subject: string,
    handler: (data: Uint8Array, subject: string, seq: number) => void,
    opts?: ReplayOptions,
  ): Promise<{ stop(): void }>;
  /** Whether a stream of that name exists. */
  streamExists(name: string): Promise<boolean>;
  /**
   * The name of the stream that captures `subject` (no wildcards): where a durable publish to it
   * is stored; undefined when no stream does (such a publish fails).
   */
  streamCapturing(subject: string): Promise<string | undefined>;
  /** The subjects a stream captures; undefined when there is no stream of that name. */
  streamSubjects(name: string): Promise<readonly string[] | undefined>;
  /**
   * Deletes every message of `stream` stored on `subject` (wildcards allowed): a finished run's
   * log, once it is past its retention. Nothing to delete is not an error; a missing stream is.
   */
  purgeSubject(stream: string, subject: string): Promise<void>;
  /**
   * A durable consumer `durable` on `stream`, filtered by `subject` (wildcards allowed), created
   * if missing: it delivers, in order, every message it has not had acked or termed, including
   * those stored while nobody consumed (the position lives with the stream, not this
   * connection). At most `inFlight` (default 1) messages are handed over before the earlier ones
   * settle; a handler that throws counts as "retry". `stop` ends delivery (the consumer and its
   * position remain). Throws E_NOT_FOUND when the stream does not exist.
   */
  consume(
    stream: string,
    durable: string,
    subject: string,
    handler: (msg: StreamMessage) => Promise<StreamOutcome>,
    opts?: ConsumeOptions,
  ): Promise<DurableConsumption>;
  /**
   * The first message of `stream` at or after sequence `seq` on `subject` (wildcards allowed),
   * or undefined when there is none (yet): a direct read, with no consumer on the server. For a
   * reader that keeps its own position (a durable consumer's position on an object store
   * stream is moved past unread messages by the store's roll-ups on nats-server 2.9).
   * Throws E_NOT_FOUND when the stream does not exist.
   */
  nextMessage(stream: string, subject: string, seq: number): Promise<StreamMessage | undefined>;
  /** Connection status changes (reconnects). */
  onStatus(listener: (status: BusStatus) => void): void;
  stats(): BusStats;
  /** Drains and closes. Calls after close throw WeftError E_CLOSED. */
  close(): Promise<void>;
}
