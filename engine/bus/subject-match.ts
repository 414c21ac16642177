/**
 * NATS subject syntax, shared by MemoryBus and NatsBus so that both accept and reject the
 * same subjects, KV keys and bucket/stream names. Pure functions, no I/O.
 */
import { ErrorCode, WeftError } from "../errors.js";
import { isName } from "../../model/names.js";

/** One subject token: no dots, no whitespace, not empty. */
const TOKEN = /^[^.\s]+$/;

/** NATS KV keys: the server's own rule (`[-/_=.a-zA-Z0-9]+`, no leading/trailing dot). */
const KV_KEY = /^[-/_=.a-zA-Z0-9]+$/;

/**
 * Whether `subject` is a well-formed subject. With `wildcards`, `*` may stand as a whole
 * token and `>` as the whole last token (a subscription subject); without, neither may
 * appear as a token (a publish subject).
 */
export function isValidSubject(subject: string, opts: { wildcards: boolean }): boolean {
  if (subject.length === 0) return false;
  const tokens = subject.split(".");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!TOKEN.test(t)) return false;
    if (t === "*" || t === ">") {
      if (!opts.wildcards) return false;
      // `>` swallows the rest, so anything after it could never match.
      if (t === ">" && i !== tokens.length - 1) return false;
    }
  }
  return true;
}

/** Whether `key` is a valid KV key (it becomes part of a subject on NATS). */
export function isValidKvKey(key: string): boolean {
  return KV_KEY.test(key) && !key.startsWith(".") && !key.endsWith(".") && !key.includes("..");
}

/**
 * Whether the concrete `subject` matches `pattern`: `*` matches exactly one token, `>` (last
 * token only) matches one or more remaining tokens, anything else must be equal.
 */
export function subjectMatches(pattern: string, subject: string): boolean {
  if (pattern === subject) return true;
  const p = pattern.split(".");
  const s = subject.split(".");
  for (let i = 0; i < p.length; i++) {
    const pt = p[i]!;
    if (pt === ">") return s.length > i; // needs at least one token left
    if (i >= s.length) return false;
    if (pt !== "*" && pt !== s[i]) return false;
  }
  return p.length === s.length;
}

/**
 * Whether some concrete subject matches both patterns (`*` one token, `>` one or more at the
 * end): a stream capturing `a` holds messages a consumer filtered on `b` can read.
 */
export function subjectsOverlap(a: string, b: string): boolean {
  const x = a.split(".");
  const y = b.split(".");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const s = x[i];
    const t = y[i];
    if (s === ">" || t === ">") return s !== undefined && t !== undefined; // `>` needs a token on the other side too
    if (s === undefined || t === undefined) return false;
    if (s !== "*" && t !== "*" && s !== t) return false;
  }
  return true;
}

/** Throws WeftError E_USAGE unless `subject` is valid (see {@link isValidSubject}). */
export function assertSubject(subject: string, opts: { wildcards: boolean }): void {
  if (!isValidSubject(subject, opts)) {
    const rule = opts.wildcards
      ? "tokens joined by single dots, none empty or with spaces; `*` stands for one whole token, `>` for the rest as the last token (e.g. orders.*.created, sensors.>)"
      : "tokens joined by single dots, none empty or with spaces, and no wildcards here (e.g. orders.created)";
    throw new WeftError(ErrorCode.Usage, `invalid NATS subject "${subject}": a subject is ${rule}.`);
  }
}

/** Throws WeftError E_USAGE unless `key` is a valid KV key. */
export function assertKvKey(key: string): void {
  if (!isValidKvKey(key)) {
    throw new WeftError(ErrorCode.Usage, `invalid KV key "${key}": use letters, digits and - / _ = . (no leading, trailing or double dot)`);
  }
}

/** Throws WeftError E_USAGE unless `name` is a valid bucket or stream name. */
export function assertName(kind: string, name: string): void {
  // NATS allows more, but these names are safe in every API subject.
  if (!isName(name)) {
    throw new WeftError(ErrorCode.Usage, `invalid ${kind} name "${name}": use letters, digits, "-" and "_" only`);
  }
}

/**
 * What both buses say when a durable publish finds no stream capturing its subject (a sink's
 * `toJetStream(subject)` with no stream created for it), with what to do.
 */
export function noStreamCaptures(subject: string): string {
  return `durable publish to ${subject}: ${howToCapture(subject)}`;
}

/** That no stream captures `subject`, and the command that makes one. */
export function howToCapture(subject: string): string {
  return `no stream captures this subject: create one that does (e.g. \`nats stream add NAME --subjects '${subject}'\`)`;
}
