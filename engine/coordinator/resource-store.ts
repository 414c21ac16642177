/**
 * The resource history in JetStream KV (bucket weft_resources), as the coordinator writes it and
 * `weft stats` reads it. A scope is a deployment's version, or for a plain run its workflow's
 * name and bundle (the first 12 hex digits of its sha256). Keys, with names in base64url (KV
 * keys allow few characters):
 *   `d.<deployment>.<version>.n.<node>` / `w.<workflow>.<bundle>.n.<node>`: a node's history;
 *   `d.<deployment>.<version>.cost` / `w.<workflow>.<bundle>.cost`: the scope's run totals.
 */
import type { KvBucket } from "../bus/bus.js";
import type { NodeHistory } from "../core/usage-figures.js";
import type { RunCost } from "../core/run-usage.js";

/** Which runs a history is about. */
export interface Scope {
  kind: "deployment" | "workflow";
  /** The deployment's name, or the workflow's. */
  name: string;
  /** The deployment's version, or the bundle's sha256 prefix. */
  version: string;
}

/** A node's stored history. */
export interface StoredNode {
  node: string;
  history: NodeHistory;
  updatedAtMs: number;
}

/** A scope's cost totals over its runs (RunCost figures summed). */
export type CostTotals = Omit<RunCost, "nodes"> & { runs: number; updatedAtMs: number };

export function emptyTotals(): CostTotals {
  return { runs: 0, wallMs: 0, durationMs: 0, billedMs: 0, cpuMs: 0, memoryMbS: 0, natsMsgs: 0, natsBytes: 0, attempts: 0, updatedAtMs: 0 };
}

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");
const unb64 = (s: string) => Buffer.from(s, "base64url").toString("utf8");

/** The key prefix of a scope ("d.<name>.<version>."), or of every scope of a name ("d.<name>."). */
export function scopePrefix(kind: Scope["kind"], name: string, version?: string): string {
  return `${kind === "deployment" ? "d" : "w"}.${b64(name)}.${version === undefined ? "" : `${b64(version)}.`}`;
}

export function nodeKey(scope: Scope, node: string): string {
  return `${scopePrefix(scope.kind, scope.name, scope.version)}n.${b64(node)}`;
}

export function costKey(scope: Scope): string {
  return `${scopePrefix(scope.kind, scope.name, scope.version)}cost`;
}

/** The scope a key belongs to, and what it holds; undefined for a key of another shape. */
export function parseKey(key: string): { scope: Scope; node?: string } | undefined {
  const parts = key.split(".");
  if (parts.length < 4 || (parts[0] !== "d" && parts[0] !== "w")) return undefined;
  const scope: Scope = { kind: parts[0] === "d" ? "deployment" : "workflow", name: unb64(parts[1]!), version: unb64(parts[2]!) };
  if (parts[3] === "cost" && parts.length === 4) return { scope };
  if (parts[3] === "n" && parts.length === 5) return { scope, node: unb64(parts[4]!) };
  return undefined;
}

export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** The JSON of `key`, or undefined when absent or not JSON. */
export async function readJson<T>(kv: KvBucket, key: string): Promise<{ value: T; revision: number } | undefined> {
  const entry = await kv.get(key);
  if (entry === undefined) return undefined;
  try {
    return { value: JSON.parse(new TextDecoder().decode(entry.value)) as T, revision: entry.revision };
  } catch {
    return undefined;
  }
}
