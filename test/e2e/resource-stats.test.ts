/**
 * End to end, the resource history and a run's cost (docs/cost.md), on separate processes: a
 * coordinator and two one-slot workers on a private nats-server. Runs of a workflow with a
 * CPU-heavy and a memory-heavy node fill its history (`weft stats`); `weft status --json` has
 * the cost block; the history moves a join to its heavy input's worker; a node whose recorded
 * peak memory exceeds every worker's memory is refused. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { describeResult, parseLogLines, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer, waitFor } from "../helpers/nats.js";

const HUNGRY = "test/fixtures/resource-hungry.ts";
const JOIN = "test/fixtures/lopsided-join.ts";

interface Spread {
  p50: number;
  p95: number;
}
interface StatsNode {
  node: string;
  samples: number;
  duration_ms: Spread;
  cpu_ms: Spread;
  heap_growth_bytes: Spread;
  output_bytes: Spread;
}

describe("e2e: resource history and run cost (weft stats, weft status --json)", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;
  let url = "";

  before(async function () {
    if (!hasNatsServer()) this.skip();
    this.timeout(60_000);
    cluster = await startCluster(["wa", "wb"], { slots: 1 });
    url = cluster.url;
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
  });

  /** Submits `file`, follows it to its end (exit 0), returns the run id. */
  async function runToEnd(file: string, input = "{}"): Promise<string> {
    const r = await runCli(["submit", file, "--input", input, "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const run = r.stdout.trim();
    const followed = await runCli(["logs", run, "--follow", "--nats", url], { timeoutMs: 60_000 });
    assert.equal(followed.code, 0, describeResult(followed));
    return run;
  }

  /** The worker `task` succeeded on in `run`, from its log. */
  async function workerOf(run: string, task: string): Promise<string> {
    const r = await runCli(["logs", run, "--json", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const done = parseLogLines(r.stdout).find((l) => l.type === "task" && l.task === task && l.to === "succeeded");
    assert.ok(done, `task ${task} succeeded in run ${run}`);
    return String(done.worker);
  }

  it("the history moves a join to the worker of its heavy input", async () => {
    // No history: both inputs weigh 1, the join goes to the first worker by name.
    const first = await runToEnd(JOIN);
    const bigFirst = await workerOf(first, "big");
    const smallFirst = await workerOf(first, "small");
    assert.notEqual(bigFirst, smallFirst, "the two sources are spread over the two workers");
    assert.equal(await workerOf(first, "join"), "wa");
    // The coordinator wrote the history at the end: "big"'s output is 200 KB, "small"'s 8 bytes.
    const second = await runToEnd(JOIN);
    const bigSecond = await workerOf(second, "big");
    assert.equal(await workerOf(second, "join"), bigSecond, "the join goes where its heavy input is");
    const stats = await runCli(["stats", "lopsided-join", "--json", "--nats", url]);
    assert.equal(stats.code, 0, describeResult(stats));
    const nodes = (JSON.parse(stats.stdout) as { nodes: StatsNode[] }).nodes;
    const out = (n: string) => nodes.find((x) => x.node === n)?.output_bytes.p50 ?? -1;
    assert.ok(out("big") >= 200_000 && out("small") < 100, `output sizes: ${stats.stdout}`);
  });

  let lastRun = "";

  it("weft stats shows per node p50/p95 with the CPU-heavy and the memory-heavy node ahead", async () => {
    for (let i = 0; i < 3; i++) lastRun = await runToEnd(HUNGRY);
    const r = await runCli(["stats", "resource-hungry", "--json", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const s = JSON.parse(r.stdout) as {
      v: number;
      kind: string;
      runs: number;
      totals: { cpu_s: number; memory_gb_s: number; billed_ms: number; attempts: number; wall_ms: number };
      per_run: { cpu_s: number; billed_ms: number };
      nodes: StatsNode[];
    };
    assert.equal(s.v, 1);
    assert.equal(s.kind, "workflow");
    assert.equal(s.runs, 3);
    assert.equal(s.totals.attempts, 9);
    assert.ok(s.totals.cpu_s > 0 && s.totals.memory_gb_s > 0 && s.totals.billed_ms > 0 && s.totals.wall_ms > 0, r.stdout);
    const node = (n: string) => {
      const found = s.nodes.find((x) => x.node === n);
      assert.ok(found, `node ${n} in ${r.stdout}`);
      assert.equal(found.samples, 3);
      return found;
    };
    const [spin, hold, light] = [node("spin"), node("hold"), node("light")];
    // spin takes 30 million square roots; light adds two numbers.
    assert.ok(spin.cpu_ms.p50 > 5, `spin's CPU: ${JSON.stringify(spin.cpu_ms)}`);
    assert.ok(spin.cpu_ms.p50 > 5 * light.cpu_ms.p50, `spin ahead of light in CPU: ${r.stdout}`);
    assert.ok(spin.duration_ms.p50 >= spin.cpu_ms.p50 * 0.9, `spin's duration against its CPU: ${r.stdout}`);
    // hold holds a 96 MB buffer.
    assert.ok(hold.heap_growth_bytes.p50 > 64 * 1048576, `hold's peak heap growth: ${JSON.stringify(hold.heap_growth_bytes)}`);
    assert.ok(hold.heap_growth_bytes.p50 > 4 * Math.max(1, spin.heap_growth_bytes.p50, light.heap_growth_bytes.p50), `hold ahead in memory: ${r.stdout}`);
    for (const n of s.nodes) assert.ok(n.duration_ms.p95 >= n.duration_ms.p50 && n.cpu_ms.p95 >= n.cpu_ms.p50);
    const text = await runCli(["stats", "resource-hungry", "--nats", url]);
    assert.equal(text.code, 0, describeResult(text));
    assert.match(text.stdout, /3 runs/);
    assert.match(text.stdout, /^spin\s+3\s/m);
  });

  it("weft status RUN --json has the cost block: each attempt billed rounded up to 1 ms", async () => {
    assert.ok(lastRun, "needs the runs of the previous test");
    const r = await runCli(["status", lastRun, "--json", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const cost = (
      JSON.parse(r.stdout) as {
        cost: {
          billed_ms: number;
          duration_ms: number;
          cpu_s: number;
          memory_gb_s: number;
          wall_ms: number;
          attempts: number;
          nats_msgs: number;
          nodes: { node: string; attempts: number; billed_ms: number; duration_ms: number; cpu_s: number }[];
        };
      }
    ).cost;
    assert.ok(cost, r.stdout);
    assert.equal(cost.attempts, 3);
    assert.ok(cost.billed_ms >= cost.duration_ms, `billed ${cost.billed_ms} >= run ${cost.duration_ms}`);
    assert.ok(cost.cpu_s > 0.005 && cost.memory_gb_s > 0 && cost.wall_ms >= cost.duration_ms / 3, r.stdout);
    // The attempts' durations as logged (3 decimals): each billed as its ceiling, at least 1 ms.
    const logs = await runCli(["logs", lastRun, "--json", "--nats", url]);
    const ends = parseLogLines(logs.stdout).filter((l) => l.type === "task" && l.from === "running");
    assert.equal(ends.length, 3);
    for (const n of cost.nodes) {
      const ds = ends.filter((l) => l.node === n.node).map((l) => Number(l.duration_ms));
      assert.equal(n.attempts, ds.length);
      const low = ds.reduce((s, d) => s + Math.max(1, Math.ceil(d - 0.001)), 0);
      const high = ds.reduce((s, d) => s + Math.max(1, Math.ceil(d + 0.001)), 0);
      assert.ok(n.billed_ms >= low && n.billed_ms <= high, `node ${n.node}: billed ${n.billed_ms}, durations ${ds.join(", ")}`);
    }
    const text = await runCli(["status", lastRun, "--nats", url]);
    assert.match(text.stdout, /^cost\s+\d+\.\d+ CPU-s/m);
  });

  it("a name both deployed and run plainly: weft stats shows the deployment's history, each version once (it listed the version twice)", async () => {
    const stats = async () => {
      const r = await runCli(["stats", "hello", "--json", "--nats", url]);
      return r.code === 0 ? (JSON.parse(r.stdout) as { kind: string; version: string; versions: string[]; runs: number }) : undefined;
    };
    // A plain run of hello: its history is kept under the workflow's name and bundle.
    await runToEnd("examples/hello.ts");
    await waitFor(async () => (await stats())?.kind === "workflow", { timeoutMs: 20_000, intervalMs: 200, message: "the plain run's history" });
    // The same code deployed as hello: its version is the bundle's digits, as the plain run's.
    const d = await runCli(["deploy", "examples/hello.ts", "--nats", url]);
    assert.equal(d.code, 0, describeResult(d));
    const version = d.stdout.trim().split("@")[1]!;
    const invoked = await runCli(["invoke", "hello", "--follow", "--nats", url], { timeoutMs: 60_000 });
    assert.equal(invoked.code, 0, describeResult(invoked));
    await waitFor(async () => (await stats())?.runs === 1 && (await stats())?.kind === "deployment", {
      timeoutMs: 20_000,
      intervalMs: 200,
      message: async () => `the deployment's history: ${JSON.stringify(await stats())}`,
    });
    const s = (await stats())!;
    assert.equal(s.version, version);
    assert.deepEqual(s.versions, [version]);
    const picked = await runCli(["stats", "hello", "--version", version.slice(0, 6), "--nats", url]);
    assert.equal(picked.code, 0, describeResult(picked));
    assert.match(picked.stdout, new RegExp(`^deployment hello, version ${version}: 1 run$`, "m"));
  });

  it("a node whose recorded peak memory exceeds every worker's memory is refused with the reason", async () => {
    assert.ok(lastRun, "needs the history of the previous tests");
    const [wa, wb] = cluster!.workers;
    await Promise.all([wa!.stop(), wb!.stop()]);
    const small = cluster!.spawn(["worker", "--nats", url, "--name", "wsmall", "--slots", "1", "--memory", "32MB"]);
    await small.waitForStderr(/started on/, 20_000);
    // The coordinator forgets the stopped workers after 3 s without a heartbeat.
    await new Promise((r) => setTimeout(r, 5000));
    const r = await runCli(["submit", HUNGRY, "--follow", "--nats", url], { timeoutMs: 60_000 });
    assert.notEqual(r.code, 0, describeResult(r));
    assert.match(r.stderr, /node "hold" is predicted to need \d+\.\d MB/);
    assert.match(r.stderr, /the largest is wsmall with 32\.0 MB/);
  });
});
