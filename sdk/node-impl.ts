/**
 * How the builder records a node: the parts of its spec that depend on its kind (`NodeShape`)
 * beside its functions (`NodeImpl`, shared with the engine through model/workflow.ts), and the
 * port (`StageBuilder`) through which collections add their stages. Both sdk/workflow.ts and
 * sdk/collection.ts import this file, so neither imports the other's types.
 */
import type { NodeSpec } from "../model/graph.js";
import type { NodeImpl } from "../model/workflow.js";
import type { NodeOptions, NodeRef } from "./types.js";

export type { Combiner, NodeImpl } from "../model/workflow.js";

/** A node's function, whatever its kind (the builder checks it is one). */
export type AnyFn = NodeImpl["fn"];

/** The parts of a node's spec that depend on its kind (the builder fills in the rest). */
export interface NodeShape {
  kind: NodeSpec["kind"];
  deps: string[];
  routing: NodeSpec["routing"];
  inputShape: NodeSpec["inputShape"];
  op?: NodeSpec["op"];
  partitions?: number;
  partitionsFromInput?: boolean;
  fanin?: number;
  faninFromInput?: boolean;
}

/** What collections need from the workflow builder: add a node, and check a dependency. */
export interface StageBuilder {
  /** Adds a node, checking its name, function and options; returns its reference. */
  add(name: string, shape: NodeShape, impl: Omit<NodeImpl, "init">, options: NodeOptions<unknown> | undefined): NodeRef<unknown>;
  /** The name of a dependency of `node`, checked to be a node of the same workflow. */
  depName(node: string, dep: unknown): string;
}

