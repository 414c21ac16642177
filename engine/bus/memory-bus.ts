/**
 * An in-process Bus with the semantics of NatsBus (see test/conformance/bus-conformance.test.ts): used by
 * `weft run` on a machine without nats-server, where a coordinator and its workers share one
 * MemoryBroker, each through its own connection.
 */
import { createHash, randomUUID } from "node:crypto";
import { ErrorCode, WeftError } from "../errors.js";
import type {
  BucketOptions,
  Bus,
  BusMessage,
  BusStats,
  BusStatus,
  BusSubscription,
  KvBucket,
  KvChange,
  KvWatch,
  StreamMessage,
  StreamOutcome,
  ConsumeOptions,
  DurableConsumption,
  KvEntry,
  ObjectBucket,
  ObjectBucketOptions,
  ReplayOptions,
} from "./bus.js";
import { assertKvKey, assertName, assertSubject, noStreamCaptures, subjectMatches } from "./subject-match.js";
import { MemoryDurables } from "./memory-durables.js";
import { MemKv, MemStream, type Follower, type KvRecord, type StoredMsg } from "./memory-stores.js";
import { KvMirror } from "./kv-mirror.js";
import { objectDigestOf, objectMetaSubject, objectMetaSubjects, objectStreamName, type ObjectMeta } from "./object-store-layout.js";

/** NATS's default max_payload (1 MiB), which MemoryBus enforces the same way. */
export const DEFAULT_MAX_PAYLOAD = 1024 * 1024;

/** Deliveries run per event-loop turn before yielding, so a flood cannot starve timers and I/O. */
const DELIVERY_BATCH = 10_000;

interface MemSub {
  readonly pattern: string;
  readonly queue: string | undefined;
  readonly conn: MemoryConnection;
  readonly handler: (msg: BusMessage) => void;
  active: boolean;
}

interface Delivery {
  readonly sub: MemSub;
  readonly subject: string;
  readonly data: Uint8Array;
  readonly reply: string | undefined;
}

/**
 * The shared state of in-process buses: subscriptions, KV buckets, object buckets and
 * streams. Create one per "cluster" and connect every participant with {@link connectMemoryBus}.
 */
export class MemoryBroker {
  /** The largest payload one publish may carry (default 1 MiB, like nats-server). */
  readonly maxPayload: number;
  readonly #subs = new Set<MemSub>();
  readonly #queueCursor = new Map<string, number>();
  readonly #kv = new Map<string, MemKv>();
  readonly #objects = new Map<string, Map<string, Uint8Array>>();
  readonly #streams = new Map<string, MemStream>();
  /** FIFO of deliveries; consumed slots are cleared so payloads can be collected. */
  #pending: (Delivery | undefined)[] = [];
  #pendingHead = 0;
  #scheduled = false;
  #nextConnId = 1;

  constructor(opts: { maxPayload?: number } = {}) {
    this.maxPayload = opts.maxPayload ?? DEFAULT_MAX_PAYLOAD;
  }

  /** @internal */
  nextConnectionId(): number {
    return this.#nextConnId++;
  }

  /** @internal */
  addSub(sub: MemSub): void {
    this.#subs.add(sub);
  }

  /** @internal Stops routing to `sub`; deliveries already queued still arrive while it is active. */
  removeSub(sub: MemSub): void {
    this.#subs.delete(sub);
  }

  /**
   * @internal Routes one message: every plain subscriber that matches gets it, each queue
   * group (keyed by queue name, as nats-server groups them) gets it once, round-robin; any
   * stream whose subjects match stores it. Returns how many subscriptions will receive it.
   */
  route(subject: string, data: Uint8Array, reply: string | undefined): number {
    let receivers = 0;
    let groups: Map<string, MemSub[]> | undefined;
    for (const sub of this.#subs) {
      if (!subjectMatches(sub.pattern, subject)) continue;
      if (sub.queue === undefined) {
        this.#enqueue({ sub, subject, data, reply });
        receivers++;
      } else {
        groups ??= new Map();
        const members = groups.get(sub.queue);
        if (members) members.push(sub);
        else groups.set(sub.queue, [sub]);
      }
    }
    if (groups) {
      for (const [queue, members] of groups) {
        const cursor = this.#queueCursor.get(queue) ?? 0;
        this.#queueCursor.set(queue, cursor + 1);
        this.#enqueue({ sub: members[cursor % members.length]!, subject, data, reply });
        receivers++;
      }
    }
    for (const stream of this.#streams.values()) {
      if (stream.subjects.some((p) => subjectMatches(p, subject))) this.#append(stream, subject, data);
    }
    return receivers;
  }

  #enqueue(d: Delivery): void {
    d.sub.conn.pendingDeliveries++;
    this.#pending.push(d);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // Never deliver inside publish: NATS delivery is always asynchronous, and code that
    // publishes from a handler must not re-enter itself.
    setImmediate(() => this.#deliver());
  }

  #deliver(): void {
    this.#scheduled = false;
    const end = Math.min(this.#pending.length, this.#pendingHead + DELIVERY_BATCH);
    while (this.#pendingHead < end) {
      const d = this.#pending[this.#pendingHead]!;
      this.#pending[this.#pendingHead++] = undefined;
      d.sub.conn.pendingDeliveries--;
      if (d.sub.active) d.sub.conn.dispatch(d.sub, d.subject, d.data, d.reply);
      d.sub.conn.checkDrained();
    }
    if (this.#pendingHead >= this.#pending.length) {
      this.#pending = [];
      this.#pendingHead = 0;
    } else {
      // Under sustained load the queue never empties: drop the consumed prefix now and then.
      if (this.#pendingHead > DELIVERY_BATCH && this.#pendingHead * 2 > this.#pending.length) {
        this.#pending = this.#pending.slice(this.#pendingHead);
        this.#pendingHead = 0;
      }
      this.#schedule();
    }
  }

  /** @internal */
  kvBucket(name: string, opts: BucketOptions | undefined): MemKv {
    let kv = this.#kv.get(name);
    if (!kv) {
      // Like NATS create-or-bind: the first creation's options stay.
      kv = new MemKv(opts?.maxAgeMs);
      this.#kv.set(name, kv);
    }
    return kv;
  }

  /** @internal */
  objectBucket(name: string): Map<string, Uint8Array> {
    let b = this.#objects.get(name);
    if (!b) {
      b = new Map();
      this.#objects.set(name, b);
    }
    return b;
  }

  /** @internal */
  ensureStream(name: string, subjects: string[], opts: BucketOptions | undefined): void {
    if (!this.#streams.has(name)) this.#streams.set(name, new MemStream([...subjects], opts?.maxAgeMs));
  }

  readonly #msgIds = new Set<string>();

  /** @internal True the first time a durable message id is seen (de-duplication, like JetStream's window). */
  firstSeen(id: string): boolean {
    if (this.#msgIds.has(id)) return false;
    this.#msgIds.add(id);
    if (this.#msgIds.size > 100_000) this.#msgIds.delete(this.#msgIds.values().next().value!);
    return true;
  }

  /** @internal True when some stream captures `subject`. */
  captured(subject: string): boolean {
    return this.capturing(subject) !== undefined;
  }

  /** @internal The stream that captures `subject`, by name. */
  capturing(subject: string): string | undefined {
    for (const [name, s] of this.#streams) if (s.subjects.some((p) => subjectMatches(p, subject))) return name;
    return undefined;
  }

  /** @internal The last sequence stored in a stream (0 when empty or missing). */
  lastSeq(stream: string): number {
    return this.#streams.get(stream)?.lastSeq ?? 0;
  }

  /** @internal */
  follow(stream: string, follower: Follower): () => void {
    const s = this.#streams.get(stream);
    if (!s) throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`);
    s.followers.add(follower);
    this.#pump(s, follower);
    return () => {
      follower.stopped = true;
      s.followers.delete(follower);
    };
  }

  /** @internal Durable consumers' positions and waiters. */
  readonly durables = new MemoryDurables();

  /** @internal */
  hasStream(name: string): boolean {
    return this.#streams.has(name);
  }

  /** @internal The subjects a stream captures; undefined when there is none of that name. */
  streamSubjects(name: string): readonly string[] | undefined {
    return this.#streams.get(name)?.subjects;
  }

  /** @internal Drops a stream's messages stored on `subject` (wildcards allowed). */
  purge(stream: string, subject: string): void {
    const s = this.#streams.get(stream);
    if (!s) return;
    const kept = s.msgs.filter((m) => !subjectMatches(subject, m.subject));
    s.msgs.splice(0, s.msgs.length, ...kept);
  }

  /** @internal A stream's stored messages, oldest first (none for a missing stream). */
  storedMessages(stream: string): readonly StoredMsg[] {
    const s = this.#streams.get(stream);
    s?.prune();
    return s?.msgs ?? [];
  }

  #append(stream: MemStream, subject: string, data: Uint8Array): void {
    stream.prune();
    stream.msgs.push({ seq: ++stream.lastSeq, subject, data, time: Date.now() });
    for (const [name, s] of this.#streams) if (s === stream) this.durables.wake(name);
    for (const f of stream.followers) this.#pump(stream, f);
  }

  /** Schedules delivery of everything a follower has not seen yet, in sequence order. */
  #pump(stream: MemStream, f: Follower): void {
    if (f.scheduled || f.stopped) return;
    f.scheduled = true;
    setImmediate(() => {
      f.scheduled = false;
      stream.prune();
      const first = stream.msgs[0]?.seq ?? stream.lastSeq + 1;
      let i = Math.max(0, f.nextSeq - first);
      let delivered = 0;
      while (i < stream.msgs.length && !f.stopped && delivered < DELIVERY_BATCH) {
        const m = stream.msgs[i++]!;
        f.nextSeq = m.seq + 1;
        if (!subjectMatches(f.filter, m.subject)) continue;
        delivered++;
        f.conn.runHandler(m.subject, () => f.handler(m.data, m.subject, m.seq));
      }
      if (i < stream.msgs.length && !f.stopped) this.#pump(stream, f);
    });
  }
}

function tooLarge(subject: string, size: number, max: number): WeftError {
  return new WeftError(
    ErrorCode.PayloadTooLarge,
    `message of ${size} bytes on "${subject}" exceeds max_payload (${max} bytes): chunk it or store it by reference`,
  );
}

function conflict(bucket: string, key: string, detail: string): WeftError {
  return new WeftError(ErrorCode.KvConflict, `KV ${bucket}/${key}: ${detail}`);
}

/** One participant's view of a MemoryBroker. */
class MemoryConnection implements Bus {
  readonly kind = "memory" as const;
  readonly maxPayload: number;
  /** @internal queued deliveries to this connection's subscriptions not yet handled. */
  pendingDeliveries = 0;
  readonly #broker: MemoryBroker;
  readonly #id: number;
  readonly #subs = new Set<MemSub>();
  readonly #stopFollowers = new Set<() => void>();
  readonly #pendingRequests = new Set<(err: WeftError) => void>();
  readonly #statusListeners: ((s: BusStatus) => void)[] = [];
  readonly #stats: BusStats = { msgsOut: 0, bytesOut: 0, msgsIn: 0, bytesIn: 0 };
  #state: "open" | "draining" | "closed" = "open";
  #nextInbox = 1;
  #drained: (() => void) | undefined;

  constructor(broker: MemoryBroker) {
    this.#broker = broker;
    this.#id = broker.nextConnectionId();
    this.maxPayload = broker.maxPayload;
  }

  #assertOpen(): void {
    if (this.#state !== "open") throw new WeftError(ErrorCode.Closed, "bus connection is closed");
  }

  /** The send path shared by publish, request and respond: size check, stats, route. */
  #send(subject: string, data: Uint8Array, reply: string | undefined): number {
    if (data.length > this.maxPayload) throw tooLarge(subject, data.length, this.maxPayload);
    this.#stats.msgsOut++;
    this.#stats.bytesOut += data.length;
    // Copy once: delivery is asynchronous and the publisher may reuse its buffer.
    return this.#broker.route(subject, data.slice(), reply);
  }

  publish(subject: string, data: Uint8Array): void {
    this.#assertOpen();
    assertSubject(subject, { wildcards: false });
    this.#send(subject, data, undefined);
  }

  async publishDurable(subject: string, data: Uint8Array, opts: { msgId?: string } = {}): Promise<void> {
    this.#assertOpen();
    if (opts.msgId !== undefined && !this.#broker.firstSeen(opts.msgId)) return; // a duplicate: stored once
    if (!this.#broker.captured(subject)) {
      throw new WeftError(ErrorCode.Infrastructure, noStreamCaptures(subject));
    }
    this.publish(subject, data);
  }

  subscribe(subject: string, handler: (msg: BusMessage) => void, opts: { queue?: string } = {}): BusSubscription {
    this.#assertOpen();
    assertSubject(subject, { wildcards: true });
    return this.#subscribe(subject, handler, opts.queue);
  }

  #subscribe(subject: string, handler: (msg: BusMessage) => void, queue: string | undefined): BusSubscription {
    const sub: MemSub = { pattern: subject, queue, conn: this, handler, active: true };
    this.#subs.add(sub);
    this.#broker.addSub(sub);
    return {
      unsubscribe: () => {
        sub.active = false; // drops what is queued, like a NATS unsubscribe
        this.#subs.delete(sub);
        this.#broker.removeSub(sub);
      },
    };
  }

  /** @internal Called by the broker for each delivery to one of this connection's subscriptions. */
  dispatch(sub: MemSub, subject: string, data: Uint8Array, reply: string | undefined): void {
    this.#stats.msgsIn++;
    this.#stats.bytesIn += data.length;
    const msg: BusMessage = {
      subject,
      data,
      respond: (answer: Uint8Array) => {
        if (reply === undefined) return;
        if (this.#state === "closed") throw new WeftError(ErrorCode.Closed, "bus connection is closed");
        this.#send(reply, answer, undefined);
      },
    };
    this.runHandler(subject, () => sub.handler(msg));
  }

  /** @internal Runs a handler; a throw is logged on one line and delivery goes on. */
  runHandler(subject: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      process.stderr.write(`weft bus: handler for "${subject}" threw: ${text.replace(/\s*\n\s*/g, " ")}\n`);
    }
  }

  /** @internal */
  checkDrained(): void {
    if (this.pendingDeliveries === 0 && this.#drained) this.#drained();
  }

  request(subject: string, data: Uint8Array, opts: { timeoutMs: number }): Promise<Uint8Array> {
    try {
      this.#assertOpen();
      assertSubject(subject, { wildcards: false });
    } catch (err) {
      return Promise.reject(err);
    }
    const inbox = `_INBOX.mem${this.#id}.${this.#nextInbox++}`;
    return new Promise<Uint8Array>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      let done = false;
      const finish = (err: WeftError | undefined, value?: Uint8Array): void => {
        if (done) return; // e.g. a late reply after the timeout
        done = true;
        if (timer) clearTimeout(timer);
        inboxSub.unsubscribe();
        this.#pendingRequests.delete(finish);
        if (err) reject(err);
        else resolve(value!);
      };
      const inboxSub = this.#subscribe(inbox, (m) => finish(undefined, m.data), undefined);
      this.#pendingRequests.add(finish);
      let receivers: number;
      try {
        receivers = this.#send(subject, data, inbox);
      } catch (err) {
        finish(err as WeftError);
        return;
      }
      if (receivers === 0) {
        // nats-server answers "503 no responders" at once; so do we, but asynchronously.
        setImmediate(() => finish(new WeftError(ErrorCode.NoResponders, `no responders on "${subject}"`)));
        return;
      }
      timer = setTimeout(
        () => finish(new WeftError(ErrorCode.Timeout, `request on "${subject}" timed out after ${opts.timeoutMs} ms`)),
        opts.timeoutMs,
      );
    });
  }

  async flush(): Promise<void> {
    this.#assertOpen();
    // Everything published is already in the broker: nothing to wait for.
  }

  async kv(bucket: string, opts?: BucketOptions): Promise<KvBucket> {
    this.#assertOpen();
    assertName("KV bucket", bucket);
    const kv = this.#broker.kvBucket(bucket, opts);
    const guard = (key: string): void => {
      this.#assertOpen();
      assertKvKey(key);
    };
    const write = (key: string, value: Uint8Array): number => {
      if (value.length > this.maxPayload) throw tooLarge(`${bucket}/${key}`, value.length, this.maxPayload);
      return kv.write(key, value.slice());
    };
    return {
      get: async (key): Promise<KvEntry | undefined> => {
        guard(key);
        const r = kv.last(key);
        return r?.value ? { value: r.value.slice(), revision: r.revision } : undefined;
      },
      put: async (key, value) => {
        guard(key);
        return write(key, value);
      },
      putAll: async (keys, value) => {
        keys.forEach(guard);
        for (const key of keys) write(key, value);
      },
      create: async (key, value) => {
        guard(key);
        const r = kv.last(key);
        if (r?.value) throw conflict(bucket, key, `key exists (revision ${r.revision})`);
        return write(key, value);
      },
      update: async (key, value, revision) => {
        guard(key);
        // As on NATS, the expected revision is compared with the key's last record,
        // delete markers included; 0 means "no record".
        const last = kv.last(key)?.revision ?? 0;
        if (last !== revision) throw conflict(bucket, key, `expected revision ${revision}, found ${last}`);
        return write(key, value);
      },
      delete: async (key, revision) => {
        guard(key);
        const last = kv.last(key)?.revision ?? 0;
        if (revision !== undefined && last !== revision) throw conflict(bucket, key, `expected revision ${revision}, found ${last}`);
        kv.write(key, undefined);
      },
      keys: async (filter = ">") => {
        this.#assertOpen();
        const out: string[] = [];
        for (const key of [...kv.records.keys()]) if (kv.last(key)?.value && subjectMatches(filter, key)) out.push(key);
        return out;
      },
      purge: async (key) => {
        guard(key);
        kv.write(key, undefined); // one record per key: a purge is a delete
      },
      erase: async (key) => {
        guard(key);
        kv.records.delete(key); // no record, and no watcher told
      },
      watch: async (onChange, opts) => this.#watchKv(kv, onChange, opts?.filter ?? ">"),
    };
  }

  /** A KV watch: the live keys now, then each write, reported asynchronously in write order as on NATS. */
  #watchKv(kv: MemKv, onChange: (change: KvChange) => void, filter: string): KvWatch {
    this.#assertOpen();
    assertSubject(filter, { wildcards: true });
    const mirror = new KvMirror(onChange);
    mirror.reload();
    for (const key of [...kv.records.keys()]) {
      const r = kv.last(key);
      if (r?.value && subjectMatches(filter, key)) mirror.saw(key, { value: r.value.slice(), revision: r.revision });
    }
    mirror.caughtUp();
    const watcher = (key: string, r: KvRecord): void => {
      if (!subjectMatches(filter, key)) return;
      const entry = r.value ? { value: r.value.slice(), revision: r.revision } : undefined;
      setImmediate(() => mirror.saw(key, entry)); // the mirror catches what its handler throws
    };
    kv.watchers.add(watcher);
    const stop = (): void => {
      kv.watchers.delete(watcher);
      this.#stopFollowers.delete(stop);
    };
    this.#stopFollowers.add(stop);
    return mirror.handle(stop);
  }

  async objects(bucket: string, opts?: ObjectBucketOptions): Promise<ObjectBucket> {
    this.#assertOpen();
    assertName("object bucket", bucket);
    const store = this.#broker.objectBucket(bucket);
    // The bucket's stream holds its objects' metadata, as on NATS: the object trigger reads it.
    this.#broker.ensureStream(objectStreamName(bucket), [objectMetaSubjects(bucket)], undefined);
    return {
      put: async (name, data) => {
        this.#assertOpen();
        const had = opts?.writeOnce ? store.get(name) : undefined;
        if (had) {
          if (Buffer.compare(had, data) === 0) return;
          throw new WeftError(ErrorCode.BundleMismatch, `object ${bucket}/${name} is stored already, with other bytes: objects of ${bucket} are written once and never replaced.`);
        }
        store.set(name, data.slice());
        const meta: ObjectMeta = {
          name,
          bucket,
          nuid: randomUUID(),
          size: data.length,
          chunks: data.length === 0 ? 0 : 1,
          digest: objectDigestOf(createHash("sha256").update(data).digest()),
          mtime: new Date().toISOString(),
        };
        this.#send(objectMetaSubject(bucket, name), new TextEncoder().encode(JSON.stringify(meta)), undefined);
      },
      get: async (name) => {
        this.#assertOpen();
        return store.get(name)?.slice();
      },
    };
  }

  async ensureStream(name: string, subjects: string[], opts?: BucketOptions): Promise<void> {
    this.#assertOpen();
    assertName("stream", name);
    for (const s of subjects) assertSubject(s, { wildcards: true });
    this.#broker.ensureStream(name, subjects, opts);
  }

  async replay(
    stream: string,
    subject: string,
    handler: (data: Uint8Array, subject: string, seq: number) => void,
    opts: ReplayOptions = {},
  ): Promise<{ stop(): void }> {
    this.#assertOpen();
    assertName("stream", stream);
    assertSubject(subject, { wildcards: true });
    const nextSeq = opts.from === "new" ? this.#broker.lastSeq(stream) + 1 : typeof opts.from === "number" ? Math.max(1, opts.from) : 1;
    const follower: Follower = { filter: subject, handler, conn: this, nextSeq, scheduled: false, stopped: false };
    const unfollow = this.#broker.follow(stream, follower);
    const stop = (): void => {
      unfollow();
      this.#stopFollowers.delete(stop);
    };
    this.#stopFollowers.add(stop);
    return { stop };
  }

  async streamExists(name: string): Promise<boolean> {
    this.#assertOpen();
    assertName("stream", name);
    return this.#broker.hasStream(name);
  }

  async streamCapturing(subject: string): Promise<string | undefined> {
    this.#assertOpen();
    assertSubject(subject, { wildcards: false });
    return this.#broker.capturing(subject);
  }

  async streamSubjects(name: string): Promise<readonly string[] | undefined> {
    this.#assertOpen();
    assertName("stream", name);
    return this.#broker.streamSubjects(name);
  }

  async purgeSubject(stream: string, subject: string): Promise<void> {
    this.#assertOpen();
    assertName("stream", stream);
    assertSubject(subject, { wildcards: true });
    if (!this.#broker.hasStream(stream)) throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`);
    this.#broker.purge(stream, subject);
  }

  async nextMessage(stream: string, subject: string, seq: number): Promise<StreamMessage | undefined> {
    this.#assertOpen();
    assertName("stream", stream);
    assertSubject(subject, { wildcards: true });
    if (!this.#broker.hasStream(stream)) throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`);
    const m = this.#broker.storedMessages(stream).find((x) => x.seq >= seq && subjectMatches(subject, x.subject));
    return m ? { subject: m.subject, data: m.data.slice(), seq: m.seq } : undefined;
  }

  async consume(
    stream: string,
    durable: string,
    subject: string,
    handler: (msg: StreamMessage) => Promise<StreamOutcome>,
    opts: ConsumeOptions = {},
  ): Promise<DurableConsumption> {
    this.#assertOpen();
    assertName("stream", stream);
    assertName("consumer", durable);
    assertSubject(subject, { wildcards: true });
    if (!this.#broker.hasStream(stream)) throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`);
    const open = () => this.#state === "open";
    const consumer = this.#broker.durables.consume(stream, durable, subject, () => this.#broker.storedMessages(stream), open, handler, opts.inFlight ?? 1);
    const stop = (): void => {
      consumer.stop();
      this.#stopFollowers.delete(stop);
    };
    this.#stopFollowers.add(stop);
    return { stop, ackFloor: async () => consumer.ackFloor() };
  }

  onStatus(listener: (status: BusStatus) => void): void {
    this.#statusListeners.push(listener);
  }

  stats(): BusStats {
    // Still readable after close, for final accounting.
    return { ...this.#stats };
  }

  async close(): Promise<void> {
    if (this.#state !== "open") return;
    this.#state = "draining";
    for (const stop of [...this.#stopFollowers]) stop();
    for (const fail of [...this.#pendingRequests]) fail(new WeftError(ErrorCode.Closed, "bus connection closed"));
    // Drain like NATS: no new messages, but what was already queued is still handled.
    for (const sub of this.#subs) this.#broker.removeSub(sub);
    if (this.pendingDeliveries > 0) await new Promise<void>((resolve) => (this.#drained = resolve));
    for (const sub of this.#subs) sub.active = false;
    this.#subs.clear();
    this.#state = "closed";
    for (const l of this.#statusListeners) l("closed");
  }
}

/** Opens a new connection to `broker`; each connection has its own subscriptions and stats. */
export function connectMemoryBus(broker: MemoryBroker): Bus {
  return new MemoryConnection(broker);
}
