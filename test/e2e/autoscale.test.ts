/**
 * End to end, the local autoscaler with real processes: `weft coordinator --workers MIN..MAX`
 * on a private nats-server starts `weft worker` processes from demand, stops them after
 * `--idle`, keeps `--warm` ones, replaces a worker that crashes (with back-off, logging its exit
 * code and stderr tail), and refuses bad flags with exit 2. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, parseLogLines, runCli, startCli, type CliProcess } from "../helpers/cli.js";
import { freePort, hasNatsServer, isProcessAlive, startNats, waitFor } from "../helpers/nats.js";
import type { NatsServerProcess } from "../../engine/internal.js";

/** The pids of the live child processes of `pid` (from the process table). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map((l) => Number(l.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there is none
  }
}

/** The workers `weft workers --json` sees. */
async function workersSeen(url: string): Promise<{ name: string; pid: number }[]> {
  const r = await runCli(["workers", "--json", "--nats", url]);
  assert.equal(r.code, 0, describeResult(r));
  return r.stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { name: string; pid: number });
}

/** The coordinator's log lines of one event. */
function events(p: CliProcess, event: string) {
  return parseLogLines(p.stderr()).filter((l) => l.event === event);
}

describe("e2e: autoscaled local workers (weft coordinator --workers MIN..MAX)", function () {
  this.timeout(120_000);
  let nats: NatsServerProcess | undefined;
  let url = "";
  let coordinator: CliProcess | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    nats = await startNats();
    url = nats.url;
  });

  afterEach(async function () {
    this.timeout(30_000);
    const pid = coordinator?.child.pid;
    const children = pid ? childrenOf(pid) : [];
    await coordinator?.stop(10_000);
    coordinator = undefined;
    // Its workers leave with it: none is left behind.
    await waitFor(() => children.every((c) => !isProcessAlive(c)), { timeoutMs: 10_000, message: () => `outlived their parent: ${children.filter(isProcessAlive).join(", ")}` });
  });

  after(async () => {
    await nats?.stop();
  });

  it("refuses bad flags with exit 2 and the reason", async () => {
    const cases: [string[], RegExp][] = [
      [["coordinator", "--nats", url, "--workers", "3..1"], /MIN \(3\) above MAX \(1\)/],
      [["coordinator", "--nats", url, "--workers", "0..2", "--warm", "3"], /--warm 3 is above MAX \(2\)/],
      [["coordinator", "--nats", url, "--workers", "0..2", "--idle", "-5s"], /--idle must be a duration/],
      [["coordinator", "--nats", url, "--workers", "0..2", "--idle", "0"], /--idle must be a duration/],
      [["coordinator", "--nats", url, "--idle", "5s"], /--idle needs --workers/],
      [["dev", "--port", "19999", "--workers", "3..1"], /MIN \(3\) above MAX \(1\)/],
      [["dev", "--port", "19999", "--workers", "0..2", "--warm", "many"], /--warm must be a whole number/],
      // `weft dev` starts 2 workers without --workers, yet --idle and --warm alone scale nothing.
      [["dev", "--port", "19999", "--gateway-port", "0", "--ui-port", "0", "--idle", "5s"], /--idle needs --workers/],
      [["dev", "--port", "19999", "--gateway-port", "0", "--ui-port", "0", "--warm", "1"], /--warm needs --workers/],
    ];
    for (const [args, reason] of cases) {
      const r = await runCli(args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${describeResult(r)}`);
      assert.match(r.stderr, reason, args.join(" "));
    }
  });

  it("with MIN 0 and no work no worker runs; a run starts one, and after --idle none is left", async () => {
    coordinator = startCli(["coordinator", "--nats", url, "--workers", "0..2", "--idle", "2s", "--slots", "4"]);
    await coordinator.waitForStderr("autoscaler.started", 30_000);
    const pid = coordinator.child.pid!;
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(childrenOf(pid), [], "no worker process without work");
    assert.deepEqual(await workersSeen(url), []);
    const run = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", url], { timeoutMs: 60_000 });
    assert.equal(run.code, 0, describeResult(run));
    assert.equal(run.stdout.trim(), "15");
    const spawned = events(coordinator, "worker.spawned");
    assert.ok(spawned.length >= 1, coordinator.stderr().slice(-3000));
    // The run ran on a worker this coordinator started.
    assert.match(run.stderr, new RegExp(`"worker":"${String(spawned[0]!.worker)}"`));
    await waitFor(() => events(coordinator!, "worker.stopped").length === spawned.length && childrenOf(pid).length === 0, {
      timeoutMs: 30_000,
      intervalMs: 200,
      message: () => `workers still running: ${childrenOf(pid).join(", ")}\n${coordinator!.stderr().slice(-3000)}`,
    });
    assert.ok(events(coordinator, "worker.retiring").every((l) => Number(l.idleMs) >= 2000), "stopped only after --idle");
    await waitFor(async () => (await workersSeen(url)).length === 0, { timeoutMs: 15_000, intervalMs: 500, message: "weft workers still lists a worker" });
    assert.equal(events(coordinator, "worker.crashed").length, 0);
  });

  it("--warm 1 keeps one idle worker up", async () => {
    coordinator = startCli(["coordinator", "--nats", url, "--workers", "0..2", "--idle", "1s", "--warm", "1", "--slots", "2"]);
    await coordinator.waitForStderr("worker.spawned", 30_000);
    const pid = coordinator.child.pid!;
    await waitFor(async () => (await workersSeen(url)).length === 1, { timeoutMs: 30_000, intervalMs: 500, message: "the warm worker never beat" });
    // Well past --idle: still one, the same process.
    const [first] = childrenOf(pid);
    await new Promise((r) => setTimeout(r, 3000));
    assert.deepEqual(childrenOf(pid), [first]);
    const seen = await workersSeen(url);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.pid, first);
    assert.equal(events(coordinator, "worker.retiring").length, 0);
  });

  it("a worker started with the coordinator's credentials is one process (no relaunch) and its tasks find no credential in its environment or command line", async () => {
    // The private server takes any token: what matters is where the token travels.
    const token = "tok-autoscaled-0123456789abcdef";
    // Deployed first: the worker imports it as it starts, while it connects with the token.
    const deployed = await runCli(["deploy", "test/fixtures/reads-environ.ts", "--name", "reads-environ", "--nats", url]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    coordinator = startCli(["coordinator", "--nats", url, "--workers", "1..1", "--slots", "2"], { env: { WEFT_NATS_TOKEN: token, WEFT_LOG_LEVEL: "info" } });
    await coordinator.waitForStderr("worker.spawned", 30_000);
    const pid = coordinator.child.pid!;
    await waitFor(async () => (await workersSeen(url)).length === 1, { timeoutMs: 30_000, intervalMs: 300, message: () => `the worker never beat:\n${coordinator!.stderr().slice(-3000)}` });
    const [worker] = childrenOf(pid);
    assert.ok(worker, "the coordinator started a worker process");
    assert.equal((await workersSeen(url))[0]!.pid, worker, "the process the coordinator started is the worker itself");
    assert.deepEqual(childrenOf(worker), [], "the worker did not start itself again to drop its secrets");
    const run = await runCli(["submit", "test/fixtures/reads-environ.ts", "--follow", "--nats", url], { timeoutMs: 60_000 });
    assert.equal(run.code, 0, describeResult(run));
    const read = JSON.parse(run.stdout) as { environ: string; cmdline: string; env: string; envAtImport: string }[];
    assert.equal(read.length, 8);
    const loaded = parseLogLines(coordinator.stderr()).filter((l) => l.event === "bundle.loaded");
    assert.ok(loaded.length === 1 && loaded[0]!.prewarmed === true, `imported once, as the worker started: ${JSON.stringify(loaded)}`);
    for (const x of read) {
      assert.ok(x.environ.includes("WEFT_PARENT_PID="), "the worker's environment was read");
      for (const [what, text] of Object.entries(x)) assert.ok(!text.includes(token), `${what} holds the token:\n${text.replaceAll("\0", "\n").slice(-2000)}`);
    }
    assert.equal((await runCli(["undeploy", "reads-environ", "--nats", url])).code, 0);
  });

  it("a started worker pre-imports deployed bundles, imports a new deployment as it comes, once each, and reports its cold start", async () => {
    const hello = await runCli(["deploy", "examples/hello.ts", "--name", "warm-hello", "--nats", url]);
    assert.equal(hello.code, 0, describeResult(hello));
    const helloHash = hello.stdout.trim().split("@")[1]!;
    coordinator = startCli(["coordinator", "--nats", url, "--workers", "1..1", "--slots", "2"]);
    const loaded = () => parseLogLines(coordinator!.stderr()).filter((l) => l.event === "bundle.loaded");
    // Read from the host's cache, the bundle may be imported before the worker says it serves: wait for both.
    await waitFor(() => loaded().some((l) => String(l.bundle).startsWith(helloHash)) && events(coordinator!, "worker.cold_start").length > 0, {
      timeoutMs: 60_000,
      intervalMs: 200,
      message: () => coordinator!.stderr().slice(-3000),
    });
    assert.equal(loaded()[0]!.prewarmed, true, "imported before any run asked");
    assert.equal(loaded()[0]!.fromHostCache, true, "`weft deploy` bundled it on this host: the worker read it from the host's cache, not the object store");
    const cold = events(coordinator, "worker.cold_start")[0]!;
    for (const f of ["processStartMs", "natsConnectMs", "serveMs"]) assert.ok(Number(cold[f]) > 0, `${f} in ${JSON.stringify(cold)}`);
    assert.equal(cold.bundledCli, true, `the autoscaler starts workers from the worker bundle: ${JSON.stringify(cold)}`);
    const fanout = await runCli(["deploy", "examples/fanout.ts", "--name", "warm-fanout", "--nats", url]);
    assert.equal(fanout.code, 0, describeResult(fanout));
    const fanoutHash = fanout.stdout.trim().split("@")[1]!;
    await waitFor(() => loaded().some((l) => String(l.bundle).startsWith(fanoutHash)), { timeoutMs: 30_000, intervalMs: 200, message: "the new deployment was not pre-imported" });
    for (let i = 0; i < 2; i++) {
      const r = await runCli(["invoke", "warm-hello", "--follow", "--nats", url], { timeoutMs: 60_000 });
      assert.equal(r.stdout.trim(), "15", describeResult(r));
    }
    const r = await runCli(["invoke", "warm-fanout", "--follow", "--input", '{"n": 5}', "--nats", url], { timeoutMs: 60_000 });
    assert.equal(r.code, 0, describeResult(r));
    assert.equal(loaded().length, 2, `each bundle imported once: ${JSON.stringify(loaded())}`);
    assert.ok(loaded().every((l) => l.prewarmed === true));
    const first = events(coordinator, "worker.first_task");
    assert.equal(first.length, 1);
    assert.ok(Number(first[0]!.sinceProcessStartMs) > Number(cold.processStartMs));
    for (const name of ["warm-hello", "warm-fanout"]) assert.equal((await runCli(["undeploy", name, "--nats", url])).code, 0);
  });

  it("`weft worker` started by hand (a joining worker, a scaled Deployment's) runs from the worker bundle too", async () => {
    const worker = startCli(["worker", "--nats", url, "--name", "by-hand", "--slots", "1"], { env: { WEFT_LOG_LEVEL: "info" } });
    try {
      await worker.waitForStderr('"worker.cold_start"', 60_000);
      const cold = events(worker, "worker.cold_start")[0]!;
      assert.equal(cold.bundledCli, true, JSON.stringify(cold));
      assert.equal(typeof cold.extraCaCerts, "boolean", JSON.stringify(cold));
    } finally {
      await worker.stop(10_000);
    }
  });

  it("a worker writes the worker bundle's code cache after its first task; the next one starts from it and still imports workflows", async () => {
    // A cache folder of its own, so the first worker finds no cache (the bundle is read from it too).
    const cacheDir = mkdtempSync(join(tmpdir(), "weft-code-cache-"));
    const caches = () => readdirSync(cacheDir).filter((f) => f.endsWith(".v8cache"));
    const env = { WEFT_CACHE_DIR: cacheDir, WEFT_LOG_LEVEL: "info" };
    try {
      for (const expected of ["absent", "used"]) {
        coordinator = startCli(["coordinator", "--nats", url, "--workers", "1..1", "--slots", "1"], { env });
        await coordinator.waitForStderr('"worker.cold_start"', 60_000);
        const cold = events(coordinator, "worker.cold_start")[0]!;
        assert.equal(cold.codeCache, expected, JSON.stringify(cold));
        const r = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", url], { timeoutMs: 60_000 });
        assert.equal(r.stdout.trim(), "15", describeResult(r));
        await waitFor(() => caches().length === 1, { timeoutMs: 30_000, intervalMs: 100, message: () => `no code cache written in ${cacheDir}: ${readdirSync(cacheDir).join(", ")}` });
        await coordinator.stop(10_000);
        coordinator = undefined;
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it("weft dev --workers 0..1 starts a worker for a run and stops it after --idle", async () => {
    const port = await freePort();
    coordinator = startCli(["dev", "--port", String(port), "--gateway-port", "0", "--ui-port", "0", "--workers", "0..1", "--idle", "1s", "--slots", "2"]);
    await waitFor(() => coordinator!.stdout().includes("0..1 autoscaled workers are up") || !coordinator!.running(), { timeoutMs: 60_000, message: () => coordinator!.stderr() });
    const pid = coordinator.child.pid!;
    const run = await runCli(["submit", "examples/hello.ts", "--follow", "--nats", `nats://127.0.0.1:${port}`], { timeoutMs: 60_000 });
    assert.equal(run.stdout.trim(), "15", describeResult(run));
    await coordinator.waitForStderr(/worker w-1 stopped/, 30_000);
    // Only its nats-server is left among its children.
    await waitFor(async () => (await workersSeen(`nats://127.0.0.1:${port}`)).length === 0, { timeoutMs: 15_000, intervalMs: 500 });
    assert.equal(childrenOf(pid).length, 1);
  });

  it("a worker that crashes at start is replaced with a growing back-off, and the log names its exit code and stderr", async () => {
    coordinator = startCli(["coordinator", "--nats", url, "--workers", "1..1", "--worker-node-options", "--require=./no-such-preload.cjs"]);
    await waitFor(() => events(coordinator!, "worker.crashed").length >= 3, {
      timeoutMs: 60_000,
      intervalMs: 200,
      message: () => coordinator!.stderr().slice(-3000),
    });
    const crashes = events(coordinator, "worker.crashed");
    for (const c of crashes) {
      assert.equal(c.exitCode, 1);
      assert.match((c.stderrTail as string[]).join("\n"), /Cannot find module/);
      assert.match(String(c.msg), /exit code 1/);
    }
    const backoffs = crashes.map((c) => Number(c.backoffMs));
    assert.deepEqual(backoffs.slice(0, 3), [500, 1000, 2000]);
    // Each replacement waited for its back-off: no spinning.
    const spawnedAt = events(coordinator, "worker.spawned").map((l) => Number(l.time));
    const crashedAt = crashes.map((l) => Number(l.time));
    for (let i = 1; i < Math.min(spawnedAt.length, 3); i++) assert.ok(spawnedAt[i]! - crashedAt[i - 1]! >= backoffs[i - 1]! - 50, `start ${i + 1} came too early`);
    assert.ok(coordinator.running(), "the coordinator itself goes on");
  });
});
