/**
 * Fan-in failure policies and isolated (interruptible) functions, end to end on a cluster of
 * real processes: a function that never yields or allocates without bound fails alone and the
 * worker keeps serving; failures absorbed by "skip"/"value" edges let the run finish.
 */
import assert from "node:assert/strict";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { parseLogLines, runCli, startCluster, type Cluster } from "../helpers/cli.js";

describe("e2e: resilience", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;

  before(async () => {
    cluster = await startCluster(["wa", "wb"], { slots: 2 });
  });
  after(async () => {
    await cluster?.stop();
  });

  const submit = (file: string, input: object) =>
    runCli(["submit", file, "--follow", "--nats", cluster!.url, "--input", JSON.stringify(input)], { timeoutMs: 60_000 });

  it("fan-in policies: a failure skips one consumer and reaches another as a value; the run succeeds", async () => {
    const r = await submit("test/fixtures/fan-in-policies.ts", { fail: true });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { reporter: "recovered from flaky: flaky broke", after: "skipped: skipper", fine: "fine" });
    const lines = parseLogLines(r.stderr);
    assert.ok(lines.some((l) => l.type === "task" && l.task === "flaky" && l.to === "failed"), "flaky failed");
    assert.ok(lines.some((l) => l.type === "task" && l.task === "skipper" && l.from === "pending" && l.to === "skipped"), "skipper skipped");
    assert.equal(lines.filter((l) => l.type === "task" && l.task === "skipper" && l.to === "running").length, 0, "skipper never ran");
  });

  it("fan-in policies: without a failure every node runs normally", async () => {
    const r = await submit("test/fixtures/fan-in-policies.ts", { fail: false });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { reporter: "got 21", after: "value 42", fine: "fine" });
  });

  it("an isolated function runs in a thread with its init state and log lines", async () => {
    const r = await submit("test/fixtures/isolated-hostile.ts", { mode: "ok" });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout), "done with warm");
    assert.ok(parseLogLines(r.stderr).some((l) => l.type === "log" && l.msg === "isolated work with state warm"), r.stderr);
  });

  it("a function that never yields is stopped at its timeout; the worker keeps heartbeating and serving", async () => {
    let beats = 0;
    const sub = cluster!.bus.subscribe("weft.v1.worker.*.heartbeat", () => beats++);
    const r = await submit("test/fixtures/isolated-hostile.ts", { mode: "spin" });
    sub.unsubscribe();
    assert.equal(r.code, 1, r.stderr);
    const failed = parseLogLines(r.stderr).find((l) => l.type === "task" && l.task === "work" && l.to === "failed");
    assert.equal(failed?.error?.code, "E_TIMEOUT", r.stderr);
    // The run took at least the 1.5 s timeout: both workers went on beating meanwhile.
    assert.ok(beats >= 2, `only ${beats} heartbeats while the function spun`);
    for (const w of cluster!.workers) assert.ok(w.running(), "worker alive");
    const after = await submit("test/fixtures/isolated-hostile.ts", { mode: "ok" });
    assert.equal(after.code, 0, after.stderr);
  });

  it("a function that allocates without bound fails with E_RESOURCE; the worker lives", async () => {
    const r = await submit("test/fixtures/isolated-hostile.ts", { mode: "hog" });
    assert.equal(r.code, 1, r.stderr);
    const failed = parseLogLines(r.stderr).find((l) => l.type === "task" && l.task === "work" && l.to === "failed");
    assert.equal(failed?.error?.code, "E_RESOURCE", r.stderr);
    for (const w of cluster!.workers) assert.ok(w.running(), "worker alive");
    const after = await submit("examples/hello.ts", { n: 4 });
    assert.equal(after.stdout, "24\n", after.stderr);
  });

  it("weft status shows the failed attempts of a retried task", async () => {
    const r = await submit("test/fixtures/throws.ts", {});
    assert.equal(r.code, 1);
    const runId = parseLogLines(r.stderr).find((l) => l.type === "run")?.run;
    const status = await runCli(["status", runId!, "--json", "--nats", cluster!.url]);
    const record = JSON.parse(status.stdout) as { attempts: { task: string; attempt: number; outcome: string }[] };
    assert.ok(record.attempts.length >= 2, status.stdout);
    assert.deepEqual(
      record.attempts.map((a) => a.outcome),
      [...record.attempts.slice(0, -1).map(() => "retrying"), "failed"],
    );
  });

  it("run log consumers deleted again and again under the coordinator and a follower: a failure at 3 s still reaches both within seconds", async () => {
    const url = cluster!.url;
    const follower = cluster!.spawn(["submit", "test/fixtures/fails-later.ts", "--follow", "--nats", url, "--input", '{"ms": 3000}']);
    const admin = await connect({ servers: url, name: "weft-e2e-consumer-deleter" });
    let deleted = 0;
    try {
      const jsm = await jetstreamManager(admin);
      // What any user allowed $JS.API.CONSUMER.DELETE.WEFT_RUN_LOG.> could do: every consumer of
      // the run log (the coordinator's, the follower's, the workers') deleted every 300 ms.
      const deleting = (async () => {
        while (follower.running()) {
          for await (const c of await jsm.consumers.list("WEFT_RUN_LOG")) {
            if (await jsm.consumers.delete("WEFT_RUN_LOG", c.name).catch(() => false)) deleted++;
          }
          await new Promise((r) => setTimeout(r, 300));
        }
      })();
      // The client's ordered consumers took 38-121 s to notice (two missed 15 s heartbeats, then more).
      let timer: NodeJS.Timeout | undefined;
      const exit = await Promise.race([follower.exited, new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), 20_000)))]);
      clearTimeout(timer);
      assert.ok(exit, `the follower had not seen the failure 20 s after submitting (${deleted} consumers deleted):\n${follower.stderr().slice(-2000)}`);
      assert.equal(exit.code, 1, follower.stderr());
      assert.match(follower.stderr(), /failed on purpose after 3000 ms/);
      await deleting;
      assert.ok(deleted >= 3, `consumers deleted: ${deleted}`);
      const runId = /"run":"([A-Za-z0-9_-]+)"/.exec(follower.stderr())?.[1] ?? "";
      const status = await runCli(["status", runId, "--json", "--nats", url]);
      assert.equal((JSON.parse(status.stdout) as { state: string }).state, "failed", status.stderr);
    } finally {
      await admin.close();
    }
  });
});
