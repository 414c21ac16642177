/**
 * End to end (issue 15, item 1): a run submitted with no worker is queued, not failed. Real
 * `nats-server`, `weft coordinator` and `weft worker` processes: the run shows as `queued` in
 * `weft status`/`weft runs --json`, stays queued across a coordinator SIGKILL and restart, and
 * succeeds once a worker joins; a run whose --timeout passes while it is queued fails saying why.
 *
 * Spawns the COMPILED CLI: `npm run -s build` first.
 */
import assert from "node:assert/strict";
import { describeResult, parseLogLines, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";
import { sleep } from "../fixtures/chaos-lib.js";

interface StatusJson {
  run: string;
  state: string;
  result: unknown;
  error: { code: string; message: string } | null;
}

describe("e2e: queued runs (no worker yet)", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    this.timeout(40_000);
    cluster = await startCluster([]);
  });

  after(async function () {
    this.timeout(40_000);
    await cluster?.stop();
  });

  async function status(runId: string): Promise<StatusJson> {
    const r = await runCli(["status", runId, "--json", "--nats", cluster!.url], { timeoutMs: 20_000 });
    assert.equal(r.code, 0, describeResult(r));
    return JSON.parse(r.stdout) as StatusJson;
  }

  async function stateBecomes(runId: string, want: string, timeoutMs: number): Promise<StatusJson> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = await status(runId);
      if (s.state === want) return s;
      if (Date.now() > deadline) throw new Error(`run ${runId} is ${s.state}, not ${want}, after ${timeoutMs} ms: ${JSON.stringify(s)}`);
      await sleep(200);
    }
  }

  it("a run whose --timeout passes while it is queued fails with E_TIMEOUT, saying it never got a worker", async () => {
    const c = cluster!;
    const r = await runCli(["submit", "examples/hello.ts", "--nats", c.url, "--timeout", "2s", "--follow", "--json"], { timeoutMs: 60_000 });
    assert.equal(r.code, 1, describeResult(r));
    const states = parseLogLines(r.stderr).filter((l) => l.type === "run");
    assert.deepEqual(
      states.map((l) => l.to),
      ["submitted", "queued", "failed"],
      describeResult(r),
    );
    assert.equal(states.at(-1)?.error?.code, "E_TIMEOUT");
    assert.match(states.at(-1)?.error?.message ?? "", /waited 2 s in the queue and never got a worker.*weft worker --nats URL.*--timeout/);
  });

  /** `weft runs --json` rows (of `state` only, when given). */
  async function runs(state?: string): Promise<(StatusJson & { deployment: string | null })[]> {
    const listed = await runCli(["runs", ...(state ? ["--state", state] : []), "--json", "--nats", cluster!.url], { timeoutMs: 20_000 });
    assert.equal(listed.code, 0, describeResult(listed));
    return listed.stdout
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as StatusJson & { deployment: string | null });
  }

  it("is queued (in status and runs --json), a triggered event's run too; both stay queued across a coordinator restart and succeed once a worker joins", async () => {
    const c = cluster!;
    const submitted = await runCli(["submit", "examples/hello.ts", "--nats", c.url, "--input", '{"n": 4}'], { timeoutMs: 30_000 });
    assert.equal(submitted.code, 0, describeResult(submitted));
    const runId = submitted.stdout.trim();
    assert.equal((await status(runId)).state, "queued");
    assert.ok((await runs("queued")).some((row) => row.run === runId && row.state === "queued"));

    // An event of a NATS trigger, with no worker: its run is queued as well.
    const deployed = await runCli(["deploy", "examples/hello.ts", "--name", "queued-hello", "--subject", "queued.in", "--nats", c.url]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    const triggered = async () => (await runs("queued")).filter((row) => row.deployment === "queued-hello");
    // The leader picks the deployment up within a second: until then, messages are not heard.
    for (const deadline = Date.now() + 20_000; (await triggered()).length === 0; ) {
      if (Date.now() > deadline) throw new Error(`no queued run of the trigger:\n${c.coordinator.stderr().slice(-3000)}`);
      c.bus.publish("queued.in", new TextEncoder().encode('{"n": 2}'));
      await sleep(500);
    }
    const triggeredIds = (await triggered()).map((row) => row.run);

    // The coordinator dies; another takes over from the record and keeps the run queued.
    const old = c.coordinator;
    old.child.kill("SIGKILL");
    await old.exited;
    const next = c.spawn(["coordinator", "--nats", c.url]);
    await next.waitForStderr(/active on/, 40_000);
    await sleep(1000);
    assert.equal((await status(runId)).state, "queued", next.stderr());

    c.spawn(["worker", "--nats", c.url, "--name", "late"]);
    const done = await stateBecomes(runId, "succeeded", 60_000);
    assert.equal(done.error, null);
    assert.equal(done.result, 24);
    for (const id of triggeredIds) assert.equal((await stateBecomes(id, "succeeded", 60_000)).result, 8);
  });
});
