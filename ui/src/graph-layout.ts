/**
 * A run's (or a streaming job's) graph laid out by elkjs (layered, left to right): node boxes and edge routes for an
 * SVG. elkjs is imported here only, on demand, so the runs list never loads it.
 */
import type { ElkNode } from "elkjs/lib/elk-api";

export const NODE_W = 190;
export const NODE_H = 74;
/** The room kept on each edge for its figures (three short lines). */
const LABEL_W = 120;
const LABEL_H = 42;
/** Placed on the edge's middle, with room made for it between the layers (an option of each label, not the graph). */
const LABEL_OPTIONS = { "elk.edgeLabels.placement": "CENTER" };

export interface PlacedNode {
  name: string;
  x: number;
  y: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  points: { x: number; y: number }[];
  /** The centre of the room ELK kept for the edge's figures. */
  label: { x: number; y: number };
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** What the layout needs of a node: its name and the nodes it reads from. */
export interface LayoutNode {
  name: string;
  deps: readonly string[];
}

/** An SVG path through an edge's points (orthogonal routes: straight segments). */
export function pathOf(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
}

export async function layoutGraph(nodes: LayoutNode[], size = { width: NODE_W, height: NODE_H }): Promise<Layout> {
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  const elk = new ELK();
  const graph: ElkNode = {
    id: "run",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.layered.spacing.nodeNodeBetweenLayers": "40",
      "elk.layered.spacing.edgeNodeBetweenLayers": "20",
      "elk.spacing.nodeNode": "40",
      "elk.spacing.edgeLabel": "4",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.padding": "[top=20,left=20,bottom=20,right=20]",
    },
    children: nodes.map((n) => ({ id: n.name, width: size.width, height: size.height })),
    edges: nodes.flatMap((n) =>
      n.deps.map((d) => ({ id: `${d}->${n.name}`, sources: [d], targets: [n.name], labels: [{ id: `${d}->${n.name}:label`, text: "figures", width: LABEL_W, height: LABEL_H, layoutOptions: LABEL_OPTIONS }] })),
    ),
  };
  const out = await elk.layout(graph);
  return {
    width: out.width ?? 0,
    height: out.height ?? 0,
    nodes: (out.children ?? []).map((c) => ({ name: c.id, x: c.x ?? 0, y: c.y ?? 0 })),
    edges: (out.edges ?? []).map((e) => {
      const s = e.sections?.[0];
      const points = s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : [];
      const l = e.labels?.[0];
      const label = { x: (l?.x ?? points[0]?.x ?? 0) + LABEL_W / 2, y: (l?.y ?? points[0]?.y ?? 0) + LABEL_H / 2 };
      return { from: e.sources[0]!, to: e.targets[0]!, points, label };
    }),
  };
}
