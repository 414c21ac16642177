/// <reference types="mocha" />
import assert from "node:assert/strict";
import { type EdgeRouting, type NodeSpec, type StageOp, type WorkflowGraph, type WorkerInfo, ErrorCode } from "../../engine/internal.js";
import { MAX_PARTITIONS, partitionCountProblem, partitionWorkers, stageOrdinals } from "../../engine/core/partition-placement.js";
import { validateGraph } from "../../engine/plan/validate-graph.js";
import { buildNodeGraph, stagePartitions } from "../../engine/plan/task-graph.js";
import { crossingEdges, isChainable, planPlacement, stageLayouts } from "../../engine/plan/placement.js";
import { crossingJson, formatPlan, type PlanJson } from "../../engine/plan/format-plan.js";
import { node } from "../helpers/graph.js";


function stage(name: string, op: StageOp, deps: string[], routing: EdgeRouting[], extra: Partial<NodeSpec> = {}): NodeSpec {
  return node(name, deps, { kind: "stage", op, routing, ...extra });
}

const collect = (name: string, from: string): NodeSpec => node(name, [from], { kind: "collect", routing: ["gather"] });
const aggregate = (name: string, from: string): NodeSpec => node(name, [from], { kind: "aggregate", routing: ["aggregate"] });

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

const invalid = (nodes: NodeSpec[], ...parts: string[]): void => throwsWeft(() => validateGraph(wf(nodes)), ErrorCode.InvalidWorkflow, ...parts);

/** source[8] -> flatMap -> keyed[8] -> collect -> task. */
const wordCount = (): WorkflowGraph =>
  wf(
    [
      stage("lines", "source", [], [], { partitions: 8 }),
      stage("words", "flatMap", ["lines"], ["forward"]),
      stage("counts", "keyed", ["words"], ["shuffle"], { partitions: 8 }),
      collect("all", "counts"),
      node("report", ["all"]),
    ],
    "wordcount",
  );

/** The W6 shape: source[16] -> map x5 -> aggregate. */
const pipeline = (partitions = 16, fromInput = false): WorkflowGraph =>
  wf(
    [
      stage("src", "source", [], [], { partitions: fromInput ? 0 : partitions, partitionsFromInput: fromInput }),
      ...[1, 2, 3, 4, 5].map((i) => stage(`m${i}`, "map", [i === 1 ? "src" : `m${i - 1}`], ["forward"])),
      aggregate("total", "m5"),
    ],
    "pipeline",
  );

const forwardEdges = (g: WorkflowGraph, strategy: "locality" | "round-robin", w: WorkerInfo[]) =>
  crossingEdges(g, planPlacement(g, w, { strategy })).filter((e) => e.partitions !== undefined);

describe("plan stages: validateGraph", () => {
  it("accepts the word count, the pipeline and stages with broadcast side inputs", () => {
    validateGraph(wordCount());
    validateGraph(pipeline());
    validateGraph(pipeline(0, true));
    validateGraph(
      wf([
        node("config"),
        stage("src", "source", ["config"], ["broadcast"], { partitionsFromInput: true }),
        stage("f", "filter", ["src", "config"], ["forward", "broadcast"]),
        stage("k", "keyed", ["f", "config"], ["shuffle", "broadcast"], { partitions: 4 }),
        stage("out", "sink", ["k"], ["forward"]),
        aggregate("n", "out"),
        node("m", ["n"], { kind: "map" }),
        stage("again", "source", ["m"], ["broadcast"], { partitions: 2 }),
        collect("c", "again"),
      ]),
    );
  });

  it("names new kinds in the unknown-kind message", () => {
    invalid([node("a", [], { kind: "blob" as NodeSpec["kind"] })], `node "a"`, `"blob"`, `"stage", "aggregate" or "collect"`);
  });

  it("rejects routing without one entry per dep, or an unknown routing", () => {
    invalid([node("a"), node("b", ["a"], { routing: [] })], `node "b"`, "0 routing entries for 1 dep", "one entry per dep");
    invalid([node("a"), node("b", ["a"], { routing: ["value", "value"] })], `node "b"`, "2 routing entries for 1 dep");
    invalid([node("a"), node("b", ["a"], { routing: undefined as unknown as EdgeRouting[] })], `node "b"`, "no routing list");
    invalid([node("a"), node("b", ["a"], { routing: ["teleport" as EdgeRouting] })], `node "b"`, `"a" as "teleport"`);
  });

  it("rejects a task node consuming a stage directly", () => {
    invalid(
      [stage("s", "source", [], [], { partitions: 2 }), node("t", ["s"])],
      `task node "t"`,
      `stage "s"`,
      "use .collect(name) or .aggregate(name, combiner)",
    );
    invalid([stage("s", "source", [], [], { partitions: 2 }), node("t", ["s"], { routing: ["gather"] })], `task node "t"`, ".collect(name)");
  });

  it("rejects a task node whose dep is not value-routed", () => {
    invalid([node("a"), node("t", ["a"], { routing: ["broadcast"] })], `task node "t"`, `"a" as "broadcast"`, `route it "value"`);
  });

  it("rejects a map node over a stage, or not value-routed", () => {
    invalid(
      [stage("s", "source", [], [], { partitions: 2 }), node("m", ["s"], { kind: "map" })],
      `map node "m"`,
      `stage "s"`,
      ".collect(name)",
    );
    invalid([node("a"), node("m", ["a"], { kind: "map", routing: ["gather"] })], `map node "m"`, `"a" as "gather"`);
  });

  it("rejects a stage with an unknown op or none", () => {
    invalid([stage("s", "explode" as StageOp, [], [], { partitions: 2 })], `stage node "s"`, `op "explode"`, "source, map, flatMap, filter, keyed, sink");
    invalid([stage("s", "" as StageOp, [], [], { partitions: 2 })], `stage node "s"`, "has no op");
  });

  it("rejects a partition count that is not a whole number >= 0", () => {
    invalid([stage("s", "source", [], [], { partitions: -1 })], `stage node "s"`, "partitions -1");
    invalid([stage("s", "source", [], [], { partitions: 1.5 })], `stage node "s"`, "partitions 1.5");
  });

  it("rejects a partition count above MAX_PARTITIONS, at once, saying the bound and what to do", () => {
    const started = Date.now();
    invalid([stage("s", "source", [], [], { partitions: 1e9 })], `stage node "s"`, `has 1000000000 partitions, at most ${MAX_PARTITIONS}`, "fewer partitions");
    const src = stage("src", "source", [], [], { partitions: 4 });
    invalid([src, stage("k", "keyed", ["src"], ["shuffle"], { partitions: MAX_PARTITIONS + 1 })], `stage node "k"`, `at most ${MAX_PARTITIONS}`);
    validateGraph(wf([stage("s", "source", [], [], { partitions: MAX_PARTITIONS })]));
    // Said to the user (exit 2 at submission): in their terms, not ours.
    assert.throws(
      () => validateGraph(wf([stage("s", "source", [], [], { partitions: 1e9 })])),
      (err: Error) => err.message.startsWith("invalid workflow: ") && !err.message.includes("validateGraph"),
    );
    // Planning a graph validates it first: nothing is allocated per partition for a refused count.
    throwsWeft(() => planPlacement(wf([stage("s", "source", [], [], { partitions: 1e9 })]), workers(2, 2)), ErrorCode.InvalidWorkflow, "at most");
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });

  it("partitionCountProblem: the run-time check of a count from the input (bad, too many, fine)", () => {
    assert.equal(partitionCountProblem("src", "source", 1), undefined);
    assert.equal(partitionCountProblem("src", "source", MAX_PARTITIONS), undefined);
    assert.match(partitionCountProblem("src", "source", 0)!, /^stage "src" has 0 partitions: a source needs a whole number of partitions >= 1\.$/);
    assert.match(partitionCountProblem("k", "keyed", 2.5)!, /^stage "k" has 2\.5 partitions: a keyed stage needs a whole number/);
    assert.match(partitionCountProblem("src", "source", 1e9)!, new RegExp(`^stage "src" has 1000000000 partitions, at most ${MAX_PARTITIONS} are allowed \\(each partition is a task.*\\): let each partition produce more records`));
    assert.match(partitionCountProblem("products", "source", 1e15)!, /^stage "products" has 1000000000000000 partitions, at most/);
    assert.match(partitionCountProblem("k", "keyed", 1e7)!, /at most .*: .*fewer partitions/);
    assert.match(partitionCountProblem("src", "source", Number.POSITIVE_INFINITY)!, /has Infinity partitions: a source needs a whole number/);
    // The layout refuses a count above the bound rather than allocating for it.
    const placement = { workers: ["w1", "w2"], nodeWorker: {}, mapWeights: [1, 1], strategy: "locality" as const };
    assert.throws(() => partitionWorkers(1e9, placement, 0), RangeError);
    assert.equal(partitionWorkers(MAX_PARTITIONS, placement, 0).length, MAX_PARTITIONS);
  });

  it("source: zero partitions without a function", () => {
    invalid([stage("src", "source", [], [])], `source "src"`, "has zero partitions: give it partitions >= 1");
    validateGraph(wf([stage("src", "source", [], [], { partitionsFromInput: true })]));
  });

  it("source: deps are task-like and broadcast", () => {
    invalid(
      [stage("a", "source", [], [], { partitions: 2 }), stage("b", "source", ["a"], ["broadcast"], { partitions: 2 })],
      `source "b"`,
      `stage "a"`,
      "task, map, aggregate or collect",
    );
    invalid([node("cfg"), stage("b", "source", ["cfg"], ["value"], { partitions: 2 })], `source "b"`, `"cfg" (dep #1) as "value"`, `"broadcast"`);
  });

  it("forward stages: first dep a stage, forward-routed; the rest broadcast; partitions inherited", () => {
    const src = stage("src", "source", [], [], { partitions: 4 });
    invalid([stage("m", "map", [], [])], `map stage "m"`, "has no deps", `"forward"`);
    invalid([node("a"), stage("f", "filter", ["a"], ["forward"])], `filter stage "f"`, `task node "a"`, "first dep must be the stage");
    invalid([src, stage("f", "flatMap", ["src"], ["shuffle"])], `flatMap stage "f"`, `first dep "src" as "shuffle"`, `route it "forward"`);
    invalid([src, node("cfg"), stage("f", "sink", ["src", "cfg"], ["forward", "value"])], `sink stage "f"`, `"cfg" (dep #2) as "value"`);
    invalid(
      [src, stage("other", "source", [], [], { partitions: 4 }), stage("f", "map", ["src", "other"], ["forward", "broadcast"])],
      `map stage "f"`,
      `stage "other" as dep #2`,
    );
    invalid([src, stage("f", "map", ["src"], ["forward"], { partitions: 4 })], `map stage "f"`, "partitions 4", "inherits");
    invalid([src, stage("f", "map", ["src"], ["forward"], { partitionsFromInput: true })], `map stage "f"`, "partitions(input) function", "inherits");
  });

  it("keyed stages: first dep a stage, shuffle-routed; partitions >= 1 unless from the input", () => {
    const src = stage("src", "source", [], [], { partitions: 4 });
    invalid([src, stage("k", "keyed", ["src"], ["forward"], { partitions: 4 })], `keyed stage "k"`, `"src" as "forward"`, `route it "shuffle"`);
    invalid([node("a"), stage("k", "keyed", ["a"], ["shuffle"], { partitions: 4 })], `keyed stage "k"`, `task node "a"`);
    invalid([src, stage("k", "keyed", ["src"], ["shuffle"])], `keyed stage "k"`, "has zero partitions: give it partitions >= 1");
    validateGraph(wf([src, stage("k", "keyed", ["src"], ["shuffle"], { partitionsFromInput: true })]));
  });

  it("aggregate: exactly one dep, a stage, aggregate-routed", () => {
    const src = stage("src", "source", [], [], { partitions: 4 });
    invalid([src, node("x"), node("agg", ["src", "x"], { kind: "aggregate", routing: ["aggregate", "aggregate"] })], `aggregate node "agg"`, "2 deps", "exactly one");
    invalid([node("x"), node("agg", ["x"], { kind: "aggregate", routing: ["aggregate"] })], `aggregate node "agg"`, `task node "x"`);
    invalid([src, node("agg", ["src"], { kind: "aggregate", routing: ["gather"] })], `aggregate node "agg"`, `"src" as "gather"`, `route it "aggregate"`);
  });

  it("fanin: aggregate nodes only, a whole number >= 2 or from the input (not both)", () => {
    const src = stage("src", "source", [], [], { partitions: 4 });
    const agg = (extra: Partial<NodeSpec>) => node("agg", ["src"], { kind: "aggregate", routing: ["aggregate"], ...extra });
    validateGraph(wf([src, agg({ fanin: 2 })]));
    validateGraph(wf([src, agg({ faninFromInput: true })]));
    for (const fanin of [1, 0, 2.5, -4]) invalid([src, agg({ fanin })], `aggregate node "agg"`, `fanin ${fanin}`, "whole number >= 2");
    invalid([src, agg({ fanin: 3, faninFromInput: true })], `aggregate node "agg"`, "both a fanin and a fanin(input) function");
    invalid([src, node("c", ["src"], { kind: "collect", routing: ["gather"], fanin: 4 })], `node "c"`, "collect node with a fanin", "only aggregate nodes");
    invalid([node("t", [], { faninFromInput: true })], `node "t"`, "task node with a fanin");
  });

  it("collect: exactly one dep, a stage, gather-routed", () => {
    const src = stage("src", "source", [], [], { partitions: 4 });
    invalid([node("c", [], { kind: "collect" })], `collect node "c"`, "0 deps (none)");
    invalid([node("x"), node("c", ["x"], { kind: "collect", routing: ["gather"] })], `collect node "c"`, `task node "x"`);
    invalid([src, node("c", ["src"], { kind: "collect", routing: ["aggregate"] })], `collect node "c"`, `"src" as "aggregate"`, `route it "gather"`);
  });
});

describe("plan stages: partition counts and placement", () => {
  it("forward stages inherit their upstream's count; counts from the input are undefined", () => {
    assert.deepEqual([...stagePartitions(wordCount())], [
      ["lines", 8],
      ["words", 8],
      ["counts", 8],
    ]);
    const fromInput = stagePartitions(pipeline(0, true));
    assert.equal(fromInput.size, 6);
    for (const [, count] of fromInput) assert.equal(count, undefined);
  });

  it("records each edge's routing on the node graph", () => {
    const g = buildNodeGraph(wordCount());
    assert.equal(g.getEdgeAttributes("words", "counts").routing, "shuffle");
    assert.equal(g.getEdgeAttributes("all", "report").routing, "value");
  });

  it("returns the strategy, defaulting to locality", () => {
    assert.equal(planPlacement(wordCount(), workers(1, 1)).strategy, "locality");
    assert.equal(planPlacement(wordCount(), workers(1, 1), { strategy: "round-robin" }).strategy, "round-robin");
  });

  it("gives stages the first worker and chains a task after a collect or aggregate", () => {
    for (const strategy of ["locality", "round-robin"] as const) {
      const p = planPlacement(wordCount(), workers(2, 1, 1), { strategy });
      for (const s of ["lines", "words", "counts"]) assert.equal(p.nodeWorker[s], 0, `${strategy}: ${s}`);
    }
    const p = planPlacement(wordCount(), workers(1, 1));
    assert.equal(p.nodeWorker["report"], p.nodeWorker["all"], "report chains onto the collect");
    const g = buildNodeGraph(wf([...wordCount().nodes, node("next", ["report"]), ...pipeline().nodes, node("after", ["total"])]));
    assert.equal(isChainable(g, "all", "report"), true, "collect -> task");
    assert.equal(isChainable(g, "total", "after"), true, "aggregate -> task");
    assert.equal(isChainable(g, "report", "next"), true, "task -> task");
    assert.equal(isChainable(g, "counts", "all"), false, "stage -> collect");
    assert.equal(isChainable(g, "lines", "words"), false, "stage -> stage");
    assert.equal(isChainable(g, "m5", "total"), false, "stage -> aggregate");
  });

  it("spreads independent aggregates over the workers, and round-robin skips stages", () => {
    const two = wf([...pipeline().nodes, ...pipeline().nodes.map((n) => ({ ...n, name: `b_${n.name}`, deps: n.deps.map((d) => `b_${d}`) }))]);
    const p = planPlacement(two, workers(1, 1));
    assert.notEqual(p.nodeWorker["total"], p.nodeWorker["b_total"]);
    const rr = planPlacement(two, workers(1, 1), { strategy: "round-robin" });
    assert.deepEqual([rr.nodeWorker["total"], rr.nodeWorker["b_total"]], [0, 1], "the i-th non-stage node on worker i mod W");
  });

  it("lays partitions out exactly as partitionWorkers does at run time", () => {
    const g = wordCount();
    for (const strategy of ["locality", "round-robin"] as const) {
      const p = planPlacement(g, workers(1, 3), { strategy });
      const layouts = stageLayouts(g, p);
      const ordinals = stageOrdinals(g.nodes);
      for (const s of ["lines", "words", "counts"]) {
        assert.deepEqual(layouts.get(s)?.perPartition, partitionWorkers(8, p, ordinals.get(s) ?? -1), `${strategy}: ${s}`);
      }
    }
  });
});

describe("plan stages: crossingEdges", () => {
  it("word count, locality: the shuffle and the gather cross, the forward edge does not", () => {
    const g = wordCount();
    const p = planPlacement(g, workers(1, 1));
    const at = p.workers[p.nodeWorker["all"] ?? -1];
    assert.deepEqual(crossingEdges(g, p), [
      { from: "words", to: "counts", fromWorker: "*", toWorker: "*" },
      { from: "counts", to: "all", fromWorker: "*", toWorker: at },
    ]);
  });

  it("word count, round-robin: the forward edge crosses for every partition", () => {
    const g = wordCount();
    const p = planPlacement(g, workers(1, 1), { strategy: "round-robin" });
    assert.deepEqual(crossingEdges(g, p)[0], { from: "lines", to: "words", fromWorker: "*", toWorker: "*", partitions: 8 });
  });

  it("one worker: nothing crosses, whatever the strategy", () => {
    for (const strategy of ["locality", "round-robin"] as const) {
      assert.deepEqual(crossingEdges(wordCount(), planPlacement(wordCount(), workers(4), { strategy })), []);
      assert.deepEqual(crossingEdges(pipeline(), planPlacement(pipeline(), workers(4), { strategy })), []);
    }
  });

  it("W6 pipeline: locality keeps every forward edge local, round-robin crosses all of them", () => {
    const g = pipeline();
    for (const w of [workers(1, 1), workers(2, 1, 1), workers(1, 1, 1, 1)]) {
      assert.deepEqual(forwardEdges(g, "locality", w), [], `locality on ${w.length} workers`);
      const rr = forwardEdges(g, "round-robin", w);
      assert.deepEqual(
        rr.map((e) => `${e.from}->${e.to}:${e.partitions}`),
        ["src->m1:16", "m1->m2:16", "m2->m3:16", "m3->m4:16", "m4->m5:16"],
        `round-robin on ${w.length} workers`,
      );
      for (const e of rr) assert.equal(e.note, undefined);
    }
    const p = planPlacement(g, workers(1, 1));
    assert.deepEqual(crossingEdges(g, p), [{ from: "m5", to: "total", fromWorker: "*", toWorker: p.workers[p.nodeWorker["total"] ?? -1] }]);
  });

  it("counts decided at run time: one partition per worker, said in a note", () => {
    const g = pipeline(0, true);
    assert.deepEqual(forwardEdges(g, "locality", workers(1, 1, 1)), []);
    const rr = forwardEdges(g, "round-robin", workers(1, 1, 1));
    assert.equal(rr.length, 5);
    for (const e of rr) {
      assert.equal(e.partitions, 3);
      assert.match(e.note ?? "", new RegExp(`"${e.from}" is decided at run time.*counted here as 3`));
    }
  });

  it("broadcast crosses from the producer's worker to every worker", () => {
    const g = wf([node("cfg"), stage("src", "source", ["cfg"], ["broadcast"], { partitions: 4 }), collect("all", "src")]);
    const p = planPlacement(g, workers(1, 1));
    const cfg = p.workers[p.nodeWorker["cfg"] ?? -1] ?? "";
    assert.deepEqual(crossingEdges(g, p)[0], { from: "cfg", to: "src", fromWorker: cfg, toWorker: "*" });
  });

  it("a stage on a single partition sits with its consumer: the gather does not cross", () => {
    const g = wf([stage("one", "source", [], [], { partitions: 1 }), collect("all", "one")]);
    const p = planPlacement(g, workers(1, 1));
    assert.equal(p.nodeWorker["all"], 0);
    assert.deepEqual(crossingEdges(g, p), []);
  });
});

describe("plan stages: formatPlan", () => {
  const g = wordCount();
  const p = planPlacement(g, workers(1, 1));

  it("text: stages as name[P] with op and partitions per worker, edge routings, crossing edges", () => {
    const text = formatPlan(g, p, "text");
    assert.match(text, /^workflow "wordcount": 5 nodes on 2 workers \(locality placement\)/);
    assert.match(text, /stages \(partitions per worker\):\n {2}lines\[8\] +source +w1: 0-3; w2: 4-7\n {2}words\[8\] +flatMap +w1: 0-3; w2: 4-7\n {2}counts\[8\] +keyed +w1: 0-3; w2: 4-7\n/);
    assert.match(text, /\n {2}lines --forward--> words\n {2}words --shuffle--> counts\n {2}counts --gather--> all\n {2}all -> report\n/);
    assert.match(text, /edges crossing workers:\n {2}words --shuffle--> counts +\(\* -> \*\)\n {2}counts --gather--> all +\(\* -> w\d\)\n/);
    assert.match(text, /all +<- counts +\(collect\)/);
    const workerSections = text.slice(0, text.indexOf("stages ("));
    assert.doesNotMatch(workerSections, /^ {2}(lines|words|counts)\b/m, "stages are listed apart, not under a worker");
  });

  it("text: round-robin partitions and forward crossings with their count; [*] and a note for counts from the input", () => {
    const rr = formatPlan(g, planPlacement(g, workers(1, 1), { strategy: "round-robin" }), "text");
    assert.match(rr, /words\[8\] +flatMap +w1: 4-7; w2: 0-3/);
    assert.match(rr, /lines --forward--> words +\(\* -> \*, 8 partitions\)/);
    const fromInput = pipeline(0, true);
    const text = formatPlan(fromInput, planPlacement(fromInput, workers(1, 1), { strategy: "round-robin" }), "text");
    assert.match(text, /src\[\*\] +source +count decided at run time from the input/);
    assert.match(text, /m1\[\*\] +map/);
    assert.match(text, /src --forward--> m1 +\(\* -> \*, 2 partitions\)\n {4}note: the partition count of "src" is decided at run time/);
  });

  it("text: a graph without stages has no stages or edges section", () => {
    const plain = wf([node("a"), node("b", ["a"])]);
    const text = formatPlan(plain, planPlacement(plain, workers(1, 1)), "text");
    assert.doesNotMatch(text, /stages|\nedges:/);
  });

  it("dot: stages outside the clusters with their partitions; routings as edge labels", () => {
    const dot = formatPlan(g, p, "dot");
    assert.match(dot, /\n {2}"lines" \[label="lines\[8\]\\nsource\\nw1: 0-3; w2: 4-7", shape=box3d\];/);
    assert.match(dot, /"lines" -> "words" \[label="forward"\];/);
    assert.match(dot, /"words" -> "counts" \[label="shuffle", color=red, style=dashed\];/);
    assert.match(dot, /"all" -> "report";/);
    assert.doesNotMatch(dot, /\n {4}"lines"/, "stages are not inside a worker cluster");
  });

  it("json: strategy, and op, partitions, routing and partition ranges per node", () => {
    const json = JSON.parse(formatPlan(g, p, "json")) as PlanJson;
    assert.equal(json.strategy, "locality");
    assert.deepEqual(
      json.nodes.map((n) => [n.name, n.kind, n.op, n.partitions, n.routing]),
      [
        ["lines", "stage", "source", 8, []],
        ["words", "stage", "flatMap", 8, ["forward"]],
        ["counts", "stage", "keyed", 8, ["shuffle"]],
        ["all", "collect", "", 0, ["gather"]],
        ["report", "task", "", 0, ["value"]],
      ],
    );
    assert.equal(json.nodes[0]?.worker, "*");
    assert.deepEqual(json.nodes[1]?.partition_ranges, [
      { worker: "w1", start: 0, end: 4 },
      { worker: "w2", start: 4, end: 8 },
    ]);
    assert.equal(json.nodes[3]?.partition_ranges, undefined);
    assert.deepEqual(json.crossing, crossingEdges(g, p).map(crossingJson));
    const fromInput = JSON.parse(formatPlan(pipeline(0, true), planPlacement(pipeline(0, true), workers(1, 1)), "json")) as PlanJson;
    assert.deepEqual([fromInput.nodes[1]?.partitions, fromInput.nodes[1]?.partitions_from_input, fromInput.nodes[1]?.partition_ranges], [0, true, undefined]);
  });
});
