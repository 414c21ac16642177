/**
 * End to end, elastic capacity (issue 15 item 2): real `nats-server`, `weft coordinator` and
 * `weft worker` processes, real signals. A worker that joins mid-run takes map items not started
 * yet; a worker SIGTERMed mid-run drains (no task runs twice, it exits 0); a drain timeout
 * shorter than a task hands that task back and it runs elsewhere. Attempts are counted from the
 * run's log (`weft submit --follow --json`): every `to: running` line of a map instance.
 *
 * Spawns the COMPILED CLI: `npm run -s build` first.
 */
import assert from "node:assert/strict";
import { startCluster, type CliProcess, type Cluster, type LogLine } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";
import { expectedSlowFanout, Follower, isReplaced } from "../fixtures/chaos-lib.js";

const SLOW_FANOUT = "test/fixtures/chaos-slow-fanout.ts";

const isSlow = (to: string) => (l: LogLine) => l.type === "task" && l.node === "slow" && l.to === to;

/** Per map instance (task id), how often it started running. */
function startsPerItem(f: Follower): Map<string, number> {
  const starts = new Map<string, number>();
  for (const { line } of f.lines) if (isSlow("running")(line)) starts.set(line.task!, (starts.get(line.task!) ?? 0) + 1);
  return starts;
}

/** Which worker ran how many map instances to success. */
function successesPerWorker(f: Follower): Map<string, number> {
  const by = new Map<string, number>();
  for (const { line } of f.lines) if (isSlow("succeeded")(line)) by.set(line.worker!, (by.get(line.worker!) ?? 0) + 1);
  return by;
}

describe("e2e: elastic capacity (workers joining and draining mid-run)", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;

  before(function () {
    if (!hasNatsServer()) this.skip();
  });

  afterEach(async function () {
    this.timeout(40_000);
    await cluster?.stop();
    cluster = undefined;
  });

  /** A worker started by the test (extra flags), once the coordinator has heard it. */
  async function worker(name: string, extra: string[] = []): Promise<CliProcess> {
    const heard = new Promise<void>((resolve) => {
      const sub = cluster!.bus.subscribe(`weft.v1.worker.${name}.heartbeat`, () => {
        sub.unsubscribe();
        resolve();
      });
    });
    const p = cluster!.spawn(["worker", "--nats", cluster!.url, "--name", name, "--slots", "2", ...extra]);
    await heard;
    return p;
  }

  function submit(input: object): Follower {
    return new Follower(cluster!.spawn(["submit", SLOW_FANOUT, "--follow", "--json", "--nats", cluster!.url, "--input", JSON.stringify(input)]));
  }

  it("a worker that joins mid-run runs some of the map items; each item runs once; the result is exact", async () => {
    cluster = await startCluster(["wa"], { slots: 2 });
    const input = { n: 16, salt: 3, minMs: 500, maxMs: 500 };
    const f = submit(input);
    await f.waitFor(isSlow("succeeded"), 30_000, "a first map instance succeeded on wa");
    await worker("wj");
    const end = await f.end(60_000);
    assert.equal(end.code, 0, f.proc.stderr().slice(-3000));
    assert.deepEqual(end.result, expectedSlowFanout(input));
    const by = successesPerWorker(f);
    assert.ok((by.get("wj") ?? 0) > 0, `the joiner ran no map item: ${JSON.stringify([...by])}`);
    assert.equal((by.get("wa") ?? 0) + (by.get("wj") ?? 0), input.n);
    const starts = startsPerItem(f);
    assert.equal(starts.size, input.n);
    for (const [task, n] of starts) assert.equal(n, 1, `${task} started ${n} times`);
    assert.equal(f.count(isReplaced), 0, "the run was not placed again");
  });

  it("SIGTERM mid-run drains the worker: no task runs again, it exits 0, the result is exact", async () => {
    cluster = await startCluster([], { slots: 2 });
    const workers = [await worker("wa"), await worker("wb"), await worker("wc")];
    const input = { n: 24, salt: 5, minMs: 500, maxMs: 500 };
    const f = submit(input);
    await f.waitFor(() => f.count(isSlow("succeeded")) >= 4, 30_000, "4 map instances succeeded");
    // The victim: a worker running map items that holds no other node (else it drains once they ran).
    const holders = new Set(f.lines.filter(({ line }) => line.type === "task" && line.node !== "slow").map(({ line }) => line.worker));
    const running = f.lines.filter(({ line }) => isSlow("running")(line) && !holders.has(line.worker)).map(({ line }) => line.worker);
    const victimName = running.at(-1) ?? "wc";
    const victim = workers.find((w) => w.args.includes(victimName))!;
    victim.child.kill("SIGTERM");
    const exit = await victim.exited;
    assert.equal(exit.code, 0, victim.stderr().slice(-3000));
    const said = victim.stderr();
    assert.match(said, /draining/);
    assert.match(said, /left/);
    const end = await f.end(60_000);
    assert.equal(end.code, 0, f.proc.stderr().slice(-3000));
    assert.deepEqual(end.result, expectedSlowFanout(input));
    const starts = startsPerItem(f);
    assert.equal(starts.size, input.n);
    for (const [task, n] of starts) assert.equal(n, 1, `${task} started ${n} times: a drain must not re-run a task`);
    assert.equal(f.count(isReplaced), 0, "the run was not placed again");
    assert.equal(f.count(isSlow("cancelled")), 0, "no task was cancelled");
    const coordinator = cluster.coordinator.stderr();
    assert.match(coordinator, new RegExp(`worker ${victimName} is draining`));
    assert.match(coordinator, new RegExp(`worker ${victimName} left after draining`));
  });

  it("a drain timeout shorter than a task: the task is handed back, runs again elsewhere, and the run succeeds", async () => {
    cluster = await startCluster([], { slots: 2 });
    const victim = await worker("wa", ["--drain-timeout", "300ms"]);
    await worker("wb");
    const input = { n: 8, salt: 9, minMs: 4000, maxMs: 4000 };
    const f = submit(input);
    await f.waitFor((l) => isSlow("running")(l) && l.worker === "wa", 30_000, "a map instance running on wa");
    victim.child.kill("SIGTERM");
    const exit = await victim.exited;
    assert.equal(exit.code, 0, victim.stderr().slice(-3000));
    assert.match(victim.stderr(), /drain timeout/);
    const end = await f.end(90_000);
    assert.equal(end.code, 0, f.proc.stderr().slice(-3000));
    assert.deepEqual(end.result, expectedSlowFanout(input));
    assert.ok(f.count(isReplaced) >= 1, "the run was placed again for the tasks handed back");
    const again = [...startsPerItem(f)].filter(([, n]) => n > 1);
    assert.ok(again.length > 0, "some task ran again");
  });
});
