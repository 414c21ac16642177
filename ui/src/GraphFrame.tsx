/** The SVG both graphs draw in: sized to the layout, with the arrowhead their edges end in. */
import type { ReactNode } from "react";
import type { Layout } from "./graph-layout";

export function GraphFrame(props: { layout: Layout; className: string; label: string; children: ReactNode }) {
  const { layout } = props;
  return (
    <svg className={props.className} width="100%" style={{ maxWidth: layout.width }} viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={props.label}>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="arrowhead" />
        </marker>
      </defs>
      {props.children}
    </svg>
  );
}
