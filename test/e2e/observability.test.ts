/**
 * End to end, metrics and traces: a nats-server, `weft coordinator` and `weft worker` started
 * with WEFT_METRICS_PORT=0 and an OTLP endpoint (a receiver in this test), a run of
 * test/fixtures/observed.ts (a retried task, a 20-item map), then both /metrics endpoints
 * scraped and the run's trace read from what the exporters sent. Spawns the COMPILED CLI.
 */
import assert from "node:assert/strict";
import { describeResult, runCli, startCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer, waitFor } from "../helpers/nats.js";
import { parsePrometheusText, sampleSum, sampleValue, type PromSample } from "../helpers/prometheus-text.js";
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from "../helpers/otlp-receiver.js";
import { nodeSpanIdOf, runSpanIdOf, traceIdOf } from "../../engine/observability/run-trace-ids.js";

const FIXTURE = "test/fixtures/observed.ts";
const ITEMS = 20;

async function scrape(url: string): Promise<PromSample[]> {
  const res = await fetch(url);
  assert.equal(res.status, 200, `GET ${url}`);
  assert.match(res.headers.get("content-type") ?? "", /^text\/plain/);
  return parsePrometheusText(await res.text());
}

/** The URL a service printed: `... metrics at http://127.0.0.1:PORT/metrics`. */
async function metricsUrlOf(p: { waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<string> }): Promise<string> {
  const line = await p.waitForStderr(/metrics at http:\/\/\S+\/metrics/, 20_000);
  return /(http:\/\/\S+\/metrics)/.exec(line)![1]!;
}

describe("e2e: metrics and traces (--metrics-port, OTEL_EXPORTER_OTLP_ENDPOINT)", function () {
  this.timeout(90_000);
  let cluster: Cluster | undefined;
  let receiver: OtlpReceiver | undefined;
  let coordinatorMetrics = "";
  let workerMetrics = "";
  let runId = "";

  before(async function () {
    if (!hasNatsServer()) this.skip();
    receiver = await startOtlpReceiver();
    cluster = await startCluster(["wa"], {
      slots: 4,
      env: { WEFT_METRICS_PORT: "0", OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: "100" },
    });
    coordinatorMetrics = await metricsUrlOf(cluster.coordinator);
    workerMetrics = await metricsUrlOf(cluster.workers[0]!);
    const submitted = await runCli(["submit", FIXTURE, "--input", JSON.stringify({ n: ITEMS }), "--nats", cluster.url]);
    assert.equal(submitted.code, 0, describeResult(submitted));
    runId = submitted.stdout.trim();
    const followed = await runCli(["logs", runId, "--follow", "--nats", cluster.url]);
    assert.equal(followed.code, 0, describeResult(followed));
  });

  after(async function () {
    await cluster?.stop();
    await receiver?.close();
  });

  it("the coordinator's /metrics counts the run, its tasks by state, workers, slots and NATS traffic", async () => {
    let samples: PromSample[] = [];
    await waitFor(async () => (sampleValue((samples = await scrape(coordinatorMetrics)), "weft_runs_ended_total", { workflow: "observed", state: "succeeded" }) ?? 0) >= 1, {
      timeoutMs: 10_000,
      message: () => `no succeeded run counted:\n${samples.filter((s) => s.name.startsWith("weft_runs")).map((s) => JSON.stringify(s)).join("\n")}`,
    });
    // input, flaky, items, sum and 20 squares succeeded; flaky's first attempt was retried.
    assert.equal(sampleValue(samples, "weft_tasks_total", { workflow: "observed", state: "succeeded" }), 4 + ITEMS);
    assert.equal(sampleValue(samples, "weft_tasks_total", { workflow: "observed", state: "retrying" }), 1);
    assert.equal(sampleValue(samples, "weft_tasks_total", { workflow: "observed", state: "failed" }), undefined);
    assert.equal(sampleValue(samples, "weft_runs", { state: "running" }), 0);
    assert.equal(sampleValue(samples, "weft_run_duration_seconds_count", { workflow: "observed", state: "succeeded" }), 1);
    assert.equal(sampleValue(samples, "weft_workers"), 1);
    assert.equal(sampleValue(samples, "weft_slots"), 4);
    assert.equal(sampleValue(samples, "weft_demand_tasks"), 0);
    assert.equal(sampleValue(samples, "weft_demand_ratio"), 0);
    assert.equal(sampleValue(samples, "weft_runs_queued"), 0);
    assert.ok(sampleValue(samples, "weft_nats_messages_total", { direction: "in" })! > 0);
    assert.ok(sampleValue(samples, "weft_nats_bytes_total", { direction: "out" })! > 0);
    assert.ok(sampleValue(samples, "process_cpu_seconds_total")! > 0, "the default process metrics are there");
  });

  it("the worker's /metrics counts tasks by node and state, and has an attempt-duration histogram per node", async () => {
    const samples = await scrape(workerMetrics);
    const tasks = (node: string, state: string) => sampleValue(samples, "weft_worker_tasks_total", { workflow: "observed", node, state, worker: "wa" });
    assert.equal(tasks("square", "succeeded"), ITEMS);
    assert.equal(tasks("square", "running"), ITEMS);
    assert.equal(tasks("flaky", "running"), 2);
    assert.equal(tasks("flaky", "retrying"), 1);
    assert.equal(tasks("flaky", "succeeded"), 1);
    const attempts = (node: string) => sampleValue(samples, "weft_task_attempt_duration_seconds_count", { workflow: "observed", node });
    assert.equal(attempts("square"), ITEMS);
    assert.equal(attempts("flaky"), 2);
    assert.equal(attempts("sum"), 1);
    assert.equal(sampleValue(samples, "weft_task_attempt_duration_seconds_bucket", { node: "square", le: "+Inf" }), ITEMS);
    assert.ok(sampleSum(samples, "weft_task_attempt_duration_seconds_sum") >= 0);
    assert.equal(sampleValue(samples, "weft_worker_slots"), 4);
    assert.equal(sampleValue(samples, "weft_worker_slots_busy"), 0);
    assert.equal(sampleValue(samples, "weft_worker_queue_depth"), 0);
    assert.ok(sampleValue(samples, "weft_nats_messages_total", { direction: "out" })! > 0);
  });

  it("the run's trace arrives over OTLP: a run span, a span per node with counts, a span per attempt of single tasks", async () => {
    const traceId = traceIdOf(runId);
    const inTrace = () => receiver!.spans.filter((s) => s.traceId === traceId);
    // 1 run span, 5 node spans, attempts: input, flaky (2), items, sum.
    await waitFor(() => inTrace().length >= 11, {
      timeoutMs: 20_000,
      message: () => `spans of trace ${traceId}: ${inTrace().map((s) => s.name).join(", ")}; refused: ${receiver!.refused.join("; ")}`,
    });
    const spans = inTrace();
    const one = (name: string): ReceivedSpan => {
      const hits = spans.filter((s) => s.name === name);
      assert.equal(hits.length, 1, `one span "${name}" in ${spans.map((s) => s.name).join(", ")}`);
      return hits[0]!;
    };
    const run = one("run observed");
    assert.equal(run.service, "weft-coordinator");
    assert.equal(run.spanId, runSpanIdOf(runId));
    assert.equal(run.parentSpanId, "");
    assert.equal(run.attributes["weft.run.id"], runId);
    assert.equal(run.attributes["weft.run.state"], "succeeded");
    assert.equal(run.attributes["weft.tasks.total"], 4 + ITEMS);
    for (const node of ["input", "flaky", "items", "square", "sum"]) {
      const span = one(`node ${node}`);
      assert.equal(span.spanId, nodeSpanIdOf(runId, node));
      assert.equal(span.parentSpanId, run.spanId);
      assert.deepEqual(span.attributes["weft.workers"], ["wa"]);
    }
    const square = one("node square");
    assert.equal(square.attributes["weft.node.kind"], "map");
    assert.equal(square.attributes["weft.tasks.total"], ITEMS);
    assert.equal(square.attributes["weft.tasks.succeeded"], ITEMS);
    assert.equal(one("node flaky").attributes["weft.tasks.retries"], 1);
    // Map items are summed up in their node's span: none of their own.
    assert.equal(spans.filter((s) => s.name === "attempt square").length, 0);
    const flaky = spans.filter((s) => s.name === "attempt flaky").sort((a, b) => Number(a.attributes["weft.attempt"]) - Number(b.attributes["weft.attempt"]));
    assert.equal(flaky.length, 2);
    for (const a of flaky) {
      assert.equal(a.service, "weft-worker");
      assert.equal(a.parentSpanId, nodeSpanIdOf(runId, "flaky"));
      assert.equal(a.attributes["weft.worker"], "wa");
      assert.equal(a.attributes["weft.task.id"], "flaky");
    }
    assert.deepEqual(flaky.map((a) => [a.attributes["weft.attempt"], a.attributes["weft.outcome"], a.statusCode]), [
      [1, "retrying", 2],
      [2, "succeeded", 0],
    ]);
    assert.equal(flaky[0]!.statusMessage, "the first attempt fails");
    assert.ok(run.startMs <= flaky[0]!.startMs && flaky[1]!.endMs <= run.endMs, "the attempts lie within the run");
    assert.deepEqual(receiver!.refused, []);
  });

  it("a failed run: its run, node and attempt spans say ERROR with the error, and the metrics count it", async () => {
    const submitted = await runCli(["submit", "test/fixtures/throws.ts", "--nats", cluster!.url]);
    assert.equal(submitted.code, 0, describeResult(submitted));
    const failedRun = submitted.stdout.trim();
    const followed = await runCli(["logs", failedRun, "--follow", "--nats", cluster!.url]);
    assert.equal(followed.code, 1, describeResult(followed));
    const traceId = traceIdOf(failedRun);
    const inTrace = () => receiver!.spans.filter((s) => s.traceId === traceId);
    // run, 2 nodes, attempts: prepare, explode (2).
    await waitFor(() => inTrace().length >= 6, { timeoutMs: 20_000, message: () => inTrace().map((s) => s.name).join(", ") });
    const byName = (name: string) => inTrace().filter((s) => s.name === name);
    const run = byName("run throws")[0]!;
    assert.equal(run.attributes["weft.run.state"], "failed");
    assert.equal(run.statusCode, 2);
    const node = byName("node explode")[0]!;
    assert.equal(node.statusCode, 2);
    assert.equal(node.attributes["weft.tasks.failed"], 1);
    assert.deepEqual(
      node.events.map((e) => [e.name, e.attributes["weft.attempt"], e.attributes["weft.worker"], e.attributes["weft.error.message"]]),
      [["task.failed", 2, "wa", "kaboom on attempt 2"]],
    );
    assert.deepEqual(
      byName("attempt explode").map((a) => [a.attributes["weft.attempt"], a.attributes["weft.outcome"], a.statusCode, a.statusMessage]).sort(),
      [
        [1, "retrying", 2, "kaboom on attempt 1"],
        [2, "failed", 2, "kaboom on attempt 2"],
      ],
    );
    assert.equal(byName("node prepare")[0]!.statusCode, 0);
    const samples = await scrape(coordinatorMetrics);
    assert.equal(sampleValue(samples, "weft_runs_ended_total", { workflow: "throws", state: "failed" }), 1);
    assert.equal(sampleValue(samples, "weft_tasks_total", { workflow: "throws", state: "failed" }), 1);
  });

  it("weft worker --metrics-port serves its own endpoint; a bad port is a usage error", async () => {
    const worker = cluster!.spawn(["worker", "--nats", cluster!.url, "--name", "wc", "--slots", "2", "--metrics-port", "0"], { env: { WEFT_METRICS_PORT: undefined } });
    const samples = await scrape(await metricsUrlOf(worker));
    assert.equal(sampleValue(samples, "weft_worker_slots", { worker: "wc" }), 2);
    await worker.stop();
    const bad = await runCli(["worker", "--nats", cluster!.url, "--metrics-port", "http"]);
    assert.equal(bad.code, 2, describeResult(bad));
    assert.match(bad.stderr, /--metrics-port must be a TCP port from 0 to 65535/);
    const badEnv = await runCli(["coordinator", "--nats", cluster!.url], { env: { WEFT_METRICS_PORT: "99999" } });
    assert.equal(badEnv.code, 2, describeResult(badEnv));
    assert.match(badEnv.stderr, /WEFT_METRICS_PORT must be a TCP port/);
  });
});
