/**
 * Where a run's stages live on this worker: every stage's partition count (its own, the
 * input's answer, or its forward upstream's), which worker runs each partition, the fusion
 * plan (plan/fusion.ts: which stage continues which one's pipeline), the pipelines' member
 * chains, and the bundle's functions and combiners of the stages.
 */
import { DEFAULT_AGGREGATE_FANIN } from "../../core/aggregation-tree.js";
import { partitionCountProblem, partitionWorkers, stageOrdinals } from "../../core/partition-placement.js";
import { ErrorCode, WeftError } from "../../errors.js";
import type { NodeSpec } from "../../../model/graph.js";
import { fusionPlan } from "../../plan/fusion.js";
import type { Combiner, NodeImpl } from "../../../model/workflow.js";
import type { StageValues } from "./ports.js";

export class StageLayout {
  readonly stages: NodeSpec[];
  private readonly counts = new Map<string, number>();
  private readonly owners = new Map<string, number[]>();
  private readonly ordinals: Map<string, number>;
  /** Stage -> the stage it is fused into (its pipeline continues that one). */
  private fusedInto = new Map<string, string>();

  constructor(private readonly values: StageValues) {
    this.stages = values.graph.nodes.filter((n) => n.kind === "stage");
    this.ordinals = stageOrdinals(values.graph.nodes);
  }

  /**
   * Works out every stage's partition owners and the fusion plan (throws E_INVALID_INPUT on a
   * bad count). `expanded` is told the count of each stage whose first partition is here.
   */
  lay(expanded: (stage: string, count: number) => void): void {
    for (const s of this.stages) {
      const count = this.partitionsOf(s);
      const owners = partitionWorkers(count, this.values.placement, this.ordinals.get(s.name)!);
      this.owners.set(s.name, owners);
      if (owners[0] === this.values.me) expanded(s.name, count);
    }
    // Which stage continues which one's pipeline: the planner's rule (a run without stages has
    // nothing to fuse, and does not index its every node for it at each start).
    if (this.stages.length > 0) this.fusedInto = fusionPlan(this.values.graph, this.owners);
  }

  /** Whether `stage` runs in the pipeline of the stage before it. */
  isFused(stage: string): boolean {
    return this.fusedInto.has(stage);
  }

  /** The worker of each partition of `stage`. */
  ownersOf(stage: string): readonly number[] {
    return this.owners.get(stage)!;
  }

  /** The partition count of a stage: its own, the input's answer, or its forward upstream's. */
  partitionsOf(s: NodeSpec): number {
    let n = this.counts.get(s.name);
    if (n !== undefined) return n;
    const up = this.forwardUpstream(s);
    if (up) n = this.partitionsOf(up);
    else {
      const fn = this.impl(s).partitions;
      n = fn ? Number(fn(this.values.input)) : s.partitions;
      const problem = partitionCountProblem(s.name, s.op ?? "", n);
      if (problem) throw new WeftError(ErrorCode.InvalidInput, problem);
    }
    this.counts.set(s.name, n);
    return n;
  }

  /** The partition count of the stage `node` reads (a keyed stage's, an aggregate's, a collect's producer). */
  producerPartitions(node: NodeSpec): number {
    return this.partitionsOf(this.values.node(node.deps[0]!));
  }

  /** The fan-in of an aggregate's tree: its own, the input's answer, or the default. */
  faninOf(node: NodeSpec): number {
    const fn = this.impl(node).fanin;
    const n = fn ? Number(fn(this.values.input)) : node.fanin ?? DEFAULT_AGGREGATE_FANIN;
    if (!Number.isInteger(n) || n < 2) {
      throw new WeftError(ErrorCode.InvalidInput, `aggregate "${node.name}" has fanin ${String(n)}: its tree needs a whole number >= 2.`);
    }
    return n;
  }

  /** The members of the pipeline `head` starts: it, then each stage fused into the one before. */
  chainFrom(head: NodeSpec): NodeSpec[] {
    const members = [head];
    for (;;) {
      const last = members[members.length - 1]!;
      const next = this.values.consumersOf(last.name).find((c) => this.fusedInto.get(c.name) === last.name);
      if (!next) return members;
      members.push(next);
    }
  }

  /** The partitions of `stage` this worker runs. */
  localPartitions(stage: string): number[] {
    const out: number[] = [];
    this.owners.get(stage)?.forEach((w, p) => w === this.values.me && out.push(p));
    return out;
  }

  impl(node: NodeSpec): NodeImpl {
    const impl = this.values.workflow.impls.get(node.name);
    if (!impl) throw new WeftError(ErrorCode.WorkflowLoad, `the bundle has no function for node "${node.name}"`);
    return impl;
  }

  combinerOf(node: NodeSpec): Combiner<unknown, unknown> {
    const c = this.impl(node).combiner;
    if (!c) throw new WeftError(ErrorCode.WorkflowLoad, `node "${node.name}" has no combiner in the bundle`);
    return c;
  }

  private forwardUpstream(s: NodeSpec): NodeSpec | undefined {
    return s.routing[0] === "forward" ? this.values.node(s.deps[0]!) : undefined;
  }
}
