/**
 * End to end (issue 15, item 5): express runs. Real `nats-server`, `weft coordinator`, a worker
 * and `weft gateway` processes. Through every way in (run, submit, invoke, the gateway's run
 * endpoint, an HTTP trigger deployed with --express, a workflow declaring durability "express")
 * an express run gives its result and leaves no run record; an express run whose coordinator is
 * SIGKILLed mid-run ends its waiting client promptly with E_EXPRESS_LOST (not a hang); a client
 * that waits only for the end gets the result from the worker itself (the coordinator frozen),
 * and from the worker it is placed on again when the first one is lost mid-run.
 *
 * Spawns the COMPILED CLI: `npm run -s build` first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "../../engine/client/api.js";
import { newRunId } from "../../engine/model/run-id.js";
import { parseSubject, subjects } from "../../engine/subjects.js";
import { decodeMessage, pb } from "../../engine/wire/protocol.js";
import { describeResult, parseLogLines, runCli, startCluster, type CliResult, type Cluster } from "../helpers/cli.js";
import { call, startGateway } from "../helpers/gateway.js";
import { hasNatsServer } from "../helpers/nats.js";

describe("e2e: express runs", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;
  let gw = "";

  before(async function () {
    if (!hasNatsServer()) this.skip();
    this.timeout(60_000);
    cluster = await startCluster(["wa"]);
    for (const args of [
      ["deploy", "examples/hello.ts", "--name", "hello"],
      ["deploy", "examples/hello.ts", "--name", "hello-http", "--http", "POST /express-hello", "--express"],
    ]) {
      const r = await runCli([...args, "--nats", cluster.url]);
      assert.equal(r.code, 0, describeResult(r));
    }
    gw = (await startGateway((a, o) => cluster!.spawn(a, o), cluster.url)).url;
  });

  after(async function () {
    this.timeout(40_000);
    await cluster?.stop();
  });

  /** The run's record is absent: `weft status` says there is no such run (exit 2). */
  async function noRecord(runId: string): Promise<void> {
    const s = await runCli(["status", runId, "--nats", cluster!.url], { timeoutMs: 20_000 });
    assert.equal(s.code, 2, describeResult(s));
    assert.match(s.stderr, new RegExp(`no run ${runId}`));
  }

  /** A followed run's id, from its first log line. */
  function runIdOf(r: CliResult): string {
    const id = parseLogLines(r.stderr).find((l) => l.type === "run")?.run;
    assert.ok(id, describeResult(r));
    return id;
  }

  it("weft submit --express --follow, weft run --nats --express and weft invoke --express --follow give the result and leave no record", async () => {
    const url = cluster!.url;
    const runs = await Promise.all([
      runCli(["submit", "examples/hello.ts", "--express", "--follow", "--json", "--nats", url, "--input", '{"n": 3}'], { timeoutMs: 60_000 }),
      runCli(["run", "examples/hello.ts", "--express", "--json", "--nats", url, "--input", '{"n": 4}'], { timeoutMs: 60_000 }),
      runCli(["invoke", "hello", "--express", "--follow", "--json", "--nats", url, "--input", '{"n": 5}'], { timeoutMs: 60_000 }),
    ]);
    assert.deepEqual(
      runs.map((r) => [r.code, r.stdout.trim()]),
      [
        [0, "15"],
        [0, "24"],
        [0, "35"],
      ],
      runs.map(describeResult).join("\n"),
    );
    for (const r of runs) await noRecord(runIdOf(r));
  });

  it("weft logs RUN shows an express run's log, as docs/express.md says (it said there was no such run); weft status says it ran express", async () => {
    const url = cluster!.url;
    const r = await runCli(["submit", "examples/hello.ts", "--express", "--follow", "--json", "--nats", url, "--input", '{"n": 6}'], { timeoutMs: 60_000 });
    assert.equal(r.code, 0, describeResult(r));
    const runId = runIdOf(r);
    await noRecord(runId);
    // weft status says why there is no record, and where its log is.
    const status = await runCli(["status", runId, "--nats", url], { timeoutMs: 20_000 });
    assert.match(status.stderr, new RegExp(`it ran express, which keeps no record and no status .*\`weft logs ${runId}\``));
    const logs = await runCli(["logs", runId, "--json", "--nats", url], { timeoutMs: 30_000 });
    assert.equal(logs.code, 0, describeResult(logs));
    const end = parseLogLines(logs.stdout).find((l) => l.type === "run" && l.to === "succeeded");
    assert.ok(end, describeResult(logs));
    assert.equal(end.result, 48);
    assert.ok(parseLogLines(logs.stdout).some((l) => l.type === "task" && l.task === "sum" && l.to === "succeeded"), logs.stdout);
    const followed = await runCli(["logs", runId, "--follow", "--node", "sum", "--nats", url], { timeoutMs: 30_000 });
    assert.equal(followed.code, 0, describeResult(followed));
    const unknown = await runCli(["logs", "r-no-such-run", "--nats", url], { timeoutMs: 30_000 });
    assert.equal(unknown.code, 2, describeResult(unknown));
    assert.match(unknown.stderr, /no run r-no-such-run/);
  });

  it("the gateway: an express run's 202 has no Location (GET /v1/runs/ID does not know it; it pointed there), and its events stream from the log", async () => {
    const a = await call(`${gw}/v1/workflows/hello/runs?durability=express`, { method: "POST", body: '{"n": 2}' });
    assert.equal(a.status, 202, JSON.stringify(a.body));
    const runId = String(a.body.run_id);
    assert.equal(a.headers.get("location"), null);
    // The stream ends with the run's end, live or replayed.
    const events = await call(`${gw}/v1/runs/${runId}/events`);
    assert.equal(events.status, 200, String(events.body));
    const lines = String(events.body)
      .split("\n")
      .filter((l) => l.startsWith("data: "))
      .map((l) => JSON.parse(l.slice(6)) as { type: string; to?: string; result?: unknown });
    const end = lines.find((l) => l.type === "run" && l.to === "succeeded");
    assert.ok(end, String(events.body));
    assert.equal(end.result, 8);
    assert.equal((await call(`${gw}/v1/runs/${runId}`)).status, 404);
    assert.equal((await call(`${gw}/v1/runs/r-no-such-run/events`)).status, 404);
    // A durable run's 202 still points at its status.
    const durable = await call(`${gw}/v1/workflows/hello/runs`, { method: "POST", body: '{"n": 2}' });
    assert.equal(durable.status, 202, JSON.stringify(durable.body));
    assert.equal(durable.headers.get("location"), `/v1/runs/${durable.body.run_id}`);
  });

  it("a workflow that declares durability \"express\" runs express without the flag", async () => {
    const r = await runCli(["submit", "test/fixtures/express-hello.ts", "--follow", "--json", "--nats", cluster!.url, "--input", '{"n": 7}'], { timeoutMs: 60_000 });
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(r.stdout.trim(), "21");
    await noRecord(runIdOf(r));
  });

  it("the gateway: ?durability=express on the run endpoint, and an HTTP trigger deployed with --express, answer with the result; no record", async () => {
    const json = { "content-type": "application/json" };
    const a = await call(`${gw}/v1/workflows/hello/runs?wait=30s&durability=express`, { method: "POST", body: '{"n": 2}', headers: json });
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.deepEqual([a.body.state, a.body.result], ["succeeded", 8]);
    assert.equal((await call(`${gw}/v1/runs/${a.body.run_id}`)).status, 404);
    const t = await call(`${gw}/express-hello?wait=30s`, { method: "POST", body: '{"n": 6}', headers: json });
    assert.equal(t.status, 200, JSON.stringify(t.body));
    assert.deepEqual([t.body.state, t.body.result], ["succeeded", 48]);
    assert.equal((await call(`${gw}/v1/runs/${t.body.run_id}`)).status, 404);
    const bad = await call(`${gw}/v1/workflows/hello/runs?durability=fast`, { method: "POST", body: "{}", headers: json });
    assert.equal(bad.status, 400, JSON.stringify(bad.body));
  });

  // Before the SIGKILL below; the coordinator is frozen for a moment and let go again.
  it("a client waiting only for the end gets the result from the worker that computed it: with the coordinator frozen (SIGSTOP) after the start, the result still comes", async () => {
    const c = cluster!;
    const dir = mkdtempSync(join(tmpdir(), "weft-express-direct-"));
    const gate = join(dir, "open");
    const client = await connect({ url: c.url });
    const runId = newRunId();
    // The worker's first log batch (its root task waiting at the gate): the run is on the worker.
    let onWorker!: () => void;
    const started = new Promise<void>((r) => (onWorker = r));
    const sub = c.bus.subscribe(subjects.runLogs(runId), () => onWorker());
    let frozen = false;
    try {
      const run = await client.submit("test/fixtures/elastic-gated.ts", { gate, salt: 1 }, { durability: "express", runId });
      await started;
      c.coordinator.child.kill("SIGSTOP");
      frozen = true;
      writeFileSync(gate, "");
      // Without the worker's answer, the frozen coordinator would leave the client E_EXPRESS_LOST.
      assert.equal(await run.result(), 11 * 21 + 6);
    } finally {
      if (frozen) c.coordinator.child.kill("SIGCONT");
      sub.unsubscribe();
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("its coordinator SIGKILLed mid-run: the waiting client fails promptly with E_EXPRESS_LOST, saying what to do", async () => {
    const c = cluster!;
    const follower = c.spawn(["submit", "test/fixtures/slow.ts", "--express", "--follow", "--json", "--nats", c.url, "--input", '{"ms": 60000}']);
    await follower.waitForStderr(/waiting 60000 ms/, 30_000);
    c.coordinator.child.kill("SIGKILL");
    await c.coordinator.exited;
    const killedAt = Date.now();
    const end = await follower.exited;
    const waited = Date.now() - killedAt;
    assert.equal(end.code, 1, follower.stderr());
    const last = parseLogLines(follower.stderr()).filter((l) => l.type === "run").at(-1);
    assert.equal(last?.error?.code, "E_EXPRESS_LOST", follower.stderr());
    assert.match(last?.error?.message ?? "", /not resumed by another coordinator.*submit it again, or run it durable/);
    // Promptly: well before the run itself (60 s) would have ended.
    assert.ok(waited < 30_000, `the client waited ${waited} ms`);
  });

});

describe("e2e: an express run whose worker is lost mid-run", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    this.timeout(60_000);
    cluster = await startCluster(["wa", "wb"]);
  });

  after(async function () {
    this.timeout(40_000);
    await cluster?.stop();
  });

  it("runs again on the other worker, which the coordinator names anew: the waiting client takes its result (the coordinator frozen by then)", async () => {
    const c = cluster!;
    const dir = mkdtempSync(join(tmpdir(), "weft-express-lost-"));
    const gate = join(dir, "open");
    const client = await connect({ url: c.url });
    const runId = newRunId();
    // Which worker logs the run first (its root task waiting at the gate): the one to lose.
    let onWorker!: (name: string) => void;
    const placed = new Promise<string>((r) => (onWorker = r));
    const logs = c.bus.subscribe(subjects.runLogs(runId), (m) => {
      const parsed = parseSubject(m.subject);
      if (parsed?.kind === "runLog") onWorker(parsed.worker);
    });
    // The coordinator's running again (placed anew), naming the worker that answers now.
    let onNamed!: (name: string) => void;
    const named = new Promise<string>((r) => (onNamed = r));
    const states = c.bus.subscribe(subjects.runState(runId), (m) => {
      for (const e of decodeMessage(pb.LogBatch, m.data, () => {})?.entries ?? []) {
        if (e.run?.from === "running" && e.run.to === "running" && e.run.resultWorker) onNamed(e.run.resultWorker);
      }
    });
    let frozen = false;
    try {
      const run = await client.submit("test/fixtures/elastic-gated.ts", { gate, salt: 2 }, { durability: "express", runId });
      const first = await placed;
      const lost = c.workers.find((w) => w.args.includes(first));
      assert.ok(lost, `no worker process named ${first}`);
      lost.child.kill("SIGKILL");
      await lost.exited;
      const other = await named;
      assert.notEqual(other, first);
      c.coordinator.child.kill("SIGSTOP");
      frozen = true;
      writeFileSync(gate, "");
      assert.equal(await run.result(), 12 * 21 + 12);
    } finally {
      if (frozen) c.coordinator.child.kill("SIGCONT");
      logs.unsubscribe();
      states.unsubscribe();
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
