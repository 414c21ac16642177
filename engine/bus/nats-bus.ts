/**
 * The Bus on a real NATS server (core NATS + JetStream KV, object store and streams), with the
 * v3 modular client; opening the connection (URL, credentials, TLS) is nats-connection.ts.
 * Verified against nats-server 2.9.10: nothing here needs 2.10 (a replay
 * uses one `filter_subject`, never `filter_subjects`; buckets expire by `max_age`, not per-key TTL).
 */
import { createInbox, errors as natsErrors, nanos, nuid, type Msg, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import { createHash } from "node:crypto";
import { DeliverPolicy, jetstream, jetstreamManager, JetStreamApiCodes, JetStreamApiError, StorageType, type JetStreamClient, type JetStreamManager, type MsgRequest } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { Objm } from "@nats-io/obj";
import { objectChunkSubject, objectDigestOf, objectMetaSubject, objectStreamName, parseObjectMeta, OBJECT_CHUNK_BYTES, writeOnceStreamConfig, type ObjectMeta } from "./object-store-layout.js";
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
  ObjectBucket,
  ObjectBucketOptions,
  StreamMessage,
  StreamOutcome,
  ConsumeOptions,
  DurableConsumption,
  ReplayOptions,
} from "./bus.js";
import { consumeDurable } from "./nats-durable-consumer.js";
import { assertClustered, checkReplicas, placementError, raiseReplicas } from "./nats-replicas.js";
import { describe, openNatsConnection, privateInboxPrefix, type NatsBusOptions } from "./nats-connection.js";
import { identityOf } from "./nats-identity.js";
import { KvMirror } from "./kv-mirror.js";
import { listKvKeys } from "./nats-kv-keys.js";
import { StreamFollower, type FollowAttempt } from "./nats-follower.js";
import { isKvRemoval, KV_OPERATION_HEADER, kvKeyOf, kvKeysSubject, kvStreamName } from "./kv-layout.js";
import { assertKvKey, assertName, assertSubject, noStreamCaptures } from "./subject-match.js";

export type { NatsAuth, NatsBusOptions, PermissionDenial } from "./nats-connection.js";

const DRAIN_TIMEOUT_MS = 5000;
/** Until the server has said its max_payload (NATS's default). */
const FALLBACK_MAX_PAYLOAD = 1024 * 1024;
/** How long opening a stream, bucket or replay keeps trying while JetStream times out (#patient). */
const JETSTREAM_PATIENCE_MS = 30_000;
/** How long KvBucket.putAll waits for all its acks (a batch not marked in time is tried again). */
const PUT_ALL_TIMEOUT_MS = 30_000;

/**
 * Connects to NATS at `url` and returns the Bus on it; see openNatsConnection for the URL forms,
 * credentials, the connect deadline and the errors (E_NATS_UNREACHABLE).
 */
export async function connectNatsBus(url: string, opts: NatsBusOptions = {}): Promise<Bus> {
  const replicas = checkReplicas(opts.replicas ?? 1);
  const identity = identityOf(opts.auth, url);
  const inboxPrefix = opts.privateInbox && identity ? privateInboxPrefix(identity) : undefined;
  return new NatsBus(await openNatsConnection(url, opts, inboxPrefix), replicas, identity, inboxPrefix);
}

/** Maps a client error to a WeftError; `what` names the operation for the message. */
function toWeftError(err: unknown, what: string): WeftError {
  if (err instanceof WeftError) return err;
  if (err instanceof natsErrors.ClosedConnectionError || err instanceof natsErrors.DrainingConnectionError) {
    return new WeftError(ErrorCode.Closed, `${what}: bus connection is closed`, { cause: err });
  }
  if (err instanceof natsErrors.InvalidArgumentError && err.message.includes("max_payload")) {
    return new WeftError(ErrorCode.PayloadTooLarge, `${what}: exceeds the server's max_payload`, { cause: err });
  }
  if (err instanceof Error && err.name === "JetStreamNotEnabled") {
    return new WeftError(ErrorCode.Infrastructure, `${what}: JetStream does not answer on the NATS server: it is not enabled (start nats-server with -js) or still starting`, { cause: err });
  }
  if (isStorageFull(err)) {
    return new WeftError(
      ErrorCode.StorageFull,
      `${what}: JetStream storage is full on the NATS server (${(err as Error).message}): its max_file_store is reached or the disk of its store_dir is full`,
      { cause: err },
    );
  }
  if (isTimeout(err)) return new WeftError(ErrorCode.Timeout, `${what}: timed out`, { cause: err });
  return new WeftError(ErrorCode.Infrastructure, `${what}: ${describe(err)}`, { cause: err });
}

/**
 * JetStream's "insufficient resources" (10023) and "insufficient storage resources available"
 * (10047): a write that no retry stores until space is freed or the limit raised.
 */
function isStorageFull(err: unknown): boolean {
  if (err instanceof JetStreamApiError && (err.code === 10023 || err.code === 10047)) return true;
  return err instanceof Error && /insufficient (storage )?resources/i.test(err.message);
}

/** JetStream's "no responders": not enabled, still starting, or (on a cluster) a stream without a leader. */
function isLeaderless(err: unknown): boolean {
  return err instanceof Error && (err.name === "JetStreamNotEnabled" || (err.cause instanceof Error && err.cause.name === "JetStreamNotEnabled"));
}

function isTimeout(err: unknown): boolean {
  return err instanceof natsErrors.TimeoutError || (err instanceof Error && err.cause instanceof natsErrors.TimeoutError);
}

function isWrongRevision(err: unknown): boolean {
  return (
    err instanceof JetStreamApiError &&
    (err.code === JetStreamApiCodes.StreamWrongLastSequence || err.code === JetStreamApiCodes.StreamWrongLastSequenceUnknown)
  );
}

function isStreamNotFound(err: unknown): boolean {
  return err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound;
}

/** The server's answer to adding a stream whose name exists with another config. */
const STREAM_NAME_IN_USE = 10058;

function runHandler(subject: string, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    process.stderr.write(`weft bus: handler for "${subject}" threw: ${text.replace(/\s*\n\s*/g, " ")}\n`);
  }
}

function tooLarge(subject: string, size: number, max: number): WeftError {
  return new WeftError(
    ErrorCode.PayloadTooLarge,
    `message of ${size} bytes on "${subject}" exceeds max_payload (${max} bytes): chunk it or store it by reference`,
  );
}

class NatsBus implements Bus {
  readonly kind = "nats" as const;
  readonly #nc: NatsConnection;
  readonly #js: JetStreamClient;
  #jsm: Promise<JetStreamManager> | undefined;
  readonly #stats: BusStats = { msgsOut: 0, bytesOut: 0, msgsIn: 0, bytesIn: 0 };
  readonly #statusListeners: ((s: BusStatus) => void)[] = [];
  readonly #replays = new Set<() => void>();
  #lastStatus: BusStatus | undefined;
  #state: "open" | "closing" | "closed" = "open";
  #closing: Promise<void> | undefined;
  /** Copies JetStream keeps of each stream and bucket this bus creates (nats-replicas.ts). */
  readonly #replicas: number;

  constructor(
    nc: NatsConnection,
    replicas: number,
    readonly identity: string,
    /** Where this connection's replies come (nats-connection.ts, privateInbox); undefined: _INBOX. */
    private readonly inboxPrefix?: string,
  ) {
    this.#nc = nc;
    this.#replicas = replicas;
    this.#js = jetstream(nc);
    void this.#watchStatus();
    void nc.closed().then(() => {
      this.#state = "closed";
      this.#emit("closed");
    });
  }

  /** max_payload as the server announced it (a reconnect may bring a different server). */
  get maxPayload(): number {
    return this.#nc.info?.max_payload ?? FALLBACK_MAX_PAYLOAD;
  }

  async #watchStatus(): Promise<void> {
    for await (const s of this.#nc.status()) {
      if (s.type === "disconnect") this.#emit("disconnected");
      else if (s.type === "reconnecting") this.#emit("reconnecting");
      else if (s.type === "reconnect") this.#emit("reconnected");
      else if (s.type === "close") this.#emit("closed");
    }
  }

  #emit(status: BusStatus): void {
    // The client repeats "reconnecting" on every attempt; listeners want transitions.
    if (status === this.#lastStatus) return;
    this.#lastStatus = status;
    for (const l of this.#statusListeners) runHandler(`status ${status}`, () => l(status));
  }

  #assertOpen(): void {
    if (this.#state !== "open") throw new WeftError(ErrorCode.Closed, "bus connection is closed");
  }

  /** The send path of publish and respond: size check, publish, stats. */
  #send(subject: string, data: Uint8Array): void {
    const max = this.maxPayload;
    // Checked here as well as in the client: the client only knows max_payload once
    // connected, and its error is a bare InvalidArgumentError.
    if (data.length > max) throw tooLarge(subject, data.length, max);
    try {
      this.#nc.publish(subject, data);
    } catch (err) {
      throw toWeftError(err, `publish on "${subject}"`);
    }
    this.#stats.msgsOut++;
    this.#stats.bytesOut += data.length;
  }

  publish(subject: string, data: Uint8Array): void {
    this.#assertOpen();
    assertSubject(subject, { wildcards: false });
    this.#send(subject, data);
  }

  async publishDurable(subject: string, data: Uint8Array, opts: { msgId?: string } = {}): Promise<void> {
    this.#assertOpen();
    assertSubject(subject, { wildcards: false });
    if (data.length > this.maxPayload) throw tooLarge(subject, data.length, this.maxPayload);
    // A short timeout: after a server restart the first publishes may hang until JetStream is
    // back; the caller (DurablePublisher) retries.
    try {
      await this.#call(`durable publish to ${subject}`, () =>
        this.#js.publish(subject, data, { timeout: 2000, ...(opts.msgId ? { msgID: opts.msgId } : {}) }),
      );
    } catch (err) {
      // No responders: JetStream is off or starting, or no stream captures the subject; the
      // client cannot tell which, so ask JetStream (only on this failure) before saying so.
      if (isLeaderless(err instanceof WeftError ? err.cause : err) && (await this.#noStreamCaptures(subject))) {
        throw new WeftError(ErrorCode.Infrastructure, noStreamCaptures(subject), { cause: err });
      }
      throw err;
    }
    this.#stats.msgsOut++;
    this.#stats.bytesOut += data.length;
  }

  /** True when JetStream answers and says no stream captures `subject`; false when it cannot tell. */
  async #noStreamCaptures(subject: string): Promise<boolean> {
    return (await this.#findStream(subject).catch(() => "")) === undefined;
  }

  async streamCapturing(subject: string): Promise<string | undefined> {
    this.#assertOpen();
    assertSubject(subject, { wildcards: false });
    return this.#call(`the stream capturing ${subject}`, () => this.#findStream(subject));
  }

  /** The stream capturing `subject`, or undefined when JetStream says none does. */
  async #findStream(subject: string): Promise<string | undefined> {
    try {
      return await (await this.#manager()).streams.find(subject);
    } catch (err) {
      if (err instanceof Error && err.name === "StreamNotFoundError") return undefined;
      throw err;
    }
  }

  subscribe(subject: string, handler: (msg: BusMessage) => void, opts: { queue?: string } = {}): BusSubscription {
    this.#assertOpen();
    assertSubject(subject, { wildcards: true });
    let sub: Subscription;
    try {
      sub = this.#nc.subscribe(subject, {
        ...(opts.queue !== undefined ? { queue: opts.queue } : {}),
        // The callback form runs synchronously per message, in order, without an async
        // iterator's per-message promise.
        callback: (err: Error | null, msg: Msg) => {
          if (err) {
            process.stderr.write(`weft bus: subscription "${subject}" failed: ${err.message}\n`);
            return;
          }
          this.#stats.msgsIn++;
          this.#stats.bytesIn += msg.data.length;
          const busMsg: BusMessage = {
            subject: msg.subject,
            data: msg.data,
            respond: (answer: Uint8Array) => {
              if (msg.reply) this.#send(msg.reply, answer);
            },
          };
          runHandler(msg.subject, () => handler(busMsg));
        },
      });
    } catch (err) {
      throw toWeftError(err, `subscribe to "${subject}"`);
    }
    return {
      unsubscribe: () => {
        try {
          sub.unsubscribe();
        } catch {
          // already closed with the connection
        }
      },
    };
  }

  async request(subject: string, data: Uint8Array, opts: { timeoutMs: number }): Promise<Uint8Array> {
    this.#assertOpen();
    assertSubject(subject, { wildcards: false });
    if (data.length > this.maxPayload) throw tooLarge(subject, data.length, this.maxPayload);
    this.#stats.msgsOut++;
    this.#stats.bytesOut += data.length;
    let reply: Msg;
    try {
      reply = await this.#nc.request(subject, data, { timeout: opts.timeoutMs });
    } catch (err) {
      if (err instanceof natsErrors.RequestError && err.isNoResponders()) {
        throw new WeftError(ErrorCode.NoResponders, `no responders on "${subject}"`, { cause: err });
      }
      const mapped = toWeftError(err, `request on "${subject}"`);
      if (mapped.code === ErrorCode.Timeout) {
        throw new WeftError(ErrorCode.Timeout, `request on "${subject}" timed out after ${opts.timeoutMs} ms`, { cause: err });
      }
      throw mapped;
    }
    this.#stats.msgsIn++;
    this.#stats.bytesIn += reply.data.length;
    return reply.data;
  }

  writeNow(): void {
    if (this.#state !== "open") return;
    // nats.js's protocol handler: what flushPending sends is what its queued microtask would send.
    (this.#nc as unknown as { protocol?: { flushPending?: () => void } }).protocol?.flushPending?.();
  }

  async flush(): Promise<void> {
    this.#assertOpen();
    try {
      await this.#nc.flush();
    } catch (err) {
      throw toWeftError(err, "flush");
    }
  }

  #manager(): Promise<JetStreamManager> {
    this.#jsm ??= jetstreamManager(this.#nc).catch((err: unknown) => {
      this.#jsm = undefined; // retry next time (e.g. JetStream enabled later)
      throw err;
    });
    return this.#jsm;
  }

  /**
   * Creates (or binds) a stream or bucket with this bus's replicas: more than one needs a
   * clustered server, and a placement the cluster cannot make fails naming the setting.
   */
  async #placed<T>(what: string, create: () => Promise<T>): Promise<T> {
    assertClustered(this.#nc.info?.cluster, what, this.#replicas);
    try {
      return await create();
    } catch (err) {
      throw placementError(err, what, this.#replicas) ?? err;
    }
  }

  /**
   * #call, tried again for up to JETSTREAM_PATIENCE_MS while a stream has no leader: on a
   * cluster that has just lost a server, new leaders take up to about 10 s to be elected, and
   * meanwhile JetStream calls get no answer ("no responders") or time out. `onTimeout: false`
   * for calls that must not be repeated after a timeout (a write that may have been done).
   */
  async #patient<T>(what: string, fn: () => Promise<T>, opts: { onTimeout?: boolean } = {}): Promise<T> {
    const deadline = Date.now() + JETSTREAM_PATIENCE_MS;
    for (let delay = 100; ; delay = Math.min(1000, delay * 2)) {
      try {
        return await this.#call(what, fn);
      } catch (err) {
        // On a lone server, no responders means JetStream is off: say so at once.
        const leaderless = isLeaderless(err) && this.#nc.info?.cluster !== undefined;
        const again = leaderless || (opts.onTimeout !== false && err instanceof WeftError && err.code === ErrorCode.Timeout);
        if (!again || this.#state !== "open" || Date.now() >= deadline) throw err;
        if (leaderless) await new Promise((r) => setTimeout(r, delay)); // answered at once: do not spin
      }
    }
  }

  /** Runs a KV/object/stream call with open-check and error mapping. */
  async #call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    this.#assertOpen();
    try {
      return await fn();
    } catch (err) {
      throw toWeftError(err, what);
    }
  }

  readonly #kvs = new Map<string, Promise<KvBucket>>();
  readonly #objs = new Map<string, Promise<ObjectBucket>>();

  /** Opening a bucket is a JetStream API round trip: open each once per connection. */
  async kv(bucket: string, opts?: BucketOptions): Promise<KvBucket> {
    this.#assertOpen();
    return this.#cached(this.#kvs, bucket, () => this.#openKv(bucket, opts));
  }

  #cached<T>(cache: Map<string, Promise<T>>, name: string, open: () => Promise<T>): Promise<T> {
    let p = cache.get(name);
    if (!p) {
      p = open();
      cache.set(name, p);
      p.catch(() => cache.delete(name)); // a failed open (e.g. during a reconnect) is retried next time
    }
    return p;
  }

  async #openKv(bucket: string, opts?: BucketOptions): Promise<KvBucket> {
    this.#assertOpen();
    assertName("KV bucket", bucket);
    // create() binds when the bucket exists and then keeps its original config (max_age too);
    // only its replicas are raised (nats-replicas.ts).
    const what = `KV bucket "${bucket}"`;
    const kv = await this.#patient(`open ${what}`, async () => {
      const replicas = this.#replicas;
      const kv = await this.#placed(what, () =>
        createOrBind(() =>
          new Kvm(this.#js).create(bucket, {
            history: 1,
            replicas,
            ...(opts?.maxAgeMs ? { ttl: opts.maxAgeMs } : {}),
            ...(opts?.memory ? { storage: StorageType.Memory } : {}),
          }),
        ),
      );
      await raiseReplicas(await this.#manager(), `KV_${bucket}`, what, replicas);
      return kv;
    });
    const op = async <T>(what: string, key: string, fn: () => Promise<T>, value?: Uint8Array): Promise<T> => {
      assertKvKey(key);
      if (value && value.length > this.maxPayload) throw tooLarge(`${bucket}/${key}`, value.length, this.maxPayload);
      // Tried again only while the bucket's stream has no leader (nothing was done then);
      // a timed-out write may have been done, and is not repeated.
      return this.#patient(
        `KV ${bucket}/${key}: ${what}`,
        async () => {
          try {
            return await fn();
          } catch (err) {
            if (isWrongRevision(err)) {
              throw new WeftError(ErrorCode.KvConflict, `KV ${bucket}/${key}: ${what} conflict (${(err as Error).message})`, { cause: err });
            }
            throw err;
          }
        },
        { onTimeout: false },
      );
    };
    return {
      get: (key) =>
        op("get", key, async () => {
          const e = await kv.get(key);
          // A deleted key reads back as a DEL/PURGE marker entry, not as null.
          return e && e.operation === "PUT" ? { value: e.value, revision: e.revision } : undefined;
        }),
      put: (key, value) => op("put", key, () => kv.put(key, value), value),
      putAll: (keys, value) => this.#putAll(bucket, keys, value),
      create: (key, value) => op("create", key, () => kv.create(key, value), value),
      update: (key, value, revision) => op("update", key, () => kv.update(key, value, revision), value),
      delete: (key, revision) => op("delete", key, () => kv.delete(key, revision === undefined ? {} : { previousSeq: revision })),
      keys: (filter = ">") =>
        // Not kv.keys(): raced by rewrites it can end early or list a key twice (nats-kv-keys.ts).
        this.#call(`KV ${bucket}: keys ${filter}`, async () => {
          assertSubject(filter, { wildcards: true });
          return listKvKeys(this.#js, await this.#manager(), kv, bucket, filter);
        }),
      purge: (key) => op("purge", key, () => kv.purge(key)),
      // A purge of the key's subject in the bucket's stream: no marker message is left.
      erase: (key) =>
        op("erase", key, async () => {
          await (await this.#manager()).streams.purge(kvStreamName(bucket), { filter: kvKeysSubject(bucket, key) });
        }),
      watch: (onChange, opts) => this.#watchKv(bucket, onChange, opts?.filter ?? ">"),
    };
  }

  /** KvBucket.putAll: plain publishes to the keys' subjects, their JetStream acks counted on one inbox. */
  async #putAll(bucket: string, keys: readonly string[], value: Uint8Array): Promise<void> {
    this.#assertOpen();
    keys.forEach(assertKvKey);
    if (value.length > this.maxPayload) throw tooLarge(`${bucket}/${keys[0]}`, value.length, this.maxPayload);
    if (keys.length === 0) return;
    return new Promise<void>((resolve, reject) => {
      let left = keys.length;
      const end = (err?: Error) => {
        clearTimeout(timer);
        sub.unsubscribe();
        if (err) reject(err);
        else resolve();
      };
      const timer = setTimeout(
        () => end(new WeftError(ErrorCode.Timeout, `KV ${bucket}: ${left} of ${keys.length} writes not acknowledged within ${PUT_ALL_TIMEOUT_MS} ms`)),
        PUT_ALL_TIMEOUT_MS,
      );
      const sub = this.#nc.subscribe(createInbox(this.inboxPrefix), {
        callback: (err, msg) => {
          if (err) return end(err);
          // A PubAck ({"stream", "seq"}), a JetStream error ({"error": {...}}), or an empty status (no stream: 503).
          let ack: { seq?: number; error?: { description?: string } } = {};
          try {
            ack = JSON.parse(new TextDecoder().decode(msg.data)) as typeof ack;
          } catch {
            // not JSON: refused below
          }
          if (ack.seq === undefined) return end(new WeftError(ErrorCode.Infrastructure, `KV ${bucket}: a write was refused (${ack.error?.description ?? "no stream stored it"})`));
          if (--left === 0) end();
        },
      });
      for (const key of keys) this.#nc.publish(`$KV.${bucket}.${key}`, value, { reply: sub.getSubject() });
    });
  }

  async objects(bucket: string, opts?: ObjectBucketOptions): Promise<ObjectBucket> {
    this.#assertOpen();
    // Keyed by mode too: a write-once store is never served by a plain handle, nor the reverse.
    return this.#cached(this.#objs, opts?.writeOnce ? `${bucket} (write-once)` : bucket, () => (opts?.writeOnce ? this.#openWriteOnceObjects(bucket) : this.#openObjects(bucket)));
  }

  /**
   * A bucket whose objects are written once (docs/security.md, "Tenancy"): its stream refuses
   * rollups, purges and deletes (a client cannot replace or remove an object's metadata or
   * chunks), a name's *first* metadata is the object (a later one, published by hand, is not
   * read), and a put of a name that exists stores nothing: the same bytes (same digest) are
   * fine, other bytes are refused. The layout is the object store's (object-store-layout.ts).
   */
  async #openWriteOnceObjects(bucket: string): Promise<ObjectBucket> {
    assertName("object bucket", bucket);
    const what = `object bucket "${bucket}"`;
    const stream = objectStreamName(bucket);
    await this.#patient(`open ${what}`, async () => {
      const jsm = await this.#manager();
      const replicas = this.#replicas;
      const exists = await this.#placed(what, () => addUnlessExists(jsm, stream, () => jsm.streams.add(writeOnceStreamConfig(bucket, replicas))));
      if (exists) await raiseReplicas(jsm, stream, what, replicas);
    });
    const firstMeta = async (name: string): Promise<ObjectMeta | undefined> => {
      const jsm = await this.#manager();
      const first = { seq: 1, next_by_subj: objectMetaSubject(bucket, name) } as unknown as MsgRequest;
      const m = await jsm.streams.getMessage(stream, first).catch((err: unknown) => {
        if (err instanceof JetStreamApiError && err.code === 404) return null;
        throw err;
      });
      return m ? parseObjectMeta(m.data) : undefined;
    };
    return {
      put: (name, data) =>
        this.#patient(`object ${bucket}/${name}: put`, async () => {
          const digest = objectDigestOf(createHash("sha256").update(data).digest());
          const refuseOther = (meta: ObjectMeta) => {
            if (meta.digest === digest && meta.size === data.length) return;
            throw new WeftError(ErrorCode.BundleMismatch, `object ${bucket}/${name} is stored already, with other bytes (${meta.digest}): objects of ${bucket} are written once and never replaced.`);
          };
          const had = await firstMeta(name);
          if (had) return refuseOther(had);
          const id = nuid.next();
          for (let at = 0; at < data.length; at += OBJECT_CHUNK_BYTES) {
            await this.#js.publish(objectChunkSubject(bucket, id), data.subarray(at, at + OBJECT_CHUNK_BYTES));
          }
          const chunks = Math.ceil(data.length / OBJECT_CHUNK_BYTES);
          const meta: ObjectMeta = { name, bucket, nuid: id, size: data.length, chunks, digest, mtime: new Date().toISOString() };
          try {
            // Only if no metadata of that name exists: of two puts at once, one writes it.
            const encoded = new TextEncoder().encode(JSON.stringify(meta));
            await this.#js.publish(objectMetaSubject(bucket, name), encoded, { expect: { lastSubjectSequence: 0 } });
          } catch (err) {
            const other = await firstMeta(name);
            if (!other) throw err;
            refuseOther(other);
          }
        }),
      get: (name) =>
        this.#patient(`object ${bucket}/${name}: get`, async () => {
          const meta = await firstMeta(name);
          if (!meta || meta.deleted) return undefined;
          return this.#readChunks(stream, objectChunkSubject(bucket, meta.nuid), meta.size, meta.chunks, meta.digest, `${bucket}/${name}`);
        }),
    };
  }

  async #openObjects(bucket: string): Promise<ObjectBucket> {
    this.#assertOpen();
    assertName("object bucket", bucket);
    const what = `object bucket "${bucket}"`;
    const store = await this.#patient(`open ${what}`, async () => {
      const replicas = this.#replicas;
      const store = await this.#placed(what, () => createOrBind(() => new Objm(this.#js).create(bucket, { replicas })));
      await raiseReplicas(await this.#manager(), `OBJ_${bucket}`, what, replicas);
      return store;
    });
    return {
      put: (name, data) =>
        this.#patient(`object ${bucket}/${name}: put`, async () => {
          await store.putBlob({ name }, data);
        }),
      get: (name) =>
        this.#patient(`object ${bucket}/${name}: get`, async () => {
          const info = await store.info(name);
          if (!info || info.deleted) return undefined;
          return this.#readChunks(objectStreamName(bucket), objectChunkSubject(bucket, info.nuid), info.size, info.chunks, info.digest, `${bucket}/${name}`);
        }),
    };
  }

  /**
   * An object's chunks read one by one with "next message on this subject" requests. Not the
   * client's getBlob: that reads through an ordered push consumer, which was seen to stall for
   * good when two workers fetched the same bundle at once (a consumer created past the chunk,
   * waiting forever), wedging every later run of that bundle on the worker. Requests fail
   * with a timeout instead; the digest is checked here.
   */
  async #readChunks(stream: string, subject: string, size: number, chunks: number, digest: string, what: string): Promise<Uint8Array> {
    const jsm = await this.#manager();
    const out = new Uint8Array(size);
    let at = 0;
    let seq = 0;
    for (let i = 0; i < chunks; i++) {
      // STREAM.MSG.GET takes next_by_subj on 2.9 servers too; the client types it for direct gets only.
      const m = await jsm.streams.getMessage(stream, { seq: seq + 1, next_by_subj: subject } as unknown as MsgRequest);
      if (!m) throw new WeftError(ErrorCode.NotFound, `object ${what}: chunk ${i + 1} of ${chunks} is missing from the store`);
      if (at + m.data.length > size) throw new WeftError(ErrorCode.Decode, `object ${what}: chunks hold more than its ${size} bytes`);
      out.set(m.data, at);
      at += m.data.length;
      seq = m.seq;
    }
    if (at !== size) throw new WeftError(ErrorCode.Decode, `object ${what}: chunks hold ${at} of its ${size} bytes`);
    const expected = digest.startsWith("SHA-256=") ? digest.slice(8).replace(/=+$/, "") : "";
    const actual = createHash("sha256").update(out).digest("base64url");
    if (expected !== actual) throw new WeftError(ErrorCode.Decode, `object ${what}: its bytes do not match their digest (${digest}): the object is corrupt, put it again`);
    return out;
  }

  async purgeSubject(stream: string, subject: string): Promise<void> {
    this.#assertOpen();
    assertName("stream", stream);
    assertSubject(subject, { wildcards: true });
    await this.#call(`purge "${subject}" from stream "${stream}"`, async () => {
      try {
        await (await this.#manager()).streams.purge(stream, { filter: subject });
      } catch (err) {
        if (isStreamNotFound(err)) throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`, { cause: err });
        throw err;
      }
    });
  }

  async ensureStream(name: string, subjects: string[], opts?: BucketOptions & { updateSubjects?: boolean }): Promise<void> {
    this.#assertOpen();
    assertName("stream", name);
    for (const s of subjects) assertSubject(s, { wildcards: true });
    const what = `stream "${name}"`;
    await this.#patient(`ensure ${what}`, async () => {
      const jsm = await this.#manager();
      const replicas = this.#replicas;
      const config = { name, subjects, num_replicas: replicas, ...(opts?.maxAgeMs ? { max_age: nanos(opts.maxAgeMs) } : {}) };
      const exists = await this.#placed(what, () => addUnlessExists(jsm, name, () => jsm.streams.add(config)));
      // It exists: its config stays as it is, but for too few replicas, and its subjects when asked.
      if (exists) await raiseReplicas(jsm, name, what, replicas);
      if (exists && opts?.updateSubjects) {
        const has = (await jsm.streams.info(name)).config.subjects ?? [];
        const same = has.length === subjects.length && subjects.every((s) => has.includes(s));
        if (!same) await jsm.streams.update(name, { subjects });
      }
    });
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
    // The stream sequence the next consumer starts at; from "new", unknown until the first
    // consumer is made: it starts after the stream's last message, and the server's reply says
    // which that was (no stream info asked first: one JetStream round trip less, e.g. in every
    // worker's start). A consumer made again starts there, so nothing stored meanwhile is lost.
    let next: number | undefined = typeof opts.from === "number" ? Math.max(1, opts.from) : opts.from === "new" ? undefined : 1;
    // Each consumer starts after the last message delivered.
    return this.#follow(`replay "${stream}" ${subject}`, stream, opts.onInterrupted, () => ({
      config:
        next === undefined
          ? { filter_subject: subject, deliver_policy: DeliverPolicy.New }
          : { filter_subject: subject, deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: next },
      ...(opts.pull !== undefined ? { pull: opts.pull } : {}),
      started: (_pending, info) => {
        next ??= info.delivered.stream_seq + 1;
      },
      onMessage: (m) => {
        if (next !== undefined && m.seq < next) return; // a re-delivery
        next = m.seq + 1;
        runHandler(m.subject, () => handler(m.data, m.subject, m.seq));
      },
    }));
  }

  /**
   * A KV watch (KvBucket.watch): each consumer of #follow reads the last entry of every key under
   * `filter`, then what comes; the mirror reports what differs from what it knew before.
   */
  async #watchKv(bucket: string, onChange: (change: KvChange) => void, filter: string): Promise<KvWatch> {
    assertSubject(filter, { wildcards: true });
    const mirror = new KvMirror(onChange);
    const caughtUpIf = (pending: number) => pending === 0 && mirror.caughtUp();
    const follow = await this.#follow(`KV ${bucket}: watch ${filter}`, kvStreamName(bucket), undefined, () => {
      mirror.reload();
      return {
        config: { filter_subject: kvKeysSubject(bucket, filter), deliver_policy: DeliverPolicy.LastPerSubject },
        started: caughtUpIf,
        idle: () => mirror.caughtUp(),
        onMessage: (m) => {
          const key = kvKeyOf(bucket, m.subject);
          if (key !== undefined) mirror.saw(key, isKvRemoval(m.headers?.get(KV_OPERATION_HEADER)) ? undefined : { value: m.data, revision: m.seq });
          caughtUpIf(m.info.pending);
        },
      };
    });
    await mirror.ready;
    return mirror.handle(() => follow.stop());
  }

  /**
   * Follows `stream` with a consumer of our own per attempt (nats-follower.ts), made again on
   * every reconnect and whenever its consumer stops serving. `interrupted` hears each time its
   * consumer went away or could not be made again.
   */
  async #follow(what: string, stream: string, interrupted: (() => void) | undefined, attempt: () => FollowAttempt): Promise<{ stop(): void }> {
    const follower = new StreamFollower(
      {
        manager: () => this.#manager(),
        js: this.#js,
        isOpen: () => this.#state === "open",
        isConnected: () => this.#lastStatus !== "disconnected" && this.#lastStatus !== "reconnecting",
      },
      stream,
      attempt,
      interrupted,
    );
    // Patient: creating a consumer on a cluster that has just lost a server times out now and
    // then (seen on 2.9.10: an R1 consumer placed on the lost server); each attempt is placed anew.
    await this.#patient(what, async () => {
      try {
        await follower.start();
      } catch (err) {
        if (isStreamNotFound(err) || (err instanceof Error && err.message === "stream not found")) {
          throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`, { cause: err });
        }
        throw err;
      }
    });
    const onStatus = (status: BusStatus) => {
      if (status === "reconnected") void follower.reopen();
    };
    this.#statusListeners.push(onStatus);
    const stop = (): void => {
      this.#replays.delete(stop);
      const i = this.#statusListeners.indexOf(onStatus);
      if (i >= 0) this.#statusListeners.splice(i, 1);
      follower.stop();
    };
    this.#replays.add(stop);
    return { stop };
  }

  async streamExists(name: string): Promise<boolean> {
    return (await this.streamSubjects(name)) !== undefined;
  }

  async streamSubjects(name: string): Promise<readonly string[] | undefined> {
    this.#assertOpen();
    assertName("stream", name);
    return this.#call(`stream "${name}"`, async () => {
      try {
        return (await (await this.#manager()).streams.info(name)).config.subjects ?? [];
      } catch (err) {
        if (isStreamNotFound(err)) return undefined;
        throw err;
      }
    });
  }

  async nextMessage(stream: string, subject: string, seq: number): Promise<StreamMessage | undefined> {
    this.#assertOpen();
    assertName("stream", stream);
    assertSubject(subject, { wildcards: true });
    return this.#call(`read "${stream}" ${subject} from ${seq}`, async () => {
      try {
        // STREAM.MSG.GET takes next_by_subj (wildcards too) on 2.9 servers; the client types it for direct gets only.
        const m = await (await this.#manager()).streams.getMessage(stream, { seq: Math.max(1, seq), next_by_subj: subject } as unknown as MsgRequest);
        return m ? { subject: m.subject, data: m.data, seq: m.seq } : undefined;
      } catch (err) {
        if (isStreamNotFound(err)) throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`, { cause: err });
        if (err instanceof JetStreamApiError && err.code === JetStreamApiCodes.NoMessageFound) return undefined;
        throw err;
      }
    });
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
    const consumer = await this.#call(`consume "${stream}" ${subject}`, async () =>
      consumeDurable(this.#js, await this.#manager(), { stream, durable, subject, inFlight: opts.inFlight ?? 1 }, handler, (line) => process.stderr.write(`weft bus: ${line}\n`)),
    );
    this.#replays.add(consumer.stop);
    return consumer;
  }

  onStatus(listener: (status: BusStatus) => void): void {
    this.#statusListeners.push(listener);
  }

  stats(): BusStats {
    // Still readable after close, for final accounting.
    return { ...this.#stats };
  }

  async close(): Promise<void> {
    if (this.#closing) return this.#closing;
    if (this.#state === "closed") return;
    this.#state = "closing";
    this.#closing = (async () => {
      for (const stop of [...this.#replays]) stop();
      const nc = this.#nc;
      // drain() waits for the server; while disconnected it could wait for a reconnect
      // that never comes, so close outright then, and bound the drain otherwise.
      const connected = this.#lastStatus !== "disconnected" && this.#lastStatus !== "reconnecting";
      if (connected && !nc.isClosed()) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          nc.drain().catch(() => {}),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, DRAIN_TIMEOUT_MS))),
        ]);
        clearTimeout(timer);
      }
      if (!nc.isClosed()) await nc.close().catch(() => {});
      this.#state = "closed";
      this.#emit("closed");
    })();
    return this.#closing;
  }
}

/** Creates stream `name` with `add` unless it exists; true when it existed (its config is then left as it is). */
async function addUnlessExists(jsm: JetStreamManager, name: string, add: () => Promise<unknown>): Promise<boolean> {
  try {
    await jsm.streams.info(name);
    return true;
  } catch (err) {
    if (!isStreamNotFound(err)) throw err;
  }
  try {
    await add();
    return false;
  } catch (err) {
    // Another process created it between our info and add.
    if (err instanceof JetStreamApiError && err.code === STREAM_NAME_IN_USE) return true;
    throw err;
  }
}

/**
 * Creates a bucket, or binds to it when it exists. Two connections creating the same new bucket
 * at once race on its stream: the loser's create fails ("subjects overlap with an existing
 * stream" / "stream name already in use"), though the bucket now exists; trying again binds.
 */
async function createOrBind<T>(create: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (err) {
      const lostRace = /subjects overlap with an existing stream|stream name already in use/i.test((err as Error).message ?? "");
      if (!lostRace || attempt >= 3) throw err;
    }
  }
}
