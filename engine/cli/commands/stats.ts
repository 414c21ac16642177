/**
 * `weft stats NAME [--json] [--version V]`: what a deployment's (or a workflow's) runs used, from
 * the resource history the coordinator keeps (docs/cost.md): per node the p50/p95 of duration,
 * CPU time, peak heap growth and output size, with the sample count; the scope's cost totals and
 * per-run averages. NAME is a deployment name or, for plain runs, a workflow name (a deployment
 * first when it is both); the newest version (deployment version, or bundle) is shown unless
 * --version picks one.
 */
import { profileOf, type NodeProfile } from "../../core/usage-figures.js";
import { ErrorCode, WeftError } from "../../errors.js";
import { buckets } from "../../subjects.js";
import { JSON_SCHEMA_VERSION } from "../../client/run-json.js";
import { costKey, emptyTotals, nodeKey, parseKey, readJson, type CostTotals, type Scope, type StoredNode } from "../../coordinator/resource-store.js";
import { withClient, type NatsFlags } from "../connect.js";
import { size } from "../run-summary.js";
import { printAnswer } from "../stdout.js";

export async function statsCommand(name: string, flags: NatsFlags & { json?: boolean; version?: string }): Promise<number> {
  return withClient(flags, async (bus) => {
    const kv = await bus.kv(buckets.resources);
    const scopes = new Map<string, { scope: Scope; nodes: string[] }>();
    for (const key of await kv.keys()) {
      const parsed = parseKey(key);
      if (parsed === undefined || parsed.scope.name !== name) continue;
      const id = `${parsed.scope.kind}:${parsed.scope.version}`;
      const entry = scopes.get(id) ?? { scope: parsed.scope, nodes: [] };
      scopes.set(id, entry);
      if (parsed.node !== undefined) entry.nodes.push(parsed.node);
    }
    // A name that is both a deployment and a workflow of plain runs shows the deployment's
    // history: its versions and a plain run's bundle share digits, so mixing them listed one
    // version twice and let --version pick either.
    if ([...scopes.values()].some((s) => s.scope.kind === "deployment")) {
      for (const [id, s] of scopes) if (s.scope.kind === "workflow") scopes.delete(id);
    }
    if (scopes.size === 0) {
      throw new WeftError(ErrorCode.NotFound, `no resource history for "${name}": it is kept per deployment or workflow name once a run of it has ended. Run it, then ask again.`);
    }
    const totals = new Map<string, CostTotals>();
    for (const [id, { scope }] of scopes) totals.set(id, (await readJson<CostTotals>(kv, costKey(scope)))?.value ?? emptyTotals());
    const versions = [...scopes.keys()].sort((a, b) => (totals.get(b)?.updatedAtMs ?? 0) - (totals.get(a)?.updatedAtMs ?? 0));
    const chosen = flags.version === undefined ? versions[0]! : versionNamed(flags.version, versions.map((id) => [id, scopes.get(id)!.scope.version]), name);
    const { scope, nodes } = scopes.get(chosen)!;
    const profiles: [string, NodeProfile][] = [];
    for (const node of nodes.sort()) {
      const stored = await readJson<StoredNode>(kv, nodeKey(scope, node));
      if (stored?.value.history) profiles.push([node, profileOf(stored.value.history)]);
    }
    const t = totals.get(chosen)!;
    if (flags.json) {
      printAnswer(JSON.stringify(statsJson(scope, versions.map((id) => scopes.get(id)!.scope.version), t, profiles), null, 2) + "\n");
      return 0;
    }
    printAnswer(statsText(scope, t, profiles).join("\n") + "\n");
    return 0;
  });
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;
const spread = (s: { p50: number; p95: number }) => ({ p50: r3(s.p50), p95: r3(s.p95) });

/** `weft stats --json` (docs/json.md). */
/**
 * The history id of the version `wanted` names: the whole version or a prefix of it, as git takes
 * a short commit id (`weft stats NAME --version 3f9a`). A prefix two versions share is refused.
 */
export function versionNamed(wanted: string, versions: [id: string, version: string][], name: string): string {
  const known = versions.map(([, v]) => v).join(", ");
  const exact = versions.find(([, v]) => v === wanted);
  if (exact !== undefined) return exact[0];
  const matches = wanted === "" ? [] : versions.filter(([, v]) => v.startsWith(wanted));
  if (matches.length === 1) return matches[0]![0];
  if (matches.length > 1) {
    throw new WeftError(ErrorCode.Usage, `--version ${wanted} names more than one version of "${name}" (${matches.map(([, v]) => v).join(", ")}): give more digits.`);
  }
  throw new WeftError(ErrorCode.NotFound, `"${name}" has no resource history for version ${wanted}; it has: ${known}.`);
}

export function statsJson(scope: Scope, versions: string[], t: CostTotals, profiles: [string, NodeProfile][]) {
  const per = (v: number) => (t.runs > 0 ? v / t.runs : 0);
  const figures = (f: (k: keyof Omit<CostTotals, "runs" | "updatedAtMs">) => number) => ({
    wall_ms: r3(f("wallMs")),
    duration_ms: r3(f("durationMs")),
    billed_ms: r3(f("billedMs")),
    cpu_s: Math.round(f("cpuMs")) / 1000,
    memory_gb_s: Math.round((f("memoryMbS") / 1024) * 1e9) / 1e9,
    nats_msgs: r3(f("natsMsgs")),
    nats_bytes: r3(f("natsBytes")),
    attempts: r3(f("attempts")),
  });
  return {
    v: JSON_SCHEMA_VERSION,
    name: scope.name,
    kind: scope.kind,
    version: scope.version,
    versions,
    runs: t.runs,
    updated: t.updatedAtMs ? new Date(t.updatedAtMs).toISOString() : null,
    totals: figures((k) => t[k]),
    per_run: figures((k) => per(t[k])),
    nodes: profiles.map(([node, p]) => ({
      node,
      samples: p.samples,
      runs: p.runs,
      duration_ms: spread(p.durationMs),
      cpu_ms: spread(p.cpuMs),
      heap_growth_bytes: spread(p.heapGrowthBytes),
      output_bytes: spread(p.outputBytes),
    })),
  };
}

function statsText(scope: Scope, t: CostTotals, profiles: [string, NodeProfile][]): string[] {
  const per = (v: number) => (t.runs > 0 ? v / t.runs : 0);
  const out = [
    `${scope.kind} ${scope.name}, version ${scope.version}: ${t.runs} ${t.runs === 1 ? "run" : "runs"}`,
    `total     ${(t.cpuMs / 1000).toFixed(3)} CPU-s   ${(t.memoryMbS / 1024).toFixed(4)} GB-s   billed ${Math.round(t.billedMs)} ms   ${t.natsMsgs} NATS messages, ${size(t.natsBytes)}`,
    `per run   ${(per(t.cpuMs) / 1000).toFixed(3)} CPU-s   ${(per(t.memoryMbS) / 1024).toFixed(4)} GB-s   billed ${Math.round(per(t.billedMs))} ms   wall ${Math.round(per(t.wallMs))} ms`,
    "",
    "NODE                 SAMPLES  DURATION p50/p95      CPU p50/p95           PEAK HEAP+ p50/p95     OUTPUT p50/p95",
  ];
  const ms = (s: { p50: number; p95: number }) => `${s.p50.toFixed(1)}/${s.p95.toFixed(1)} ms`.padEnd(21);
  const bytes = (s: { p50: number; p95: number }) => `${size(s.p50)}/${size(s.p95)}`.padEnd(22);
  for (const [node, p] of profiles) out.push(`${node.padEnd(20)} ${String(p.samples).padEnd(8)} ${ms(p.durationMs)} ${ms(p.cpuMs)} ${bytes(p.heapGrowthBytes)} ${bytes(p.outputBytes)}`);
  return out;
}
