/**
 * Fan-in failure policies and isolated (interruptible) functions, end to end on a cluster of
 * real processes: a function that never yields or allocates without bound fails alone and the
 * worker keeps serving; failures absorbed by "skip"/"value" edges let the run finish.
 */
import assert from "node:assert/strict";
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
});
