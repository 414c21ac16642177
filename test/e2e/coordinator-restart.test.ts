/**
 * End to end (issue 19, item 7): a coordinator SIGKILLed mid-run and started again keeps what
 * finished on the live workers. Real `nats-server`, `weft coordinator` and `weft worker`
 * processes; the workflows count their side effects in files (test/fixtures/adopt-*.ts):
 * every source partition, sink batch and map instance must have run exactly once, and the run
 * must end succeeded with the exact result, its epoch adopted by the new coordinator (never
 * placed again).
 *
 * Spawns the COMPILED CLI: `npm run -s build` first.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";
import { Follower, isReplaced, sleep } from "../fixtures/chaos-lib.js";

/** The lines of `file` (none if it does not exist). */
function lines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter((l) => l !== "") : [];
}

/** Each value and how often it occurs, for those occurring more than once. */
function repeated(values: string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Object.fromEntries([...counts].filter(([, n]) => n > 1));
}

async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

describe("e2e: a coordinator restart keeps what finished on live workers", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;
  let dir = "";

  before(async function () {
    if (!hasNatsServer()) this.skip();
    this.timeout(40_000);
    cluster = await startCluster(["wa", "wb"], { slots: 2 });
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "weft-adopt-"));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  after(async function () {
    this.timeout(40_000);
    await cluster?.stop();
  });

  /**
   * Submits `file` with `input`, SIGKILLs the coordinator once `started()` says the run is under
   * way, starts another, and returns the followed run's end, its status, and a check that the
   * new coordinator adopted the run (called after the side effects are counted, so that a
   * coordinator that places the run again fails on what ran twice).
   */
  async function killedMidRun(file: string, input: unknown, started: () => boolean) {
    const c = cluster!;
    const f = new Follower(c.spawn(["submit", file, "--follow", "--json", "--nats", c.url, "--input", JSON.stringify(input)]));
    await f.waitFor((l) => l.type === "run" && l.to === "running", 30_000, "the run running");
    await waitUntil(started, 30_000, "the run under way");
    const old = c.procs.find((p) => p.args[0] === "coordinator" && p.running())!;
    old.child.kill("SIGKILL");
    await old.exited;
    const next = c.spawn(["coordinator", "--nats", c.url]);
    const end = await f.end(60_000);
    assert.equal(end.code, 0, `the follower should exit 0\nstdout: ${end.stdout}\n--- follower ---\n${f.proc.stderr().slice(-3000)}\n--- coordinator ---\n${next.stderr().slice(-3000)}`);
    const status = await runCli(["status", f.runId!, "--json", "--nats", c.url], { timeoutMs: 20_000 });
    assert.equal(status.code, 0, describeResult(status));
    const adopted = () => {
      const replaced = f.lines.find((l) => isReplaced(l.line));
      assert.equal(replaced, undefined, `the run was placed again: ${JSON.stringify(replaced?.line)}`);
      assert.match(next.stderr(), new RegExp(`run ${f.runId} goes on where it is \\(epoch 0 on wa, wb\\)`));
    };
    return { end, adopted, status: JSON.parse(status.stdout) as Record<string, unknown> };
  }

  it("record stages (sources -> map -> sink): no source partition or sink batch runs twice, the result is exact", async () => {
    const input = { dir, parts: 32, per: 10, ms: 1500 };
    const sources = join(dir, "sources.log");
    // Killed once a few partitions ran: 32 x 1.5 s over 4 slots is ~12 s of work, still going
    // when the new coordinator takes over (its leader lock expires within 6 s).
    const { end, status, adopted } = await killedMidRun("test/fixtures/adopt-stages.ts", input, () => lines(sources).length >= 6);
    let sum = 0;
    for (let p = 0; p < input.parts; p++) for (let i = 0; i < input.per; i++) sum += (p * 1000 + i) ** 2;
    assert.deepEqual(end.result, { write: null, count: { records: input.parts * input.per, sum } });
    const ran = lines(sources);
    assert.deepEqual(repeated(ran), {}, "a source partition ran twice");
    assert.equal(ran.length, input.parts);
    const batches = lines(join(dir, "sinks.log")).map((l) => JSON.parse(l) as { key: string; records: number });
    assert.deepEqual(repeated(batches.map((b) => b.key)), {}, "a sink batch was written twice");
    assert.equal(batches.reduce((n, b) => n + b.records, 0), input.parts * input.per, "every record written once");
    assert.equal(status.state, "succeeded");
    assert.equal(status.tasks_done, status.tasks_total, JSON.stringify(status.nodes));
    adopted();
  });

  it("a task-style fan-out: no map instance runs twice, the result is exact", async () => {
    const input = { dir, n: 32, ms: 1500 };
    const tasks = join(dir, "tasks.log");
    const { end, status, adopted } = await killedMidRun("test/fixtures/adopt-tasks.ts", input, () => lines(tasks).length >= 6);
    let sum = 0;
    for (let i = 0; i < input.n; i++) sum += i * i;
    assert.deepEqual(end.result, { count: input.n, sum });
    const ran = lines(tasks);
    assert.deepEqual(repeated(ran), {}, "a map instance ran twice");
    assert.equal(ran.length, input.n);
    assert.equal(status.state, "succeeded");
    assert.equal(status.tasks_done, status.tasks_total, JSON.stringify(status.nodes));
    adopted();
  });

  // Last: it replaces a worker of the shared cluster.
  it("a worker restarted while no coordinator was up does not run the epoch: the run is placed again, and its result is exact", async () => {
    const c = cluster!;
    const input = { dir, n: 24, ms: 1000 };
    const tasks = join(dir, "tasks.log");
    const f = new Follower(c.spawn(["submit", "test/fixtures/adopt-tasks.ts", "--follow", "--json", "--nats", c.url, "--input", JSON.stringify(input)]));
    await f.waitFor((l) => l.type === "run" && l.to === "running", 30_000, "the run running");
    await waitUntil(() => lines(tasks).length >= 6, 30_000, "the run under way");
    const old = c.procs.find((p) => p.args[0] === "coordinator" && p.running())!;
    old.child.kill("SIGKILL");
    await old.exited;
    const wb = c.procs.find((p) => p.args[0] === "worker" && p.args.includes("wb") && p.running())!;
    wb.child.kill("SIGKILL");
    await wb.exited;
    c.spawn(["worker", "--nats", c.url, "--name", "wb", "--slots", "2"]);
    const next = c.spawn(["coordinator", "--nats", c.url]);
    const end = await f.end(60_000);
    assert.equal(end.code, 0, `the follower should exit 0\n--- follower ---\n${f.proc.stderr().slice(-3000)}\n--- coordinator ---\n${next.stderr().slice(-3000)}`);
    let sum = 0;
    for (let i = 0; i < input.n; i++) sum += i * i;
    assert.deepEqual(end.result, { count: input.n, sum });
    const replaced = f.lines.find((l) => isReplaced(l.line));
    assert.match(replaced?.line.error?.message ?? "", /the coordinator restarted, and worker wb does not run epoch 0 of the run/, JSON.stringify(replaced?.line));
  });
});
