/**
 * The layout of a graph of named nodes, computed again only when its shape (names and deps)
 * changes, not when the figures drawn on it do. The run graph and the stream graph both use it.
 */
import { useEffect, useState } from "react";
import { layoutGraph, NODE_H, NODE_W, type Layout, type LayoutNode } from "./graph-layout";

export function useGraphLayout(nodes: LayoutNode[], size = { width: NODE_W, height: NODE_H }): { layout?: Layout; error?: string } {
  const [layout, setLayout] = useState<Layout | undefined>();
  const [error, setError] = useState<string | undefined>();
  const shape = nodes.map((n) => `${n.name}<${n.deps.join(",")}`).join(";");
  useEffect(() => {
    let stopped = false;
    layoutGraph(nodes, size).then(
      (l) => !stopped && setLayout(l),
      (err: Error) => !stopped && setError(err.message),
    );
    return () => {
      stopped = true;
    };
    // The shape stands for the nodes: laid out again only when it changes.
  }, [shape, size.width, size.height]);
  return { layout, error };
}
