/**
 * Opening a connection to NATS for the Bus: the URL and credentials (user and password, token,
 * nkey seed, .creds file, TLS files), the first connect with its deadline, and errors that say
 * what went wrong without repeating a secret. Once open, the connection reconnects forever;
 * permission denials the server reports are passed on (one stderr line each by default).
 */
import {
  connect,
  credsAuthenticator,
  errors as natsErrors,
  nkeyAuthenticator,
  type Authenticator,
  type NatsConnection,
  type NodeConnectionOptions,
} from "@nats-io/transport-node";
import { ErrorCode, WeftError } from "../errors.js";

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
  /**
   * Copies JetStream keeps of each stream and bucket the bus creates: 1 to 5, default 1; more
   * than one needs a NATS cluster (engine/bus/nats-replicas.ts).
   */
  replicas?: number;
  /**
   * Replies to this connection (requests, JetStream answers and deliveries) come on
   * `_INBOX_<identity>.` instead of `_INBOX.`: a server that lets each user subscribe only to
   * its own prefix keeps one user's replies (run records, run logs) from the others
   * (docs/security.md, "Tenancy"). Clients use it; without an identity, `_INBOX.` as ever.
   */
  privateInbox?: boolean;
}

// The CLI promises to say that a server cannot be reached within 5 s, its own start-up included.
const DEFAULT_CONNECT_TIMEOUT_MS = 4000;
const DEFAULT_RECONNECT_WAIT_MS = 500;
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

/** The servers of a NATS cluster as the client gets them, with the credentials of the URLs. */
interface ParsedTarget extends Omit<ParsedUrl, "server"> {
  servers: string[];
}

/**
 * The URLs of a `--nats` value: one, or several separated by commas (servers of one cluster:
 * the client connects to any that answers and moves to another when it goes away).
 */
export function natsUrlList(url: string): string[] {
  return url
    .split(",")
    .map((u) => u.trim())
    .filter((u) => u !== "");
}

/**
 * Parses a list of NATS URLs (see natsUrlList). Credentials may be in none, some or all of them
 * but must be the same wherever they are: the client uses one set for every server.
 */
function parseNatsUrls(url: string): ParsedTarget {
  const parsed = natsUrlList(url).map(parseNatsUrl);
  if (parsed.length === 0) throw new WeftError(ErrorCode.Usage, `invalid NATS URL "": expected nats://[user:password@]host[:port], or several separated by commas`);
  const withCreds = parsed.filter((p) => p.user !== undefined || p.token !== undefined);
  const first = withCreds[0];
  if (first && withCreds.some((p) => p.user !== first.user || p.pass !== first.pass || p.token !== first.token)) {
    throw new WeftError(ErrorCode.Usage, "the NATS URLs carry different credentials: give the same in each, or none in the URLs and --user/--password (or --token) once");
  }
  return {
    servers: parsed.map((p) => p.server),
    ...(first?.user !== undefined ? { user: first.user } : {}),
    ...(first?.pass !== undefined ? { pass: first.pass } : {}),
    ...(first?.token !== undefined ? { token: first.token } : {}),
    display: parsed.map((p) => p.display).join(","),
  };
}

/** `nats://user:pass@host` or `nats://token@host` with the secret masked. */
function maskUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/)?([^:@/]+):([^@/]*)@/i, "$1$2:***@").replace(/^([a-z]+:\/\/)?([^:@/]+)@/i, "$1***@");
}

/** Every secret of a connection, longest first (so a secret inside another is masked whole). */
function secretsOf(target: ParsedTarget, auth: NatsAuth | undefined): string[] {
  const out = [target.pass, target.token, auth?.pass, auth?.token, auth?.nkeySeed?.trim()];
  if (auth?.creds) {
    // The blocks of a .creds file: the JWT and the seed.
    for (const m of auth.creds.matchAll(/-{3,}[^\n]*-{3,}\r?\n([^\n]+)\r?\n/g)) out.push(m[1]?.trim());
  }
  return out.filter((s): s is string => typeof s === "string" && s.length > 0).sort((a, b) => b.length - a.length);
}

/**
 * `text` with every secret replaced by `***`, where it stands on its own: not inside a longer
 * run of letters and digits, so a short password does not garble (and so give away) the
 * words it happens to occur in ("authentication" for a password "e").
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) {
    const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, "g"), "***");
  }
  return out;
}

/** The client's connection options for `target` and `auth`; rejects mixed credentials. */
function clientAuthOptions(target: ParsedTarget, auth: NatsAuth | undefined): Partial<NodeConnectionOptions> {
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
function authMethod(target: ParsedTarget, auth: NatsAuth | undefined): string | undefined {
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

export function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : "";
    return `${err.message}${cause}`;
  }
  return String(err);
}

/** The inbox prefix of a connection with a private inbox: `_INBOX_<identity>`. */
export function privateInboxPrefix(identity: string): string {
  return `_INBOX_${identity}`;
}

/**
 * Connects to NATS at `url` (`nats://[user:password@]host[:port]`, `nats://token@host`, or
 * several such URLs separated by commas: servers of one cluster, any of which may answer and
 * which the client moves between when one goes away; the servers a cluster announces are
 * added to the list), with `opts.auth` for other credentials and TLS files (the client
 * upgrades to TLS when the server offers it; `auth.tls` requires it and names the CA and client
 * certificate). Rejects
 * within about `connectTimeoutMs` with WeftError E_NATS_UNREACHABLE when the server cannot be
 * reached, refuses the credentials ("authentication failed") or the TLS handshake fails; no
 * message carries a password, token or seed. Once connected it reconnects forever.
 * `inboxPrefix`: where replies come (default `_INBOX`; see `privateInbox`).
 */
export async function openNatsConnection(url: string, opts: NatsBusOptions = {}, inboxPrefix?: string): Promise<NatsConnection> {
  const target = parseNatsUrls(url);
  const secrets = secretsOf(target, opts.auth);
  const authOptions = clientAuthOptions(target, opts.auth);
  const timeoutMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const attempt = connect({
    servers: target.servers,
    ...authOptions,
    ...(opts.name !== undefined ? { name: opts.name } : {}),
    timeout: timeoutMs,
    // Reconnect forever once connected: the engine outlives server restarts. The first
    // connect does not retry (waitOnFirstConnect false), so a wrong URL fails fast.
    maxReconnectAttempts: -1,
    reconnectTimeWait: opts.reconnectTimeWaitMs ?? DEFAULT_RECONNECT_WAIT_MS,
    waitOnFirstConnect: false,
    // No Error made up front for every request and JetStream publish (to have one ready for a
    // timeout, with its stack): our errors name the subject and the operation instead.
    noAsyncTraces: true,
    ...(inboxPrefix ? { inboxPrefix } : {}),
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
  return nc;
}

/** The WeftError of a failed first connect: authentication, TLS, or unreachable. */
function connectError(err: unknown, target: ParsedTarget, auth: NatsAuth | undefined, timeoutMs: number, secrets: string[]): WeftError {
  const chain = causes(err);
  const safe = (text: string) => maskSecrets(text, secrets);
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
      try {
        report(denial);
      } catch (err) {
        process.stderr.write(`weft bus: the permission denial report threw: ${(err as Error)?.message ?? String(err)}\n`);
      }
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

