/**
 * The NATS connection of a client (a CLI command, or code through weft-engine/client), with
 * the credentials and TLS of its flags or options and the environment (see nats-auth.ts). No
 * message carries a password, token or seed.
 */
import type { Bus } from "../bus/bus.js";
import { connectNatsBus, type PermissionDenial } from "../bus/nats-bus.js";
import { ErrorCode, WeftError } from "../errors.js";
import { connectionOptions, type ConnectionOptions, type NatsFlags } from "./nats-auth.js";
import { maskSecrets } from "../bus/nats-connection.js";

export type { NatsFlags } from "./nats-auth.js";

/** A flags object, or (the older form) just the --nats value. */
type FlagsOrUrl = NatsFlags | string | undefined;

function flagsOf(flags: FlagsOrUrl): NatsFlags {
  return typeof flags === "string" || flags === undefined ? (flags === undefined ? {} : { nats: flags }) : flags;
}

function denialText(d: PermissionDenial, conn: ConnectionOptions): string {
  const who = conn.auth.user !== undefined ? `user "${conn.auth.user}"` : "this user";
  const op = d.operation === "publish" ? "publish to" : "subscribe to";
  return `NATS denied ${who} permission to ${op} "${d.subject}": the user's permissions in the server configuration do not allow it (see docs/security.md for what each role needs)`;
}

/** The client's own PermissionViolationError (e.g. of a request), in weft's words. */
function asDenial(err: unknown, conn: ConnectionOptions): WeftError | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (e.name !== "PermissionViolationError") continue;
    const { operation, subject } = e as Error & { operation?: string; subject?: string };
    const denial: PermissionDenial = { operation: operation === "subscription" ? "subscription" : "publish", subject: subject ?? "", message: e.message };
    return new WeftError(ErrorCode.Infrastructure, maskSecrets(denialText(denial, conn), conn.secrets), { cause: err });
  }
  return undefined;
}

/** Masks secrets in an error's message in place, and returns it. */
function masked(err: unknown, conn: ConnectionOptions): unknown {
  if (err instanceof Error && conn.secrets.length > 0) {
    const text = maskSecrets(err.message, conn.secrets);
    if (text !== err.message) err.message = text;
  }
  return err;
}

/** `privateInbox`: a client's replies come on its own inbox prefix (nats-connection.ts). */
async function open(conn: ConnectionOptions, name: string, onPermissionDenied: (d: PermissionDenial) => void, privateInbox = false): Promise<Bus> {
  try {
    return await connectNatsBus(conn.url, { name, auth: conn.auth, onPermissionDenied, replicas: conn.replicas, privateInbox });
  } catch (err) {
    throw masked(err, conn);
  }
}

export interface ClientConnectOptions {
  /** The connection's name, as the server shows it. */
  name?: string;
  /**
   * Called when the server denied a permission while nothing was waiting on the connection
   * (e.g. a replay whose consumer was refused later) and no operation came within 1.5 s to
   * report it to. Without it, the next operation fails with the denial.
   */
  onUnreportedDenial?: (err: WeftError) => void;
  /**
   * Replies on the user's own inbox prefix, `_INBOX_<identity>` (default true): what a client's
   * role allows it (docs/security.md, "Tenancy"). False for a connection with another role's
   * credentials (a worker's, the coordinator's), whose role has `_INBOX.>`.
   */
  privateInbox?: boolean;
}

/**
 * A client connection (submit, runs, status, logs, cancel, run --nats; the client API). A
 * permission the server denies fails what is in flight: operations reject with a clear
 * E_INFRASTRUCTURE error (exit 3) instead of timing out, and so does the next one.
 */
export async function connectClient(flags: FlagsOrUrl, opts: ClientConnectOptions = {}): Promise<Bus> {
  const name = opts.name ?? "weft-client";
  const conn = connectionOptions(flagsOf(flags));
  let denial: WeftError | undefined;
  let lastResort: NodeJS.Timeout | undefined;
  const waiting = new Set<(err: WeftError) => void>();
  const bus = await open(conn, name, (d) => {
    if (denial) return;
    denial = new WeftError(ErrorCode.Infrastructure, maskSecrets(denialText(d, conn), conn.secrets));
    const err = denial;
    if (waiting.size > 0) {
      for (const reject of [...waiting]) reject(err);
      return;
    }
    // Nothing waits on the bus (e.g. a replay whose consumer was refused later): the next
    // operation fails, and if none comes, the caller's last resort (the CLI exits with it).
    const lastWord = opts.onUnreportedDenial;
    if (!lastWord) return;
    lastResort = setTimeout(() => lastWord(err), 1500);
    lastResort.unref();
  }, opts.privateInbox ?? true);
  const delivered = () => {
    if (lastResort) clearTimeout(lastResort);
    lastResort = undefined;
  };
  const guard = <T>(p: Promise<T>): Promise<T> => {
    if (denial) {
      delivered();
      p.catch(() => {});
      return Promise.reject(denial);
    }
    let reject!: (err: WeftError) => void;
    const refused = new Promise<never>((_, r) => (reject = r));
    waiting.add(reject);
    return Promise.race([p, refused]).then(
      (v) => {
        waiting.delete(reject);
        return v;
      },
      (err: unknown) => {
        waiting.delete(reject);
        throw masked(asDenial(err, conn) ?? err, conn);
      },
    );
  };
  const sync = () => {
    if (!denial) return;
    delivered();
    throw denial;
  };
  return guarded(bus, guard, sync, delivered);
}

/** Sending methods that fail at once once a permission was denied. */
const SYNC_SENDS = new Set<PropertyKey>(["publish", "subscribe"]);

/** Methods that must work whatever the server refused. */
const UNGUARDED = new Set<PropertyKey>(["close", "stats", "onStatus"]);

/** A plain object of functions (a KV bucket, an object bucket, a replay handle). */
function isHandle(v: unknown): v is object {
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype && Object.values(v).some((x) => typeof x === "function");
}

/**
 * `target` with every async method raced against a permission denial, and handles wrapped
 * too; `onClose` runs when the bus is closed.
 */
function guarded<T extends object>(target: T, guard: <R>(p: Promise<R>) => Promise<R>, sync: () => void, onClose?: () => void): T {
  return new Proxy(target, {
    get(t, key) {
      const v: unknown = Reflect.get(t, key, t);
      if (key === "close" && onClose && typeof v === "function") {
        return (...args: unknown[]) => {
          onClose();
          return (v as (...a: unknown[]) => unknown).apply(t, args);
        };
      }
      if (typeof v !== "function" || UNGUARDED.has(key)) return typeof v === "function" ? v.bind(t) : v;
      return (...args: unknown[]) => {
        if (SYNC_SENDS.has(key)) sync();
        const out: unknown = (v as (...a: unknown[]) => unknown).apply(t, args);
        if (!(out instanceof Promise)) return out;
        return guard(out as Promise<unknown>).then((r) => (isHandle(r) ? guarded(r, guard, sync) : r));
      };
    },
  });
}

/**
 * A connection for a long-running service (coordinator, worker, gateway, web view): a denied
 * permission is reported on stderr once per subject, prefixed with `label`, and the service
 * goes on. `privateInbox`: a service with a client's role (gateway, web view) gets its replies
 * on its own inbox prefix, as clients do (nats-connection.ts).
 */
export async function connectService(flags: FlagsOrUrl, name: string, label: string, opts: { privateInbox?: boolean } = {}): Promise<Bus> {
  const conn = connectionOptions(flagsOf(flags));
  const seen = new Set<string>();
  return open(conn, name, (d) => {
    const key = `${d.operation} ${d.subject}`;
    if (seen.has(key)) return;
    seen.add(key);
    process.stderr.write(`${label}: ${maskSecrets(denialText(d, conn), conn.secrets)}\n`);
  }, opts.privateInbox);
}

