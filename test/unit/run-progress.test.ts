/**
 * RunProgress (engine/coordinator/run-progress.ts): the counters the coordinator keeps of a run
 * from its log, and the run events they decide. Pure: no machine, no clock, no bus.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { RunProgress, type NodeCounts, type TaskChange } from "../../engine/coordinator/run-progress.js";
import type { ErrorInfoLike } from "../../engine/errors.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { neededNodes } from "../../engine/core/needed-nodes.js";
import { node } from "../helpers/graph.js";

const fanout: WorkflowGraph = {
  name: "fanout",
  nodes: [node("items"), node("square", ["items"], { kind: "map" }), node("gather", ["square"])],
};
const diamond: WorkflowGraph = {
  name: "diamond",
  nodes: [node("input"), node("double", ["input"]), node("square", ["input"]), node("sum", ["double", "square"])],
};
/** Two sinks: `b` and `c`, both reading `a`. */
const twoSinks: WorkflowGraph = { name: "two", nodes: [node("a"), node("b", ["a"]), node("c", ["a"])] };

function tracker(graph: WorkflowGraph): RunProgress {
  return new RunProgress(graph);
}

function change(nodeName: string, taskId: string, from: string, to: string, extra: Partial<TaskChange> = {}): TaskChange {
  return { node: nodeName, taskId, from, to, worker: "w1", attempt: 1, error: undefined, ...extra };
}

/** Walks a task pending -> ready -> running -> `to`, returning the last run event. */
function lifecycle(t: RunProgress, nodeName: string, taskId: string, to: string, extra: Partial<TaskChange> = {}) {
  assert.equal(t.taskChanged(change(nodeName, taskId, "pending", "ready"), 1), undefined);
  assert.equal(t.taskChanged(change(nodeName, taskId, "ready", "running"), 2), undefined);
  return t.taskChanged(change(nodeName, taskId, "running", to, extra), 3);
}

const counts = (n: string, c: Partial<NodeCounts> = {}): NodeCounts => ({
  node: n,
  total: 0,
  succeeded: 0,
  failed: 0,
  running: 0,
  retries: 0,
  cancelled: 0,
  ...c,
});

describe("RunProgress", () => {
  it("starts counting task nodes but not map nodes' instances", () => {
    const t = tracker(fanout);
    assert.equal(t.tasksTotal, 2);
    assert.equal(t.tasksDone, 0);
    assert.deepEqual(t.nodes.get("items"), counts("items", { total: 1 }));
    assert.deepEqual(t.nodes.get("square"), counts("square", { total: 0 }));
    assert.deepEqual(t.nodes.get("gather"), counts("gather", { total: 1 }));
    assert.deepEqual(t.sinks, ["gather"]);
  });

  it("counts per node across a fan-out", () => {
    const t = tracker(fanout);
    assert.equal(lifecycle(t, "items", "items", "succeeded"), undefined);
    assert.equal(t.tasksDone, 1);

    t.expanded("square", 3, 2000);
    assert.equal(t.tasksTotal, 5);
    assert.equal(t.nodes.get("square")!.total, 3);

    // Three instances start; one is retried once.
    for (const i of [0, 1, 2]) {
      t.taskChanged(change("square", `square[${i}]`, "pending", "ready"), 10);
      t.taskChanged(change("square", `square[${i}]`, "ready", "running"), 11);
    }
    assert.deepEqual(t.nodes.get("square"), counts("square", { total: 3, running: 3 }));
    t.taskChanged(change("square", "square[1]", "running", "retrying"), 12);
    assert.deepEqual(t.nodes.get("square"), counts("square", { total: 3, running: 2, retries: 1 }));
    t.taskChanged(change("square", "square[1]", "retrying", "ready"), 13);
    t.taskChanged(change("square", "square[1]", "ready", "running", { attempt: 2 }), 14);
    for (const i of [0, 1, 2]) assert.equal(t.taskChanged(change("square", `square[${i}]`, "running", "succeeded"), 15), undefined);
    assert.deepEqual(t.nodes.get("square"), counts("square", { total: 3, succeeded: 3, retries: 1 }));
    assert.equal(t.tasksDone, 4);

    lifecycle(t, "gather", "gather", "succeeded");
    assert.equal(t.tasksDone, 5);
    assert.equal(t.tasksDone, t.tasksTotal);
    assert.deepEqual(t.nodes.get("items"), counts("items", { total: 1, succeeded: 1 }));
    assert.deepEqual(t.nodes.get("gather"), counts("gather", { total: 1, succeeded: 1 }));
    assert.deepEqual(t.failures, []);
  });

  it("ignores expansions and changes of unknown nodes", () => {
    const t = tracker(fanout);
    t.expanded("nope", 10, 2000);
    assert.equal(t.tasksTotal, 2);
    assert.equal(t.taskChanged(change("nope", "nope", "running", "failed"), 1), undefined);
    assert.equal(t.tasksDone, 0);
    assert.deepEqual(t.failures, []);
  });

  it("counts cancelled and skipped tasks as done and as cancelled", () => {
    const t = tracker(diamond);
    t.taskChanged(change("double", "double", "pending", "skipped"), 1);
    t.taskChanged(change("square", "square", "pending", "cancelled"), 1);
    assert.equal(t.tasksDone, 2);
    assert.equal(t.nodes.get("double")!.cancelled, 1);
    assert.equal(t.nodes.get("square")!.cancelled, 1);
  });

  it("a failure produces a task.failed run event and is recorded; a second one is recorded too", () => {
    const t = tracker(diamond);
    const error: ErrorInfoLike = { code: "E_USER_CODE", message: "boom", stack: "s", terminal: false };
    const event = lifecycle(t, "double", "double", "failed", { error, attempt: 3, worker: "w2" });
    assert.deepEqual(event, { type: "task.failed", at: 3, taskId: "double", error });
    assert.deepEqual(t.failures, [{ taskId: "double", attempt: 3, error, worker: "w2" }]);
    assert.deepEqual(t.nodes.get("double"), counts("double", { total: 1, failed: 1 }));
    assert.equal(t.tasksDone, 1);

    // A second failure is recorded (the run table's machine ignores its event once the run failed).
    const second = lifecycle(t, "square", "square", "failed", { error });
    assert.equal(second?.type, "task.failed");
    assert.equal(t.failures.length, 2);
  });

  it("a failure without an error gets a generic E_USER_CODE one", () => {
    const t = tracker(diamond);
    const event = lifecycle(t, "input", "input", "failed");
    assert.deepEqual(event, {
      type: "task.failed",
      at: 3,
      taskId: "input",
      error: { code: "E_USER_CODE", message: "failed", stack: "", terminal: false },
    });
  });

  it("keeps at most 20 failures", () => {
    const t = tracker(fanout);
    t.expanded("square", 30, 2000);
    for (let i = 0; i < 30; i++) t.taskChanged(change("square", `square[${i}]`, "running", "failed"), i);
    assert.equal(t.failures.length, 20);
    assert.equal(t.nodes.get("square")!.failed, 30);
    assert.equal(t.failures[19]!.taskId, "square[19]");
  });

  it("a task that succeeded and then failed is counted done once", () => {
    const t = tracker(diamond);
    lifecycle(t, "sum", "sum", "succeeded");
    assert.equal(t.tasksDone, 1);
    const event = t.taskChanged(change("sum", "sum", "succeeded", "failed"), 9);
    assert.equal(event?.type, "task.failed");
    assert.equal(t.tasksDone, 1);
    assert.deepEqual(t.nodes.get("sum"), counts("sum", { total: 1, succeeded: 0, failed: 1 }));
  });

  it("placed again with an output kept: the nodes done before keep their counts, a repeated expansion is not added, the run counts every task once", () => {
    const t = tracker(fanout);
    t.taskChanged(change("items", "items", "running", "succeeded"), 1002);
    t.expanded("square", 3, 1003);
    for (const i of [0, 1, 2]) t.taskChanged(change("square", `square[${i}]`, "running", "succeeded", { index: i }), 1004);
    t.taskChanged(change("gather", "gather", "running", "succeeded", { worker: "w2" }), 1005);
    // The coordinator restarts before the result reaches it: gather's output is kept on w2.
    assert.deepEqual([...t.doneOn], [["items", "w1"], ["gather", "w2"]]);
    const kept = new Set(["gather"]);
    t.restart(1, neededNodes(fanout, kept), kept);
    assert.deepEqual([...t.doneOn], [], "where outputs live is the new placement's to say");
    // A late change of the old epoch is not counted.
    assert.equal(t.taskChanged(change("items", "items", "pending", "failed"), 1006), undefined);
    // The new epoch's workers set the map up again (not run) and report the kept output.
    assert.equal(t.expanded("square", 3, 1007), undefined);
    t.taskChanged(change("gather", "gather", "pending", "succeeded", { worker: "w2", epoch: 1 }), 1008);
    assert.equal(t.tasksTotal, 5);
    assert.equal(t.tasksDone, 5);
    assert.equal(t.allTasksRead(), true);
    assert.equal(t.nodes.get("square")?.succeeded, 3);
    assert.equal(t.nodes.get("square")?.total, 3);
    assert.equal(t.nodes.get("items")?.succeeded, 1);
  });

  it("a passed deadline fails the run with E_TIMEOUT, naming the nodes still running and what to do", () => {
    const t = tracker(fanout);
    t.taskChanged(change("items", "items", "pending", "running"), 1002);
    t.taskChanged(change("items", "items", "running", "succeeded"), 1003);
    t.expanded("square", 3, 1004);
    for (const i of [0, 1, 2]) t.taskChanged(change("square", `square[${i}]`, "pending", "running", { index: i }), 1005);
    t.taskChanged(change("square", "square[0]", "running", "succeeded", { index: 0 }), 1006);
    const event = t.deadlinePassed(30_000, 31_000);
    assert.ok(event.type === "deadline.passed");
    assert.equal(event.at, 31_000);
    assert.equal(event.error.code, "E_TIMEOUT");
    assert.equal(event.error.terminal, true);
    assert.match(event.error.message, /did not end within its timeout of 30 s; still running: "square" \(2 tasks\)\./);
    assert.match(event.error.message, /timeoutMs/);
  });

  it("a passed deadline with nothing running says how many tasks had not ended", () => {
    const t = tracker(diamond);
    const event = t.deadlinePassed(500, 1600);
    assert.ok(event.type === "deadline.passed");
    assert.match(event.error.message, /timeout of 500 ms; 4 task\(s\) had not ended/);
  });

  it("single sink: the result is the sink's raw value JSON", () => {
    const t = tracker(diamond);
    assert.deepEqual(t.sinks, ["sum"]);
    assert.equal(t.sinkArrived("double", "6", 5), undefined, "not a sink");
    const done = t.sinkArrived("sum", '{"total":15}', 6);
    assert.deepEqual(done, { type: "sinks.completed", at: 6, resultJson: '{"total":15}' });
  });

  it("several sinks: the result is an object keyed by node name, once all arrived", () => {
    const t = tracker(twoSinks);
    assert.deepEqual(t.sinks, ["b", "c"]);
    assert.equal(t.sinkArrived("c", "[1,2]", 5), undefined);
    const done = t.sinkArrived("b", '"x"', 6);
    assert.equal(done?.type, "sinks.completed");
    assert.ok(done?.type === "sinks.completed");
    assert.deepEqual(JSON.parse(done.resultJson), { b: "x", c: [1, 2] });
    assert.equal(done.resultJson, '{"b":"x","c":[1,2]}');
  });

  it("the edges of a logged end replace what was counted, sane ones of this graph only", () => {
    const t = tracker(diamond);
    const edge = (from: string, to: string, natsMsgs: number) => ({ from, to, records: 1, natsMsgs, natsBytes: 10, localRecords: 0, localBytes: 0 });
    t.edgeMoved(edge("input", "double", 1));
    t.edgeMoved(edge("input", "double", 2));
    assert.equal(t.edges.get("input->double")?.natsMsgs, 3);
    t.replaceEdges([edge("input", "square", 5), edge("nope", "sum", 1), { ...edge("double", "sum", 1), records: -1 }]);
    assert.deepEqual([...t.edges.keys()], ["input->square"]);
  });
});
