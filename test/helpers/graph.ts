/** Building graphs by hand in tests. */
import { DEFAULT_RETRY, type NodeSpec } from "../../model/graph.js";

/** A node with the defaults of a task; `routing` is "value" for every dep unless `extra` says otherwise. */
export function node(name: string, deps: string[] = [], extra: Partial<NodeSpec> = {}): NodeSpec {
  return {
    name,
    kind: "task",
    deps,
    inputShape: deps.length === 0 ? "none" : deps.length === 1 ? "single" : "tuple",
    retry: { ...DEFAULT_RETRY },
    timeoutMs: 0,
    hasInit: false,
    sizeHint: 0,
    op: "",
    partitions: 0,
    partitionsFromInput: false,
    routing: deps.map(() => "value" as const),
    ...extra,
  };
}
