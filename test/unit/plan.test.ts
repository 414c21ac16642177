/// <reference types="mocha" />
import assert from "node:assert/strict";
import { DEFAULT_RETRY, type NodeSpec, type WorkflowGraph, type WorkerInfo, ErrorCode } from "../../engine/internal.js";
import { validateGraph } from "../../engine/plan/validate-graph.js";
import { buildNodeGraph, consumersOf, sinkNodes, topologicalOrder } from "../../engine/plan/task-graph.js";
import { byWorkerName, crossingEdges, isChainable, planPlacement } from "../../engine/plan/placement.js";
import { crossingJson, formatPlan, type PlanJson } from "../../engine/plan/format-plan.js";
import { node } from "../helpers/graph.js";


function wf(nodes: NodeSpec[], name = "wf"): WorkflowGraph {
  return { name, nodes };
}

function workers(...slots: number[]): WorkerInfo[] {
  return slots.map((s, i) => ({ name: `w${i + 1}`, slots: s }));
}

/** Asserts `fn` throws a WeftError with `code` and a message containing every `parts`. */
function throwsWeft(fn: () => unknown, code: string, ...parts: string[]): void {
  assert.throws(fn, (err: unknown) => {
    const e = err as { code?: string; message?: string };
    assert.equal(e.code, code, `code of: ${String(e.message)}`);
    for (const part of parts) assert.ok(e.message?.includes(part), `"${part}" not in: ${String(e.message)}`);
    return true;
  });
}

const diamond = (doubleSize = 0): WorkflowGraph =>
  wf([node("input"), node("double", ["input"], { sizeHint: doubleSize }), node("square", ["input"]), node("sum", ["double", "square"])], "diamond");

const chain = (prefix: string, n: number): NodeSpec[] =>
  Array.from({ length: n }, (_, i) => node(`${prefix}${i}`, i === 0 ? [] : [`${prefix}${i - 1}`]));

const fanout = (): WorkflowGraph =>
  wf([node("items", [], { sizeHint: 4000 }), node("square", ["items"], { kind: "map" }), node("gather", ["square"])], "fanout");

describe("plan: validateGraph", () => {
  it("accepts a valid graph", () => {
    validateGraph(diamond());
    validateGraph(fanout());
  });

  it("rejects an empty workflow name", () => {
    throwsWeft(() => validateGraph(wf([node("a")], "")), ErrorCode.InvalidWorkflow, "workflow name is empty");
  });

  it("rejects a workflow without nodes", () => {
    throwsWeft(() => validateGraph(wf([], "empty")), ErrorCode.InvalidWorkflow, `"empty" has no nodes`);
  });

  it("rejects an empty node name, naming its position", () => {
    throwsWeft(() => validateGraph(wf([node("a"), node("")])), ErrorCode.InvalidWorkflow, "node #2", "empty name");
  });

  it("rejects a node name that cannot be part of a NATS subject", () => {
    throwsWeft(() => validateGraph(wf([node("a.b")])), ErrorCode.InvalidWorkflow, `"a.b"`, "NATS subjects");
    throwsWeft(() => validateGraph(wf([node("a b")])), ErrorCode.InvalidWorkflow, `"a b"`);
  });

  it("rejects a duplicate node name", () => {
    throwsWeft(() => validateGraph(wf([node("a"), node("b"), node("a")])), ErrorCode.DuplicateNode, `"a"`, "#1 and #3");
  });

  it("rejects an unknown dependency and lists the known nodes", () => {
    throwsWeft(
      () => validateGraph(wf([node("a"), node("b", ["zz"])])),
      ErrorCode.UnknownDependency,
      `node "b"`,
      `"zz"`,
      "Known nodes: a, b",
    );
  });

  it("rejects a node depending on itself", () => {
    throwsWeft(() => validateGraph(wf([node("a", ["a"])])), ErrorCode.Cycle, `node "a"`, "a -> a");
  });

  it("rejects a cycle and prints its path", () => {
    const g = wf([node("a", ["c"]), node("b", ["a"]), node("c", ["b"]), node("d", ["c"])]);
    throwsWeft(() => validateGraph(g), ErrorCode.Cycle, "a -> b -> c -> a");
  });

  it("rejects a map node without exactly one dep", () => {
    throwsWeft(
      () => validateGraph(wf([node("a"), node("b"), node("m", ["a", "b"], { kind: "map" })])),
      ErrorCode.InvalidWorkflow,
      `map node "m"`,
      "exactly one",
    );
    throwsWeft(() => validateGraph(wf([node("m", [], { kind: "map" })])), ErrorCode.InvalidWorkflow, `map node "m"`, "0 deps");
  });

  it("rejects an invalid retry", () => {
    const bad = node("r", [], { retry: { ...DEFAULT_RETRY, maxAttempts: 0 } });
    throwsWeft(() => validateGraph(wf([bad])), ErrorCode.InvalidWorkflow, `node "r"`, "maxAttempts 0");
  });

  it("rejects a negative timeout", () => {
    throwsWeft(() => validateGraph(wf([node("t", [], { timeoutMs: -5 })])), ErrorCode.InvalidWorkflow, `node "t"`, "timeoutMs -5");
  });
});

describe("plan: task graph", () => {
  it("builds a graphology graph with NodeSpec attributes and sizeHint weights", () => {
    const g = buildNodeGraph(diamond(500));
    assert.equal(g.order, 4);
    assert.equal(g.size, 4);
    assert.equal(g.getNodeAttributes("double").deps[0], "input");
    assert.equal(g.getEdgeAttributes("double", "sum").weight, 500);
    assert.equal(g.getEdgeAttributes("input", "square").weight, 1, "sizeHint 0 counts as 1");
  });

  it("keeps one edge for a dependency listed twice", () => {
    const g = wf([node("x"), node("sq", ["x", "x"])]);
    assert.equal(buildNodeGraph(g).size, 1);
    assert.deepEqual(consumersOf(g).get("x"), ["sq"]);
  });

  it("orders nodes topologically, even when declared out of order", () => {
    const g = wf([node("sum", ["double", "square"]), node("double", ["input"]), node("square", ["input"]), node("input")]);
    const order = topologicalOrder(g);
    assert.equal(order.length, 4);
    for (const spec of g.nodes) {
      for (const dep of spec.deps) assert.ok(order.indexOf(dep) < order.indexOf(spec.name), `${dep} before ${spec.name}`);
    }
    throwsWeft(() => topologicalOrder(wf([node("a", ["b"]), node("b", ["a"])])), ErrorCode.Cycle);
  });

  it("lists consumers and sinks", () => {
    const g = wf([...diamond().nodes, node("log", ["input"])]);
    assert.deepEqual(consumersOf(g).get("input"), ["double", "square", "log"]);
    assert.deepEqual(consumersOf(g).get("sum"), []);
    assert.deepEqual(sinkNodes(g), ["sum", "log"]);
  });
});

describe("plan: planPlacement", () => {
  it("keeps a chain of 5 on one worker with 2 workers", () => {
    const g = wf(chain("c", 5));
    const p = planPlacement(g, workers(1, 1));
    assert.equal(new Set(Object.values(p.nodeWorker)).size, 1);
    assert.deepEqual(crossingEdges(g, p), []);
  });

  it("puts two independent chains on different workers, each whole", () => {
    const g = wf([...chain("a", 3), ...chain("b", 3)]);
    const p = planPlacement(g, workers(1, 1));
    const a = p.nodeWorker["a0"];
    const b = p.nodeWorker["b0"];
    assert.notEqual(a, b);
    for (const i of [1, 2]) {
      assert.equal(p.nodeWorker[`a${i}`], a);
      assert.equal(p.nodeWorker[`b${i}`], b);
    }
  });

  it("spreads a diamond's fan-out and sends the fan-in to its heavier input", () => {
    const g = diamond(1000);
    const p = planPlacement(g, workers(1, 1));
    assert.notEqual(p.nodeWorker["double"], p.nodeWorker["square"], "the fan-out is spread");
    assert.equal(p.nodeWorker["sum"], p.nodeWorker["double"], "sum goes where its 1000-byte input is");
    const crossing = crossingEdges(g, p).map((e) => `${e.from}->${e.to}`);
    assert.equal(crossing.length, 2);
    assert.ok(crossing.includes("square->sum"));
    assert.ok(!crossing.includes("double->sum"));
  });

  it("spreads a wide fan-out evenly", () => {
    const g = wf([node("src"), ...["a", "b", "c", "d"].map((n) => node(n, ["src"]))]);
    const p = planPlacement(g, workers(1, 1));
    const onFirst = ["a", "b", "c", "d"].filter((n) => p.nodeWorker[n] === 0).length;
    assert.equal(onFirst, 2);
  });

  it("balances independent work by slots", () => {
    const g = wf(["a", "b", "c", "d"].map((n) => node(n)));
    const p = planPlacement(g, [
      { name: "big", slots: 3 },
      { name: "small", slots: 1 },
    ]);
    const counts = p.workers.map((_, w) => Object.values(p.nodeWorker).filter((x) => x === w).length);
    assert.deepEqual(counts, [3, 1]);
  });

  it("places a map node with its list and splits its instances by slots", () => {
    const g = fanout();
    const p = planPlacement(g, workers(1, 3));
    assert.equal(p.nodeWorker["square"], p.nodeWorker["items"]);
    assert.deepEqual(p.mapWeights, [1, 3]);
    const crossing = crossingEdges(g, p);
    const items = p.workers[p.nodeWorker["items"] ?? -1];
    const gather = p.workers[p.nodeWorker["gather"] ?? -1];
    assert.deepEqual(crossing, [
      { from: "items", to: "square", fromWorker: items, toWorker: "*" },
      { from: "square", to: "gather", fromWorker: "*", toWorker: gather },
    ]);
  });

  it("checks chaining with isChainable", () => {
    const g = buildNodeGraph(wf([...diamond().nodes, node("out", ["sum"]), node("m", ["out"], { kind: "map" }), node("after", ["m"])]));
    assert.equal(isChainable(g, "sum", "out"), true, "single-consumer edge");
    assert.equal(isChainable(g, "input", "double"), false, "fan-out");
    assert.equal(isChainable(g, "double", "sum"), false, "fan-in");
    assert.equal(isChainable(g, "out", "m"), false, "into a map");
    assert.equal(isChainable(g, "m", "after"), false, "out of a map");
    assert.equal(isChainable(g, "input", "sum"), false, "no edge");
  });

  it("round-robin ignores locality and differs on a chain", () => {
    const g = wf(chain("c", 4));
    const rr = planPlacement(g, workers(1, 1), { strategy: "round-robin" });
    assert.deepEqual(Object.values(rr.nodeWorker), [0, 1, 0, 1]);
    assert.equal(rr.strategy, "round-robin");
    assert.notDeepEqual(rr, planPlacement(g, workers(1, 1)));
    assert.equal(crossingEdges(g, rr).length, 3);
  });

  it("is deterministic, whatever the order workers are listed in", () => {
    const g = wf([...diamond(10).nodes, ...chain("x", 3), node("m", ["x2"], { kind: "map" }), node("end", ["m", "sum"])]);
    const first = planPlacement(g, workers(2, 1, 3));
    assert.deepEqual(planPlacement(g, workers(2, 1, 3)), first);
    assert.deepEqual(planPlacement(g, [...workers(2, 1, 3)].reverse()), first);
    assert.deepEqual(first.workers, ["w1", "w2", "w3"]);
    assert.deepEqual(Object.keys(first.nodeWorker), g.nodes.map((n) => n.name));
  });

  it("puts everything on a single worker, with nothing crossing", () => {
    const g = fanout();
    const p = planPlacement(g, [{ name: "solo", slots: 4 }]);
    assert.deepEqual(p, { workers: ["solo"], nodeWorker: { items: 0, square: 0, gather: 0 }, mapWeights: [4], strategy: "locality" });
    assert.deepEqual(crossingEdges(g, p), []);
  });

  it("throws E_NO_WORKERS with zero workers", () => {
    throwsWeft(() => planPlacement(diamond(), []), ErrorCode.NoWorkers, `"diamond"`, "weft worker");
  });

  it("rejects bad workers and invalid graphs", () => {
    throwsWeft(() => planPlacement(diamond(), [{ name: "a", slots: 1 }, { name: "a", slots: 2 }]), ErrorCode.Usage, `"a"`, "twice");
    throwsWeft(() => planPlacement(diamond(), [{ name: "a", slots: 0 }]), ErrorCode.Usage, "0 slots");
    throwsWeft(() => planPlacement(wf([node("a", ["a"])]), workers(1)), ErrorCode.Cycle);
  });
});

describe("plan: formatPlan", () => {
  const g = fanout();
  const p = planPlacement(g, workers(1, 3));

  it("text: nodes per worker, map nodes as name[*], and the crossing edges", () => {
    const text = formatPlan(g, p, "text");
    assert.match(text, /worker w1/);
    assert.match(text, /worker w2/);
    assert.match(text, /square\[\*\].*w1=1, w2=3/);
    assert.match(text, /edges crossing workers:\n {2}items -> square +\(w\d -> \*\)/);
    const chainText = formatPlan(wf(chain("c", 3)), planPlacement(wf(chain("c", 3)), workers(1, 1)), "text");
    assert.match(chainText, /edges crossing workers:\n {2}none/);
    assert.match(chainText, /\(no nodes\)/);
  });

  it("dot: a digraph with one cluster per worker and red dashed crossing edges", () => {
    const dot = formatPlan(g, p, "dot");
    assert.match(dot, /^digraph "fanout" \{/);
    assert.equal(dot.match(/subgraph "cluster_/g)?.length, 2);
    assert.match(dot, /"items" -> "square" \[color=red, style=dashed\];/);
    assert.match(dot, /"square" \[label="square\[\*\]"/);
  });

  it("json: parses into workflow, workers, nodes and crossing", () => {
    const json = JSON.parse(formatPlan(g, p, "json")) as PlanJson;
    assert.equal(json.workflow, "fanout");
    assert.deepEqual(json.workers, [
      { name: "w1", map_weight: 1 },
      { name: "w2", map_weight: 3 },
    ]);
    assert.deepEqual(
      json.nodes.map((n) => [n.name, n.kind, n.deps]),
      [
        ["items", "task", []],
        ["square", "map", ["items"]],
        ["gather", "task", ["square"]],
      ],
    );
    assert.equal(json.nodes[1]?.worker, json.nodes[0]?.worker);
    assert.equal(json.strategy, "locality");
    assert.deepEqual(
      json.nodes.map((n) => [n.op, n.partitions, n.routing]),
      [
        ["", 0, []],
        ["", 0, ["value"]],
        ["", 0, ["value"]],
      ],
    );
    assert.deepEqual(json.crossing, crossingEdges(g, p).map(crossingJson));
  });

  it("refuses a placement of another graph", () => {
    throwsWeft(() => formatPlan(diamond(), p, "text"), ErrorCode.NotFound, `"input"`);
  });
});

describe("plan: worker order", () => {
  it("is by name with numbers compared as numbers (w2 before w10), and total", () => {
    const names = ["w10", "w2", "w1", "gpu-b", "gpu-a", "W1", "w11"];
    assert.deepEqual(
      names.map((name) => ({ name })).sort(byWorkerName).map((w) => w.name),
      ["gpu-a", "gpu-b", "w1", "W1", "w2", "w10", "w11"],
    );
    assert.deepEqual(
      planPlacement({ name: "one", nodes: [node("a")] }, ["w10", "w9", "w1"].map((name) => ({ name, slots: 1 }))).workers,
      ["w1", "w9", "w10"],
    );
  });
});
