/**
 * A streaming job's operators as SVG, laid out like a run's graph: each operator's records in
 * and out per second, watermark, source lag, backpressure, late records and dead letters, as
 * they change. Each edge shows what its upstream sends per second.
 */
import type { StreamOperator } from "./api";
import { blocked, count, ms, rate, watermark } from "./format";
import { NODE_W, pathOf } from "./graph-layout";
import { GraphFrame } from "./GraphFrame";
import { useGraphLayout } from "./use-graph-layout";

/** Taller than a run's node: up to five lines of figures under the name. */
const STREAM_NODE_H = 140;
const STREAM_NODE_SIZE = { width: NODE_W, height: STREAM_NODE_H };

/** One word for an operator: "flowing" while records pass, "idle" when measured but still, "fused" with no figures of its own, "stopped". */
export function operatorState(o: StreamOperator, jobState: string): string {
  if (jobState === "stopped" || jobState === "failed") return "stopped";
  if (!o.measured) return "fused";
  return o.in_per_sec > 0 || o.out_per_sec > 0 ? "flowing" : "idle";
}

/** Why an operator shows no figures. */
export function unmeasured(o: StreamOperator): string {
  return o.kind === "map" || o.kind === "flatMap" || o.kind === "filter" ? "no figures of its own" : "no figures yet";
}

/** The figures of one operator, a line each: a sink only writes, only a source has lag and backpressure. */
function lines(o: StreamOperator): { figure: string; text: string; title?: string }[] {
  if (!o.measured) return [{ figure: "fused", text: unmeasured(o) }];
  if (o.kind === "sink") return [{ figure: "rates", text: `writes ${rate(o.in_per_sec)}` }, { figure: "totals", text: `${count(o.records_in)} written` }];
  const out = [
    { figure: "rates", text: `in ${rate(o.in_per_sec)} · out ${rate(o.out_per_sec)}` },
    { figure: "totals", text: `${count(o.records_in)} in · ${count(o.records_out)} out` },
    { figure: "watermark", text: `watermark ${watermark(o.watermark)}`, ...(o.watermark && o.watermark !== "end" ? { title: o.watermark } : {}) },
  ];
  if (o.kind === "source") out.push({ figure: "lag", text: `lag ${o.lag_ms === null ? "-" : ms(o.lag_ms)} · backpressure ${blocked(o.backpressure_ms_per_sec)}` });
  const side = [o.late_records ? `${o.late_records} late` : "", o.dead_letters ? `${o.dead_letters} dead letters` : ""].filter(Boolean).join(" · ");
  if (side) out.push({ figure: "side", text: side });
  return out;
}

/** What crosses an edge per second: what its downstream takes in, or what its upstream sends when the downstream has no figures. */
function edgeRate(from: StreamOperator | undefined, to: StreamOperator | undefined): number | undefined {
  if (to?.measured) return to.in_per_sec;
  return from?.measured ? from.out_per_sec : undefined;
}

export function StreamGraphView(props: { operators: StreamOperator[]; jobState: string }) {
  const { layout, error } = useGraphLayout(
    props.operators.map((o) => ({ name: o.operator, deps: o.deps })),
    STREAM_NODE_SIZE,
  );
  if (error) return <p className="error">graph layout failed: {error}</p>;
  if (!layout) return <p className="muted">laying out the graph…</p>;
  const byName = new Map(props.operators.map((o) => [o.operator, o]));
  return (
    <GraphFrame layout={layout} className="graph stream-graph" label="the job's operators">
      {layout.edges.map((e) => {
        const perSec = edgeRate(byName.get(e.from), byName.get(e.to));
        return (
          <g key={`${e.from}->${e.to}`} className="edge" data-edge={`${e.from}->${e.to}`}>
            <path d={pathOf(e.points)} markerEnd="url(#arrow)" />
            {perSec !== undefined && (
              <text x={e.label.x} y={e.label.y} textAnchor="middle" className="edge-label">
                {rate(perSec)}
              </text>
            )}
          </g>
        );
      })}
      {layout.nodes.map((p) => {
        const o = byName.get(p.name);
        if (!o) return null;
        const state = operatorState(o, props.jobState);
        return (
          <g key={p.name} className={`node node-${state}`} data-node={p.name} data-state={state} transform={`translate(${p.x},${p.y})`}>
            <rect width={NODE_W} height={STREAM_NODE_H} rx="8" />
            <text x="12" y="22" className="node-name">
              {p.name}
            </text>
            <text x={NODE_W - 12} y="22" textAnchor="end" className="node-kind">
              {o.kind}
            </text>
            <text x="12" y="40" className="node-kind">
              <title>{o.detail}</title>
              {o.detail.length > 30 ? `${o.detail.slice(0, 29)}…` : o.detail}
            </text>
            {lines(o).map((l, i) => (
              <text key={l.figure} x="12" y={60 + i * 17} className="node-counts" data-figure={l.figure}>
                {l.title && <title>{l.title}</title>}
                {l.text}
              </text>
            ))}
          </g>
        );
      })}
    </GraphFrame>
  );
}
