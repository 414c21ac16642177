/** The pure parts of engine/observability: histogram buckets, demand, trace ids, the metrics flags. */
import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { metricsListen } from "../../engine/cli/observability-flags.js";
import type { RunView } from "../../engine/coordinator/run-table.js";
import { demandOf } from "../../engine/observability/demand.js";
import { DurationHistogram } from "../../engine/observability/duration-histogram.js";
import { nodeSpanIdOf, runSpanIdOf, traceIdOf } from "../../engine/observability/run-trace-ids.js";
import { registerScraped } from "../../engine/observability/scraped-metric.js";

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
  const run = (total: number, done: number, running: number, ended = false) =>
    ({ ended, progress: { tasksTotal: total, tasksDone: done, nodes: new Map([["n", { running }]]) } }) as unknown as RunView;

  it("sums the unended tasks of running runs against the live slots", () => {
    const d = demandOf([run(10, 4, 2), run(5, 5, 0, true), run(3, 0, 1)], { workers: 2, slots: 4, running: 3 });
    assert.deepEqual(d, { tasks: 9, running: 3, ratio: 9 / 4 });
  });

  it("is 0 with no work, +Inf with work and no slot", () => {
    assert.equal(demandOf([], { workers: 0, slots: 0, running: 0 }).ratio, 0);
    assert.equal(demandOf([run(1, 0, 0)], { workers: 0, slots: 0, running: 0 }).ratio, Infinity);
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
