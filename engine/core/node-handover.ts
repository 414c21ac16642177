/**
 * Task nodes that move before they start, decided: which nodes of a worker may move to another
 * worker of the same epoch (a worker that joined, or the survivors of one that drains), how a
 * list of them is dealt out by shares, and whose word the giver waits for before nothing more
 * can reach it for them. Pure: the run executor (engine/worker/run/node-moves.ts) carries it out.
 *
 * Only plain task nodes move, and only before they start (no task-table entry yet: their inputs
 * are not all here). Their inputs are whole values (not a map's gathered results nor stage
 * records), which the giver forwards: those it holds at once, those that reach it later as they
 * come. A node that has not started has logged nothing, so a move changes no task's story and
 * keeps the epoch: it runs once, where it lands.
 */
import type { NodeSpec, WorkflowGraph } from "../../model/graph.js";
import type { Placement } from "../model/placement.js";
import type { ItemShare } from "./elastic-placement.js";

/** What the decision needs to know of one run on the giving worker. */
export interface HandOverView {
  readonly graph: WorkflowGraph;
  readonly placement: Placement;
  /** The giver's index in the placement. */
  readonly me: number;
  /** Whether the node started here (it has a task: ready, queued for a slot, running or ended). */
  started(node: string): boolean;
  /** Whether this epoch computes the node at all (false for what only kept outputs needed). */
  needed(node: string): boolean;
}

/** Whether `node` is of a kind that can move: a plain task whose inputs are whole values. */
export function canMove(node: NodeSpec, kindOf: (name: string) => NodeSpec["kind"] | undefined): boolean {
  if (node.kind !== "task") return false;
  return node.deps.every((d) => {
    const k = kindOf(d);
    return k === "task" || k === "aggregate" || k === "collect";
  });
}

/** The task nodes placed on the giver that have not started, in graph order: what may move now. */
export function movableNodes(view: HandOverView): string[] {
  const kinds = new Map(view.graph.nodes.map((n) => [n.name, n.kind]));
  return view.graph.nodes
    .filter((n) => view.placement.nodeWorker[n.name] === view.me && canMove(n, (d) => kinds.get(d)) && view.needed(n.name) && !view.started(n.name))
    .map((n) => n.name);
}

/** Deals `nodes` out in order: each share takes its count of them (shares from elastic-placement.ts). */
export function dealNodes(nodes: readonly string[], shares: readonly ItemShare[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let from = 0;
  for (const { worker, count } of shares) {
    if (count <= 0 || from >= nodes.length) continue;
    out.set(worker, nodes.slice(from, from + count));
    from += count;
  }
  return out;
}

/**
 * The workers that may still send the giver an input of the moved `nodes`: the hosts of their
 * inputs whose values are not here yet (one already here was sent once and will not come
 * again). The giver waits for each one's word that it took the move in; after that, every
 * input goes straight to the new host.
 */
export function inputSenders(
  graph: WorkflowGraph,
  placement: Placement,
  me: number,
  nodes: readonly string[],
  hasValue: (node: string) => boolean,
): Set<number> {
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const out = new Set<number>();
  for (const name of nodes) {
    for (const dep of byName.get(name)?.deps ?? []) {
      const host = placement.nodeWorker[dep];
      if (host !== undefined && host !== me && !hasValue(dep)) out.add(host);
    }
  }
  return out;
}
