/**
 * A run's cost as JSON (`weft status --json`, the end event of `weft logs --json`, the HTTP
 * gateway) and as text: the figures of docs/cost.md in snake_case, CPU in seconds and memory in
 * GB-seconds (1 GB = 2^30 bytes, as Lambda counts).
 */
import type { weft } from "../gen/weft.js";

type CostLike = weft.v1.RunCost.$Properties;
type NodeCostLike = weft.v1.NodeCost.$Properties;

const round = (v: number | null | undefined, digits = 3) => {
  const f = 10 ** digits;
  return Math.round((Number(v) || 0) * f) / f;
};

export function nodeCostJson(n: NodeCostLike) {
  return {
    node: n.node ?? "",
    attempts: n.attempts ?? 0,
    measured: n.measured ?? 0,
    duration_ms: round(n.durationMs),
    billed_ms: n.billedMs ?? 0,
    cpu_s: round((Number(n.cpuMs) || 0) / 1000, 6),
    memory_gb_s: round((Number(n.memoryMbS) || 0) / 1024, 9),
    heap_growth_bytes: Math.round(Number(n.heapGrowthBytes) || 0),
    output_bytes: Math.round(Number(n.outputBytes) || 0),
  };
}

export function costJson(c: CostLike) {
  return {
    wall_ms: round(c.wallMs),
    duration_ms: round(c.durationMs),
    billed_ms: c.billedMs ?? 0,
    cpu_s: round((Number(c.cpuMs) || 0) / 1000, 6),
    memory_gb_s: round((Number(c.memoryMbS) || 0) / 1024, 9),
    nats_msgs: c.natsMsgs ?? 0,
    nats_bytes: c.natsBytes ?? 0,
    attempts: c.attempts ?? 0,
    nodes: (c.nodes ?? []).map(nodeCostJson),
  };
}

/** "cost: 0.412 CPU-s, 0.0031 GB-s, billed 1,204 ms over 12 attempts (wall 1.3 s)". */
export function costLine(c: CostLike): string {
  const j = costJson(c);
  return (
    `cost: ${j.cpu_s.toFixed(3)} CPU-s, ${j.memory_gb_s.toFixed(4)} GB-s, billed ${j.billed_ms.toLocaleString("en")} ms ` +
    `over ${j.attempts} ${j.attempts === 1 ? "attempt" : "attempts"} (wall ${(j.wall_ms / 1000).toFixed(2)} s)`
  );
}
