/**
 * End to end, a task that calls process.exit() (issue 19 item 8): it used to end its worker,
 * then every worker the run was placed on next, the run failing 16 s later with "stopped
 * heartbeating". Now the task fails at once with a terminal error naming it and the call, and
 * the worker lives on to run the next workflow; a child process a task started ends with its
 * attempt. And a task does not find its worker's NATS credentials in process.env (item 4). Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";

/** Whether `pid` still runs (a zombie, ended but not yet reaped, counts as ended). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** Waits (polled, not timed) until `pid` has ended; fails the test, killing it, if it runs on after 20 s. */
async function waitGone(pid: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
  const still = alive(pid);
  if (still) process.kill(pid, "SIGKILL");
  assert.equal(still, false, `the task's child ${pid} still runs`);
}

describe("e2e: process.exit() in a task", function () {
  this.timeout(90_000);
  let cluster: Cluster | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa"]);
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
  });

  for (const after of [false, true]) {
    it(`fails the task (not retried), names it and the call; the worker lives${after ? " (called after an await)" : ""}`, async () => {
      const r = await runCli(["submit", "test/fixtures/exits.ts", "--input", JSON.stringify({ after }), "--follow", "--nats", cluster!.url], { timeoutMs: 30_000 });
      assert.equal(r.code, 1, describeResult(r));
      assert.match(r.stderr, /task quitter \(run r-[a-z0-9-]+\) called process\.exit\(3\)/);
      assert.match(r.stderr, /E_TERMINAL/);
      assert.ok(cluster!.workers[0]!.running(), "the worker is alive");
      const next = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", cluster!.url], { timeoutMs: 30_000 });
      assert.equal(next.code, 0, describeResult(next));
    });
  }

  it("called from a timer callback while the task runs: the task fails with it (not retried), and the worker lives", async () => {
    const r = await runCli(["submit", "test/fixtures/exits.ts", "--input", JSON.stringify({ timer: true }), "--follow", "--nats", cluster!.url], { timeoutMs: 30_000 });
    assert.equal(r.code, 1, describeResult(r));
    assert.match(r.stderr, /task quitter \(run r-[a-z0-9-]+\) called process\.exit\(4\)/);
    assert.match(r.stderr, /E_TERMINAL/);
    assert.ok(cluster!.workers[0]!.running(), "the worker is alive");
    const next = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", cluster!.url], { timeoutMs: 30_000 });
    assert.equal(next.code, 0, describeResult(next));
  });

  it("called from a timer that fires after the task returned: the run is unharmed, the worker says so and lives", async () => {
    const r = await runCli(["submit", "test/fixtures/exits.ts", "--input", JSON.stringify({ late: true }), "--follow", "--nats", cluster!.url], { timeoutMs: 30_000 });
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(r.stdout.trim(), "2");
    await cluster!.workers[0]!.waitForStderr(/called process\.exit\(5\).*the worker goes on/, 10_000);
    assert.ok(cluster!.workers[0]!.running(), "the worker is alive");
    const next = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", cluster!.url], { timeoutMs: 30_000 });
    assert.equal(next.code, 0, describeResult(next));
  });

  it("a child process a task started and left running (sleep 60) is ended when the task's attempt ends", async () => {
    const r = await runCli(["submit", "test/fixtures/spawns-child.ts", "--follow", "--nats", cluster!.url], { timeoutMs: 30_000 });
    assert.equal(r.code, 0, describeResult(r));
    const { pid } = JSON.parse(r.stdout) as { pid: number };
    assert.ok(Number.isInteger(pid) && pid > 0, r.stdout);
    // Gone (SIGTERM at the attempt's end). Without the guard it sleeps on for 60 s.
    await waitGone(pid);
    assert.ok(cluster!.workers[0]!.running(), "the worker is alive");
  });

  for (const hang of [false, true]) {
    it(`a child process an isolated task started is ended when the attempt ends${hang ? " (its thread terminated at the timeout)" : ""}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "weft-child-"));
      const pidFile = join(dir, "pid");
      try {
        const r = await runCli(["submit", "test/fixtures/spawns-child-isolated.ts", "--follow", "--nats", cluster!.url, "--input", JSON.stringify({ pidFile, hang })], { timeoutMs: 30_000 });
        assert.equal(r.code, hang ? 1 : 0, describeResult(r));
        if (hang) assert.match(r.stderr, /timed out after 3000 ms \(its thread was stopped\)/, describeResult(r));
        const pid = Number(readFileSync(pidFile, "utf8"));
        assert.ok(Number.isInteger(pid) && pid > 0);
        await waitGone(pid);
        assert.ok(cluster!.workers[0]!.running(), "the worker is alive");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it("a task (inline or isolated) finds none of its worker's NATS credentials in process.env", async () => {
    // A server without authorization ignores the credentials: the worker connects with them.
    const w = cluster!.spawn(["worker", "--nats", cluster!.url, "--name", "wsecret"], { env: { WEFT_NATS_USER: "worker", WEFT_NATS_PASSWORD: "s3cret" } });
    assert.ok(w.running());
    cluster!.workers[0]!.child.kill("SIGTERM"); // only the worker with credentials is left
    await cluster!.workers[0]!.exited;
    await new Promise((r) => setTimeout(r, 3500)); // the coordinator counts it lost: runs go to wsecret
    const r = await runCli(["submit", "test/fixtures/reads-env.ts", "--follow", "--nats", cluster!.url], { timeoutMs: 40_000 });
    assert.equal(r.code, 0, describeResult(r));
    const none = { user: null, password: null, token: null };
    assert.deepEqual(JSON.parse(r.stdout), { inline: none, isolated: none });
  });
});
