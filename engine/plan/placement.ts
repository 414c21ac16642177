/**
 * Placement: which worker runs each node of a workflow. A pure, deterministic function of the
 * graph and the workers (no clock, no randomness), so a restarted coordinator plans the same
 * placement again and tests can assert it exactly.
 *
 * The "locality" strategy, in short:
 * 1. Operator chaining (after Flink's `isChainable`): a task whose only input comes from a
 *    task that feeds nobody else joins that task's group, so a chain runs on one worker and
 *    hands its values over in memory. A map node joins the group of its list (that worker splits
 *    the list); its instances run on every worker in proportion to `mapWeights` (the slots).
 * 2. Groups are placed one by one in topological order. A group goes to the worker that already
 *    holds most of its input weight (edge weight = upstream sizeHint, 1 when unknown), so a
 *    fan-in lands where its heaviest inputs live and as little weight as possible crosses workers.
 * 3. Balance: groups whose heads are in the same topological generation may run at the same
 *    time, so each generation's groups are capped per worker in proportion to its slots (a
 *    fan-out is spread, not piled on one worker). Ties go to the least loaded worker (groups
 *    per slot), then to the first in name order.
 *
 * Stages are not placed on one worker: their partitions are spread over the workers at run time
 * by `partitionWorkers` (engine/core/partition-placement.ts) from `mapWeights` and `strategy`.
 * Their `nodeWorker` is the first worker with weight, for completeness; they take no part in
 * chaining or balance. Aggregate and collect nodes are single instances, placed like tasks (their
 * stage input counts as spread over the workers by slots, as a map's results do).
 *
 * Louvain + bin-packing (see STACK.md) is not used: workflows are small, Louvain leaves
 * communities unbalanced, and its default RNG would make the plan non-deterministic.
 */
import { forEachNodeInTopologicalOrder } from "graphology-dag";
import { assertNever, ErrorCode, WeftError } from "../errors.js";
import { partitionWorkers, stageOrdinals } from "../core/partition-placement.js";
import type { EdgeRouting, NodeSpec, WorkflowGraph } from "../../model/graph.js";
import type { Placement, WorkerInfo } from "../model/placement.js";
import { buildNodeGraph, stagePartitions, type NodeGraph } from "./task-graph.js";
import { validateGraph } from "./validate-graph.js";

/** How `planPlacement` assigns nodes to workers. */
export type PlacementStrategy = "locality" | "round-robin";

/** Options of `planPlacement`. */
export interface PlanOptions {
  /**
   * "locality" (default): chain and co-locate; partition p of every stage on one worker.
   * "round-robin": the i-th non-stage node on worker i mod W; each stage's partitions shifted
   * by one worker from the previous stage's (see `partitionWorkers`).
   */
  strategy?: PlacementStrategy;
  /** The caller already ran validateGraph on this graph (it is not cheap on large graphs). */
  validated?: boolean;
  /**
   * Per node, the weight of the edges leaving it, in place of its `sizeHint`: from its resource
   * history (`nodeWeight`, engine/core/resource-placement.ts).
   */
  nodeWeights?: ReadonlyMap<string, number>;
}

/**
 * The worker marker for "every worker": a map node's instances, or a stage's partitions, are
 * split over all of them.
 */
export const ALL_WORKERS = "*";

/** A data dependency whose value moves between workers at run time. */
export interface CrossingEdge {
  /** Upstream node. */
  from: string;
  /** Downstream node. */
  to: string;
  /**
   * Worker producing the data, or "*" when it comes from a map's instances or a stage's
   * partitions on all workers.
   */
  fromWorker: string;
  /**
   * Worker consuming the data, or "*" when a map node's instances or a stage's partitions are
   * split over all workers.
   */
  toWorker: string;
  /** Forward edges only: how many partitions p have their producer and consumer on different workers. */
  partitions?: number;
  /**
   * Set when the answer rests on an assumption: a stage's partition count decided at run time
   * (`partitionsFromInput`) is counted as one partition per worker of the plan.
   */
  note?: string;
}

/**
 * Plans where each node of `graph` runs on `workers`.
 *
 * Workers are ordered by name in the result (so the plan does not depend on the order in which
 * workers were discovered); `mapWeights` are their slots. With one worker everything runs on it.
 *
 * @throws WeftError E_NO_WORKERS when `workers` is empty; E_USAGE for a worker listed twice or
 *   with slots that are not a whole number >= 1; any error of `validateGraph`.
 */
export function planPlacement(graph: WorkflowGraph, workers: WorkerInfo[], opts: PlanOptions = {}): Placement {
  if (!opts.validated) validateGraph(graph);
  const sorted = checkWorkers(graph.name, workers);
  const strategy = opts.strategy ?? "locality";
  let assignment: ReadonlyMap<string, number>;
  switch (strategy) {
    case "locality":
      assignment = sorted.length === 1 ? allOnFirst(graph) : placeByLocality(buildNodeGraph(graph, opts.nodeWeights), sorted);
      break;
    case "round-robin":
      assignment = roundRobin(graph, sorted.length);
      break;
    default:
      return assertNever(strategy, "placement strategy");
  }
  // Stages run on every worker (partitionWorkers); their entry only names a worker with weight.
  const stageWorker = Math.max(0, sorted.findIndex((w) => w.slots > 0));
  const nodeWorker: Record<string, number> = {};
  for (const spec of graph.nodes) nodeWorker[spec.name] = spec.kind === "stage" ? stageWorker : (assignment.get(spec.name) ?? 0);
  return { workers: sorted.map((w) => w.name), nodeWorker, mapWeights: sorted.map((w) => w.slots), strategy };
}

/**
 * The chaining decision: whether `to` runs on the same worker as `from`, in one chain, whatever
 * the balance. `graph` is the node graph of a validated workflow (see `buildNodeGraph`).
 */
export function isChainable(graph: NodeGraph, from: string, to: string): boolean {
  return (
    // A chain follows data: without an edge there is nothing to hand over in memory.
    graph.hasDirectedEdge(from, to) &&
    // `to` reads only `from`: with several inputs, where it runs is a trade-off between them
    // that the weighted placement decides (a fan-in goes where most of its input lives).
    graph.inDegree(to) === 1 &&
    // `from` feeds only `to`: a fan-out's consumers are independent branches that can run in
    // parallel, so they are spread by balance rather than all pinned to the producer's worker.
    graph.outDegree(from) === 1 &&
    // `from` is a single instance holding its whole value: a task, or an aggregate or collect
    // node (which combine or gather a stage on their worker). A map's results are gathered from
    // its instances on every worker and a stage's records live on every worker, so no single
    // worker holds them and co-locating with one buys nothing.
    SINGLE_INSTANCE.has(graph.getNodeAttributes(from).kind) &&
    // `to` is a task: a map node runs everywhere by weight (it is pinned to its list's worker by
    // the map rule, not chained); a stage runs on every worker; aggregate and collect nodes read
    // a stage, never a chainable node.
    graph.getNodeAttributes(to).kind === "task"
  );
}

/** Node kinds that run as one instance on one worker and can head or extend a chain. */
const SINGLE_INSTANCE: ReadonlySet<string> = new Set(["task", "aggregate", "collect"]);

/**
 * The edges whose data moves between workers, in declaration order of the downstream node (each
 * dep once). Per routing:
 * - "value": a task-like -> task edge across two workers; an edge into a map node (toWorker "*")
 *   and out of one (fromWorker "*") whenever its instances are split over more than one worker;
 * - "forward": stage -> stage, partition p -> partition p: crosses when `partitionWorkers`
 *   puts some p of the two stages on different workers ("*" -> "*", `partitions` = how many p
 *   do). Never with "locality"; with "round-robin" every p does on W > 1 workers;
 * - "shuffle" ("*" -> "*"), "aggregate" and "gather" ("*" -> the consumer's worker), "broadcast"
 *   (the producer's worker -> "*"): cross when the two ends span more than one worker, i.e.
 *   whenever W > 1 unless every partition sits with the single-instance end.
 * A stage whose partition count is decided at run time is counted as one partition per worker
 * of the plan, and the edge says so in `note`.
 *
 * @throws WeftError E_NOT_FOUND when `placement` has no valid worker for a node of `graph`.
 */
export function crossingEdges(graph: WorkflowGraph, placement: Placement): CrossingEdge[] {
  const spreadOver = placement.mapWeights.filter((w) => w > 0).length;
  const specs = new Map(graph.nodes.map((spec) => [spec.name, spec]));
  const layouts = stageLayouts(graph, placement, "crossingEdges");
  const at = (node: string): string => workerName(placement, node, "crossingEdges");
  // The workers holding a node's data: a stage's partitions, a map's instances, else its worker.
  const mapWorkers = placement.workers.map((_, w) => w).filter((w) => spreadOver === 0 || (placement.mapWeights[w] ?? 0) > 0);
  const holders = (spec: NodeSpec): number[] => {
    if (spec.kind === "stage") return layoutOf(layouts, spec.name).workers;
    if (spec.kind === "map") return mapWorkers;
    at(spec.name);
    return [placement.nodeWorker[spec.name] ?? 0];
  };
  const crossing: CrossingEdge[] = [];
  for (const spec of graph.nodes) {
    const seen = new Set<string>();
    spec.deps.forEach((dep, i) => {
      if (seen.has(dep)) return;
      seen.add(dep);
      const routing: EdgeRouting = spec.routing[i] ?? "value";
      const upstream = specs.get(dep);
      if (upstream === undefined) {
        throw new WeftError(
          ErrorCode.NotFound,
          `crossingEdges: node "${spec.name}" depends on "${dep}", which is not a node of workflow "${graph.name}". Validate the graph with validateGraph first.`,
        );
      }
      if (routing === "value") {
        const fromMap = upstream.kind === "map";
        const toMap = spec.kind === "map";
        const fromWorker = fromMap ? ALL_WORKERS : at(dep);
        const toWorker = toMap ? ALL_WORKERS : at(spec.name);
        const crosses = fromMap || toMap ? spreadOver > 1 : fromWorker !== toWorker;
        if (crosses) crossing.push({ from: dep, to: spec.name, fromWorker, toWorker });
        return;
      }
      // A forward stage inherits its count: name only the upstream for it.
      const note = assumedNote(routing === "forward" ? [upstream] : [upstream, spec], layouts, placement.workers.length);
      const withNote = (edge: CrossingEdge): CrossingEdge => (note === undefined ? edge : { ...edge, note });
      if (routing === "forward") {
        const from = layoutOf(layouts, dep).perPartition;
        const to = layoutOf(layouts, spec.name).perPartition;
        let differ = 0;
        for (let p = 0; p < Math.max(from.length, to.length); p++) if (from[p] !== to[p]) differ++;
        if (differ > 0) crossing.push(withNote({ from: dep, to: spec.name, fromWorker: ALL_WORKERS, toWorker: ALL_WORKERS, partitions: differ }));
        return;
      }
      const span = new Set([...holders(upstream), ...holders(spec)]).size;
      if (span <= 1) return;
      const fromWorker = upstream.kind === "stage" || upstream.kind === "map" ? ALL_WORKERS : at(dep);
      const toWorker = spec.kind === "stage" || spec.kind === "map" ? ALL_WORKERS : at(spec.name);
      crossing.push(withNote({ from: dep, to: spec.name, fromWorker, toWorker }));
    });
  }
  return crossing;
}

/** Where a stage's partitions run, as planned. */
export interface StageLayout {
  /** The partition count, or undefined when a partitions(input) function decides it at run time. */
  partitions: number | undefined;
  /**
   * Per partition, the worker index holding it (`partitionWorkers`); for a count decided at
   * run time, the layout of one partition per worker (an assumption: see `partitions`).
   */
  perPartition: number[];
  /** The distinct worker indexes of `perPartition`, ascending. */
  workers: number[];
}

/**
 * The layout of every stage of `graph` under `placement` (stages only, declaration order):
 * partition counts from `stagePartitions`, workers from `partitionWorkers` with each stage's
 * ordinal from `stageOrdinals`, exactly as workers compute them at run time.
 *
 * @throws WeftError E_NOT_FOUND when the graph has stages and the placement has no workers.
 */
export function stageLayouts(graph: WorkflowGraph, placement: Placement, operation = "stageLayouts"): Map<string, StageLayout> {
  const counts = stagePartitions(graph);
  const ordinals = stageOrdinals(graph.nodes);
  const layouts = new Map<string, StageLayout>();
  if (counts.size > 0 && placement.workers.length === 0) {
    throw new WeftError(
      ErrorCode.NotFound,
      `${operation}: the placement has no workers to hold the partitions of workflow "${graph.name}"'s stages. Plan the placement from the same graph with planPlacement.`,
    );
  }
  for (const [stage, partitions] of counts) {
    const perPartition = partitionWorkers(partitions ?? placement.workers.length, placement, ordinals.get(stage) ?? 0);
    layouts.set(stage, { partitions, perPartition, workers: [...new Set(perPartition)].sort((a, b) => a - b) });
  }
  return layouts;
}

function layoutOf(layouts: ReadonlyMap<string, StageLayout>, stage: string): StageLayout {
  const layout = layouts.get(stage);
  if (layout === undefined) {
    throw new WeftError(ErrorCode.NotFound, `crossingEdges: "${stage}" is not a stage of this workflow. Validate the graph with validateGraph first.`);
  }
  return layout;
}

/** The note of an edge that touches a stage whose partition count is decided at run time. */
function assumedNote(ends: readonly NodeSpec[], layouts: ReadonlyMap<string, StageLayout>, workerCount: number): string | undefined {
  const unknown = ends.filter((spec) => spec.kind === "stage" && layouts.get(spec.name)?.partitions === undefined).map((spec) => `"${spec.name}"`);
  if (unknown.length === 0) return undefined;
  const which = unknown.length === 1 ? `the partition count of ${unknown[0]} is` : `the partition counts of ${unknown.join(" and ")} are`;
  return `${which} decided at run time from the input; counted here as ${workerCount}, one partition per worker`;
}

/**
 * The name of the worker `node` is placed on (for a map node, the worker that splits its list).
 *
 * @throws WeftError E_NOT_FOUND when the placement has no valid worker index for `node`.
 */
export function workerName(placement: Placement, node: string, operation = "workerName"): string {
  const index = placement.nodeWorker[node];
  const name = index === undefined ? undefined : placement.workers[index];
  if (name === undefined) {
    throw new WeftError(
      ErrorCode.NotFound,
      `${operation}: node "${node}" has no worker in this placement (worker index ${String(index)}, ${placement.workers.length} workers). Plan the placement from the same graph with planPlacement.`,
    );
  }
  return name;
}

/** Checks the workers and returns them sorted by name. */
function checkWorkers(workflow: string, workers: readonly WorkerInfo[]): WorkerInfo[] {
  if (workers.length === 0) {
    throw new WeftError(
      ErrorCode.NoWorkers,
      `planPlacement: no workers to place workflow "${workflow}" on. Start one with \`weft worker\` (or use \`weft run\`, which starts its own) and try again.`,
    );
  }
  const seen = new Set<string>();
  for (const w of workers) {
    if (seen.has(w.name)) {
      throw new WeftError(ErrorCode.Usage, `planPlacement: worker "${w.name}" is listed twice. Give each worker a unique name.`);
    }
    seen.add(w.name);
    if (!Number.isInteger(w.slots) || w.slots < 1) {
      throw new WeftError(
        ErrorCode.Usage,
        `planPlacement: worker "${w.name}" has ${String(w.slots)} slots. Slots must be a whole number >= 1; leave out workers that take no work.`,
      );
    }
  }
  return [...workers].sort(byWorkerName);
}

/** One collator for every comparison: localeCompare with options builds a new one per call. */
const naturalOrder = new Intl.Collator("en", { numeric: true });

/** Workers in a stable order people expect: w2 before w10. */
export function byWorkerName(a: { name: string }, b: { name: string }): number {
  return naturalOrder.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function allOnFirst(graph: WorkflowGraph): Map<string, number> {
  return new Map(graph.nodes.map((spec) => [spec.name, 0]));
}

/** The "round-robin" strategy: the i-th non-stage node (declaration order) on worker i mod W. */
function roundRobin(graph: WorkflowGraph, workerCount: number): Map<string, number> {
  const placed = new Map<string, number>();
  for (const spec of graph.nodes) if (spec.kind !== "stage") placed.set(spec.name, placed.size % workerCount);
  return placed;
}

/** A set of nodes placed together, entered through its head (its first node in topological order). */
interface Group {
  head: string;
  /** Topological generation of the head: groups of one generation may run at the same time. */
  generation: number;
  members: string[];
}

/** The "locality" strategy: chain into groups, then place groups greedily (see the file comment). */
function placeByLocality(g: NodeGraph, workers: readonly WorkerInfo[]): Map<string, number> {
  const groups = chainGroups(g);
  const totalSlots = workers.reduce((sum, w) => sum + w.slots, 0);
  const share = workers.map((w) => w.slots / totalSlots);

  // Per generation, each worker takes at most its slot share of that generation's groups.
  const perGeneration = new Map<number, number>();
  for (const group of groups) perGeneration.set(group.generation, (perGeneration.get(group.generation) ?? 0) + 1);
  const loadInGeneration = new Map<number, number[]>();
  const totalLoad = workers.map(() => 0);

  const placed = new Map<string, number>();
  for (const group of groups) {
    const count = perGeneration.get(group.generation) ?? 1;
    const genLoad = loadInGeneration.get(group.generation) ?? workers.map(() => 0);
    loadInGeneration.set(group.generation, genLoad);
    const affinity = inputAffinity(g, group, placed, share);

    // Equal pull goes to the worker with fewer groups per slot once this one is added; equal
    // load to the earlier worker in name order.
    const loadAfter = (w: number): number => ((totalLoad[w] ?? 0) + 1) / (workers[w]?.slots ?? 1);
    const better = (w: number, than: number): boolean => {
      const a = affinity[w] ?? 0;
      const b = affinity[than] ?? 0;
      return a !== b ? a > b : loadAfter(w) < loadAfter(than);
    };

    let best = -1;
    for (let w = 0; w < workers.length; w++) {
      const cap = Math.ceil(count * (share[w] ?? 0) - 1e-9);
      if ((genLoad[w] ?? 0) >= cap) continue;
      if (best < 0 || better(w, best)) best = w;
    }
    // The caps add up to at least the generation's group count, so some worker always has
    // room; the fallback only guards against rounding.
    if (best < 0) best = 0;

    genLoad[best] = (genLoad[best] ?? 0) + 1;
    totalLoad[best] = (totalLoad[best] ?? 0) + 1;
    for (const member of group.members) placed.set(member, best);
  }
  return placed;
}

/**
 * Splits the node graph into groups in topological order: a chainable node and a map node join
 * their dep's group; every other node starts a group, except stages, which belong to no group
 * (their partitions are spread at run time).
 */
function chainGroups(g: NodeGraph): Group[] {
  const groups: Group[] = [];
  const groupOf = new Map<string, Group>();
  forEachNodeInTopologicalOrder(g, (node, spec, generation) => {
    if (spec.kind === "stage") return;
    const deps = g.inNeighbors(node);
    const only = deps.length === 1 ? deps[0] : undefined;
    // The map rule: the list's worker splits the list, so the map node sits with its list.
    const joins = only !== undefined && (spec.kind === "map" || isChainable(g, only, node)) ? groupOf.get(only) : undefined;
    if (joins !== undefined) {
      joins.members.push(node);
      groupOf.set(node, joins);
      return;
    }
    const group: Group = { head: node, generation, members: [node] };
    groups.push(group);
    groupOf.set(node, group);
  });
  return groups;
}

/**
 * Per worker, the weight of the group's inputs that already live there. A group is entered only
 * through its head (its other members are chained or map nodes with their dep in the group), and
 * the head's deps come earlier in topological order, so they are all placed. A map dep's results
 * and a stage dep's records come from every worker, so their weight is shared out by slots.
 */
function inputAffinity(g: NodeGraph, group: Group, placed: ReadonlyMap<string, number>, share: readonly number[]): number[] {
  const affinity = share.map(() => 0);
  g.forEachInEdge(group.head, (_edge, { weight }, source, _target, sourceSpec) => {
    if (sourceSpec.kind === "map" || sourceSpec.kind === "stage") {
      share.forEach((s, w) => (affinity[w] = (affinity[w] ?? 0) + weight * s));
      return;
    }
    const w = placed.get(source);
    if (w !== undefined) affinity[w] = (affinity[w] ?? 0) + weight;
  });
  return affinity;
}
