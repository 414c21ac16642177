/**
 * End to end, record stages after a worker's SIGKILL (issue 15 item 2): real `nats-server`,
 * `weft coordinator` and `weft worker` processes. A run of a source (fused with a map) feeding a
 * keyed shuffle, an aggregate and a collect, with one source partition per worker held behind a
 * gate file; once every other partition ended, one worker is killed. The run must end with the
 * fault-free result, and the partitions that ended on the survivors must not run again (their
 * output is kept): counted from the run's log (`to: running` lines) and from the partitions' own
 * side effects (test/fixtures/stage-recovery.ts appends each start to a file).
 *
 * Spawns the COMPILED CLI: `npm run -s build` first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startCluster, type Cluster, type LogLine } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";
import { Follower, isReplaced } from "../fixtures/chaos-lib.js";
import { expectedStageRecovery } from "../fixtures/stage-recovery-result.js";

const FIXTURE = "test/fixtures/stage-recovery.ts";

const isSource = (to: string) => (l: LogLine) => l.type === "task" && l.node === "nums" && l.to === to;

describe("e2e: stage partitions after a worker's SIGKILL", function () {
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

  /**
   * Runs the fixture on 3 workers, kills the victim (by default the worker of nums[4]) once
   * every partition not in `gated` ended, opens the gate once the run is placed again, and
   * checks the result and which partitions ran again (at least `least` of each kind).
   */
  async function killMidRun(
    gated: number[],
    opts: { parts?: number; victim?: (ranOn: Map<string, string>) => string; least?: { kept: number; lost: number } } = {},
  ): Promise<void> {
    cluster = await startCluster(["wa", "wb", "wc"], { slots: 2 });
    dir = mkdtempSync(join(tmpdir(), "weft-stage-recovery-"));
    const input = { dir, parts: opts.parts ?? 12, per: 50, gated };
    const ungated = input.parts - input.gated.length;
    const f = new Follower(cluster.spawn(["submit", FIXTURE, "--follow", "--json", "--nats", cluster.url, "--input", JSON.stringify(input)]));
    await f.waitFor(() => f.count(isSource("succeeded")) >= ungated, 60_000, `${ungated} source partitions ended`);
    const endedOn = new Map<string, string>(); // task -> worker
    for (const { line } of f.lines) if (isSource("succeeded")(line)) endedOn.set(line.task!, line.worker!);
    const ranOn = new Map<string, string>(); // task -> worker, also those still running
    for (const { line } of f.lines) if (isSource("running")(line)) ranOn.set(line.task!, line.worker!);
    const victimName = opts.victim ? opts.victim(ranOn) : endedOn.get("nums[4]")!;
    const victim = cluster.workers.find((w) => w.args.includes(victimName))!;
    victim.child.kill("SIGKILL");
    await f.waitFor(isReplaced, 30_000, "the run placed again");
    writeFileSync(join(dir, "open"), "open");

    const end = await f.end(60_000);
    assert.equal(end.code, 0, f.proc.stderr().slice(-3000));
    assert.deepEqual(end.result, expectedStageRecovery(input.parts, input.per));

    const starts = new Map<string, number>();
    for (const { line } of f.lines) if (isSource("running")(line)) starts.set(line.task!, (starts.get(line.task!) ?? 0) + 1);
    const kept = [...endedOn].filter(([, w]) => w !== victimName).map(([task]) => task);
    const lost = [...endedOn].filter(([, w]) => w === victimName).map(([task]) => task);
    const least = opts.least ?? { kept: 4, lost: 1 };
    assert.ok(kept.length >= least.kept && lost.length >= least.lost, `partitions ended on the survivors (${kept.join(", ")}) and on ${victimName} (${lost.join(", ")})`);
    for (const task of kept) assert.equal(starts.get(task), 1, `${task} ended on a survivor before the loss: it must not run again`);
    for (const task of lost) assert.equal(starts.get(task), 2, `${task} ended on ${victimName}, which was lost: it runs again`);
    // The partitions' own side effects agree with the log.
    const sourceStarts = readFileSync(join(dir, "sources.log"), "utf8").trim().split("\n");
    for (const task of kept) assert.equal(sourceStarts.filter((p) => `nums[${p}]` === task).length, 1, `${task} started once`);
    // The kept partitions are logged as recovered in the new epoch (pending -> succeeded), so every task of it is counted.
    const recovered = f.lines.filter(({ line }) => line.type === "task" && line.node === "nums" && line.from === "pending" && line.to === "succeeded").map(({ line }) => line.task);
    assert.deepEqual([...recovered].sort(), [...kept].sort());
    console.log(`      [stage-recovery] SIGKILL of ${victimName}: ${kept.length} partitions kept on the survivors, ${lost.length} of ${victimName}'s ran again`);
  }

  it("survivors mid-stage (one partition each still running): only the lost worker's partitions and those not ended run again; the result is exact", async () => {
    await killMidRun([3, 7, 11]);
  });

  it("survivors done with the stage (their combined output already sent to the old epoch's consumers): kept too; only the lost worker's partitions run again", async () => {
    await killMidRun([7]);
  });

  it("a survivor that keeps every partition of its own and takes none of the lost worker's sends what it kept at once", async () => {
    // 2 partitions on 3 equal workers: one worker has none of the source (it holds a keyed partition).
    await killMidRun([1], { parts: 2, victim: (ranOn) => ["wa", "wb", "wc"].find((w) => ![...ranOn.values()].includes(w))!, least: { kept: 1, lost: 0 } });
  });
});
