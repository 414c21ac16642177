/**
 * End to end, stage partitions and a worker that joins mid-run (issue 15 item 2): real
 * `nats-server`, `weft coordinator` and `weft worker` processes. The stage-recovery fixture (a
 * source fused with a map, feeding a keyed shuffle, an aggregate and a collect) runs 12 source
 * partitions on one 2-slot worker; the partitions in `gated` hold their slot behind a gate file,
 * so the others wait for a slot when a second worker joins. The joiner must run a share of those
 * (told by the run's log: which worker logged `to: running` for which partition), every
 * partition must run once (the log and the partitions' own side effects), the result must be
 * exact, and the run must never be placed again. A joiner SIGTERMed with partitions of its share
 * still waiting hands them back and leaves once the ones it runs ended: none runs twice. A
 * joiner SIGKILLed with partitions of its share: the run is placed again and ends exact. A
 * worker of the first layout SIGTERMed hands its waiting partitions over the same way.
 *
 * Spawns the COMPILED CLI: `npm run -s build` first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startCluster, startHeardWorker, type CliProcess, type Cluster, type LogLine } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";
import { Follower, isReplaced } from "../fixtures/chaos-lib.js";
import { expectedStageRecovery } from "../fixtures/stage-recovery-result.js";

const FIXTURE = "test/fixtures/stage-recovery.ts";
const PARTS = 12;
const PER = 50;

const isSource = (to: string, worker?: string) => (l: LogLine) => l.type === "task" && l.node === "nums" && l.to === to && (worker === undefined || l.worker === worker);

describe("e2e: stage partitions move to a worker that joins mid-run", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;
  let dir: string | undefined;

  before(function () {
    if (!hasNatsServer()) this.skip();
  });

  afterEach(async function () {
    this.timeout(40_000);
    await cluster?.stop();
    cluster = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A worker started by the test, once the coordinator can have heard it. */
  const worker = (name: string): Promise<CliProcess> => startHeardWorker(cluster!, name);

  /** Starts the run on `workers` (2 slots each) with `gated` held, and waits until each one's slots are held by gated partitions. */
  async function startHeld(gated: number[], workers = ["wa"]): Promise<Follower> {
    cluster = await startCluster(workers, { slots: 2 });
    dir = mkdtempSync(join(tmpdir(), "weft-stage-join-"));
    const input = { dir, parts: PARTS, per: PER, gated };
    const f = new Follower(cluster.spawn(["submit", FIXTURE, "--follow", "--json", "--nats", cluster.url, "--input", JSON.stringify(input)]));
    await f.waitFor(() => f.count(isSource("running")) >= 2 * workers.length, 60_000, "two source partitions running on each worker");
    return f;
  }

  /** The run ended with the exact result, never placed again, every source partition started once (log and side effects). */
  async function ranOnce(f: Follower): Promise<Map<string, string>> {
    const end = await f.end(60_000);
    assert.equal(end.code, 0, f.proc.stderr().slice(-3000));
    assert.deepEqual(end.result, expectedStageRecovery(PARTS, PER));
    assert.equal(f.count(isReplaced), 0, "the run was not placed again");
    const ranOn = new Map<string, string[]>();
    for (const { line } of f.lines) if (isSource("running")(line)) ranOn.set(line.task!, [...(ranOn.get(line.task!) ?? []), line.worker!]);
    assert.equal(ranOn.size, PARTS);
    for (const [task, on] of ranOn) assert.equal(on.length, 1, `${task} started ${on.length} times (${on.join(", ")}): a move must not re-run a partition`);
    const starts = readFileSync(join(dir!, "sources.log"), "utf8").trim().split("\n").sort();
    assert.deepEqual(starts, [...Array(PARTS).keys()].map(String).sort(), "each partition's function ran once");
    // The square stage (fused with nums) ran where its partition ran.
    for (const { line } of f.lines) {
      if (line.type === "task" && line.node === "square" && line.to === "running") assert.equal(line.worker, ranOn.get(line.task!.replace("square", "nums"))?.[0], line.task);
    }
    return new Map([...ranOn].map(([task, on]) => [task, on[0]!]));
  }

  it("a worker that joins while partitions wait for a slot runs a share of them; each runs once; the result is exact", async () => {
    const f = await startHeld([0, 1]);
    await worker("wj");
    // 10 partitions wait on wa's 2 slots; the joiner's weight is half: wa hands it 5.
    await cluster!.workers[0]!.waitForStderr(/worker wj joined; handed it 0 map item\(s\) and 0 task node\(s\) not started here, and 5 stage partition\(s\)/, 30_000);
    await f.waitFor(() => f.count(isSource("succeeded", "wj")) >= 5, 60_000, "the joiner ran its 5 partitions");
    writeFileSync(join(dir!, "open"), "open");
    const ranOn = await ranOnce(f);
    const onJoiner = [...ranOn].filter(([, w]) => w === "wj").map(([t]) => t).sort();
    assert.deepEqual(onJoiner, ["nums[10]", "nums[11]", "nums[7]", "nums[8]", "nums[9]"], "the last 5 partitions moved");
    assert.equal(ranOn.get("nums[0]"), "wa");
    console.log(`      [stage-join] ${onJoiner.length} of ${PARTS} source partitions ran on the joiner`);
  });

  it("SIGTERM on the joiner while partitions of its share wait: they go back, it leaves once those it runs ended, none runs twice", async () => {
    const f = await startHeld([0, 1, 7, 8]);
    const wj = await worker("wj");
    await cluster!.workers[0]!.waitForStderr(/and 5 stage partition\(s\)/, 30_000);
    // The joiner holds its slots with 7 and 8 (gated); 9-11 wait there.
    await f.waitFor(() => f.count(isSource("running", "wj")) >= 2, 30_000, "two partitions running on the joiner");
    wj.child.kill("SIGTERM");
    await wj.waitForStderr(/stage partitions 3 to wa/, 30_000);
    writeFileSync(join(dir!, "open"), "open");
    const exit = await wj.exited;
    assert.equal(exit.code, 0, wj.stderr().slice(-3000));
    assert.match(wj.stderr(), /left: every task placed here finished/);
    const ranOn = await ranOnce(f);
    assert.deepEqual(
      [...ranOn].filter(([, w]) => w === "wj").map(([t]) => t).sort(),
      ["nums[7]", "nums[8]"],
      "the joiner ran only what it had started",
    );
    assert.match(cluster!.coordinator.stderr(), /worker wj left after draining/);
  });

  it("SIGTERM on a worker whose partitions wait for a slot: they move to the other, it leaves once what it holds is done, none runs twice", async () => {
    // 12 partitions on two equal workers: wa owns 0-5, wb 6-11; each holds its slots with two gated ones.
    const f = await startHeld([0, 1, 6, 7], ["wa", "wb"]);
    const wb = cluster!.workers[1]!;
    wb.child.kill("SIGTERM");
    await wb.waitForStderr(/stage partitions 4 to wa/, 30_000);
    writeFileSync(join(dir!, "open"), "open");
    const exit = await wb.exited;
    assert.equal(exit.code, 0, wb.stderr().slice(-3000));
    assert.match(wb.stderr(), /left: every task placed here finished/);
    const ranOn = await ranOnce(f);
    assert.deepEqual(
      [...ranOn].filter(([, w]) => w === "wb").map(([t]) => t).sort(),
      ["nums[6]", "nums[7]"],
      "the drained worker ran only what it had started",
    );
    assert.match(cluster!.coordinator.stderr(), /worker wb left after draining/);
  });

  it("SIGKILL of the joiner after it took partitions: the run is placed again on the first layout and the result is exact", async () => {
    const f = await startHeld([0, 1, 7, 8]);
    const wj = await worker("wj");
    await cluster!.workers[0]!.waitForStderr(/and 5 stage partition\(s\)/, 30_000);
    await f.waitFor(() => f.count(isSource("running", "wj")) >= 2, 30_000, "two partitions running on the joiner");
    wj.child.kill("SIGKILL");
    await f.waitFor(isReplaced, 30_000, "the run placed again");
    writeFileSync(join(dir!, "open"), "open");
    const end = await f.end(60_000);
    assert.equal(end.code, 0, f.proc.stderr().slice(-3000));
    assert.deepEqual(end.result, expectedStageRecovery(PARTS, PER));
    // The new epoch runs every partition on wa (the joiner held no partition of the layout).
    const last = new Map<string, string>();
    for (const { line } of f.lines) if (isSource("succeeded")(line)) last.set(line.task!, line.worker!);
    assert.equal(last.size, PARTS);
    assert.ok([...last.values()].every((w) => w === "wa"), JSON.stringify([...last]));
  });
});
