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
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mapSuccesses, runCli, startCluster, startHeardWorker, type CliProcess, type Cluster, type LogLine } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";
import { expectedSlowFanout, Follower, isReplaced } from "../fixtures/chaos-lib.js";

const SLOW_FANOUT = "test/fixtures/chaos-slow-fanout.ts";
const GATED = "test/fixtures/elastic-gated.ts";
const GATED_NODES = ["root", "c0", "c1", "c2", "c3", "c4", "c5", "sum"];

/** elastic-gated's result for `salt`. */
function gatedSum(salt: number): number {
  const root = 10 + salt;
  return [0, 1, 2, 3, 4, 5].reduce((s, i) => s + root * (i + 1) + salt, 0);
}

/** Per task node of elastic-gated: the workers it started running on, in order. */
function gatedStarts(f: Follower): Map<string, string[]> {
  const starts = new Map<string, string[]>();
  for (const { line } of f.lines) {
    if (line.type === "task" && line.to === "running" && GATED_NODES.includes(line.node ?? "")) starts.set(line.node!, [...(starts.get(line.node!) ?? []), line.worker!]);
  }
  return starts;
}

/**
 * Checks an elastic-gated run that ended: exit 0, the exact sum, every node started exactly
 * once, the run never placed again. Returns the worker each node ran on.
 */
async function gatedRanOnce(f: Follower, salt: number): Promise<Map<string, string>> {
  const end = await f.end(60_000);
  assert.equal(end.code, 0, f.proc.stderr().slice(-3000));
  assert.deepEqual(end.result, gatedSum(salt));
  const starts = gatedStarts(f);
  assert.deepEqual([...starts.keys()].sort(), [...GATED_NODES].sort());
  for (const [node, on] of starts) assert.equal(on.length, 1, `${node} started ${on.length} times (${on.join(", ")}): a move must not re-run a task`);
  assert.equal(f.count(isReplaced), 0, "the run was not placed again");
  return new Map([...starts].map(([node, on]) => [node, on[0]!]));
}

/** The nodes of elastic-gated the plan places on the worker `index` of `count` (`weft graph --json` plans as the coordinator does). */
async function gatedNodesOn(count: number, index: number): Promise<string[]> {
  const r = await runCli(["graph", GATED, "--workers", String(count), "--json"]);
  const plan = JSON.parse(r.stdout) as { workers: { name: string }[]; nodes: { name: string; worker: string }[] };
  return plan.nodes.filter((n) => n.worker === plan.workers[index]!.name).map((n) => n.name);
}

const GATED_MAP = "test/fixtures/elastic-gated-map.ts";

/** elastic-gated-map's result for `n` items and `salt`. */
function gatedMapResult(n: number, salt: number): { count: number; sum: number; weighted: number } {
  let sum = 0;
  let weighted = 0;
  for (let k = 0; k < n; k++) {
    sum += k * k + salt;
    weighted += (k + 1) * (k * k + salt);
  }
  return { count: n, sum, weighted };
}

/** The worker (of `names`, in name order) the plan of `file` places `node` on (`weft graph --json` plans as the coordinator does). */
async function plannedWorker(file: string, names: string[], node: string): Promise<string> {
  const r = await runCli(["graph", file, "--workers", String(names.length), "--json"]);
  const plan = JSON.parse(r.stdout) as { workers: { name: string }[]; nodes: { name: string; worker: string }[] };
  const index = plan.workers.findIndex((w) => w.name === plan.nodes.find((n) => n.name === node)?.worker);
  assert.ok(index >= 0, r.stdout);
  return [...names].sort()[index]!;
}

const isSlow = (to: string) => (l: LogLine) => l.type === "task" && l.node === "slow" && l.to === to;

/**
 * The worker (of `names`, in name order) the plan places no node on, only map items: its loss
 * or drain touches nothing but those (`weft graph --json` plans as the coordinator does).
 */
async function mapOnlyWorker(names: string[]): Promise<string> {
  const r = await runCli(["graph", SLOW_FANOUT, "--workers", String(names.length), "--json"]);
  const plan = JSON.parse(r.stdout) as { workers: { name: string }[]; nodes: { worker: string }[] };
  const index = plan.workers.findIndex((w) => !plan.nodes.some((n) => n.worker === w.name));
  assert.ok(index >= 0, r.stdout);
  return [...names].sort()[index]!;
}

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
  const worker = (name: string, extra: string[] = []): Promise<CliProcess> => startHeardWorker(cluster!, name, extra);

  function submit(input: object, file = SLOW_FANOUT): Follower {
    return new Follower(cluster!.spawn(["submit", file, "--follow", "--json", "--nats", cluster!.url, "--input", JSON.stringify(input)]));
  }

  /** A gate file not there yet (elastic-gated's root waits for it), and how to open it. */
  function gate(): { path: string; open(): void; remove(): void } {
    const dir = mkdtempSync(join(tmpdir(), "weft-elastic-"));
    const path = join(dir, "open");
    return { path, open: () => writeFileSync(path, "open"), remove: () => rmSync(dir, { recursive: true, force: true }) };
  }

  it("a worker that joins while task nodes wait for their input takes a share of them; each runs once; the result is exact", async () => {
    cluster = await startCluster(["wa"], { slots: 2 });
    const g = gate();
    try {
      const f = submit({ gate: g.path, salt: 3 }, GATED);
      await f.waitFor((l) => l.type === "task" && l.node === "root" && l.to === "running", 30_000, "root running on wa");
      await worker("wj");
      // wa says what it handed the joiner: only then may root's value go out.
      await cluster.workers[0]!.waitForStderr(/worker wj joined; handed it \d+ map item\(s\) and [1-9]\d* task node\(s\)/, 30_000);
      g.open();
      const ranOn = await gatedRanOnce(f, 3);
      const onJoiner = [...ranOn].filter(([, w]) => w === "wj").map(([n]) => n);
      assert.ok(onJoiner.length > 0, `no task node ran on the joiner: ${JSON.stringify([...ranOn])}`);
      assert.ok(!onJoiner.includes("root"), "root had started on wa: it stays there");
    } finally {
      g.remove();
    }
  });

  it("SIGTERM while task nodes placed there wait for their input: they move to the survivors, the worker leaves before their input exists, nothing runs twice", async () => {
    cluster = await startCluster([], { slots: 2 });
    const workers = [await worker("wa"), await worker("wb"), await worker("wc")];
    // The plan puts root on the first worker and some of its consumers (and sum) on the second.
    const onVictim = await gatedNodesOn(3, 1);
    assert.ok(onVictim.length > 0 && !onVictim.includes("root"), `the plan changed: ${onVictim.join(", ")}`);
    const g = gate();
    try {
      const f = submit({ gate: g.path, salt: 5 }, GATED);
      await f.waitFor((l) => l.type === "task" && l.node === "root" && l.to === "running", 30_000, "root running");
      const victim = workers[1]!;
      // Its StartRun was carried out (a drain that begins before waits for it: this test is about the nodes).
      await victim.waitForStderr(/bundle \w+ loaded/, 30_000);
      victim.child.kill("SIGTERM");
      // It leaves while root still waits at its gate: what it held moved, none of it ran there.
      const exit = await victim.exited;
      assert.equal(exit.code, 0, victim.stderr().slice(-3000));
      assert.match(victim.stderr(), /task nodes \d+ to w/);
      assert.match(victim.stderr(), /left: every task placed here finished/);
      g.open();
      const ranOn = await gatedRanOnce(f, 5);
      for (const node of onVictim) assert.notEqual(ranOn.get(node), "wb", `${node} ran on the drained worker`);
      assert.ok([...ranOn.values()].every((w) => w !== "wb"), "nothing ran on the drained worker");
      assert.match(cluster.coordinator.stderr(), /worker wb left after draining/);
    } finally {
      g.remove();
    }
  });

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
    // The victim runs map items and holds no other node (one that does drains once its nodes ran).
    // Asked before the run: under load, `weft graph` takes long enough for the run to end meanwhile.
    const victimName = await mapOnlyWorker(["wa", "wb", "wc"]);
    const input = { n: 24, salt: 5, minMs: 500, maxMs: 500 };
    const f = submit(input);
    await f.waitFor(() => f.count(isSlow("succeeded")) >= 4, 30_000, "4 map instances succeeded");
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

  it("SIGKILL mid-run: only the lost worker's map items run again (plus what their results feed), not the whole map", async () => {
    cluster = await startCluster(["wa", "wb", "wc"], { slots: 2 });
    // Not the worker that gathers the map's results (they would be lost with it). Asked before
    // the run: under load, `weft graph` takes long enough for the run to end meanwhile.
    const victimName = await mapOnlyWorker(["wa", "wb", "wc"]);
    const input = { n: 24, salt: 11, minMs: 1000, maxMs: 1000 };
    const f = submit(input);
    await f.waitFor(() => f.count(isSlow("succeeded")) >= 8, 30_000, "8 map instances succeeded");
    cluster.workers.find((w) => w.args.includes(victimName))!.child.kill("SIGKILL");
    const killedAt = f.lines.length;
    const end = await f.end(60_000);
    assert.equal(end.code, 0, f.proc.stderr().slice(-3000));
    assert.deepEqual(end.result, expectedSlowFanout(input));
    const victimDone = f.lines.slice(0, killedAt).filter(({ line }) => isSlow("succeeded")(line) && line.worker === victimName).length;
    assert.ok(f.count(isReplaced) >= 1, `the run was placed again (${victimName} had finished ${victimDone} items when it was killed)`);
    // Items that succeeded on a survivor before the loss: their results were sent, so they do not run again
    // (but for the few finished out of order behind one still running: at most a slot's worth per survivor).
    const before = f.lines.slice(0, killedAt).filter(({ line }) => isSlow("succeeded")(line) && line.worker !== victimName).map(({ line }) => line.task!);
    const starts = startsPerItem(f);
    const again = before.filter((task) => (starts.get(task) ?? 0) > 1);
    assert.ok(again.length <= 4, `items done on survivors ran again: ${again.join(", ")}`);
    const rerun = [...starts].filter(([, n]) => n > 1).length;
    assert.ok(rerun <= input.n / 2, `${rerun} of ${input.n} items ran again`);
    console.log(`      [elastic] SIGKILL of ${victimName} after ${before.length} items done on the survivors: ${rerun} of ${input.n} items ran again`);
  });

  // Items 6 and 7 of each worker's block of 8 (the last two it runs) wait for the gate in the second case.
  for (const { when, held } of [
    { when: "every item ended and was gathered", held: [] as number[] },
    { when: "each worker's last two items still wait", held: [6, 7, 14, 15, 22, 23] },
  ]) {
    it(`SIGKILL of the worker that gathers a map once ${when}: only the items it ran run again, the survivors' results go to the new gatherer`, async () => {
      cluster = await startCluster(["wa", "wb", "wc"], { slots: 2 });
      // Asked before the run: under load, `weft graph` takes long enough for the run to end meanwhile.
      const names = ["wa", "wb", "wc"];
      const victimName = await plannedWorker(GATED_MAP, names, "gather");
      assert.notEqual(victimName, await plannedWorker(GATED_MAP, names, "items"), "the list is made on a survivor (else it is lost too)");
      const g = gate();
      try {
        const input = { gate: g.path, n: 24, salt: 13, held };
        const f = submit(input, GATED_MAP);
        // Instances that succeeded at once are logged as ranges (mapSuccesses reads both forms).
        const successes = () => mapSuccesses(f.lines.map(({ line }) => line), "square");
        const ended = input.n - held.length;
        if (held.length === 0) await f.waitFor((l) => l.type === "task" && l.node === "gather" && l.to === "running", 30_000, "gather running");
        else await f.waitFor(() => successes().length >= ended, 30_000, `${ended} items succeeded`);
        const victim = cluster.workers.find((w) => w.args.includes(victimName))!;
        victim.child.kill("SIGKILL");
        await victim.exited;
        const doneBefore = successes();
        g.open();
        const end = await f.end(60_000);
        assert.equal(end.code, 0, f.proc.stderr().slice(-3000));
        assert.deepEqual(end.result, gatedMapResult(input.n, input.salt));
        assert.ok(f.count(isReplaced) >= 1, "the run was placed again");
        assert.equal(new Set(doneBefore.map((d) => d.index)).size, ended, "the items not held had ended before the kill");
        const lost = doneBefore.filter((d) => d.worker === victimName).map((d) => d.index);
        assert.ok(lost.length > 0 && lost.length < ended, `the victim had run ${lost.length} of the items`);
        const runs = new Map<number, number>();
        for (const d of successes()) runs.set(d.index, (runs.get(d.index) ?? 0) + 1);
        assert.equal(runs.size, input.n, "every item succeeded");
        const again = [...runs].filter(([, n]) => n > 1).map(([index]) => index);
        assert.deepEqual(again.sort((a, b) => a - b), lost.sort((a, b) => a - b), "exactly the items that had ended on the lost worker ran again");
        console.log(`      [elastic] SIGKILL of the gatherer ${victimName} once ${when}: ${again.length} of ${input.n} items ran again (its own)`);
      } finally {
        g.remove();
      }
    });
  }

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
