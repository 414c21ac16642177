/**
 * How a client (a CLI command, or code through weft-engine/client) connects to NATS: the URL plus credentials and TLS, from flags, else
 * WEFT_NATS_* environment variables, else the URL itself (`nats://user:pass@host`,
 * `nats://token@host`). Files named by flags are read here, so a missing or unreadable one is
 * a usage error (exit 2) before any connection is tried. No message carries a secret.
 */
import { readFileSync, statSync } from "node:fs";
import { credsAuthenticator, nkeyAuthenticator } from "@nats-io/transport-node";
import type { NatsAuth } from "../bus/nats-bus.js";
import { ErrorCode, WeftError } from "../errors.js";
import { MAX_REPLICAS } from "../bus/nats-replicas.js";
import { natsUrlList } from "../bus/nats-connection.js";

export const DEFAULT_NATS_URL = "nats://127.0.0.1:4222";

/** The given URL (`--nats`, or the client's `url` option), else WEFT_NATS_URL, else the local default. */
export function natsUrl(flag: string | undefined): string {
  return flag ?? process.env.WEFT_NATS_URL ?? DEFAULT_NATS_URL;
}

/** True when the user named a NATS server (flag, option or environment). */
export function natsUrlGiven(flag: string | undefined): boolean {
  return flag !== undefined || process.env.WEFT_NATS_URL !== undefined;
}

/** The environment variable of --replicas. */
export const REPLICAS_ENV = "WEFT_NATS_REPLICAS";

/** The connection flags every NATS-using command accepts (commander's camelCase names). */
export interface NatsFlags {
  nats?: string;
  user?: string;
  password?: string;
  token?: string;
  nkeySeed?: string;
  creds?: string;
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
  /** JetStream replicas of the streams and buckets weft creates (engine/bus/nats-replicas.ts). */
  replicas?: string;
}

/** One connection setting: its flag and its environment variable. */
interface Setting {
  key: Exclude<keyof NatsFlags, "nats" | "replicas">;
  flag: string;
  env: string;
}

/** Every credential and TLS setting, with its flag and environment variable. */
export const NATS_AUTH_SETTINGS: readonly Setting[] = [
  { key: "user", flag: "--user", env: "WEFT_NATS_USER" },
  { key: "password", flag: "--password", env: "WEFT_NATS_PASSWORD" },
  { key: "token", flag: "--token", env: "WEFT_NATS_TOKEN" },
  { key: "nkeySeed", flag: "--nkey-seed", env: "WEFT_NATS_NKEY_SEED" },
  { key: "creds", flag: "--creds", env: "WEFT_NATS_CREDS" },
  { key: "tlsCa", flag: "--tls-ca", env: "WEFT_NATS_TLS_CA" },
  { key: "tlsCert", flag: "--tls-cert", env: "WEFT_NATS_TLS_CERT" },
  { key: "tlsKey", flag: "--tls-key", env: "WEFT_NATS_TLS_KEY" },
];

/**
 * Removes the credentials from this process's environment once connected (the NATS client keeps
 * what it needs): a worker's tasks, and the threads of isolated ones, then cannot read them from
 * `process.env`. Files named by --creds/--nkey-seed/--tls-key stay readable to the worker's user.
 */
export function forgetCredentialsInEnv(): void {
  for (const s of NATS_AUTH_SETTINGS) delete process.env[s.env];
  const url = process.env.WEFT_NATS_URL;
  if (url && /\/\/[^/]*@/.test(url)) delete process.env.WEFT_NATS_URL;
}

/** The credential and TLS flags given, as the WEFT_NATS_* variables of a child process (a worker the coordinator starts). */
export function natsEnvOf(flags: NatsFlags): Record<string, string> {
  const env: Record<string, string> = {};
  for (const s of NATS_AUTH_SETTINGS) {
    const given = flags[s.key];
    if (given !== undefined) env[s.env] = given;
  }
  if (flags.replicas !== undefined) env[REPLICAS_ENV] = flags.replicas;
  return env;
}

/** Everything needed to connect: the URL, and credentials/TLS for `connectNatsBus(url, { auth })`. */
export interface ConnectionOptions {
  url: string;
  auth: NatsAuth;
  /** JetStream replicas of what the connection creates: --replicas, else WEFT_NATS_REPLICAS, else 1. */
  replicas: number;
  /** Every secret (password, token, seed, creds), to mask in messages. */
  secrets: string[];
}

type Source = { value: string; from: string };

/** The replicas setting: the flag, else a non-empty WEFT_NATS_REPLICAS, else 1; 1 to 5 (exit 2 otherwise). */
export function replicasSetting(flags: NatsFlags, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env[REPLICAS_ENV];
  const src: Source | undefined =
    flags.replicas !== undefined ? { value: flags.replicas, from: "--replicas" } : fromEnv ? { value: fromEnv, from: REPLICAS_ENV } : undefined;
  if (src === undefined) return 1;
  const n = /^\s*\d+\s*$/.test(src.value) ? Number(src.value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_REPLICAS) {
    throw new WeftError(
      ErrorCode.Usage,
      `${src.from} must be a whole number from 1 to ${MAX_REPLICAS} (the copies JetStream keeps of each stream and bucket; 3 on a 3-server NATS cluster), got "${src.value}".`,
    );
  }
  return n;
}

/** A setting's value: the flag, else a non-empty environment variable; with where it came from. */
function pick(flags: NatsFlags, env: NodeJS.ProcessEnv, s: Setting): Source | undefined {
  const flag = flags[s.key];
  if (flag !== undefined) return { value: flag, from: s.flag };
  const fromEnv = env[s.env];
  if (fromEnv !== undefined && fromEnv !== "") return { value: fromEnv, from: s.env };
  return undefined;
}

/** The text of the file a setting names; a usage error (exit 2) naming the setting otherwise. */
function readSettingFile(src: Source, what: string): string {
  const file = src.value;
  if (file === "") throw new WeftError(ErrorCode.Usage, `${src.from} needs the path of ${what}.`);
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (err as Error).message;
    throw new WeftError(ErrorCode.Usage, `${src.from} ${file}: cannot read ${what} (${why}).`);
  }
  if (!isFile) throw new WeftError(ErrorCode.Usage, `${src.from} ${file}: not a file (expected ${what}).`);
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new WeftError(ErrorCode.Usage, `${src.from} ${file}: cannot read ${what} (${code === "EACCES" ? "permission denied" : (err as Error).message}).`);
  }
}

/** Which credential/TLS flags were given on the command line (not the environment). */
export function authFlagsGiven(flags: NatsFlags): string[] {
  return NATS_AUTH_SETTINGS.filter((s) => flags[s.key] !== undefined).map((s) => s.flag);
}

/**
 * Builds the connection options of a command from its flags and the environment. Throws a
 * usage error (exit 2) for incomplete or conflicting settings and for files that cannot be read.
 */
export function connectionOptions(flags: NatsFlags, env: NodeJS.ProcessEnv = process.env): ConnectionOptions {
  const url = natsUrl(flags.nats);
  const get = (key: Setting["key"]) => pick(flags, env, NATS_AUTH_SETTINGS.find((s) => s.key === key)!);
  const user = get("user");
  const password = get("password");
  const token = get("token");
  const nkeySeed = get("nkeySeed");
  const creds = get("creds");
  const tlsCa = get("tlsCa");
  const tlsCert = get("tlsCert");
  const tlsKey = get("tlsKey");

  if (user && !password) throw new WeftError(ErrorCode.Usage, `${user.from} needs a password: pass --password or set WEFT_NATS_PASSWORD.`);
  if (password && !user) throw new WeftError(ErrorCode.Usage, `${password.from} needs a user: pass --user or set WEFT_NATS_USER.`);
  if (user && user.value === "") throw new WeftError(ErrorCode.Usage, `${user.from} is empty.`);
  const methods: string[] = [];
  if (user && password) methods.push(`${user.from}/${password.from}`);
  if (token) methods.push(token.from);
  if (nkeySeed) methods.push(nkeySeed.from);
  if (creds) methods.push(creds.from);
  if (urlHasCredentials(url) && methods.length > 0) {
    throw new WeftError(ErrorCode.Usage, `the NATS URL carries credentials and so does ${methods.join(" and ")}: give one.`);
  }
  if (methods.length > 1) {
    throw new WeftError(ErrorCode.Usage, `more than one way to authenticate to NATS (${methods.join(", ")}): give one.`);
  }
  if (tlsCert && !tlsKey) throw new WeftError(ErrorCode.Usage, `${tlsCert.from} needs the client key too: pass --tls-key FILE or set WEFT_NATS_TLS_KEY.`);
  if (tlsKey && !tlsCert) throw new WeftError(ErrorCode.Usage, `${tlsKey.from} needs the client certificate too: pass --tls-cert FILE or set WEFT_NATS_TLS_CERT.`);

  const auth: NatsAuth = {};
  const secrets: string[] = [];
  if (user && password) {
    auth.user = user.value;
    auth.pass = password.value;
    secrets.push(password.value);
  }
  if (token) {
    if (token.value === "") throw new WeftError(ErrorCode.Usage, `${token.from} is empty.`);
    auth.token = token.value;
    secrets.push(token.value);
  }
  if (nkeySeed) {
    const seed = readSettingFile(nkeySeed, "an nkey seed file").trim();
    secrets.push(seed);
    try {
      // Signs a dummy nonce: throws unless the text is a valid seed.
      nkeyAuthenticator(new TextEncoder().encode(seed))("weft");
    } catch {
      throw new WeftError(ErrorCode.Usage, `${nkeySeed.from} ${nkeySeed.value}: not an nkey seed (expected one line starting with "SU", as written by \`nk -gen user\`).`);
    }
    auth.nkeySeed = seed;
  }
  if (creds) {
    const text = readSettingFile(creds, "a NATS .creds file");
    for (const m of text.matchAll(/-{3,}[^\n]*-{3,}\r?\n([^\n]+)\r?\n/g)) if (m[1]?.trim()) secrets.push(m[1].trim());
    try {
      credsAuthenticator(new TextEncoder().encode(text))("weft");
    } catch {
      throw new WeftError(ErrorCode.Usage, `${creds.from} ${creds.value}: not a NATS .creds file (expected a user JWT block and an nkey seed block).`);
    }
    auth.creds = text;
  }
  if (tlsCa || tlsCert) {
    auth.tls = {};
    if (tlsCa) {
      checkPem(tlsCa, "a CA certificate (PEM)", "CERTIFICATE");
      auth.tls.caFile = tlsCa.value;
    }
    if (tlsCert && tlsKey) {
      checkPem(tlsCert, "a client certificate (PEM)", "CERTIFICATE");
      checkPem(tlsKey, "a client private key (PEM)", "PRIVATE KEY");
      auth.tls.certFile = tlsCert.value;
      auth.tls.keyFile = tlsKey.value;
    }
  }
  secrets.push(...urlSecrets(url));
  const replicas = replicasSetting(flags, env);
  return { url, auth, replicas, secrets: [...new Set(secrets.filter((s) => s !== ""))].sort((a, b) => b.length - a.length) };
}

/** Checks that a setting names a readable PEM file holding `label` (never echoes the content). */
function checkPem(src: Source, what: string, label: string): void {
  const text = readSettingFile(src, what);
  if (!text.includes("-----BEGIN") || !text.includes(label)) {
    throw new WeftError(ErrorCode.Usage, `${src.from} ${src.value}: not ${what} (no "-----BEGIN ...${label}-----" block).`);
  }
}

/** The passwords or tokens in a NATS URL (or comma-separated list), raw and decoded. */
function urlSecrets(url: string): string[] {
  return natsUrlList(url).flatMap(oneUrlSecrets);
}

function oneUrlSecrets(url: string): string[] {
  const m = /^(?:[a-z]+:\/\/)?([^/@]+)@/i.exec(url);
  if (!m?.[1]) return [];
  const userinfo = m[1];
  const colon = userinfo.indexOf(":");
  const secret = colon >= 0 ? userinfo.slice(colon + 1) : userinfo;
  let decoded = secret;
  try {
    decoded = decodeURIComponent(secret);
  } catch {
    // keep the raw text
  }
  return [secret, decoded];
}

/** Whether a NATS URL (or one of a comma-separated list) has `user:pass@` or `token@` in it. */
function urlHasCredentials(url: string): boolean {
  return natsUrlList(url).some((u) => /^([a-z]+:\/\/)?[^/@]+@/i.test(u));
}

/**
 * For `weft run`, which starts a private server unless a URL is given: credential flags make
 * sense only with --nats or WEFT_NATS_URL. (Environment variables are simply not used then.)
 */
export function assertAuthNeedsUrl(flags: NatsFlags): void {
  if (natsUrlGiven(flags.nats)) return;
  const given = [...authFlagsGiven(flags), ...(flags.replicas !== undefined ? ["--replicas"] : [])];
  if (given.length > 0) {
    throw new WeftError(
      ErrorCode.Usage,
      `${given.join(", ")} ${given.length === 1 ? "applies" : "apply"} to a NATS server given with --nats URL (or WEFT_NATS_URL); without one, weft run starts its own private server.`,
    );
  }
}

/** The environment variables of credentials and TLS (stripped from processes that must not use them). */
export const NATS_AUTH_ENV_VARS: readonly string[] = NATS_AUTH_SETTINGS.map((s) => s.env);
