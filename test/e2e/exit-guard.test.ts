/**
 * End to end, a task that calls process.exit() (issue 19 item 8): it used to end its worker,
 * then every worker the run was placed on next, the run failing 16 s later with "stopped
 * heartbeating". Now the task fails at once with a terminal error naming it and the call, and
 * the worker lives on to run the next workflow; a child process a task started ends with its
 * attempt. And a task does not find its worker's NATS credentials in process.env (item 4). Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";

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

  it("a child process a task started and left running (sleep 60) is ended when the task's attempt ends", async () => {
    const r = await runCli(["submit", "test/fixtures/spawns-child.ts", "--follow", "--nats", cluster!.url], { timeoutMs: 30_000 });
    assert.equal(r.code, 0, describeResult(r));
    const { pid } = JSON.parse(r.stdout) as { pid: number };
    assert.ok(Number.isInteger(pid) && pid > 0, r.stdout);
    // Gone (SIGTERM at the attempt's end): polled, not timed. Without the guard it sleeps on for 60 s.
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const deadline = Date.now() + 20_000;
    while (alive() && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
    const still = alive();
    if (still) process.kill(pid, "SIGKILL");
    assert.equal(still, false, `the task's child ${pid} still runs`);
    assert.ok(cluster!.workers[0]!.running(), "the worker is alive");
  });

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
