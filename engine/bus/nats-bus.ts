/**
 * The Bus on a real NATS server (core NATS + JetStream KV, object store and streams), with the
 * v3 modular client. Verified against nats-server 2.9.10: nothing here needs 2.10 (a replay
 * uses one `filter_subject`, never `filter_subjects`; buckets expire by `max_age`, not per-key TTL).
 */
import {
  connect,
  credsAuthenticator,
  errors as natsErrors,
  nanos,
  nkeyAuthenticator,
  type Authenticator,
  type Msg,
  type NatsConnection,
  type NodeConnectionOptions,
  type Subscription,
} from "@nats-io/transport-node";
import { createHash } from "node:crypto";
import { DeliverPolicy, jetstream, jetstreamManager, JetStreamApiCodes, JetStreamApiError, type JetStreamClient, type JetStreamManager, type MsgRequest } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { Objm } from "@nats-io/obj";
import { ErrorCode, WeftError } from "../errors.js";
import type {
  BucketOptions,
  Bus,
  BusMessage,
  BusStats,
  BusStatus,
  BusSubscription,
  KvBucket,
  ObjectBucket,
} from "./bus.js";
import { assertKvKey, assertName, assertSubject } from "./subject-match.js";

/**
 * Credentials and TLS for {@link connectNatsBus}; at most one way to authenticate (user and
 * password, token, nkey seed, or .creds file), and none when the URL carries credentials.
 */
export interface NatsAuth {
  user?: string;
  pass?: string;
  token?: string;
  /** The text of an nkey seed (`SU...`): the client signs the server's nonce with it. */
  nkeySeed?: string;
  /** The text of a NATS .creds file (user JWT and nkey seed; servers in operator/JWT mode). */
  creds?: string;
  /**
   * Require TLS. `caFile`: PEM of the CA(s) to trust for the server's certificate (default: the
   * system's); `certFile` and `keyFile`: a client certificate, for servers that verify clients.
   */
  tls?: { caFile?: string; certFile?: string; keyFile?: string };
}

/** A subject the server did not let this connection publish or subscribe to. */
export interface PermissionDenial {
  operation: "publish" | "subscription";
  subject: string;
  /** The server's text, e.g. `Permissions Violation for Publish to "weft.v1.coord.submit"`. */
  message: string;
}

/** Options of {@link connectNatsBus}. */
export interface NatsBusOptions {
  /** Connection name shown by the server's monitoring. */
  name?: string;
  /** How long the first connect may take before rejecting E_NATS_UNREACHABLE; default 5000. */
  connectTimeoutMs?: number;
  /** Pause between reconnect attempts (plus jitter); default 500. */
  reconnectTimeWaitMs?: number;
  /** Credentials and TLS (besides any `user:password@` or `token@` in the URL). */
  auth?: NatsAuth;
  /**
   * Called when the server refuses a publish or subscription for lack of permission (the
   * operation itself then fails silently in NATS, e.g. a request times out). Default: one line
   * on stderr per subject.
   */
  onPermissionDenied?: (denial: PermissionDenial) => void;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5000;
const DEFAULT_RECONNECT_WAIT_MS = 500;
const DRAIN_TIMEOUT_MS = 5000;
const FALLBACK_MAX_PAYLOAD = 1024 * 1024;
const UNREACHABLE_HINT = "is nats-server running? pass --nats URL or set WEFT_NATS_URL";

interface ParsedUrl {
  /** `host:port` for the client (it cannot parse credentials out of a URL itself). */
  server: string;
  user?: string;
  pass?: string;
  token?: string;
  /** The URL with any password or token masked, for messages. */
  display: string;
}

/** Splits `nats://user:pass@host:port` (scheme and port optional) into server and credentials. */
function parseNatsUrl(url: string): ParsedUrl {
  let u: URL;
  try {
    u = new URL(url.includes("://") ? url : `nats://${url}`);
  } catch {
    // Not echoed: a malformed URL may still hold a password.
    throw new WeftError(ErrorCode.Usage, `invalid NATS URL "${maskUrl(url)}": expected nats://[user:password@]host[:port]`);
  }
  if (u.protocol !== "nats:") {
    throw new WeftError(
      ErrorCode.Usage,
      `unsupported NATS URL "${maskUrl(url)}": only nats://host:port is supported (no websocket); for TLS pass --tls-ca FILE (the client upgrades to TLS when the server offers it)`,
    );
  }
  if (u.hostname === "") throw new WeftError(ErrorCode.Usage, `invalid NATS URL "${maskUrl(url)}": no host`);
  const server = `${u.hostname}:${u.port || "4222"}`;
  const user = decodeURIComponent(u.username);
  const pass = decodeURIComponent(u.password);
  const parsed: ParsedUrl = { server, display: `nats://${u.username ? `${u.username}${u.password ? ":***" : ""}@` : ""}${server}` };
  // nats://secret@host is NATS's convention for a token; user:pass@ for user/password.
  if (user && u.password) {
    parsed.user = user;
    parsed.pass = pass;
  } else if (user) {
    parsed.token = user;
    parsed.display = `nats://***@${server}`;
  }
  return parsed;
}

/** `nats://user:pass@host` or `nats://token@host` with the secret masked. */
function maskUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/)?([^:@/]+):([^@/]*)@/i, "$1$2:***@").replace(/^([a-z]+:\/\/)?([^:@/]+)@/i, "$1***@");
}

/** Every secret of a connection, longest first (so a secret inside another is masked whole). */
function secretsOf(target: ParsedUrl, auth: NatsAuth | undefined): string[] {
  const out = [target.pass, target.token, auth?.pass, auth?.token, auth?.nkeySeed?.trim()];
  if (auth?.creds) {
    // The blocks of a .creds file: the JWT and the seed.
    for (const m of auth.creds.matchAll(/-{3,}[^\n]*-{3,}\r?\n([^\n]+)\r?\n/g)) out.push(m[1]?.trim());
  }
  return out.filter((s): s is string => typeof s === "string" && s.length > 0).sort((a, b) => b.length - a.length);
}

/** `text` with every secret replaced by `***`. */
function mask(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join("***");
  return out;
}

/** The client's connection options for `target` and `auth`; rejects mixed credentials. */
function clientAuthOptions(target: ParsedUrl, auth: NatsAuth | undefined): Partial<NodeConnectionOptions> {
  const methods = [
    target.user !== undefined || target.token !== undefined ? "credentials in the URL" : undefined,
    auth?.user !== undefined || auth?.pass !== undefined ? "user and password" : undefined,
    auth?.token !== undefined ? "token" : undefined,
    auth?.nkeySeed !== undefined ? "nkey seed" : undefined,
    auth?.creds !== undefined ? "creds file" : undefined,
  ].filter((m): m is string => m !== undefined);
  if (methods.length > 1) {
    throw new WeftError(ErrorCode.Usage, `more than one way to authenticate to NATS (${methods.join(", ")}): give one.`);
  }
  const out: Partial<NodeConnectionOptions> = {};
  const user = target.user ?? auth?.user;
  const pass = target.pass ?? auth?.pass;
  if (user !== undefined || pass !== undefined) {
    if (!user || pass === undefined) throw new WeftError(ErrorCode.Usage, "NATS user and password go together: give both.");
    out.user = user;
    out.pass = pass;
  }
  const token = target.token ?? auth?.token;
  if (token !== undefined) out.token = token;
  let authenticator: Authenticator | undefined;
  if (auth?.nkeySeed !== undefined) authenticator = nkeyAuthenticator(new TextEncoder().encode(auth.nkeySeed.trim()));
  if (auth?.creds !== undefined) authenticator = credsAuthenticator(new TextEncoder().encode(auth.creds));
  if (authenticator) out.authenticator = authenticator;
  const tls = auth?.tls;
  if (tls) {
    out.tls = {
      ...(tls?.caFile !== undefined ? { caFile: tls.caFile } : {}),
      ...(tls?.certFile !== undefined ? { certFile: tls.certFile } : {}),
      ...(tls?.keyFile !== undefined ? { keyFile: tls.keyFile } : {}),
    };
  }
  return out;
}

/** The way this connection authenticates, for messages (never the secret itself); undefined: none. */
function authMethod(target: ParsedUrl, auth: NatsAuth | undefined): string | undefined {
  if (target.user !== undefined) return `user "${target.user}" and password from the URL`;
  if (target.token !== undefined) return "the token in the URL";
  if (auth?.user !== undefined) return `user "${auth.user}" and its password`;
  if (auth?.token !== undefined) return "the token";
  if (auth?.nkeySeed !== undefined) return "the nkey seed";
  if (auth?.creds !== undefined) return "the creds file";
  return undefined;
}

/** Node's TLS error codes of a certificate the client does not trust. */
const UNTRUSTED_CERT = new Set([
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED",
  "CERT_SIGNATURE_FAILURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
]);

/** The chain of causes of an error, outermost first. */
function causes(err: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e: unknown = err; e !== undefined && e !== null && out.length < 8; e = (e as { cause?: unknown }).cause) out.push(e);
  return out;
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : "";
    return `${err.message}${cause}`;
  }
  return String(err);
}

/**
 * Connects to NATS at `url` (`nats://[user:password@]host[:port]`, `nats://token@host`, or
 * with `opts.auth` for other credentials and TLS files (the client upgrades to TLS when the server
 * offers it; `auth.tls` requires it and names the CA and client certificate). Rejects
 * within about `connectTimeoutMs` with WeftError E_NATS_UNREACHABLE when the server cannot be
 * reached, refuses the credentials ("authentication failed") or the TLS handshake fails; no
 * message carries a password, token or seed. Once connected it reconnects forever.
 */
export async function connectNatsBus(url: string, opts: NatsBusOptions = {}): Promise<Bus> {
  const target = parseNatsUrl(url);
  const secrets = secretsOf(target, opts.auth);
  const authOptions = clientAuthOptions(target, opts.auth);
  const timeoutMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const attempt = connect({
    servers: target.server,
    ...authOptions,
    ...(opts.name !== undefined ? { name: opts.name } : {}),
    timeout: timeoutMs,
    // Reconnect forever once connected: the engine outlives server restarts. The first
    // connect does not retry (waitOnFirstConnect false), so a wrong URL fails fast.
    maxReconnectAttempts: -1,
    reconnectTimeWait: opts.reconnectTimeWaitMs ?? DEFAULT_RECONNECT_WAIT_MS,
    waitOnFirstConnect: false,
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    // The client's own `timeout` covers the TCP connect; this also covers DNS and handshake.
    timer = setTimeout(() => reject(new Error(`no connection within ${timeoutMs} ms`)), timeoutMs + 250);
  });
  let nc: NatsConnection;
  try {
    nc = await Promise.race([attempt, deadline]);
  } catch (err) {
    // A connect that completes after we gave up must not linger.
    attempt.then((late) => late.close()).catch(() => {});
    throw connectError(err, target, opts.auth, timeoutMs, secrets);
  } finally {
    clearTimeout(timer);
  }
  void reportDenials(nc, opts.onPermissionDenied ?? defaultDenialReport(opts.name));
  return new NatsBus(nc);
}

/** The WeftError of a failed first connect: authentication, TLS, or unreachable. */
function connectError(err: unknown, target: ParsedUrl, auth: NatsAuth | undefined, timeoutMs: number, secrets: string[]): WeftError {
  const chain = causes(err);
  const safe = (text: string) => mask(text, secrets);
  const refusal = chain.find((e) => e instanceof natsErrors.AuthorizationError || e instanceof natsErrors.UserAuthenticationExpiredError);
  if (refusal instanceof Error) {
    const server = refusal.message.replace(/^'|'$/g, "");
    const method = authMethod(target, auth);
    return new WeftError(
      ErrorCode.NatsUnreachable,
      safe(
        method === undefined
          ? `authentication failed: NATS at ${target.display} requires credentials and none were given (${server}): ` +
              "pass --user and --password, --token, --nkey-seed FILE or --creds FILE (or set their WEFT_NATS_* variables)"
          : `authentication failed: NATS at ${target.display} refused ${method} (${server}): ` +
              "check --user/--password, --token, --nkey-seed or --creds (or their WEFT_NATS_* variables)",
      ),
    );
  }
  const tlsCode = chain.map((e) => (e as { code?: unknown }).code).find((c): c is string => typeof c === "string" && UNTRUSTED_CERT.has(c));
  if (tlsCode !== undefined) {
    const hint = auth?.tls?.caFile
      ? "check that --tls-ca names the CA that signed the server's certificate, and that the certificate is valid for this host"
      : "pass --tls-ca FILE (or set WEFT_NATS_TLS_CA) with the CA that signed the server's certificate";
    return new WeftError(
      ErrorCode.NatsUnreachable,
      safe(`TLS handshake with NATS at ${target.display} failed: the server's certificate is not trusted (${describe(err)}): ${hint}`),
    );
  }
  const text = describe(err);
  if (/tls/i.test(text) || chain.some((e) => typeof (e as { code?: unknown }).code === "string" && /^ERR_SSL|^ERR_TLS|_CERT/.test((e as { code: string }).code))) {
    const hint = /does not support 'tls'|not available on this server/.test(text)
      ? "the server does not offer TLS: drop --tls-ca/--tls-cert/--tls-key, or enable tls on the server"
      : /certificate required|alert number 116|alert certificate required|handshake failure/i.test(text)
        ? "the server may require a client certificate: pass --tls-cert FILE and --tls-key FILE"
        : "check the TLS settings (--tls-ca, --tls-cert, --tls-key)";
    return new WeftError(ErrorCode.NatsUnreachable, safe(`TLS with NATS at ${target.display} failed (${text}): ${hint}`));
  }
  const timedOut = chain.some((e) => e instanceof natsErrors.TimeoutError);
  if (timedOut && auth?.tls && auth.tls.certFile === undefined) {
    // With TLS 1.3 a server that wants a client certificate drops the connection only after
    // the handshake, which the client sees as a silent server.
    return new WeftError(
      ErrorCode.NatsUnreachable,
      safe(
        `cannot reach NATS at ${target.display}: no NATS handshake within ${timeoutMs} ms over TLS; if the server verifies clients ` +
          "(tls { verify: true }), pass --tls-cert FILE and --tls-key FILE (or WEFT_NATS_TLS_CERT, WEFT_NATS_TLS_KEY)",
      ),
    );
  }
  const why = timedOut ? `no NATS handshake within ${timeoutMs} ms` : text;
  return new WeftError(ErrorCode.NatsUnreachable, safe(`cannot reach NATS at ${target.display}: ${why}; ${UNREACHABLE_HINT}`));
}

/** Passes every permission violation the server reports on `nc` to `report`, until it closes. */
async function reportDenials(nc: NatsConnection, report: (denial: PermissionDenial) => void): Promise<void> {
  try {
    for await (const s of nc.status()) {
      if (s.type !== "error" || !(s.error instanceof natsErrors.PermissionViolationError)) continue;
      const e = s.error;
      const denial: PermissionDenial = { operation: e.operation === "subscription" ? "subscription" : "publish", subject: e.subject, message: e.message };
      runHandler(`permission denial on ${e.subject}`, () => report(denial));
    }
  } catch {
    // the status iterator ends with the connection
  }
}

/** One stderr line per denied subject and operation. */
function defaultDenialReport(name: string | undefined): (denial: PermissionDenial) => void {
  const seen = new Set<string>();
  return (d) => {
    const key = `${d.operation} ${d.subject}`;
    if (seen.has(key)) return;
    seen.add(key);
    process.stderr.write(
      `weft${name ? ` ${name}` : ""}: NATS denied this user permission to ${d.operation === "publish" ? "publish to" : "subscribe to"} "${d.subject}": its permissions in the server configuration do not allow it (see docs/security.md)\n`,
    );
  };
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
    return new WeftError(ErrorCode.Infrastructure, `${what}: JetStream is not enabled on the NATS server (start nats-server with -js)`, { cause: err });
  }
  if (err instanceof natsErrors.TimeoutError || (err instanceof Error && err.cause instanceof natsErrors.TimeoutError)) {
    return new WeftError(ErrorCode.Timeout, `${what}: timed out`, { cause: err });
  }
  return new WeftError(ErrorCode.Infrastructure, `${what}: ${describe(err)}`, { cause: err });
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

/**
 * Calls `fn` with stack capture off. The client makes an Error (RequestError) up front for
 * every request, to have it ready for a timeout: capturing its stack was ~7% of the
 * coordinator's CPU. Our own errors name the subject and the operation instead.
 */
function withoutStackTraces<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

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

  constructor(nc: NatsConnection) {
    this.#nc = nc;
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
    await this.#call(`durable publish to ${subject}`, () =>
      withoutStackTraces(() => this.#js.publish(subject, data, { timeout: 2000, ...(opts.msgId ? { msgID: opts.msgId } : {}) })),
    );
    this.#stats.msgsOut++;
    this.#stats.bytesOut += data.length;
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
      reply = await withoutStackTraces(() => this.#nc.request(subject, data, { timeout: opts.timeoutMs }));
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
    // create() binds when the bucket exists and then keeps its original config (max_age too).
    const kv = await this.#call(`open KV bucket "${bucket}"`, () =>
      new Kvm(this.#js).create(bucket, { history: 1, ...(opts?.maxAgeMs ? { ttl: opts.maxAgeMs } : {}) }),
    );
    const op = async <T>(what: string, key: string, fn: () => Promise<T>, value?: Uint8Array): Promise<T> => {
      assertKvKey(key);
      if (value && value.length > this.maxPayload) throw tooLarge(`${bucket}/${key}`, value.length, this.maxPayload);
      return this.#call(`KV ${bucket}/${key}: ${what}`, async () => {
        try {
          return await withoutStackTraces(fn);
        } catch (err) {
          if (isWrongRevision(err)) {
            throw new WeftError(ErrorCode.KvConflict, `KV ${bucket}/${key}: ${what} conflict (${(err as Error).message})`, { cause: err });
          }
          throw err;
        }
      });
    };
    return {
      get: (key) =>
        op("get", key, async () => {
          const e = await kv.get(key);
          // A deleted key reads back as a DEL/PURGE marker entry, not as null.
          return e && e.operation === "PUT" ? { value: e.value, revision: e.revision } : undefined;
        }),
      put: (key, value) => op("put", key, () => kv.put(key, value), value),
      create: (key, value) => op("create", key, () => kv.create(key, value), value),
      update: (key, value, revision) => op("update", key, () => kv.update(key, value, revision), value),
      delete: (key) => op("delete", key, () => kv.delete(key)),
      keys: () =>
        this.#call(`KV ${bucket}: keys`, async () => {
          const out: string[] = [];
          for await (const k of await kv.keys()) out.push(k);
          return out;
        }),
    };
  }

  async objects(bucket: string): Promise<ObjectBucket> {
    this.#assertOpen();
    return this.#cached(this.#objs, bucket, () => this.#openObjects(bucket));
  }

  async #openObjects(bucket: string): Promise<ObjectBucket> {
    this.#assertOpen();
    assertName("object bucket", bucket);
    const store = await this.#call(`open object bucket "${bucket}"`, () => new Objm(this.#js).create(bucket));
    return {
      put: (name, data) =>
        this.#call(`object ${bucket}/${name}: put`, async () => {
          await store.putBlob({ name }, data);
        }),
      get: (name) =>
        this.#call(`object ${bucket}/${name}: get`, async () => {
          const info = await store.info(name);
          if (!info || info.deleted) return undefined;
          return this.#readChunks(`OBJ_${bucket}`, `$O.${bucket}.C.${info.nuid}`, info.size, info.chunks, info.digest, `${bucket}/${name}`);
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

  async ensureStream(name: string, subjects: string[], opts?: BucketOptions): Promise<void> {
    this.#assertOpen();
    assertName("stream", name);
    for (const s of subjects) assertSubject(s, { wildcards: true });
    await this.#call(`ensure stream "${name}"`, async () => {
      const jsm = await this.#manager();
      try {
        await jsm.streams.info(name);
        return; // exists: leave its config alone
      } catch (err) {
        if (!isStreamNotFound(err)) throw err;
      }
      try {
        await jsm.streams.add({ name, subjects, ...(opts?.maxAgeMs ? { max_age: nanos(opts.maxAgeMs) } : {}) });
      } catch (err) {
        // Another process created it between our info and add.
        if (err instanceof JetStreamApiError && err.code === STREAM_NAME_IN_USE) return;
        throw err;
      }
    });
  }

  async replay(
    stream: string,
    subject: string,
    handler: (data: Uint8Array, subject: string) => void,
    opts: { from?: "first" | "new" } = {},
  ): Promise<{ stop(): void }> {
    this.#assertOpen();
    assertName("stream", stream);
    assertSubject(subject, { wildcards: true });
    // An ordered consumer per attempt. The client's own reset after a server restart was seen
    // to go silent here (2.9.10, v3.4 client), so this follower re-creates its consumer itself
    // from the last stream sequence it delivered, on every reconnect and whenever a consumer
    // closes. A *string* `filter_subjects` becomes the single `filter_subject` 2.9 understands.
    let next = 1;
    if (opts.from === "new") {
      const info = await this.#call(`replay "${stream}" ${subject}`, async () => {
        try {
          return await (await this.#manager()).streams.info(stream);
        } catch (err) {
          if (isStreamNotFound(err)) throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`, { cause: err });
          throw err;
        }
      });
      next = info.state.last_seq + 1;
    }
    let stopped = false;
    let current: { close(): Promise<void | Error> } | undefined;
    let generation = 0;
    const open = async (): Promise<void> => {
      const mine = ++generation;
      void current?.close().catch(() => {});
      current = undefined;
      const consumer = await this.#js.consumers.get(stream, {
        filter_subjects: subject,
        deliver_policy: DeliverPolicy.StartSequence,
        opt_start_seq: next,
      });
      const messages = await consumer.consume({
        callback: (m) => {
          if (stopped || mine !== generation || m.seq < next) return; // a stale consumer, or a re-delivery
          next = m.seq + 1;
          runHandler(m.subject, () => handler(m.data, m.subject));
        },
      });
      if (stopped || mine !== generation) {
        void messages.close().catch(() => {});
        return;
      }
      current = messages;
      void messages.closed().then(() => {
        if (!stopped && mine === generation && this.#state === "open") void reopen();
      });
    };
    let reopening = false;
    const reopen = async (): Promise<void> => {
      if (reopening) return;
      reopening = true;
      let delay = 100;
      while (!stopped && this.#state === "open") {
        try {
          await open();
          break;
        } catch {
          await new Promise((r) => setTimeout(r, delay));
          delay = Math.min(2000, delay * 2);
        }
      }
      reopening = false;
    };
    await this.#call(`replay "${stream}" ${subject}`, async () => {
      try {
        await open();
      } catch (err) {
        if (isStreamNotFound(err) || (err instanceof Error && err.message === "stream not found")) {
          throw new WeftError(ErrorCode.NotFound, `stream "${stream}" does not exist`, { cause: err });
        }
        throw err;
      }
    });
    const onStatus = (status: BusStatus) => {
      if (status === "reconnected" && !stopped) void reopen();
    };
    this.#statusListeners.push(onStatus);
    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      this.#replays.delete(stop);
      const i = this.#statusListeners.indexOf(onStatus);
      if (i >= 0) this.#statusListeners.splice(i, 1);
      // Closing an ordered consumer deletes it on the server.
      void current?.close().catch(() => {});
    };
    this.#replays.add(stop);
    return { stop };
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
