/**
 * What one run is, as one worker sees it: its graph (nodes and their consumers), its placement
 * (which worker runs what, who needs a value) and the values of task-like nodes this worker
 * holds. A plain store: nothing here starts anything.
 */
import { neededNodes } from "../../core/needed-nodes.js";
import { ErrorCode, WeftError } from "../../errors.js";
import type { NodeSpec, WorkflowGraph } from "../../../model/graph.js";
import type { Placement } from "../../model/placement.js";
import type { weft } from "../../gen/weft.js";
import type { Workflow } from "../../../model/workflow.js";
import type { TriggerInfo } from "../../../model/trigger.js";
import type { StageValues } from "../stages/ports.js";
import type { Gather } from "../map-flow.js";
import type { ErrorInfoLike } from "../../errors.js";
import type { StageCarry } from "../stages/stage-carry.js";

/** A direct run's end, told to the worker that took it (its client's answer, then the run is forgotten here). */
export interface DirectRun {
  readonly leaseId: string;
  /** The run's deployment and trigger event, as its DirectStart said (its DirectEnd repeats it for the coordinator's cost). */
  readonly origin: weft.v1.RunOrigin.$Properties | null;
  /** When this worker took the start. */
  readonly startedAtMs: number;
  /** Called once: the run's sink has its value (already in the log as its ExpressResult), or the run failed (`error`). */
  ended(error?: ErrorInfoLike): void;
}

export interface RunAssignment {
  runId: string;
  /** The run's owner ("" for none): its log goes on the owner's subjects. */
  owner: string;
  graph: WorkflowGraph;
  placement: Placement;
  bundleHash: string;
  input: unknown;
  /** The trigger event that started the run (ctx.trigger); undefined for other runs. */
  trigger?: TriggerInfo | undefined;
  workflow: Workflow;
  /** The run's placement epoch: data of another epoch is dropped. */
  epoch: number;
  /** An express run (docs/express.md): its one sink's value also goes in this worker's log for the client. */
  express?: boolean;
  /** An express run its client started here under a lease (docs/express.md, "Leases"): no coordinator knows it; its end is told here. */
  direct?: DirectRun;
  /** Task nodes placed here whose value survives from the previous epoch (in `seed`). */
  recovered: string[];
  /** Values this worker held in the previous epoch of the run. */
  seed: ReadonlyMap<string, unknown>;
  /** Every node whose output survives from the previous epoch (on any worker). */
  done: readonly string[];
  /** Map results this worker gathered in the previous epoch (only the rest of those maps runs). */
  gathers?: ReadonlyMap<string, Gather>;
  /** Stage partitions this worker ended in the previous epoch, with their output (only those the new layout leaves here are kept). */
  stageCarry?: StageCarry;
}

/** A graph's nodes by name and each node's consumers: read-only, shared by every run of the graph. */
interface GraphIndex {
  readonly nodes: ReadonlyMap<string, NodeSpec>;
  readonly consumers: ReadonlyMap<string, NodeSpec[]>;
}

/**
 * Made once per graph object: a worker keeps the decoded graph of a workflow (ContentCache) and
 * hands the same object to each of its runs, and a 1000-node graph would cost each run its
 * index again (W2's chain: part of every hop's cost).
 */
const graphIndexes = new WeakMap<WorkflowGraph, GraphIndex>();

function graphIndex(graph: WorkflowGraph): GraphIndex {
  let index = graphIndexes.get(graph);
  if (index) return index;
  const nodes = new Map<string, NodeSpec>();
  const consumers = new Map<string, NodeSpec[]>();
  for (const node of graph.nodes) {
    nodes.set(node.name, node);
    consumers.set(node.name, []);
  }
  for (const node of graph.nodes) for (const dep of node.deps) consumers.get(dep)!.push(node);
  graphIndexes.set(graph, (index = { nodes, consumers }));
  return index;
}

export class RunValues implements StageValues {
  private readonly nodes: ReadonlyMap<string, NodeSpec>;
  private readonly consumers: ReadonlyMap<string, NodeSpec[]>;
  private readonly values = new Map<string, unknown>();
  private readonly recipients = new Map<string, Set<number>>();
  private readonly remote = new Map<string, readonly number[]>();
  private readonly needed: ReadonlySet<string> | undefined;
  /** This worker's index in the placement. */
  readonly me: number;

  constructor(
    readonly run: RunAssignment,
    workerName: string,
  ) {
    this.me = run.placement.workers.indexOf(workerName);
    ({ nodes: this.nodes, consumers: this.consumers } = graphIndex(run.graph));
    // After a re-placement, what only surviving outputs needed is not computed again.
    this.needed = run.done.length > 0 ? neededNodes(run.graph, new Set(run.done)) : undefined;
  }

  get runId(): string {
    return this.run.runId;
  }
  get graph(): WorkflowGraph {
    return this.run.graph;
  }
  get placement(): Placement {
    return this.run.placement;
  }
  get input(): unknown {
    return this.run.input;
  }
  get workflow(): Workflow {
    return this.run.workflow;
  }

  /** The node named `name`; throws E_DECODE for a name this run does not have (data from elsewhere). */
  node(name: string): NodeSpec {
    const n = this.nodes.get(name);
    if (!n) throw new WeftError(ErrorCode.Decode, `run ${this.runId} has no node "${name}"`);
    return n;
  }

  hasNode(name: string): boolean {
    return this.nodes.has(name);
  }

  consumersOf(name: string): NodeSpec[] {
    return this.consumers.get(name) ?? [];
  }

  hasValue(name: string): boolean {
    return this.values.has(name);
  }

  value(name: string): unknown {
    return this.values.get(name);
  }

  /** Keeps a node's value; false when it was already here (a duplicate delivery). */
  put(name: string, value: unknown): boolean {
    if (this.values.has(name)) return false;
    this.values.set(name, value);
    return true;
  }

  /** Whether this epoch must compute `node` (false for nodes only kept outputs needed). */
  isNeeded(node: string): boolean {
    return !this.needed || this.needed.has(node);
  }

  /** Whether `node` (a task-like node) runs on this worker. */
  isHere(node: NodeSpec): boolean {
    return this.run.placement.nodeWorker[node.name] === this.me;
  }

  workerName(index: number): string {
    return this.run.placement.workers[index] ?? "";
  }

  /** Workers that need the (gathered) value of `node`: those hosting its consumers. */
  recipientsOf(node: NodeSpec): Set<number> {
    const cached = this.recipients.get(node.name);
    if (cached) return cached;
    const out = new Set<number>();
    this.recipients.set(node.name, out);
    for (const c of this.consumers.get(node.name)!) {
      // A broadcast to a stage goes to every worker (each may hold partitions), once.
      if (c.kind === "stage") this.run.placement.workers.forEach((_, w) => out.add(w));
      else out.add(this.run.placement.nodeWorker[c.name] ?? -1);
    }
    // A map node nobody consumes is gathered where its list was split, then sent as a sink.
    if (out.size === 0 && node.kind === "map") out.add(this.run.placement.nodeWorker[node.name] ?? -1);
    out.delete(-1);
    return out;
  }

  /**
   * Places task nodes on other workers of the epoch from now on (they moved before starting:
   * node-moves.ts): where their inputs go, and whether they run here, follow.
   */
  moveNodes(moves: Iterable<readonly [node: string, worker: number]>): void {
    const nodeWorker = { ...this.run.placement.nodeWorker };
    for (const [node, worker] of moves) nodeWorker[node] = worker;
    this.run.placement = { ...this.run.placement, nodeWorker };
    this.recipients.clear();
    this.remote.clear();
  }

  /** This worker's index in `placement` (the epoch's, grown: a worker joined). */
  indexOf(worker: string): number {
    return this.run.placement.workers.indexOf(worker);
  }

  /** recipientsOf(node) but this worker, in order: the workers a value of `node` is sent to. */
  remoteRecipientsOf(node: NodeSpec): readonly number[] {
    let remote = this.remote.get(node.name);
    if (remote === undefined) this.remote.set(node.name, (remote = [...this.recipientsOf(node)].filter((w) => w !== this.me)));
    return remote;
  }

  /** The values of task-like nodes this worker holds: they seed the run's next epoch here. */
  heldValues(): Map<string, unknown> {
    return new Map([...this.values].filter(([name]) => this.nodes.get(name)?.kind !== "stage"));
  }

  clear(): void {
    this.values.clear();
  }
}
