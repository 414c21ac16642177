/**
 * The engine's own data accounting per edge, as the terminal run event carries it (`edges`):
 * records, NATS messages and bytes of values, and what was handed over in memory.
 */

/** One edge's totals, with the line's field names. */
export interface EdgeTotals {
  from: string;
  to: string;
  records: number;
  nats_msgs: number;
  nats_bytes: number;
  local_records: number;
  local_bytes: number;
}

/** Reads `edges` off the terminal run event, loosely: an engine that sends none gives []. */
export function edgesOf(end: unknown): EdgeTotals[] {
  const edges = (end as { edges?: unknown }).edges;
  if (!Array.isArray(edges)) return [];
  const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : 0);
  return edges.map((e: Record<string, unknown>) => ({
    from: String(e.from ?? ""),
    to: String(e.to ?? ""),
    records: num(e.records),
    nats_msgs: num(e.natsMsgs),
    nats_bytes: num(e.natsBytes),
    local_records: num(e.localRecords),
    local_bytes: Math.round(num(e.localBytes)),
  }));
}

type Count = Exclude<keyof EdgeTotals, "from" | "to">;

/** The sum of one count over some edges. */
export function sumOf(edges: EdgeTotals[], k: Count): number {
  return edges.reduce((n, e) => n + e[k], 0);
}

/** Every count summed, with the number of edges. */
export function edgeTotals(edges: EdgeTotals[]): Record<Count | "edges", number> {
  return {
    edges: edges.length,
    records: sumOf(edges, "records"),
    nats_msgs: sumOf(edges, "nats_msgs"),
    nats_bytes: sumOf(edges, "nats_bytes"),
    local_records: sumOf(edges, "local_records"),
    local_bytes: sumOf(edges, "local_bytes"),
  };
}
