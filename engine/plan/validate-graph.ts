/**
 * Checks a workflow graph before anything plans or runs it. The SDK already refuses most
 * mistakes as they are made, but a graph can also arrive over the wire or be built by hand, so
 * the engine checks again and names the node at fault in every message.
 */
import { hasCycle } from "graphology-dag";
import { ErrorCode, WeftError } from "../errors.js";
import type { EdgeRouting, NodeSpec, WorkflowGraph } from "../../model/graph.js";
import { isName } from "../../model/names.js";
import { MAX_PARTITIONS } from "../core/partition-placement.js";
import { buildNodeGraph, isForwardOp, isTaskLike, STAGE_OPS, type NodeGraph } from "./task-graph.js";

/** How many known node names an "unknown dependency" message lists before it abbreviates. */
const MAX_LISTED_NAMES = 20;

const NODE_KINDS: readonly string[] = ["task", "map", "stage", "aggregate", "collect"];
const ROUTINGS: readonly EdgeRouting[] = ["value", "forward", "shuffle", "gather", "aggregate", "broadcast"];

/**
 * Throws a WeftError naming the first problem found, or returns when the graph is valid:
 *
 * - E_INVALID_WORKFLOW: empty or invalid workflow name, no nodes, an empty or invalid node name
 *   (must match model/names.ts `NAME`), an unknown node kind, `routing` without one entry per dep or
 *   with an unknown routing, a stage with an unknown op or a partition count that is not a
 *   whole number (or above MAX_PARTITIONS), an invalid retry (maxAttempts < 1, negative backoff, jitter outside 0..1),
 *   a negative timeout or sizeHint; and a node of the wrong shape for its kind:
 *   - task: every dep a task-like node (task, map, aggregate, collect), "value"-routed (a stage
 *     reaches a task only through a collect or aggregate node);
 *   - map: exactly one dep (the list), task-like, "value"-routed;
 *   - stage "source": every dep task-like and "broadcast"-routed; partitions >= 1 unless
 *     `partitionsFromInput`;
 *   - stage "map" | "flatMap" | "filter" | "sink": first dep a stage, "forward"-routed, the rest
 *     task-like and "broadcast"-routed; partitions 0 and not from the input (they inherit);
 *   - stage "keyed": first dep a stage, "shuffle"-routed, the rest task-like and
 *     "broadcast"-routed; partitions >= 1 unless `partitionsFromInput`;
 *   - aggregate: exactly one dep, a stage, "aggregate"-routed;
 *   - collect: exactly one dep, a stage, "gather"-routed;
 * - E_DUPLICATE_NODE: two nodes with one name;
 * - E_UNKNOWN_DEPENDENCY: a dep naming no node of the workflow (the message lists the known ones);
 * - E_CYCLE: a node depending on itself or any cycle (the message prints it as `a -> b -> a`).
 *
 * Pure: it reads the graph and changes nothing.
 */
export function validateGraph(graph: WorkflowGraph): void {
  checkWorkflowName(graph);
  const wf = graph.name;
  if (!Array.isArray(graph.nodes) || graph.nodes.length === 0) {
    fail(ErrorCode.InvalidWorkflow, `workflow "${wf}" has no nodes. Add at least one node with wf.node(name, fn).`);
  }

  const firstIndex = new Map<string, number>();
  graph.nodes.forEach((spec, i) => {
    checkNode(wf, spec, i);
    const earlier = firstIndex.get(spec.name);
    if (earlier !== undefined) {
      fail(
        ErrorCode.DuplicateNode,
        `node "${spec.name}" is declared twice in workflow "${wf}" (nodes #${earlier + 1} and #${i + 1}). Give each node a unique name.`,
      );
    }
    firstIndex.set(spec.name, i);
  });

  for (const spec of graph.nodes) checkDeps(wf, spec, firstIndex);
  const specs = new Map(graph.nodes.map((spec) => [spec.name, spec]));
  for (const spec of graph.nodes) checkShape(wf, spec, specs);

  const g = buildNodeGraph(graph);
  if (hasCycle(g)) {
    const cycle = findCycle(g) ?? [];
    fail(
      ErrorCode.Cycle,
      `workflow "${wf}" has a cycle: ${cyclePath(cycle)}. A node cannot wait for its own output: remove one of these dependencies.`,
    );
  }
}

/** Said to whoever submitted the graph: what is wrong with it, in their terms (no function names of ours). */
function fail(code: ErrorCode, problem: string): never {
  throw new WeftError(code, `invalid workflow: ${problem}`);
}

function checkWorkflowName(graph: WorkflowGraph): void {
  if (typeof graph.name !== "string" || graph.name.trim() === "") {
    fail(ErrorCode.InvalidWorkflow, `the workflow name is empty. Name the workflow: workflow("my-flow", (wf) => …).`);
  }
  if (!isName(graph.name)) {
    fail(
      ErrorCode.InvalidWorkflow,
      `workflow name ${JSON.stringify(graph.name)} is not valid. Names become parts of NATS subjects, so use only letters, digits, "_" and "-".`,
    );
  }
}

/**
 * Checks one node on its own: name, kind, deps list, routing (one known entry per dep), a
 * stage's op and partition fields, retry, timeout, size hint.
 */
function checkNode(wf: string, spec: NodeSpec, index: number): void {
  const where = `node #${index + 1} of workflow "${wf}"`;
  if (typeof spec.name !== "string" || spec.name === "") {
    fail(ErrorCode.InvalidWorkflow, `${where} has an empty name. Give every node a name of letters, digits, "_" and "-".`);
  }
  if (!isName(spec.name)) {
    fail(
      ErrorCode.InvalidWorkflow,
      `${where} has an invalid name ${JSON.stringify(spec.name)}. Node names become parts of NATS subjects, so use only letters, digits, "_" and "-".`,
    );
  }
  const node = `node "${spec.name}" of workflow "${wf}"`;
  if (!NODE_KINDS.includes(spec.kind)) {
    fail(ErrorCode.InvalidWorkflow, `${node} has kind ${JSON.stringify(spec.kind)}. Use "task", "map", "stage", "aggregate" or "collect".`);
  }
  if (!Array.isArray(spec.deps) || spec.deps.some((d) => typeof d !== "string")) {
    fail(ErrorCode.InvalidWorkflow, `${node} has deps that are not a list of node names. Pass node names, e.g. ["input"].`);
  }
  checkRouting(node, spec);
  if (spec.kind === "stage") checkStageFields(node, spec);
  checkFanin(node, spec);
  checkRetry(node, spec);
  if (typeof spec.timeoutMs !== "number" || !Number.isFinite(spec.timeoutMs) || spec.timeoutMs < 0) {
    fail(ErrorCode.InvalidWorkflow, `${node} has timeoutMs ${String(spec.timeoutMs)}. Use milliseconds >= 0 (0 = no timeout).`);
  }
  if (typeof spec.sizeHint !== "number" || !Number.isFinite(spec.sizeHint) || spec.sizeHint < 0) {
    fail(ErrorCode.InvalidWorkflow, `${node} has sizeHint ${String(spec.sizeHint)}. Use bytes >= 0 (0 = unknown).`);
  }
}

/** `routing`: a list of known routings, one per dep. */
function checkRouting(node: string, spec: NodeSpec): void {
  const routing = spec.routing as unknown;
  if (!Array.isArray(routing) || routing.length !== spec.deps.length) {
    const got = Array.isArray(routing) ? `${routing.length} routing entr${routing.length === 1 ? "y" : "ies"}` : "no routing list";
    fail(
      ErrorCode.InvalidWorkflow,
      `${node} has ${got} for ${spec.deps.length} dep${spec.deps.length === 1 ? "" : "s"}. Give routing one entry per dep, in the same order (e.g. ["value"] for one whole-value dep).`,
    );
  }
  routing.forEach((r: unknown, i) => {
    if (!(ROUTINGS as readonly unknown[]).includes(r)) {
      fail(
        ErrorCode.InvalidWorkflow,
        `${node} routes its dep "${spec.deps[i] ?? ""}" as ${JSON.stringify(r)}. Use one of ${ROUTINGS.join(", ")}.`,
      );
    }
  });
}

/** A stage's own fields: a known op, a whole partition count, a boolean `partitionsFromInput`. */
function checkStageFields(node: string, spec: NodeSpec): void {
  if (!(STAGE_OPS as readonly string[]).includes(spec.op)) {
    const got = spec.op === "" || spec.op === undefined ? "no op" : `op ${JSON.stringify(spec.op)}`;
    fail(ErrorCode.InvalidWorkflow, `stage ${node} has ${got}. Use one of ${STAGE_OPS.join(", ")}.`);
  }
  if (typeof spec.partitions !== "number" || !Number.isInteger(spec.partitions) || spec.partitions < 0) {
    fail(
      ErrorCode.InvalidWorkflow,
      `stage ${node} has partitions ${String(spec.partitions)}. Use a whole number >= 0 (0 = inherited or decided by a partitions(input) function).`,
    );
  }
  if (spec.partitions > MAX_PARTITIONS) {
    fail(
      ErrorCode.InvalidWorkflow,
      `stage ${node} has ${spec.partitions} partitions, at most ${MAX_PARTITIONS} are allowed (each partition is a task, with its own state changes in the run's log). Give each partition more work, so that fewer partitions do the same.`,
    );
  }
  if (typeof spec.partitionsFromInput !== "boolean") {
    fail(ErrorCode.InvalidWorkflow, `stage ${node} has partitionsFromInput ${String(spec.partitionsFromInput)}. Use true or false.`);
  }
}

/** `fanin` / `faninFromInput`: aggregate nodes only; a whole number >= 2 when given. */
function checkFanin(node: string, spec: NodeSpec): void {
  if (spec.fanin === undefined && !spec.faninFromInput) return;
  if (spec.kind !== "aggregate") {
    fail(ErrorCode.InvalidWorkflow, `${node} is a ${spec.kind} node with a fanin: only aggregate nodes merge through a tree. Remove the fanin.`);
  }
  if (spec.fanin !== undefined && (typeof spec.fanin !== "number" || !Number.isInteger(spec.fanin) || spec.fanin < 2)) {
    fail(ErrorCode.InvalidWorkflow, `aggregate ${node} has fanin ${String(spec.fanin)}. Use a whole number >= 2, or leave it out for the default.`);
  }
  if (spec.fanin !== undefined && spec.faninFromInput) {
    fail(ErrorCode.InvalidWorkflow, `aggregate ${node} has both a fanin and a fanin(input) function. Give one.`);
  }
}

function checkRetry(node: string, spec: NodeSpec): void {
  const r = spec.retry as Partial<NodeSpec["retry"]> | undefined;
  if (r === undefined || r === null || typeof r !== "object") {
    fail(ErrorCode.InvalidWorkflow, `${node} has no retry spec. Use DEFAULT_RETRY for "no retries".`);
  }
  const { maxAttempts, backoffMs, backoffFactor, maxBackoffMs, jitter } = r;
  if (typeof maxAttempts !== "number" || !Number.isInteger(maxAttempts) || maxAttempts < 1) {
    fail(ErrorCode.InvalidWorkflow, `${node} has retry.maxAttempts ${String(maxAttempts)}. Use a whole number >= 1 (1 = no retries).`);
  }
  const nonNegative = { backoffMs, maxBackoffMs } as const;
  for (const [field, value] of Object.entries(nonNegative)) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      fail(ErrorCode.InvalidWorkflow, `${node} has retry.${field} ${String(value)}. Use milliseconds >= 0.`);
    }
  }
  if (typeof backoffFactor !== "number" || !Number.isFinite(backoffFactor) || backoffFactor <= 0) {
    fail(ErrorCode.InvalidWorkflow, `${node} has retry.backoffFactor ${String(backoffFactor)}. Use a number > 0 (1 = constant delay).`);
  }
  if (typeof jitter !== "number" || !(jitter >= 0 && jitter <= 1)) {
    fail(ErrorCode.InvalidWorkflow, `${node} has retry.jitter ${String(jitter)}. Use a share between 0 and 1.`);
  }
}

/** Checks a node's deps against the known names: unknown, self, map arity. */
function checkDeps(wf: string, spec: NodeSpec, known: ReadonlyMap<string, number>): void {
  for (const dep of spec.deps) {
    if (dep === spec.name) {
      fail(
        ErrorCode.Cycle,
        `node "${spec.name}" of workflow "${wf}" depends on itself (${spec.name} -> ${spec.name}). A node cannot wait for its own output: remove the dependency.`,
      );
    }
    if (!known.has(dep)) {
      fail(
        ErrorCode.UnknownDependency,
        `node "${spec.name}" of workflow "${wf}" depends on "${dep}", which is not a node of this workflow. Known nodes: ${listNames([...known.keys()])}. Fix the name or declare the node.`,
      );
    }
  }
  if (spec.kind === "map" && spec.deps.length !== 1) {
    fail(
      ErrorCode.InvalidWorkflow,
      `map node "${spec.name}" of workflow "${wf}" has ${spec.deps.length} deps (${listNames(spec.deps) || "none"}), but a map node needs exactly one: the list it maps over. Combine the inputs into one list in a task node first.`,
    );
  }
}

/**
 * Checks that a node's deps have the kinds and routings its kind (and, for a stage, its op)
 * needs. Runs after `checkDeps`, so every dep names a node of the workflow.
 */
function checkShape(wf: string, spec: NodeSpec, specs: ReadonlyMap<string, NodeSpec>): void {
  const name = spec.name;
  const inWf = `of workflow "${wf}"`;
  const deps = spec.deps.map((dep, i) => ({ dep, routing: spec.routing[i] ?? "value", spec: specs.get(dep) as NodeSpec }));
  const stageAdvice = (dep: string): string =>
    `use .collect(name) or .aggregate(name, combiner) to turn stage "${dep}" into a value, and depend on that node`;

  /** A whole-value dep of a task or map node. */
  const valueDep = (what: string, d: (typeof deps)[number]): void => {
    if (d.spec.kind === "stage") {
      fail(ErrorCode.InvalidWorkflow, `${what} "${name}" ${inWf} depends on stage "${d.dep}", but a ${what} cannot consume a stage directly: ${stageAdvice(d.dep)}.`);
    }
    if (d.routing !== "value") {
      fail(
        ErrorCode.InvalidWorkflow,
        `${what} "${name}" ${inWf} routes its dep "${d.dep}" as "${d.routing}", but a ${what} receives whole values: route it "value".`,
      );
    }
  };
  /** A dep of a stage that every partition sees: a task-like value, broadcast. */
  const broadcastDep = (what: string, d: (typeof deps)[number], position: string): void => {
    if (!isTaskLike(d.spec.kind)) {
      fail(
        ErrorCode.InvalidWorkflow,
        `${what} "${name}" ${inWf} takes stage "${d.dep}" as ${position}, but those deps are values broadcast to every partition and must be task, map, aggregate or collect nodes. To read a stage's records, make it the first dep of a map, flatMap, filter, keyed or sink stage; for a value, ${stageAdvice(d.dep)}.`,
      );
    }
    if (d.routing !== "broadcast") {
      fail(
        ErrorCode.InvalidWorkflow,
        `${what} "${name}" ${inWf} routes "${d.dep}" (${position}) as "${d.routing}", but a value every partition sees is "broadcast"-routed.`,
      );
    }
  };
  /** The first dep of a forward or keyed stage: the stage whose records it reads. */
  const recordsDep = (what: string, want: EdgeRouting, why: string): void => {
    const first = deps[0];
    if (first === undefined) {
      fail(ErrorCode.InvalidWorkflow, `${what} "${name}" ${inWf} has no deps, but its first dep must be the stage whose records it reads, "${want}"-routed.`);
    }
    if (first.spec.kind !== "stage") {
      fail(
        ErrorCode.InvalidWorkflow,
        `${what} "${name}" ${inWf} reads ${first.spec.kind} node "${first.dep}" as its first dep, but the first dep must be the stage whose records it reads ("${want}"-routed). A value every partition sees goes after it, "broadcast"-routed.`,
      );
    }
    if (first.routing !== want) {
      fail(ErrorCode.InvalidWorkflow, `${what} "${name}" ${inWf} routes its first dep "${first.dep}" as "${first.routing}": ${why}, so route it "${want}".`);
    }
    deps.slice(1).forEach((d, i) => broadcastDep(what, d, `dep #${i + 2}`));
  };
  /** Source and keyed stages: a partition count, unless a function computes it from the input. */
  const ownPartitions = (what: string): void => {
    if (spec.partitions < 1 && !spec.partitionsFromInput) {
      fail(
        ErrorCode.InvalidWorkflow,
        `${what} "${name}" ${inWf} has zero partitions: give it partitions >= 1, or a partitions(input) function that computes the count.`,
      );
    }
  };
  /** Aggregate and collect nodes: exactly one dep, a stage, routed `want`. */
  const oneStage = (what: string, want: EdgeRouting, does: string): void => {
    const only = deps[0];
    if (deps.length !== 1 || only === undefined) {
      fail(
        ErrorCode.InvalidWorkflow,
        `${what} node "${name}" ${inWf} has ${deps.length} deps (${listNames(spec.deps) || "none"}), but ${what === "aggregate" ? "an" : "a"} ${what} node needs exactly one: the stage it ${does}.`,
      );
    }
    if (only.spec.kind !== "stage") {
      fail(
        ErrorCode.InvalidWorkflow,
        `${what} node "${name}" ${inWf} depends on ${only.spec.kind} node "${only.dep}", but ${what === "aggregate" ? "an" : "a"} ${what} node ${does} a stage. A value can go straight to a task node.`,
      );
    }
    if (only.routing !== want) {
      fail(ErrorCode.InvalidWorkflow, `${what} node "${name}" ${inWf} routes "${only.dep}" as "${only.routing}": route it "${want}".`);
    }
  };

  switch (spec.kind) {
    case "task":
      for (const d of deps) valueDep("task node", d);
      return;
    case "map":
      // The dep count is checked by checkDeps.
      for (const d of deps) valueDep("map node", d);
      return;
    case "aggregate":
      return oneStage("aggregate", "aggregate", "combines");
    case "collect":
      return oneStage("collect", "gather", "gathers");
    case "stage":
      break;
    default:
      return;
  }

  if (spec.op === "source") {
    deps.forEach((d, i) => broadcastDep("source", d, `dep #${i + 1}`));
    ownPartitions("source");
  } else if (spec.op === "keyed") {
    recordsDep("keyed stage", "shuffle", "a keyed stage receives its upstream's records partitioned by key");
    ownPartitions("keyed stage");
  } else if (isForwardOp(spec.op)) {
    const what = `${spec.op} stage`;
    recordsDep(what, "forward", `a ${spec.op} stage takes partition p of its upstream for its own partition p (to repartition by key, use a keyed stage)`);
    if (spec.partitions !== 0 || spec.partitionsFromInput) {
      fail(
        ErrorCode.InvalidWorkflow,
        `${what} "${name}" ${inWf} has ${spec.partitionsFromInput ? "a partitions(input) function" : `partitions ${spec.partitions}`}, but a ${spec.op} stage inherits its upstream's partition count: leave partitions 0 and partitionsFromInput false.`,
      );
    }
  }
}

/** A cycle as `a -> b -> a`; a very long one keeps its ends and says how many it left out. */
function cyclePath(cycle: readonly string[]): string {
  if (cycle.length <= 2 * MAX_LISTED_NAMES) return cycle.join(" -> ");
  const head = cycle.slice(0, MAX_LISTED_NAMES / 2).join(" -> ");
  const tail = cycle.slice(-MAX_LISTED_NAMES / 2).join(" -> ");
  return `${head} -> … ${cycle.length - MAX_LISTED_NAMES} more … -> ${tail}`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= MAX_LISTED_NAMES) return names.join(", ");
  return `${names.slice(0, MAX_LISTED_NAMES).join(", ")} and ${names.length - MAX_LISTED_NAMES} more`;
}

/**
 * One cycle of the graph as a closed path in data-flow order (`[a, b, a]` = a feeds b feeds a),
 * or undefined when there is none. Iterative depth-first search, so a long chain cannot
 * overflow the stack; nodes and neighbours are visited in insertion order, so the cycle
 * reported is always the same one.
 */
function findCycle(g: NodeGraph): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  for (const root of g.nodes()) {
    if (state.has(root)) continue;
    // path[i] is open; its out-neighbours are neighbours[i], of which next[i] were visited.
    const path: string[] = [root];
    const neighbours: string[][] = [g.outNeighbors(root)];
    const next: number[] = [0];
    state.set(root, "open");
    while (path.length > 0) {
      const top = path.length - 1;
      const i = next[top] ?? 0;
      const child = neighbours[top]?.[i];
      if (child === undefined) {
        state.set(path[top] as string, "done");
        path.pop();
        neighbours.pop();
        next.pop();
        continue;
      }
      next[top] = i + 1;
      const seen = state.get(child);
      if (seen === "open") return [...path.slice(path.indexOf(child)), child];
      if (seen === undefined) {
        state.set(child, "open");
        path.push(child);
        neighbours.push(g.outNeighbors(child));
        next.push(0);
      }
    }
  }
  return undefined;
}
