/**
 * End to end: `weft run FILE`, the embedded default. Each run starts its own private
 * nats-server on a free port, a coordinator and worker processes, and stops them; the tests
 * spawn the COMPILED CLI (`node bin/weft.js`), so build first (`npm run -s build`).
 */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, mapSuccesses, parseLogLines, processesTagged, runCli, startCli, TAG_VAR, type LogLine } from "../helpers/cli.js";
import { uid, waitFor } from "../helpers/nats.js";

/** The (from, to) steps of one task, in log order. */
function stepsOf(lines: LogLine[], task: string): string[] {
  return lines.filter((l) => l.type === "task" && l.task === task).map((l) => `${l.from}->${l.to}`);
}

/** Σ i² for i in [0, n). */
function sumOfSquares(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += i * i;
  return s;
}

/** Waits until no process carrying the tag is left (the CLI's workers, its nats-server). */
async function expectNothingLeft(tag: string): Promise<void> {
  if (processesTagged(tag) === undefined) return; // not Linux: cannot look
  await waitFor(() => processesTagged(tag)!.length === 0, {
    timeoutMs: 5000,
    message: `processes left running: ${processesTagged(tag)!.join(", ")}`,
  }).catch((err: Error) => {
    // Do not leave them to the next test either.
    for (const pid of processesTagged(tag) ?? []) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    throw err;
  });
}

describe("e2e: weft run", function () {
  this.timeout(60_000);
  let tmp: string;

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), "weft-e2e-run-"));
  });
  after(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it("runs examples/hello.ts: prints 15 and logs every task's and the run's states", async () => {
    const r = await runCli(["run", "examples/hello.ts"]);
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(r.stdout, "15\n", describeResult(r));

    const lines = parseLogLines(r.stderr);
    assert.ok(lines.length > 0, `no JSON log lines on stderr:\n${r.stderr}`);
    const runIds = new Set(lines.map((l) => l.run));
    assert.equal(runIds.size, 1, `every line names the same run: ${[...runIds].join(", ")}`);
    assert.match(String([...runIds][0]), /^[A-Za-z0-9_-]+$/);

    for (const task of ["input", "double", "square", "sum"]) {
      const steps = stepsOf(lines, task);
      assert.deepEqual(
        steps,
        ["pending->ready", "ready->running", "running->succeeded"],
        `task ${task}: ${steps.join(", ")}`,
      );
      for (const l of lines.filter((x) => x.type === "task" && x.task === task)) {
        assert.equal(typeof l.worker, "string", `task ${task} line without a worker: ${JSON.stringify(l)}`);
        assert.match(l.worker!, /^w[12]$/, `task ${task}: worker ${l.worker}`);
        assert.equal(typeof l.attempt, "number");
        assert.equal(l.node, task);
      }
      const running = lines.find((x) => x.type === "task" && x.task === task && x.to === "running");
      assert.equal(running?.attempt, 1, `task ${task} runs as attempt 1`);
    }

    const userLog = lines.find((l) => l.type === "log" && l.task === "sum");
    assert.ok(userLog, `no user log line from sum:\n${r.stderr}`);
    assert.equal(userLog.msg, "double=6 square=9");
    assert.equal(userLog.level, "info");
    assert.match(String(userLog.worker), /^w[12]$/);

    const runSteps = lines.filter((l) => l.type === "run").map((l) => `${l.from}->${l.to}`);
    assert.deepEqual(runSteps, ["->submitted", "submitted->running", "running->succeeded"]);
    assert.ok(lines.filter((l) => l.type === "run").every((l) => l.workflow === "hello"));
    // The run's end is the last state change in the log.
    const last = lines.filter((l) => l.type === "run" || l.type === "task").at(-1);
    assert.equal(last?.type, "run");
    assert.equal(last?.to, "succeeded");
  });

  it("--input JSON: n=7 gives 63", async () => {
    const r = await runCli(["run", "examples/hello.ts", "--input", '{"n": 7}']);
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(r.stdout, "63\n");
  });

  it("--input @file.json reads the input from a file", async () => {
    const file = join(tmp, "input.json");
    writeFileSync(file, JSON.stringify({ n: 5 }));
    const r = await runCli(["run", "examples/hello.ts", "--input", `@${file}`]);
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(r.stdout, "35\n"); // 2*5 + 5*5
  });

  it("runs examples/fanout.ts with n=500 over both workers", async () => {
    const n = 500;
    const r = await runCli(["run", "examples/fanout.ts", "--input", JSON.stringify({ n })]);
    assert.equal(r.code, 0, describeResult(r));
    assert.deepEqual(JSON.parse(r.stdout), { count: n, sum: sumOfSquares(n) });
    assert.equal(r.stdout, `${JSON.stringify({ count: n, sum: sumOfSquares(n) })}\n`);

    const lines = parseLogLines(r.stderr);
    const expanded = lines.find((l) => l.type === "expanded");
    assert.equal(expanded?.node, "square");
    assert.equal(expanded?.count, n);
    // Stamped when the worker learnt the count: after items ran, before the first square ran.
    const at = (l: LogLine | undefined) => Date.parse(String(l?.t));
    const itemsDone = lines.find((l) => l.type === "task" && l.task === "items" && l.to === "succeeded");
    // A square that succeeded on its first attempt is logged in a range ("tasks" line) with its
    // neighbours; the first such line is stamped when its first instance succeeded, after it ran.
    const firstSquare = lines.find((l) => (l.type === "task" && /^square\[/.test(l.task ?? "") && l.to === "running") || (l.type === "tasks" && l.node === "square"));
    assert.ok(at(expanded) >= at(itemsDone) && at(expanded) <= at(firstSquare), `expanded at ${expanded?.t}, items done ${itemsDone?.t}, first square ${firstSquare?.t}`);

    const done = mapSuccesses(lines, "square");
    const indices = new Set(done.map((d) => d.index));
    assert.equal(done.length, n, "one success per item");
    assert.equal(indices.size, n);
    for (let i = 0; i < n; i++) assert.ok(indices.has(i), `square[${i}] never succeeded`);
    assert.ok(lines.length < n, `the successes are logged in ranges, not a line per change (${lines.length} lines for ${n} items)`);

    const byWorker = new Map<string, number>();
    for (const d of done) byWorker.set(d.worker, (byWorker.get(d.worker) ?? 0) + 1);
    assert.deepEqual([...byWorker.keys()].sort(), ["w1", "w2"], `square[i] by worker: ${JSON.stringify([...byWorker])}`);
    for (const [w, count] of byWorker) assert.ok(count >= n / 10, `worker ${w} ran only ${count} of ${n} items`);

    for (const node of ["items", "gather"]) assert.deepEqual(stepsOf(lines, node), ["pending->ready", "ready->running", "running->succeeded"]);
    assert.equal(lines.filter((l) => l.type === "run").at(-1)?.to, "succeeded");
  });

  it("--workers 1 runs everything on one worker", async () => {
    const n = 50;
    const r = await runCli(["run", "examples/fanout.ts", "--workers", "1", "--input", JSON.stringify({ n })]);
    assert.equal(r.code, 0, describeResult(r));
    assert.deepEqual(JSON.parse(r.stdout), { count: n, sum: sumOfSquares(n) });
    const workers = new Set(parseLogLines(r.stderr).filter((l) => l.type === "task").map((l) => l.worker));
    assert.deepEqual([...workers], ["w1"]);

    const hello = await runCli(["run", "examples/hello.ts", "--workers", "1"]);
    assert.equal(hello.code, 0, describeResult(hello));
    assert.equal(hello.stdout, "15\n");
  });

  it("--json logs JSON lines too (the same shape)", async () => {
    const r = await runCli(["run", "examples/hello.ts", "--json"]);
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(r.stdout, "15\n");
    const lines = parseLogLines(r.stderr);
    assert.equal(lines.filter((l) => l.type === "task" && l.to === "succeeded").length, 4);
  });

  it("a workflow that prints on stdout (at import, in its functions): stdout is still the result alone, the prints go to stderr", async () => {
    const r = await runCli(["run", "test/fixtures/prints.ts"]);
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(r.stdout, "42\n");
    for (const p of [/printed at import/, /printed in a/, /written in a/]) assert.match(r.stderr, p);
    const plan = await runCli(["graph", "test/fixtures/prints.ts", "--format", "json"]);
    assert.equal(plan.code, 0, describeResult(plan));
    assert.equal((JSON.parse(plan.stdout) as { workflow: string }).workflow, "prints");
  });

  it("leaves nothing running: not its workers, not its nats-server", async () => {
    const tag = uid();
    const r = await runCli(["run", "examples/hello.ts"], { env: { [TAG_VAR]: tag } });
    assert.equal(r.code, 0, describeResult(r));
    await expectNothingLeft(tag);

    const failed = await runCli(["run", "test/fixtures/throws.ts"], { env: { [TAG_VAR]: tag } });
    assert.equal(failed.code, 1, describeResult(failed));
    await expectNothingLeft(tag);
  });

  it("a stage function that never yields blocks its workers: each names it on stderr, the run fails (exit 1) saying what to do, and nothing is left running", async () => {
    const tag = uid();
    const r = await runCli(["run", "test/fixtures/spins-in-stage.ts"], { env: { [TAG_VAR]: tag }, timeoutMs: 90_000 });
    assert.equal(r.code, 1, describeResult(r));
    for (const p of [/stopped heartbeating/, /never yields/, /a stage function must yield/, /isolate: true/]) assert.match(r.stderr, p);
    // Each stuck worker's watchdog thread names the function it was last in.
    assert.match(r.stderr, /weft worker w\d: its event loop has been blocked for \d+ s; the last function it entered: stage nums\[2\] \(run r-[\w-]+\)\./, describeResult(r));
    assert.equal(parseLogLines(r.stderr).filter((l) => l.type === "run").at(-1)?.error?.code, "E_NO_WORKERS", describeResult(r));
    // Its workers are stuck in the loop for good: stopping the stack must kill them.
    await expectNothingLeft(tag);
  }).timeout(120_000);

  it("SIGINT (Ctrl-C) cancels the run, exits 1 and leaves nothing running", async () => {
    const tag = uid();
    const proc = startCli(["run", "test/fixtures/slow.ts"], { env: { [TAG_VAR]: tag } });
    try {
      await proc.waitForStderr(/"msg":"waiting 30000 ms"/, 20_000);
      const at = Date.now();
      proc.child.kill("SIGINT");
      let timer: NodeJS.Timeout | undefined;
      const end = await Promise.race([
        proc.exited,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`weft run did not exit within 10 s of SIGINT:\n${proc.stderr()}`)), 10_000);
        }),
      ]).finally(() => clearTimeout(timer));
      assert.equal(end.code, 1, proc.stderr());
      assert.ok(Date.now() - at < 10_000);
      assert.match(proc.stderr(), /interrupted|cancel/i);
      assert.equal(proc.stdout(), "");
      await expectNothingLeft(tag);
    } finally {
      await proc.stop();
    }
  });

  it("a second Ctrl-C while it stops quits at once (exit 130), leaving no process and no temp folder behind", async () => {
    const tag = uid();
    const tmp = mkdtempSync(join(tmpdir(), "weft-double-int-"));
    const proc = startCli(["run", "test/fixtures/slow.ts"], { env: { [TAG_VAR]: tag, TMPDIR: tmp } });
    try {
      await proc.waitForStderr(/"msg":"waiting 30000 ms"/, 20_000);
      proc.child.kill("SIGINT");
      // The second as soon as the first is taken: stopping a run and its stack can take only
      // tens of milliseconds, so a fixed pause could land after it is over (exit 1, not 130).
      await proc.waitForStderr(/interrupted: cancelling/, 10_000);
      proc.child.kill("SIGINT");
      const end = await proc.exited;
      assert.equal(end.code, 130, proc.stderr());
      await expectNothingLeft(tag);
      assert.deepEqual(readdirSync(tmp).filter((f) => f.startsWith("weft-nats-")), [], "the private server's store folder is removed");
    } finally {
      await proc.stop();
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  for (const [what, victims, message] of [
    ["its private nats-server", /nats-server/, /nats-server .* stopped unexpectedly/],
    ["every one of its workers", /main\.js\0worker/, /every worker process of the private stack exited \(w[12]: SIGKILL, w[12]: SIGKILL\)/],
  ] as const) {
    it(`${what} killed mid-run: exit 3 at once, saying so, and nothing left running`, async () => {
      const tag = uid();
      const proc = startCli(["run", "test/fixtures/slow.ts"], { env: { [TAG_VAR]: tag } });
      try {
        await proc.waitForStderr(/"msg":"waiting 30000 ms"/, 20_000);
        const pids = processesTagged(tag)?.filter((pid) => victims.test(readFileSync(`/proc/${pid}/cmdline`, "latin1")));
        if (!pids?.length) return; // not Linux: cannot find them
        const at = Date.now();
        for (const pid of pids) process.kill(pid, "SIGKILL");
        let timer: NodeJS.Timeout | undefined;
        const end = await Promise.race([
          proc.exited,
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`weft run did not exit within 10 s of losing ${what}:\n${proc.stderr()}`)), 10_000);
          }),
        ]).finally(() => clearTimeout(timer));
        assert.equal(end.code, 3, proc.stderr());
        assert.ok(Date.now() - at < 10_000);
        assert.match(proc.stderr(), message);
        assert.equal(proc.stdout(), "");
        await expectNothingLeft(tag);
      } finally {
        await proc.stop();
      }
    });
  }
});
