/**
 * End to end, the multi-process walk-through: a real nats-server on a free port,
 * `weft coordinator`, two `weft worker` processes, and the client commands (`submit`, `logs`,
 * `status`, `runs`, `cancel`) as separate processes. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import {
  describeResult,
  mapSuccesses,
  parseLogLines,
  resultOfLog,
  processesTagged,
  runCli,
  startCli,
  startCluster,
  TAG_VAR,
  type CliProcess,
  type Cluster,
} from "../helpers/cli.js";
import { freePort, hasNatsServer, uid, waitFor } from "../helpers/nats.js";
import { prepareWorkflow, submitRun } from "../../engine/internal.js";

const RUN_ID = /^[A-Za-z0-9_-]+$/;

/** Σ i² for i in [0, n). */
function sumOfSquares(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += i * i;
  return s;
}

describe("e2e: cluster of separate processes (coordinator, workers wa and wb)", function () {
  this.timeout(60_000);
  let cluster: Cluster | undefined;
  let url = "";
  /** The run of `weft submit examples/hello.ts`, shared by the tests that inspect it. */
  let helloRun = "";

  before(async function () {
    if (!hasNatsServer()) this.skip();
    this.timeout(60_000);
    cluster = await startCluster(["wa", "wb"]);
    url = cluster.url;
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
  });

  afterEach(function () {
    // A crashed service would make every later test fail for the wrong reason: say so here.
    if (!cluster) return;
    for (const p of [cluster.coordinator, ...cluster.workers]) {
      if (!p.running()) assert.fail(`\`weft ${p.args.join(" ")}\` is no longer running:\n${p.stderr().slice(-3000)}`);
    }
  });

  it("weft submit prints the run id alone on stdout", async () => {
    const r = await runCli(["submit", "examples/hello.ts", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const lines = r.stdout.split("\n");
    assert.equal(lines.length, 2, `stdout should be one line: ${JSON.stringify(r.stdout)}`);
    assert.equal(lines[1], "");
    assert.match(lines[0]!, RUN_ID);
    helloRun = lines[0]!;
  });

  it("weft logs RUN --follow shows the run's events and exits 0", async () => {
    assert.ok(helloRun, "needs the run of the first test");
    const r = await runCli(["logs", helloRun, "--follow", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const lines = parseLogLines(r.stdout);
    assert.ok(lines.every((l) => l.run === helloRun), "every line is of this run");
    assert.deepEqual(
      lines.filter((l) => l.type === "run").map((l) => `${l.from}->${l.to}`),
      ["->submitted", "submitted->running", "running->succeeded"],
    );
    for (const task of ["input", "double", "square", "sum"]) {
      const steps = lines.filter((l) => l.type === "task" && l.task === task);
      assert.deepEqual(
        steps.map((l) => `${l.from}->${l.to}`),
        ["pending->ready", "ready->running", "running->succeeded"],
        `task ${task}`,
      );
      for (const l of steps) assert.ok(l.worker === "wa" || l.worker === "wb", `task ${task} on worker ${l.worker}`);
    }
    const workers = new Set(lines.filter((l) => l.type === "task").map((l) => l.worker));
    assert.deepEqual([...workers].sort(), ["wa", "wb"], "the diamond is spread over both workers");
    assert.equal(lines.find((l) => l.type === "log" && l.task === "sum")?.msg, "double=6 square=9");
    assert.equal(resultOfLog(r.stdout), 15, "the followed run's end line carries its result");
  });

  it("weft logs RUN (without --follow) prints the log of an ended run and exits 0", async () => {
    assert.ok(helloRun, "needs the run of the first test");
    const r = await runCli(["logs", helloRun, "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const lines = parseLogLines(r.stdout);
    assert.equal(lines.filter((l) => l.type === "task" && l.to === "succeeded").length, 4, r.stdout);
    assert.equal(lines.filter((l) => l.type === "run").at(-1)?.to, "succeeded");
  });

  it("weft status RUN (text and --json) shows succeeded and the result", async () => {
    assert.ok(helloRun, "needs the run of the first test");
    const text = await runCli(["status", helloRun, "--nats", url]);
    assert.equal(text.code, 0, describeResult(text));
    assert.match(text.stdout, new RegExp(`run\\s+${helloRun}`));
    assert.match(text.stdout, /state\s+succeeded/);
    assert.match(text.stdout, /result\s+15\b/);
    assert.match(text.stdout, /tasks\s+4\/4/);
    for (const node of ["input", "double", "square", "sum"]) assert.match(text.stdout, new RegExp(`^${node}\\s`, "m"));

    const json = await runCli(["status", helloRun, "--json", "--nats", url]);
    assert.equal(json.code, 0, describeResult(json));
    const s = JSON.parse(json.stdout) as Record<string, unknown>;
    assert.equal(s.run, helloRun);
    assert.equal(s.workflow, "hello");
    assert.equal(s.state, "succeeded");
    assert.equal(s.result, 15);
    assert.equal(s.tasks_done, 4);
    assert.equal(s.tasks_total, 4);
    assert.equal(s.error, null);
    assert.deepEqual([...(s.workers as string[])].sort(), ["wa", "wb"]);
  });

  it("a submission that reuses a run id is refused, and the run of that id is left as it was", async () => {
    assert.ok(helloRun, "needs the hello run");
    const prepared = await prepareWorkflow("examples/hello.ts");
    await assert.rejects(submitRun(cluster!.bus, prepared, "{}", helloRun), /already taken/);
    const r = await runCli(["status", helloRun, "--json", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const status = JSON.parse(r.stdout) as { state: string; result: unknown };
    assert.equal(status.state, "succeeded");
    assert.equal(status.result, 15);
  });

  it("weft runs --json lists the run", async () => {
    assert.ok(helloRun, "needs the run of the first test");
    const r = await runCli(["runs", "--json", "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
    const rows = r.stdout
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as { run: string; state: string; workflow: string; result: unknown });
    const row = rows.find((x) => x.run === helloRun);
    assert.ok(row, `run ${helloRun} not listed:\n${r.stdout}`);
    assert.equal(row.state, "succeeded");
    assert.equal(row.workflow, "hello");
    assert.equal(row.result, 15);

    const table = await runCli(["runs", "--nats", url]);
    assert.equal(table.code, 0, describeResult(table));
    assert.match(table.stdout, new RegExp(`${helloRun}\\s+hello\\s+succeeded`));
  });

  it("weft submit --follow prints the result JSON and exits 0 (fanout, n=200)", async () => {
    const n = 200;
    const r = await runCli(["submit", "examples/fanout.ts", "--follow", "--nats", url, "--input", JSON.stringify({ n })]);
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(r.stdout, `${JSON.stringify({ count: n, sum: sumOfSquares(n) })}\n`);
    const lines = parseLogLines(r.stderr);
    const done = mapSuccesses(lines, "square");
    assert.equal(done.length, n);
    assert.deepEqual([...new Set(done.map((l) => l.worker))].sort(), ["wa", "wb"]);
    assert.equal(lines.filter((l) => l.type === "run").at(-1)?.to, "succeeded");
  });

  it("WEFT_NATS_URL works instead of --nats", async () => {
    const r = await runCli(["submit", "examples/hello.ts", "--follow", "--input", '{"n": 4}'], { env: { WEFT_NATS_URL: url } });
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(r.stdout, "24\n");
    const s = await runCli(["runs", "--json"], { env: { WEFT_NATS_URL: url } });
    assert.equal(s.code, 0, describeResult(s));
    assert.ok(s.stdout.includes('"result":24'), s.stdout);
  });

  describe("a second coordinator on the same NATS", function () {
    let second: CliProcess | undefined;

    after(async () => {
      await second?.stop();
    });

    it("says it is standing by, and the runs still go through the first", async () => {
      second = cluster!.spawn(["coordinator", "--nats", url]);
      const line = await second.waitForStderr(/standing by|stand by|standby/i, 15_000);
      assert.ok(!/active on/.test(second.stderr()), `the second coordinator claims to be active:\n${second.stderr()}`);
      assert.ok(line.includes("coordinator"), line);

      const r = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", url]);
      assert.equal(r.code, 0, describeResult(r));
      assert.equal(r.stdout, "15\n");
      assert.ok(second.running(), "the standby coordinator is still up");
      assert.ok(cluster!.coordinator.running(), "the first coordinator is still up");
      // Still standing by: it never became active while the first one lives.
      assert.ok(!/active on/.test(second.stderr()), second.stderr());
    });

    it("the active one frozen past its lock: the standby takes over, the thawed one stands by (never two active), and leads again when the other goes", async function () {
      this.timeout(90_000);
      const first = cluster!.coordinator;
      first.child.kill("SIGSTOP");
      // Sent while only the frozen one listens: it reaches it when it thaws, after the other took
      // over. It must not become a run nobody drives: the thawed one refuses it, the client
      // submits again, and the new leader runs it.
      const early = runCli(["submit", "examples/fanout.ts", "--follow", "--nats", url, "--input", JSON.stringify({ n: 30 })], { timeoutMs: 60_000 });
      try {
        await second!.waitForStderr(/active on/, 20_000);
        const r = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", url], { timeoutMs: 30_000 });
        assert.equal(r.stdout, "15\n", describeResult(r));
      } finally {
        first.child.kill("SIGCONT");
      }
      await first.waitForStderr(/lost the leadership to another coordinator; its runs are that one's now\. Standing by\./, 15_000);
      const e = await early;
      assert.equal(e.code, 0, describeResult(e));
      assert.deepEqual(JSON.parse(e.stdout), { count: 30, sum: 8555 });
      const r2 = await runCli(["submit", "examples/fanout.ts", "--follow", "--nats", url, "--input", JSON.stringify({ n: 50 })], { timeoutMs: 30_000 });
      assert.equal(r2.code, 0, describeResult(r2));
      assert.ok(!/active again/.test(first.stderr()), "the thawed coordinator stays a standby while the other leads");

      second!.child.kill("SIGTERM");
      await second!.exited;
      await first.waitForStderr(/active again/, 20_000);
      const r3 = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", url], { timeoutMs: 30_000 });
      assert.equal(r3.stdout, "15\n", describeResult(r3));
    });
  });

  it("weft cancel ends a long-running run: the follower exits 1, status says cancelled", async () => {
    const sub = await runCli(["submit", "test/fixtures/slow.ts", "--nats", url]);
    assert.equal(sub.code, 0, describeResult(sub));
    const run = sub.stdout.trim();
    assert.match(run, RUN_ID);

    const follower = cluster!.spawn(["logs", run, "--follow", "--nats", url]);
    // Cancel once the long task is running (its own log line says so, on the follower's stdout).
    await waitFor(() => follower.stdout().includes('"msg":"waiting 30000 ms"'), { timeoutMs: 15_000, message: () => follower.stdout() + follower.stderr() });
    const started = Date.now();
    const cancel = await runCli(["cancel", run, "--nats", url]);
    assert.equal(cancel.code, 0, describeResult(cancel));

    let timer: NodeJS.Timeout | undefined;
    const end = await Promise.race([
      follower.exited,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the follower did not exit within 10 s of the cancel:\n${follower.stderr()}`)), 10_000);
      }),
    ]).finally(() => clearTimeout(timer));
    assert.equal(end.code, 1, follower.stderr());
    assert.ok(Date.now() - started < 10_000);
    const lines = parseLogLines(follower.stdout());
    assert.equal(lines.filter((l) => l.type === "run").at(-1)?.to, "cancelled", follower.stdout());
    assert.match(follower.stderr(), /cancel/);

    const status = await runCli(["status", run, "--json", "--nats", url]);
    assert.equal(status.code, 0, describeResult(status));
    const s = JSON.parse(status.stdout) as { state: string; nodes: { node: string; cancelled: number; succeeded: number }[] };
    assert.equal(s.state, "cancelled");
    assert.equal(s.nodes.find((n) => n.node === "wait")?.succeeded, 0);
    const text = await runCli(["status", run, "--nats", url]);
    assert.match(text.stdout, /state\s+cancelled/);

    // The workers are free again: a new run succeeds at once.
    const after = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", url]);
    assert.equal(after.code, 0, describeResult(after));
    assert.equal(after.stdout, "15\n");
  });

  it("weft submit --timeout: a run that outlives it fails with E_TIMEOUT (follower exit 1); status shows the timeout and the error", async () => {
    const sub = await runCli(["submit", "test/fixtures/slow.ts", "--timeout", "3s", "--nats", url]);
    assert.equal(sub.code, 0, describeResult(sub));
    const run = sub.stdout.trim();
    const running = await runCli(["status", run, "--json", "--nats", url]);
    const before = JSON.parse(running.stdout) as { submitted: string; deadline: string | null };
    assert.equal(Date.parse(before.deadline ?? "") - Date.parse(before.submitted), 3000, running.stdout);

    const follow = await runCli(["logs", run, "--follow", "--nats", url], { timeoutMs: 20_000 });
    assert.equal(follow.code, 1, describeResult(follow));
    const end = parseLogLines(follow.stdout).filter((l) => l.type === "run").at(-1);
    assert.equal(end?.error?.code, "E_TIMEOUT", follow.stdout);
    assert.match(end?.error?.message ?? "", /timeout of 3 s; still running: "wait" \(1 task\)/);

    const text = await runCli(["status", run, "--nats", url]);
    assert.match(text.stdout, /state\s+failed/);
    assert.match(text.stdout, /timeout 3 s/);
    assert.match(text.stdout, /error\s+E_TIMEOUT: the run did not end within its timeout of 3 s/);
  });

  it("the services are all still up after the walk-through", async () => {
    assert.ok(cluster!.coordinator.running(), cluster!.coordinator.stderr());
    for (const w of cluster!.workers) assert.ok(w.running(), `${w.args.join(" ")}:\n${w.stderr()}`);
  });
});

describe("e2e: weft dev", function () {
  this.timeout(60_000);
  let dev: CliProcess | undefined;
  const tag = uid();

  before(function () {
    if (!hasNatsServer()) this.skip();
  });

  after(async () => {
    await dev?.stop();
    for (const pid of processesTagged(tag) ?? []) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  });

  it("keeps NATS, a coordinator and workers up for submit, and stops them all on SIGTERM", async () => {
    const port = await freePort();
    assert.notEqual(port, 4222);
    const gatewayPort = await freePort();
    const uiPort = await freePort();
    dev = startCli(["dev", "--port", String(port), "--workers", "2", "--gateway-port", String(gatewayPort), "--ui-port", String(uiPort)], {
      env: { [TAG_VAR]: tag },
    });
    // Where things are is dev's answer, on stdout.
    await waitFor(() => /submit with/.test(dev!.stdout()) || !dev!.running(), { timeoutMs: 30_000, message: () => dev!.stderr() });
    assert.match(dev.stdout(), new RegExp(`nats://127\\.0\\.0\\.1:${port}`));
    assert.match(dev.stdout(), new RegExp(`HTTP gateway at http://127\\.0\\.0\\.1:${gatewayPort}`));
    assert.equal((await fetch(`http://127.0.0.1:${gatewayPort}/v1/workflows`)).status, 200);
    // The web view, its URL printed with the rest.
    assert.match(dev.stdout(), new RegExp(`web view: http://127\\.0\\.0\\.1:${uiPort}`));
    const page = await fetch(`http://127.0.0.1:${uiPort}/runs/anything`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="root">/);

    const r = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", `nats://127.0.0.1:${port}`]);
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(r.stdout, "15\n");
    const workers = new Set(parseLogLines(r.stderr).filter((l) => l.type === "task").map((l) => l.worker));
    assert.deepEqual([...workers].sort(), ["w1", "w2"]);

    const end = await dev.stop(10_000);
    assert.equal(end.code, 0, dev.stderr());
    if (processesTagged(tag) !== undefined) {
      await waitFor(() => processesTagged(tag)!.length === 0, { timeoutMs: 5000, message: `left running: ${processesTagged(tag)!.join(", ")}` });
    }
  });
});

describe("e2e: weft graph", function () {
  this.timeout(30_000);

  it("text: names every node and both workers", async () => {
    const r = await runCli(["graph", "examples/hello.ts", "--workers", "2"]);
    assert.equal(r.code, 0, describeResult(r));
    for (const node of ["input", "double", "square", "sum"]) assert.match(r.stdout, new RegExp(`\\b${node}\\b`), r.stdout);
    assert.match(r.stdout, /\bw1\b/);
    assert.match(r.stdout, /\bw2\b/);
  });

  it("--format json parses and places every node", async () => {
    const r = await runCli(["graph", "examples/hello.ts", "--workers", "2", "--format", "json"]);
    assert.equal(r.code, 0, describeResult(r));
    const plan = JSON.parse(r.stdout) as { workflow: string; nodes: { name: string; worker: string; deps: string[] }[] };
    assert.equal(plan.workflow, "hello");
    assert.deepEqual(plan.nodes.map((n) => n.name).sort(), ["double", "input", "square", "sum"]);
    for (const n of plan.nodes) assert.ok(n.worker === "w1" || n.worker === "w2", JSON.stringify(n));
    assert.deepEqual(plan.nodes.find((n) => n.name === "sum")?.deps, ["double", "square"]);
  });

  it("--format dot is a digraph", async () => {
    const r = await runCli(["graph", "examples/hello.ts", "--workers", "2", "--format", "dot"]);
    assert.equal(r.code, 0, describeResult(r));
    assert.match(r.stdout, /digraph/);
    for (const node of ["input", "double", "square", "sum"]) assert.ok(r.stdout.includes(`"${node}"`), r.stdout);
    assert.match(r.stdout, /"input"\s*->\s*"double"/);
  });

  it("--json is --format json, as in the other commands; with another --format it is a usage error (2)", async () => {
    const r = await runCli(["graph", "examples/hello.ts", "--json"]);
    assert.equal(r.code, 0, describeResult(r));
    assert.equal((JSON.parse(r.stdout) as { workflow: string }).workflow, "hello");
    const both = await runCli(["graph", "examples/hello.ts", "--json", "--format", "dot"]);
    assert.equal(both.code, 2, describeResult(both));
    assert.match(both.stderr, /--json and --format dot ask for two formats/);
  });

  it("--format svg is a usage error (2)", async () => {
    const r = await runCli(["graph", "examples/hello.ts", "--format", "svg"]);
    assert.equal(r.code, 2, describeResult(r));
    assert.match(r.stderr, /--format/);
  });
});
