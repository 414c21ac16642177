/** A run's graph as SVG: each node's state counts and each edge's records and bytes, as they change. */
import type { EdgeJson, GraphNode, NodeCounts } from "./api";
import { bytes, count } from "./format";
import { NODE_H, NODE_W, pathOf } from "./graph-layout";
import { GraphFrame } from "./GraphFrame";
import { useGraphLayout } from "./use-graph-layout";

/** One word for a node's state, from its counts: what its colour says. */
export function nodeState(c: NodeCounts | undefined): string {
  if (!c) return "pending";
  if (c.failed > 0) return "failed";
  if (c.running > 0) return "running";
  if (c.total > 0 && c.succeeded === c.total) return "succeeded";
  if (c.cancelled > 0) return "cancelled";
  if (c.succeeded > 0) return "running";
  return "pending";
}

/** Whether any of the node's tasks ever started. */
function moved(c: NodeCounts | undefined): boolean {
  return !!c && c.succeeded + c.failed + c.running + c.cancelled + c.retries > 0;
}

export function GraphView(props: {
  nodes: GraphNode[];
  counts: NodeCounts[];
  edges: EdgeJson[];
  selected: string | undefined;
  /** The run has ended: a node that never ran will not. */
  ended: boolean;
  onSelect: (node: string) => void;
}) {
  const { layout, error } = useGraphLayout(props.nodes);
  if (error) return <p className="error">graph layout failed: {error}</p>;
  if (!layout) return <p className="muted">laying out the graph…</p>;
  const byNode = new Map(props.counts.map((c) => [c.node, c]));
  const spec = new Map(props.nodes.map((n) => [n.name, n]));
  const edgeStats = new Map(props.edges.map((e) => [`${e.from}->${e.to}`, e]));
  return (
    <GraphFrame layout={layout} className="graph" label="the run's graph">
      {layout.edges.map((e) => {
        const s = edgeStats.get(`${e.from}->${e.to}`);
        const m = e.label;
        return (
          <g key={`${e.from}->${e.to}`} className="edge" data-edge={`${e.from}->${e.to}`}>
            <path d={pathOf(e.points)} markerEnd="url(#arrow)" />
            {s && (
              <text x={m.x} y={m.y - 9} textAnchor="middle" className="edge-label">
                <title>{`${s.records} records; ${bytes(s.local_bytes)} handed over in memory (${s.local_records} records); ${bytes(s.nats_bytes)} over NATS in ${s.nats_msgs} messages`}</title>
                <tspan x={m.x} dy="0">
                  {count(s.records)} records
                </tspan>
                <tspan x={m.x} dy="13">
                  {bytes(s.local_bytes)} in memory
                </tspan>
                <tspan x={m.x} dy="13">
                  {bytes(s.nats_bytes)} over NATS
                </tspan>
              </text>
            )}
          </g>
        );
      })}
      {layout.nodes.map((p) => {
        const c = byNode.get(p.name);
        const state = nodeState(c);
        const n = spec.get(p.name);
        return (
          <g
            key={p.name}
            className={`node node-${state}${props.selected === p.name ? " selected" : ""}`}
            data-node={p.name}
            data-state={state}
            transform={`translate(${p.x},${p.y})`}
            onClick={() => props.onSelect(p.name)}
            role="button"
            tabIndex={0}
            onKeyDown={(ev) => ev.key === "Enter" && props.onSelect(p.name)}
          >
            <rect width={NODE_W} height={NODE_H} rx="8" />
            <text x="12" y="22" className="node-name">
              {p.name}
            </text>
            <text x={NODE_W - 12} y="22" textAnchor="end" className="node-kind">
              {n?.kind}
              {n?.op ? ` ${n.op}` : ""}
            </text>
            <text x="12" y="44" className="node-counts">
              {props.ended && !moved(c) ? "not run" : c && c.total > 0 ? `${c.succeeded}/${c.total} ok` : "waiting"}
              {c && c.running > 0 ? ` · ${c.running} running` : ""}
            </text>
            <text x="12" y="62" className="node-counts">
              {c && c.failed > 0 ? `${c.failed} failed` : ""}
              {c && c.retries > 0 ? `${c.failed > 0 ? " · " : ""}${c.retries} retries` : ""}
              {c && c.cancelled > 0 ? ` · ${c.cancelled} cancelled` : ""}
              {n?.worker ? ` @${n.worker}` : ""}
            </text>
          </g>
        );
      })}
    </GraphFrame>
  );
}
