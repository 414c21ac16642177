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

  it("is queued (in status and runs --json), stays queued across a coordinator restart, and succeeds once a worker joins", async () => {
    const c = cluster!;
    const submitted = await runCli(["submit", "examples/hello.ts", "--nats", c.url, "--input", '{"n": 4}'], { timeoutMs: 30_000 });
    assert.equal(submitted.code, 0, describeResult(submitted));
    const runId = submitted.stdout.trim();
    assert.equal((await status(runId)).state, "queued");
    const listed = await runCli(["runs", "--state", "queued", "--json", "--nats", c.url], { timeoutMs: 20_000 });
    assert.equal(listed.code, 0, describeResult(listed));
    const rows = listed.stdout
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as StatusJson);
    assert.ok(rows.some((row) => row.run === runId && row.state === "queued"), listed.stdout);

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
    assert.notEqual(done.result, null);
  });
});
