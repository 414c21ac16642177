/**
 * End to end, what the terminal shows: stack frames of a workflow file outside the current
 * folder (its real path, each function's own name), `weft logs` on stdout in time order with
 * filters, `weft workers`, `weft runs` filters and pruning, `--id`, NO_COLOR / FORCE_COLOR and
 * the live per-node view on a terminal (simulated with util-linux `script`). Spawns the
 * COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, mapSuccesses, parseLogLines, REPO_ROOT, runCli, startCluster, WEFT_BIN, type Cluster } from "../helpers/cli.js";
import { hasNatsServer, waitFor } from "../helpers/nats.js";

/** Colour codes (not the cursor moves of the live view). */
const COLOUR = /\x1b\[[0-9;]*m/;

/**
 * Starts the compiled CLI on a pseudo-terminal (util-linux `script`), as a user at a terminal
 * would: stdout and stderr are one TTY, captured together (carriage returns dropped).
 */
function startOnTerminal(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 60_000) {
  const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;
  const command = [process.execPath, WEFT_BIN, ...args].map(quote).join(" ");
  const childEnv: NodeJS.ProcessEnv = { ...process.env, COLUMNS: "120" };
  delete childEnv.WEFT_NATS_URL;
  delete childEnv.NO_COLOR;
  delete childEnv.FORCE_COLOR;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd: REPO_ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (out += d));
  const done = new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`weft ${args.join(" ")} on a terminal did not exit within ${timeoutMs} ms:\n${out.slice(-3000)}`));
    }, timeoutMs);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out: out.replace(/\r/g, "") });
    });
  });
  return { output: () => out.replace(/\r/g, ""), done };
}

/** Runs the compiled CLI on a pseudo-terminal to its end. */
function onTerminal(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 60_000): Promise<{ code: number | null; out: string }> {
  return startOnTerminal(args, env, timeoutMs).done;
}

describe("e2e: terminal output", function () {
  this.timeout(120_000);

  before(function () {
    if (!hasNatsServer()) this.skip();
  });

  describe("stack frames", () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), "weft-stack-"));
      mkdirSync(join(dir, "proj"));
      mkdirSync(join(dir, "cwd"));
      writeFileSync(
        join(dir, "proj", "wf.ts"),
        [
          'import { workflow } from "weft";',
          "",
          "function parseRow(x: number): number {",
          '  if (x > 0) throw new Error("bad row " + x);',
          "  return x;",
          "}",
          "",
          'export default workflow("stacky", (wf) => {',
          '  const a = wf.node("start", async () => 3);',
          '  wf.node("explode", a, async (x) => parseRow(x), { retries: { retries: 1, backoffMs: 1 } });',
          "});",
          "",
        ].join("\n"),
      );
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it("a workflow outside the current folder: frames show its real path and each function's own name; retries: 1 runs it twice", async () => {
      const r = await runCli(["run", "../proj/wf.ts", "--workers", "1"], { cwd: join(dir, "cwd"), timeoutMs: 60_000 });
      assert.equal(r.code, 1, describeResult(r));
      const failed = parseLogLines(r.stderr).filter((l) => l.type === "task" && l.task === "explode" && (l.to === "failed" || l.to === "retrying"));
      assert.deepEqual(failed.map((l) => [l.to, l.attempt]), [["retrying", 1], ["failed", 2]], "one retry after the first attempt");
      const stack = failed.at(-1)?.error?.stack ?? "";
      const file = join(dir, "proj", "wf.ts");
      assert.ok(stack.includes(`at parseRow (${file}:4:`), stack);
      assert.ok(stack.includes(`at explode (${file}:10:`), stack);
      assert.doesNotMatch(stack, /Object\./, `no frame named after an object:\n${stack}`);
    });
  });

  describe("on a terminal", () => {
    it("weft run of a 200-item map shows one live line per node, not a line per task, and a summary at the end", async () => {
      const r = await onTerminal(["run", "examples/fanout.ts", "--input", '{"n": 200}']);
      assert.equal(r.code, 0, r.out);
      assert.doesNotMatch(r.out, /square\[\d+\]/, "no line per task");
      assert.match(r.out, /^square\s.*\b200\/200\b/m, "the node's line counts its 200 tasks");
      assert.match(r.out, /^gather\s.*\b1\/1\b/m);
      assert.match(r.out, /run r-[\w-]+ succeeded in [\d.]+ (ms|s): 202 tasks \(202 succeeded\), 0 retries; \d+ messages?, .* over NATS, .* handed over in memory/);
      assert.match(r.out, /^\{"count":200,"sum":2646700\}$/m, "the result");
      assert.ok(r.out.split("\n").length < 60, `a screenful, not a line per task (${r.out.split("\n").length} lines)`);
      assert.match(r.out, COLOUR, "a terminal gets colour");
    });

    it("--verbose shows every transition; a failure's error and retries show without it; NO_COLOR turns colour off", async () => {
      const verbose = await onTerminal(["run", "examples/fanout.ts", "--input", '{"n": 20}', "--verbose"]);
      assert.equal(verbose.code, 0, verbose.out);
      // Each instance's success: a line of its own, or a range of first-attempt successes (`square[3..9]  7 × pending → succeeded`).
      const told = new Set<number>();
      for (const m of verbose.out.matchAll(/square\[(\d+)\]\s+(running|1 × pending) → .*succeeded/g)) told.add(Number(m[1]));
      for (const m of verbose.out.matchAll(/square\[(\d+)\.\.(\d+)\]\s+\d+ × pending → .*succeeded/g)) for (let i = Number(m[1]); i <= Number(m[2]); i++) told.add(i);
      for (let i = 0; i < 20; i++) assert.ok(told.has(i), `square[${i}] succeeded in the verbose output:\n${verbose.out}`);
      const failing = await onTerminal(["run", "test/fixtures/throws.ts"], { NO_COLOR: "1" });
      assert.equal(failing.code, 1, failing.out);
      assert.match(failing.out, /explode\s+running → retrying/);
      assert.match(failing.out, /E_USER_CODE: kaboom on attempt 2/);
      assert.match(failing.out, /^explode\s.*1\/1\s+1 failed\s+1 retry$/m);
      assert.match(failing.out, /run r-[\w-]+ failed in .*: 2 tasks \(1 succeeded, 1 failed\), 1 retry/);
      assert.doesNotMatch(failing.out, COLOUR, "NO_COLOR: no colour codes");
    });
  });

  describe("on a cluster", () => {
    let cluster: Cluster | undefined;
    let url = "";
    /** A finished run of examples/fanout.ts (n = 30) over both workers. */
    let fanRun = "";
    before(async function () {
      cluster = await startCluster(["wa", "wb"], { slots: 2 });
      url = cluster.url;
      const r = await runCli(["submit", "examples/fanout.ts", "--input", '{"n": 30}', "--follow", "--nats", url], { timeoutMs: 60_000 });
      assert.equal(r.code, 0, describeResult(r));
      fanRun = String(parseLogLines(r.stderr)[0]?.run);
    });
    after(async function () {
      this.timeout(30_000);
      await cluster?.stop();
    });

    it("weft logs writes to stdout (| grep finds it), in time order, every line with v: 1", async () => {
      const r = await runCli(["logs", fanRun, "--nats", url]);
      assert.equal(r.code, 0, describeResult(r));
      assert.equal(r.stderr, "", "nothing on stderr");
      const lines = parseLogLines(r.stdout);
      assert.equal(mapSuccesses(lines, "square").length, 30);
      const times = lines.map((l) => Date.parse(String(l.t)));
      assert.deepEqual(times, [...times].sort((a, b) => a - b), "in time order");
      assert.ok(lines.every((l) => l.v === 1), "each line says its schema version");
      assert.deepEqual(lines.at(-1)?.result, { count: 30, sum: 8555 }, "the run's end line carries the result");
      const workers = new Set(lines.filter((l) => (l.type === "task" || l.type === "tasks") && l.node === "square").map((l) => l.worker));
      assert.deepEqual([...workers].sort(), ["wa", "wb"], "both workers' lines are there");
    });

    it("weft logs --node, --state, --worker and --tail select lines; a state that does not exist is a usage error", async () => {
      const node = parseLogLines((await runCli(["logs", fanRun, "--node", "gather", "--nats", url])).stdout);
      assert.ok(node.length > 0 && node.every((l) => l.node === "gather" || String(l.task).startsWith("gather")), JSON.stringify(node));
      const ok = parseLogLines((await runCli(["logs", fanRun, "--state", "succeeded", "--nats", url])).stdout);
      const successes = ok.filter((l) => l.type === "task").length + ok.filter((l) => l.type === "tasks").reduce((n, l) => n + Number(l.count), 0);
      assert.equal(successes, 32, "every task's success (a range of map successes counts each)");
      assert.ok(ok.every((l) => l.to === "succeeded"));
      assert.equal(ok.filter((l) => l.type === "run").length, 1, "and the run's");
      const wa = parseLogLines((await runCli(["logs", fanRun, "--worker", "wa", "--node", "square", "--nats", url])).stdout);
      assert.ok(wa.length > 0 && wa.every((l) => l.worker === "wa" && l.node === "square"), JSON.stringify(wa.slice(0, 3)));
      const all = parseLogLines((await runCli(["logs", fanRun, "--nats", url])).stdout);
      const tail = parseLogLines((await runCli(["logs", fanRun, "--tail", "5", "--nats", url])).stdout);
      // Lines, not log entries: an edge's figures make no line (--tail 5 once printed 4).
      assert.equal(tail.length, 5);
      assert.deepEqual(tail, all.slice(-5));
      const bad = await runCli(["logs", fanRun, "--state", "finished", "--nats", url]);
      assert.equal(bad.code, 2, describeResult(bad));
      assert.match(bad.stderr, /--state finished: not a state; use one of pending, ready, running/);
    });

    it("weft logs --follow of a run still going prints it to its end and exits with its code", async () => {
      const sub = await runCli(["submit", "test/fixtures/throws.ts", "--nats", url]);
      assert.equal(sub.code, 0, describeResult(sub));
      const r = await runCli(["logs", sub.stdout.trim(), "--follow", "--state", "failed", "--nats", url]);
      assert.equal(r.code, 1, describeResult(r));
      const lines = parseLogLines(r.stdout);
      assert.deepEqual(lines.map((l) => `${l.type}:${l.task ?? ""}:${l.to}`), ["task:explode:failed", "run::failed"]);
    });

    it("weft workers lists the live workers with their slots and last heartbeat (text and --json)", async () => {
      const json = await runCli(["workers", "--json", "--nats", url]);
      assert.equal(json.code, 0, describeResult(json));
      const rows = json.stdout.trim().split("\n").map((l) => JSON.parse(l) as { v: number; name: string; slots: number; running: number; last_heartbeat: string; pid: number });
      assert.deepEqual(rows.map((r) => [r.v, r.name, r.slots]), [[1, "wa", 2], [1, "wb", 2]]);
      for (const r of rows) assert.ok(!Number.isNaN(Date.parse(r.last_heartbeat)) && r.pid > 0 && r.running === 0, JSON.stringify(r));
      const text = await runCli(["workers", "--nats", url]);
      assert.match(text.stdout, /^WORKER\s+HOST\s+PID\s+SLOTS\s+RUNNING\s+LAST HEARTBEAT\s+UP$/m);
      assert.match(text.stdout, /^wa\s+\S+\s+\d+\s+2\s+0\s+\d+.* ago/m);
    });

    it("weft runs --state, --workflow and --limit filter the list; FORCE_COLOR colours a pipe, NO_COLOR does not", async () => {
      const list = async (...args: string[]) =>
        (await runCli(["runs", "--json", ...args, "--nats", url])).stdout
          .trim()
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { v: number; run: string; workflow: string; state: string; tasks_done: number });
      const all = await list();
      assert.ok(all.length >= 2 && all.every((r) => r.v === 1));
      assert.ok((await list("--state", "failed")).every((r) => r.state === "failed"));
      assert.ok((await list("--state", "failed")).length >= 1);
      const fan = await list("--workflow", "fanout");
      assert.ok(fan.length >= 1 && fan.every((r) => r.workflow === "fanout"));
      assert.deepEqual(await list("--limit", "1"), all.slice(0, 1), "the newest");
      const bad = await runCli(["runs", "--state", "done", "--nats", url]);
      assert.equal(bad.code, 2, describeResult(bad));
      const plain = await runCli(["runs", "--nats", url], { env: { NO_COLOR: "1", FORCE_COLOR: undefined } });
      assert.doesNotMatch(plain.stdout, COLOUR);
      const forced = await runCli(["runs", "--nats", url], { env: { FORCE_COLOR: "1" } });
      assert.match(forced.stdout, /\x1b\[32msucceeded\x1b\[0m/);
    });

    it("--id: submitting twice with one id gives the same run, not a second one", async () => {
      const id = `nightly-${Date.now()}`;
      const first = await runCli(["submit", "examples/hello.ts", "--id", id, "--nats", url]);
      assert.equal(first.code, 0, describeResult(first));
      assert.equal(first.stdout.trim(), id);
      const again = await runCli(["submit", "examples/hello.ts", "--id", id, "--follow", "--nats", url]);
      assert.equal(again.code, 0, describeResult(again));
      assert.equal(again.stdout.trim(), "15", "the first run's result");
      assert.match(again.stderr, new RegExp(`run ${id} exists already`));
      const runs = (await runCli(["runs", "--json", "--nats", url])).stdout.trim().split("\n").map((l) => JSON.parse(l) as { run: string });
      assert.equal(runs.filter((r) => r.run === id).length, 1);
      const bad = await runCli(["submit", "examples/hello.ts", "--id", "a.b", "--nats", url]);
      assert.equal(bad.code, 2, describeResult(bad));
    });

    it("weft runs prune deletes finished runs, their records and logs; --older-than keeps the recent ones", async () => {
      const kept = await runCli(["runs", "prune", "--older-than", "1h", "--json", "--nats", url]);
      assert.equal(kept.code, 0, describeResult(kept));
      assert.deepEqual(JSON.parse(kept.stdout), { v: 1, pruned: [] }, "nothing ended an hour ago");
      const before = (await runCli(["runs", "--json", "--nats", url])).stdout.trim().split("\n").length;
      const pruned = await runCli(["runs", "prune", "--nats", url]);
      assert.equal(pruned.code, 0, describeResult(pruned));
      assert.match(pruned.stdout, new RegExp(`pruned ${before} finished runs?\\n`));
      const after = await runCli(["runs", "--nats", url]);
      assert.match(after.stdout, /no runs yet/);
      const gone = await runCli(["logs", fanRun, "--nats", url]);
      assert.equal(gone.code, 2, describeResult(gone));
      assert.match(gone.stderr, /no run/);
    });
  });

  it("a coordinator with --retain deletes runs that ended longer ago than that, and keeps running ones", async function () {
    const cluster = await startCluster(["wr"]);
    try {
      const retaining = cluster.spawn(["coordinator", "--retain", "2s", "--nats", cluster.url]);
      await retaining.waitForStderr(/standing by|active on/, 20_000).catch(() => undefined);
      const done = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", cluster.url]);
      assert.equal(done.code, 0, describeResult(done));
      const runId = String(parseLogLines(done.stderr)[0]?.run);
      // The first coordinator holds the leadership: stop it, so the retaining one takes over.
      await cluster.coordinator.stop();
      await retaining.waitForStderr(/active on/, 30_000);
      await waitFor(async () => (await runCli(["status", runId, "--nats", cluster.url])).code === 2, {
        timeoutMs: 20_000,
        message: () => retaining.stderr(),
      });
      assert.match(retaining.stderr(), new RegExp(`pruned 1 finished run past their retention: ${runId}`));
    } finally {
      await cluster.stop();
    }
  });

  describe("services say what they do", () => {
    /** The JSON lines a service wrote on stderr (a pipe here). */
    const events = (stderr: string) =>
      stderr
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as { level: number; time: number; role: string; name: string; msg: string; event?: string; [k: string]: unknown });

    it("off a terminal, the coordinator and workers log JSON lines: start with the NATS URL, workers joining and lost", async () => {
      const cluster = await startCluster(["wj1", "wj2"], { slots: 3 });
      try {
        const coordinator = () => events(cluster.coordinator.stderr());
        const started = coordinator().find((e) => e.event === "coordinator.started");
        assert.ok(started, cluster.coordinator.stderr());
        assert.equal(started.role, "coordinator");
        assert.equal(started.nats, cluster.url);
        assert.ok(coordinator().some((e) => e.event === "leader.acquired" && /active on/.test(e.msg)), "the line tests and people wait for is there");
        await waitFor(() => ["wj1", "wj2"].every((w) => coordinator().some((e) => e.event === "worker.joined" && e.worker === w)), {
          timeoutMs: 10_000,
          message: () => cluster.coordinator.stderr(),
        });
        const joined = coordinator().find((e) => e.event === "worker.joined" && e.worker === "wj1")!;
        assert.equal(joined.slots, 3);
        // The worker's own line may reach its pipe after the coordinator saw its heartbeat.
        await waitFor(() => events(cluster.workers[0]!.stderr()).some((e) => e.event === "worker.started"), {
          timeoutMs: 10_000,
          message: () => `worker.started from wj1; its stderr: ${cluster.workers[0]!.stderr()}`,
        });
        const w = events(cluster.workers[0]!.stderr()).find((e) => e.event === "worker.started")!;
        assert.deepEqual([w.role, w.name, w.nats, w.slots], ["worker", "wj1", cluster.url, 3]);
        assert.match(w.msg, /weft worker wj1: started on nats:\/\/127\.0\.0\.1:\d+ with 3 slots/);
        cluster.workers[1]!.child.kill("SIGKILL");
        await waitFor(() => coordinator().some((e) => e.event === "worker.lost" && e.worker === "wj2"), { timeoutMs: 15_000, message: () => cluster.coordinator.stderr() });
        const lost = coordinator().find((e) => e.event === "worker.lost")!;
        assert.equal(lost.level, 40, "a loss is a warning");
        assert.match(lost.msg, /worker wj2 lost: no heartbeat for \d+ s/);
        assert.ok(!coordinator().some((e) => e.event === "worker.lost" && e.worker === "wj1"), "the live one is not lost");
      } finally {
        await cluster.stop();
      }
    });

    it("on a terminal, the same messages as plain lines", async () => {
      const cluster = await startCluster(["wt1"]);
      try {
        const worker = startOnTerminal(["worker", "--name", "wt2", "--slots", "1", "--nats", cluster.url], {}, 30_000);
        // Started (and so listening for Ctrl-C) once it says so.
        await waitFor(() => /wt2: started/.test(worker.output()), { timeoutMs: 15_000, message: () => worker.output() });
        // Stopped as a user's Ctrl-C would: SIGINT to its pid (it says it in its start line).
        process.kill(Number(/\(pid (\d+) on /.exec(worker.output())![1]), "SIGINT");
        const out = (await worker.done).out;
        assert.match(out, /^weft worker wt2: started on nats:\/\/127\.0\.0\.1:\d+ with 1 slots \(pid \d+ on .+\)$/m);
        assert.match(out, /^weft worker wt2: draining: taking nothing new/m);
        assert.match(out, /^weft worker wt2: left: every task placed here finished$/m);
        assert.doesNotMatch(out, /^\{/m, "no JSON on a terminal");
      } finally {
        await cluster.stop();
      }
    });
  });
});
