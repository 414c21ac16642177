/** The pure parts of engine/observability: histogram buckets, demand, trace ids, the metrics flags. */
import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { metricsListen } from "../../engine/cli/observability-flags.js";
import type { RunView } from "../../engine/coordinator/run-table.js";
import { demandOf, workersHeld } from "../../engine/observability/demand.js";
import { DurationHistogram } from "../../engine/observability/duration-histogram.js";
import { nodeSpanIdOf, runSpanIdOf, traceIdOf } from "../../engine/observability/run-trace-ids.js";
import { registerScraped } from "../../engine/observability/scraped-metric.js";
import { RunSpans } from "../../engine/observability/run-spans.js";
import type { SpanRecord, SpanSink } from "../../engine/observability/span-sink.js";
import { RunProgress } from "../../engine/coordinator/run-progress.js";
import type { weft } from "../../engine/gen/weft.js";
import type { WorkflowGraph } from "../../model/graph.js";

describe("DurationHistogram", function () {
  it("counts each observation in its bucket and gives cumulative Prometheus samples", () => {
    const h = new DurationHistogram([0.01, 0.1, 1]);
    for (const ms of [0, 10, 11, 100, 5000]) h.observeMs(ms);
    const samples = h.samples("d", { node: "n" });
    assert.deepEqual(
      samples.map((s) => [s.metricName, s.labels.le ?? "", s.value]),
      [
        ["d_bucket", 0.01, 2], // 0 ms and 10 ms: le is inclusive
        ["d_bucket", 0.1, 4],
        ["d_bucket", 1, 4],
        ["d_bucket", "+Inf", 5],
        ["d_sum", "", 5.121],
        ["d_count", "", 5],
      ],
    );
    assert.equal(samples[0]!.labels.node, "n");
  });

  it("reads out through a registry as a histogram in the text format", async () => {
    const registry = new Registry();
    const h = new DurationHistogram([1]);
    h.observeMs(1500);
    registerScraped(registry, { name: "x_seconds", help: "x", type: "histogram" }, () => h.samples("x_seconds", { node: "a" }));
    const text = await registry.metrics();
    assert.match(text, /# TYPE x_seconds histogram/);
    assert.match(text, /x_seconds_bucket\{node="a",le="1"\} 0/);
    assert.match(text, /x_seconds_bucket\{node="a",le="\+Inf"\} 1/);
    assert.match(text, /x_seconds_count\{node="a"\} 1/);
  });
});

describe("demandOf", function () {
  const run = (total: number, done: number, running: number, ended = false, state = ended ? "succeeded" : "running") =>
    ({ ended, state, progress: { tasksTotal: total, tasksDone: done, nodes: new Map([["n", { running }]]) } }) as unknown as RunView;

  it("sums the unended tasks of running runs against the live slots", () => {
    const d = demandOf([run(10, 4, 2), run(5, 5, 0, true), run(3, 0, 1)], { workers: 2, slots: 4, running: 3 });
    assert.deepEqual(d, { tasks: 9, running: 3, queued: 0, freeSlots: 1, ratio: 9 / 4 });
  });

  it("counts queued runs (each with its known tasks, at least one) as work: +Inf with no worker", () => {
    const d = demandOf([run(3, 0, 0, false, "queued"), run(0, 0, 0, false, "queued")], { workers: 0, slots: 0, running: 0 });
    assert.deepEqual(d, { tasks: 4, running: 0, queued: 2, freeSlots: 0, ratio: Infinity });
    assert.equal(demandOf([run(2, 0, 0, false, "queued")], { workers: 1, slots: 4, running: 0 }).ratio, 0.5);
  });

  it("is 0 with no work, +Inf with work and no slot", () => {
    assert.equal(demandOf([], { workers: 0, slots: 0, running: 0 }).ratio, 0);
    assert.equal(demandOf([run(1, 0, 0)], { workers: 0, slots: 0, running: 0 }).ratio, Infinity);
  });

  it("counts each submission waiting for a first worker as a task: with no worker at all, that is what asks for one", () => {
    assert.deepEqual(demandOf([], { workers: 0, slots: 0, running: 0, waitingForWorker: 2 }), { tasks: 2, running: 0, queued: 0, freeSlots: 0, ratio: Infinity });
    assert.equal(demandOf([run(3, 0, 0)], { workers: 1, slots: 4, running: 0, waitingForWorker: 1 }).tasks, 4);
  });

  it("counts each direct express run the workers say they run as a task: work no run of the coordinator's shows", () => {
    assert.deepEqual(demandOf([], { workers: 1, slots: 2, running: 1, directRuns: 3 }), { tasks: 3, running: 0, queued: 0, freeSlots: 1, ratio: 3 / 2 });
    assert.equal(demandOf([run(3, 1, 1)], { workers: 1, slots: 4, running: 1, directRuns: 2 }).tasks, 4);
  });

  it("names the workers an unended run is placed on", () => {
    const placed = (workers: string[], ended = false) => ({ ended, setup: { placement: { workers } } }) as unknown as RunView;
    assert.deepEqual([...workersHeld([placed(["a", "b"]), placed(["c"], true), placed(["b", "d"])])].sort(), ["a", "b", "d"]);
  });
});

describe("run trace ids", function () {
  it("are hex of the right length, the same for the same run, and differ between runs and nodes", () => {
    assert.match(traceIdOf("r1"), /^[0-9a-f]{32}$/);
    assert.match(runSpanIdOf("r1"), /^[0-9a-f]{16}$/);
    assert.match(nodeSpanIdOf("r1", "a"), /^[0-9a-f]{16}$/);
    assert.equal(traceIdOf("r1"), traceIdOf("r1"));
    assert.notEqual(traceIdOf("r1"), traceIdOf("r2"));
    assert.notEqual(nodeSpanIdOf("r1", "a"), nodeSpanIdOf("r1", "b"));
    assert.notEqual(nodeSpanIdOf("r1", "a"), runSpanIdOf("r1"));
  });
});

describe("metricsListen (--metrics-port, WEFT_METRICS_PORT)", function () {
  it("is off unless asked; the flag wins over the environment; 0 is any free port", () => {
    assert.equal(metricsListen({}, {}), undefined);
    assert.equal(metricsListen({}, { WEFT_METRICS_PORT: "" }), undefined);
    assert.deepEqual(metricsListen({}, { WEFT_METRICS_PORT: "9464" }), { port: 9464, host: "127.0.0.1" });
    assert.deepEqual(metricsListen({ metricsPort: "0" }, { WEFT_METRICS_PORT: "9464", WEFT_METRICS_HOST: "0.0.0.0" }), { port: 0, host: "0.0.0.0" });
    assert.deepEqual(metricsListen({ metricsPort: "1", metricsHost: "::1" }, {}), { port: 1, host: "::1" });
  });

  it("refuses a bad port, naming where it came from", () => {
    assert.throws(() => metricsListen({ metricsPort: "x" }, {}), { code: "E_USAGE", message: /--metrics-port must be a TCP port/ });
    assert.throws(() => metricsListen({ metricsPort: "-1" }, {}), { code: "E_USAGE" });
    assert.throws(() => metricsListen({}, { WEFT_METRICS_PORT: "70000" }), { code: "E_USAGE", message: /WEFT_METRICS_PORT/ });
  });
});

describe("RunSpans (the coordinator's spans of a run)", function () {
  const graph: WorkflowGraph = {
    name: "wf",
    nodes: [
      { name: "list", deps: [], kind: "task" },
      { name: "each", deps: ["list"], kind: "map" },
    ] as unknown as WorkflowGraph["nodes"],
  };
  /** A span sink that keeps what it is given. */
  class KeptSpans implements SpanSink {
    readonly spans: SpanRecord[] = [];
    emit(span: SpanRecord): void {
      this.spans.push(span);
    }
    async shutdown(): Promise<void> {}
  }

  it("sums a map node up in one span with its counts and workers; the run span is the root", () => {
    const progress = new RunProgress(graph);
    const kept = new KeptSpans();
    const spans = new RunSpans(kept, "c1");
    const changes: [string, number, string, string, string, number][] = [
      ["list", -1, "ready", "running", "wa", 1000],
      ["list", -1, "running", "succeeded", "wa", 1010],
      ["each", 0, "ready", "running", "wb", 1020],
      ["each", 1, "ready", "running", "wa", 1021],
      ["each", 2, "ready", "running", "wb", 1022],
      ["each", 0, "running", "succeeded", "wb", 1030],
      ["each", 1, "running", "retrying", "wa", 1031],
      ["each", 1, "retrying", "running", "wa", 1040],
      ["each", 1, "running", "failed", "wa", 1050],
      ["each", 2, "running", "succeeded", "wb", 1045],
    ];
    progress.expanded("each", 3, 1015);
    const view = { setup: { runId: "r1", graph, submittedAt: 990 }, progress, epoch: 0 } as unknown as RunView;
    const entries = changes.map(([node, index, from, to, worker, atMs]) => {
      const error = to === "failed" || to === "retrying" ? { code: "E_USER_CODE", message: "no", stack: "", terminal: false } : undefined;
      progress.taskChanged({ node, index, from, to, worker, attempt: 1, taskId: index < 0 ? node : `${node}[${index}]`, error }, atMs);
      return { task: { node, index, from, to, worker, atMs, taskId: index < 0 ? node : `${node}[${index}]` } };
    });
    spans.logRead(view, { runId: "r1", entries } as unknown as weft.v1.LogBatch);
    spans.runEnded(view, { from: "running", to: "failed", atMs: 1060, error: { code: "E_USER_CODE", message: "no", stack: "", terminal: false }, resultJson: "", workflow: "wf", edges: [] });
    assert.deepEqual(
      kept.spans.map((s) => [s.name, s.spanId, s.parentSpanId, s.startMs, s.endMs, s.error]),
      [
        ["node list", nodeSpanIdOf("r1", "list"), runSpanIdOf("r1"), 1000, 1010, undefined],
        ["node each", nodeSpanIdOf("r1", "each"), runSpanIdOf("r1"), 1020, 1050, "no"],
        ["run wf", runSpanIdOf("r1"), undefined, 990, 1060, "no"],
      ],
    );
    const each = kept.spans[1]!;
    assert.deepEqual(each.attributes["weft.workers"], ["wa", "wb"]);
    assert.equal(each.attributes["weft.tasks.total"], 3);
    assert.equal(each.attributes["weft.tasks.succeeded"], 2);
    assert.equal(each.attributes["weft.tasks.failed"], 1);
    assert.equal(each.attributes["weft.tasks.retries"], 1);
    assert.deepEqual(each.events?.map((e) => e.attributes["weft.task.id"]), ["each[1]"]);
    assert.ok(kept.spans.every((s) => s.traceId === traceIdOf("r1")));
    // Nothing is kept of the run once its spans are out.
    spans.runEnded(view, { from: "running", to: "failed", atMs: 1070, error: null, resultJson: "", workflow: "wf", edges: [] });
    assert.deepEqual(kept.spans.slice(3).map((s) => s.name), ["run wf"]);
  });
});
