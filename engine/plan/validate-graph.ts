/**
 * Checks a workflow graph before anything plans or runs it. The SDK already refuses most
 * mistakes as they are made, but a graph can also arrive over the wire or be built by hand, so
 * the engine checks again and names the node at fault in every message.
 */
import { hasCycle } from "graphology-dag";
import { ErrorCode, WeftError } from "../errors.js";
import type { NodeSpec, WorkflowGraph } from "../model/graph.js";
import { buildNodeGraph, type NodeGraph } from "./task-graph.js";

/**
 * What a workflow or node name must look like. Names become tokens of NATS subjects
 * (`weft.v1.…`), where `.` separates tokens, `*` and `>` are wildcards and spaces are illegal.
 */
export const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;

/** How many known node names an "unknown dependency" message lists before it abbreviates. */
const MAX_LISTED_NAMES = 20;

/**
 * Throws a WeftError naming the first problem found, or returns when the graph is valid:
 *
 * - E_INVALID_WORKFLOW: empty or invalid workflow name, no nodes, an empty or invalid node name
 *   (must match `NAME_PATTERN`), an unknown node kind, a map node without exactly one dep,
 *   an invalid retry (maxAttempts < 1, negative backoff, jitter outside 0..1), a negative
 *   timeout or sizeHint;
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

  const g = buildNodeGraph(graph);
  if (hasCycle(g)) {
    const cycle = findCycle(g) ?? [];
    fail(
      ErrorCode.Cycle,
      `workflow "${wf}" has a cycle: ${cyclePath(cycle)}. A node cannot wait for its own output: remove one of these dependencies.`,
    );
  }
}

function fail(code: ErrorCode, problem: string): never {
  throw new WeftError(code, `validateGraph: ${problem}`);
}

function checkWorkflowName(graph: WorkflowGraph): void {
  if (typeof graph.name !== "string" || graph.name.trim() === "") {
    fail(ErrorCode.InvalidWorkflow, `the workflow name is empty. Name the workflow: workflow("my-flow", (wf) => …).`);
  }
  if (!NAME_PATTERN.test(graph.name)) {
    fail(
      ErrorCode.InvalidWorkflow,
      `workflow name ${JSON.stringify(graph.name)} is not valid. Names become parts of NATS subjects, so use only letters, digits, "_" and "-".`,
    );
  }
}

/** Checks one node on its own: name, kind, deps shape, retry, timeout, size hint. */
function checkNode(wf: string, spec: NodeSpec, index: number): void {
  const where = `node #${index + 1} of workflow "${wf}"`;
  if (typeof spec.name !== "string" || spec.name === "") {
    fail(ErrorCode.InvalidWorkflow, `${where} has an empty name. Give every node a name of letters, digits, "_" and "-".`);
  }
  if (!NAME_PATTERN.test(spec.name)) {
    fail(
      ErrorCode.InvalidWorkflow,
      `${where} has an invalid name ${JSON.stringify(spec.name)}. Node names become parts of NATS subjects, so use only letters, digits, "_" and "-".`,
    );
  }
  const node = `node "${spec.name}" of workflow "${wf}"`;
  if (spec.kind !== "task" && spec.kind !== "map") {
    fail(ErrorCode.InvalidWorkflow, `${node} has kind ${JSON.stringify(spec.kind)}. Use "task" or "map".`);
  }
  if (!Array.isArray(spec.deps) || spec.deps.some((d) => typeof d !== "string")) {
    fail(ErrorCode.InvalidWorkflow, `${node} has deps that are not a list of node names. Pass node names, e.g. ["input"].`);
  }
  checkRetry(node, spec);
  if (typeof spec.timeoutMs !== "number" || !Number.isFinite(spec.timeoutMs) || spec.timeoutMs < 0) {
    fail(ErrorCode.InvalidWorkflow, `${node} has timeoutMs ${String(spec.timeoutMs)}. Use milliseconds >= 0 (0 = no timeout).`);
  }
  if (typeof spec.sizeHint !== "number" || !Number.isFinite(spec.sizeHint) || spec.sizeHint < 0) {
    fail(ErrorCode.InvalidWorkflow, `${node} has sizeHint ${String(spec.sizeHint)}. Use bytes >= 0 (0 = unknown).`);
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
