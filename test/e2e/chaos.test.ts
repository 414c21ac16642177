/**
 * End to end, chaos (issue 4, items 2, 3, 7 and 10): real `nats-server`, `weft coordinator` and
 * `weft worker` processes, real signals. A worker SIGKILLed or frozen mid-run, the coordinator
 * SIGKILLed and started again, the NATS server restarted on its store, and all of them during
 * a stream of word-count and fan-out runs: every run must end `succeeded` with the exact answer.
 *
 * Bounded: a handful of runs, a few faults, every wait with a deadline; the whole file takes
 * well under 3 minutes. Random choices (which worker, when, run sizes) come from one seed,
 * printed at the start: replay a failure with WEFT_CHAOS_SEED=<seed>.
 *
 * Spawns the COMPILED CLI: `npm run -s build` first.
 *   npx mocha --no-config -r tsx --timeout 180000 --exit test/e2e/chaos.test.ts
 *
 * On demand (issue 19, item 13): WEFT_CHAOS_CONTENTION=N spins N busy processes, each pinned to
 * a CPU, for the whole file (a loaded machine); WEFT_CHAOS_LOOP=N runs "the chaos run" N times,
 * each on a fresh cluster with its own seed (printed: replay one with WEFT_CHAOS_SEED=<seed>
 * and --grep "the chaos run"). Each prints its runs, faults, exact results and longest run.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, parseLogLines, resultOfLog, runCli, startCluster, type CliProcess, type Cluster, type LogLine } from "../helpers/cli.js";
import { startContention, type Contention } from "../helpers/cpu-contention.js";
import { hasNatsServer } from "../helpers/nats.js";
import { encodeMessage, pb } from "../../engine/internal.js";
import {
  countFromEnv,
  expectedFanout,
  expectedSlowFanout,
  expectedWordcount,
  Follower,
  isReplaced,
  Rng,
  sleep,
  suiteSeed,
  withTimeout,
  writeCorpus,
  type SlowFanoutInput,
} from "../fixtures/chaos-lib.js";

const SLOW_FANOUT = "test/fixtures/chaos-slow-fanout.ts";
const SEED = suiteSeed("WEFT_CHAOS_SEED");
const SLOTS = 2;
/** Busy processes beside the suite (WEFT_CHAOS_CONTENTION). */
const CONTENTION = countFromEnv("WEFT_CHAOS_CONTENTION", 64);
/** How many times the chaos run goes (WEFT_CHAOS_LOOP). */
const LOOP = Math.max(1, countFromEnv("WEFT_CHAOS_LOOP", 1000));
/** The seed of the chaos run's i-th time: the suite's seed first, then new ones derived from it. */
const loopSeed = (i: number) => (i === 0 ? SEED : (SEED + Math.imul(i, 0x9e3779b9)) >>> 0);

/** Measured figures, printed together at the end of the file. */
const figures: string[] = [];
function figure(line: string): void {
  figures.push(line);
  console.log(`      [chaos] ${line}`);
}

function isSlowSuccess(l: LogLine): boolean {
  return l.type === "task" && l.node === "slow" && l.to === "succeeded";
}

/** `weft submit FILE --follow --input JSON` on the cluster, wrapped in a Follower. */
function submitFollow(cluster: Cluster, file: string, input: unknown): Follower {
  return new Follower(cluster.spawn(["submit", file, "--follow", "--json", "--nats", cluster.url, "--input", JSON.stringify(input)]));
}

/** `weft status RUN --json`, parsed. */
async function status(cluster: Cluster, run: string): Promise<Record<string, unknown>> {
  const r = await runCli(["status", run, "--json", "--nats", cluster.url], { timeoutMs: 20_000 });
  assert.equal(r.code, 0, describeResult(r));
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** Asserts that a followed run succeeded with `expected` as its result. */
async function expectSucceeded(f: Follower, expected: unknown, timeoutMs: number, what: string) {
  const end = await f.end(timeoutMs);
  assert.equal(end.code, 0, `${what}: the follower should exit 0\nstdout: ${end.stdout}\n--- stderr (tail) ---\n${f.proc.stderr().slice(-4000)}`);
  assert.deepEqual(end.result, expected, `${what}: wrong result`);
  return end;
}

/** Every process given is still running (none crashed). */
function assertAlive(procs: CliProcess[], what: string): void {
  for (const p of procs) {
    assert.ok(p.running(), `${what}: \`weft ${p.args.join(" ")}\` exited:\n${p.stderr().slice(-3000)}`);
  }
}

describe(`e2e: chaos (seed ${SEED}; replay with WEFT_CHAOS_SEED=${SEED})`, function () {
  this.timeout(120_000);
  const rng = new Rng(SEED);
  let contention: Contention | undefined;

  before(function () {
    if (!hasNatsServer()) this.skip();
    console.log(`      [chaos] seed ${SEED} (replay: WEFT_CHAOS_SEED=${SEED})`);
    contention = startContention(CONTENTION);
    if (CONTENTION > 0) figure(`CPU contention: ${contention.said}`);
  });

  after(async () => {
    await contention?.stop();
    if (figures.length > 0) console.log(`\n      chaos figures (seed ${SEED}):\n${figures.map((f) => `        ${f}`).join("\n")}\n`);
  });

  describe("a worker lost mid-run", function () {
    let cluster: Cluster | undefined;

    beforeEach(async function () {
      this.timeout(40_000);
      cluster = await startCluster(["wa", "wb", "wc"], { slots: SLOTS });
    });

    afterEach(async function () {
      this.timeout(40_000);
      await cluster?.stop();
      cluster = undefined;
    });

    it("SIGKILL: the run is placed again on the survivors and succeeds with the exact result", async () => {
      const r = rng.fork();
      const input: SlowFanoutInput = { n: 900, salt: r.int(1, 1_000_000), minMs: 5, maxMs: 20 };
      const victimName = r.pick(["wa", "wb", "wc"]);
      const victim = cluster!.workers.find((w) => w.args.includes(victimName))!;
      const killAfter = r.int(0, Math.floor(input.n * 0.6));

      const f = submitFollow(cluster!, SLOW_FANOUT, input);
      await f.waitFor((l) => isSlowSuccess(l) && f.count(isSlowSuccess) >= Math.max(1, killAfter), 30_000, `${killAfter} map instances succeeded`);
      victim.child.kill("SIGKILL");
      const killedAt = Date.now();
      const done = f.count(isSlowSuccess);

      const replaced = await f.waitFor(isReplaced, 15_000, "the E_REPLACED run event");
      const replacedMs = Date.parse(String(replaced.line.t)) - killedAt;
      assert.match(replaced.line.error?.message ?? "", new RegExp(`\\b${victimName}\\b`), "the reason names the lost worker");
      assert.match(replaced.line.error?.message ?? "", /heartbeat/);
      const end = await expectSucceeded(f, expectedSlowFanout(input), 60_000, "after a worker's SIGKILL");
      const endMs = end.endedAt - killedAt;
      // Its tasks running elsewhere: the first task that starts running after the re-placement.
      const rerun = f.lines.slice(f.lines.indexOf(replaced) + 1).find((l) => l.line.type === "task" && l.line.to === "running");
      const rerunMs = rerun ? Date.parse(String(rerun.line.t)) - killedAt : NaN;
      assert.equal((await victim.exited).signal, "SIGKILL");

      const s = await status(cluster!, f.runId!);
      assert.equal(s.state, "succeeded");
      assert.ok((s.epoch as number) >= 1, `the run was placed again (epoch ${String(s.epoch)})`);
      assert.ok(!(s.workers as string[]).includes(victimName), `the new placement avoids ${victimName}: ${JSON.stringify(s.workers)}`);
      assert.equal(s.tasks_done, s.tasks_total, "every task of the last epoch counted once");
      assertAlive([cluster!.coordinator, ...cluster!.workers.filter((w) => w !== victim)], "after the SIGKILL");

      figure(
        `worker SIGKILL (${victimName}, after ${done}/${input.n} map instances): -> E_REPLACED ${replacedMs} ms; -> first task running again ${rerunMs} ms (${rerun?.line.task} on ${rerun?.line.worker}); -> run end ${endMs} ms`,
      );
      assert.ok(replacedMs <= 5000, `the lost worker was declared lost within 5 s (took ${replacedMs} ms)`);
    });

    it("SIGKILL and a new worker under the same name at once: the restart is noticed, the run placed again and right", async () => {
      const r = rng.fork();
      const input: SlowFanoutInput = { n: 600, salt: r.int(1, 1_000_000), minMs: 5, maxMs: 20 };
      const victimName = r.pick(["wa", "wb", "wc"]);
      const victim = cluster!.workers.find((w) => w.args.includes(victimName))!;
      const f = submitFollow(cluster!, SLOW_FANOUT, input);
      await f.waitFor((l) => isSlowSuccess(l) && f.count(isSlowSuccess) >= 50, 30_000, "50 map instances succeeded");
      victim.child.kill("SIGKILL");
      await victim.exited;
      // Back well within the 3 s after which a silent worker is lost: only its new process's
      // heartbeat tells that the old one (and what it held) is gone.
      cluster!.spawn(["worker", "--nats", cluster!.url, "--name", victimName, "--slots", String(SLOTS)]);
      const replaced = await f.waitFor(isReplaced, 15_000, "the E_REPLACED run event");
      assert.match(replaced.line.error?.message ?? "", new RegExp(`worker ${victimName} restarted`));
      await expectSucceeded(f, expectedSlowFanout(input), 60_000, "after a worker's restart under the same name");
      const s = await status(cluster!, f.runId!);
      assert.equal(s.state, "succeeded");
      assert.equal(s.tasks_done, s.tasks_total, "every task of the last epoch counted once");
    });

    it("SIGSTOP then SIGCONT: the run succeeds; the thawed worker's stale results change nothing", async () => {
      const r = rng.fork();
      const input: SlowFanoutInput = { n: 1200, salt: r.int(1, 1_000_000), minMs: 5, maxMs: 20 };
      const victimName = r.pick(["wa", "wb", "wc"]);
      const victim = cluster!.workers.find((w) => w.args.includes(victimName))!;
      const freezeAfter = r.int(0, Math.floor(input.n * 0.4));
      const thawAfterMs = r.int(0, 1500);

      const f = submitFollow(cluster!, SLOW_FANOUT, input);
      await f.waitFor((l) => isSlowSuccess(l) && f.count(isSlowSuccess) >= Math.max(1, freezeAfter), 30_000, `${freezeAfter} map instances succeeded`);
      victim.child.kill("SIGSTOP");
      const frozenAt = Date.now();
      let thawed = false;
      try {
        const replaced = await f.waitFor(isReplaced, 15_000, "the E_REPLACED run event");
        const replacedMs = Date.parse(String(replaced.line.t)) - frozenAt;
        assert.match(replaced.line.error?.message ?? "", new RegExp(`\\b${victimName}\\b`));
        await sleep(thawAfterMs);
        victim.child.kill("SIGCONT");
        thawed = true;
        const thawedAt = Date.now();
        const end = await expectSucceeded(f, expectedSlowFanout(input), 60_000, "after a worker froze and thawed");
        // What the thawed worker reported of its old epoch after the SIGCONT (ignored by the coordinator).
        const stale = f.lines.filter((l) => l.at >= thawedAt && l.line.type === "task" && l.line.worker === victimName && l.line.node === "slow");
        figure(
          `worker SIGSTOP (${victimName}): -> E_REPLACED ${replacedMs} ms; SIGCONT ${thawedAt - frozenAt} ms after the stop; -> run end ${end.endedAt - frozenAt} ms; ` +
            `task events from the thawed worker after SIGCONT: ${stale.length} (${stale.filter((l) => l.line.to === "succeeded").length} succeeded, ${stale.filter((l) => l.line.to === "cancelled").length} cancelled)`,
        );
      } finally {
        if (!thawed) victim.child.kill("SIGCONT");
      }
      // Its stale attempt finished or was cancelled meanwhile; the record is the new epoch's alone.
      await sleep(1500);
      const s = await status(cluster!, f.runId!);
      assert.equal(s.state, "succeeded");
      assert.deepEqual(s.result, expectedSlowFanout(input));
      assert.equal(s.tasks_done, s.tasks_total, "stale events were not counted");
      for (const n of s.nodes as Array<{ node: string; total: number; succeeded: number }>) {
        assert.ok(n.succeeded <= n.total, `node ${n.node}: ${n.succeeded} succeeded of ${n.total}`);
      }
      assertAlive([cluster!.coordinator, ...cluster!.workers], "after SIGSTOP/SIGCONT (the thawed worker included)");

      // The thawed worker is a full member again: a new run spread over all three succeeds.
      await sleep(1500);
      const again = submitFollow(cluster!, "examples/fanout.ts", { n: 300 });
      await expectSucceeded(again, expectedFanout(300), 30_000, "a run after the thaw");
      const workers = new Set(again.lines.filter((l) => l.line.type === "task").map((l) => l.line.worker));
      assert.ok(workers.has(victimName), `the thawed worker ${victimName} takes part again: ${[...workers].join(", ")}`);
    });
  });

  // Was a BUG until 737e847: a worker lost while a re-placement still waited for its StartRun
  // reply blocked the next re-placement for up to 60 s (replace() held the run in `replacing`
  // across assign(), which waited for every reply through requestWithRetry(..., 60_000)). The
  // fuzz test hit it with heartbeats of workers that do not exist: a word count took 62 s, not 8.
  // Here the second worker is a "ghost": heartbeats published by the test, no StartRun answered.
  describe("two workers lost a few seconds apart", function () {
    it("a worker lost while a re-placement waits for its StartRun reply: the run is placed again within seconds", async function () {
      this.timeout(120_000);
      const c = await startCluster(["wa", "wb", "wc"], { slots: SLOTS });
      let beat: NodeJS.Timeout | undefined;
      try {
        const input: SlowFanoutInput = { n: 900, salt: 11 };
        const f = submitFollow(c, SLOW_FANOUT, input);
        await f.waitFor(isSlowSuccess, 30_000, "the run under way");
        const heartbeat = () =>
          c.bus.publish("weft.v1.worker.ghost.heartbeat", encodeMessage(pb.WorkerHeartbeat, { name: "ghost", slots: SLOTS, sentAtMs: Date.now() }));
        heartbeat();
        beat = setInterval(heartbeat, 500);
        await sleep(600);
        c.workers.find((w) => w.args.includes("wa"))!.child.kill("SIGKILL");
        const first = await f.waitFor(isReplaced, 15_000, "the first re-placement");
        assert.match(first.line.error?.message ?? "", /placed again on ghost, wb, wc/);
        clearInterval(beat);
        beat = undefined;
        const lastBeat = Date.now();
        const second = await f.waitFor((l) => isReplaced(l) && /ghost stopped heartbeating/.test(l.error?.message ?? ""), 20_000, "the second re-placement");
        const secondMs = Date.parse(String(second.line.t)) - lastBeat;
        assert.ok(secondMs <= 5000, `second re-placement ${secondMs} ms after the ghost's last heartbeat`);
        const end = await expectSucceeded(f, expectedSlowFanout(input), 60_000, "after two workers were lost");
        figure(`second worker lost during a re-placement: its last heartbeat -> E_REPLACED ${secondMs} ms; -> run end ${end.endedAt - lastBeat} ms`);
      } finally {
        if (beat) clearInterval(beat);
        await c.stop();
      }
    });
  });

  describe("the coordinator SIGKILLed mid-run and started again", function () {
    let cluster: Cluster | undefined;

    before(async function () {
      this.timeout(40_000);
      cluster = await startCluster(["wa", "wb", "wc"], { slots: SLOTS });
    });

    after(async function () {
      this.timeout(40_000);
      await cluster?.stop();
    });

    it("resumes the run from the KV store where it is (every worker live); it succeeds with the exact result", async () => {
      const r = rng.fork();
      // ~12.5 s of work over 6 slots, in few (slow) map instances so that the run's log replays
      // quickly: still running when the new coordinator takes over (~6-8 s after the kill). It
      // then reads the run's log until it has been quiet for 500 ms, and, every worker of the
      // run being live, adopts its epoch: nothing is placed again or computed twice.
      const input: SlowFanoutInput = { n: 300, salt: r.int(1, 1_000_000), minMs: 200, maxMs: 300 };
      // At least 600 ms into the run, so that its record says "running" (a test below kills it
      // earlier).
      const killDelay = r.int(600, 3000);
      const f = submitFollow(cluster!, SLOW_FANOUT, input);
      const running = await f.waitFor((l) => l.type === "run" && l.to === "running", 30_000, "the run running");
      await sleep(Math.max(0, running.at + killDelay - Date.now()));
      const old = cluster!.coordinator;
      const doneBefore = f.count(isSlowSuccess);
      old.child.kill("SIGKILL");
      const killedAt = Date.now();
      await old.exited;
      const next = cluster!.spawn(["coordinator", "--nats", cluster!.url]);
      const resumedLine = await next.waitForStderr(new RegExp(`resuming run ${f.runId}`), 30_000);
      const resumedMs = Date.now() - killedAt;
      assert.match(resumedLine, /\(running, epoch 0\)/);
      await next.waitForStderr(/active on/, 30_000);
      const end = await expectSucceeded(f, expectedSlowFanout(input), 60_000, "after a coordinator restart");
      const endMs = end.endedAt - killedAt;
      const replaced = f.lines.find((l) => isReplaced(l.line));
      assert.equal(replaced, undefined, `the resumed run was placed again: ${JSON.stringify(replaced?.line)}`);
      assert.match(next.stderr(), new RegExp(`run ${f.runId} goes on where it is \\(epoch 0 on wa, wb, wc\\)`));
      const instances = f.count((l) => l.type === "task" && l.node === "slow" && l.to === "running");
      assert.equal(instances, input.n, "every map instance ran once");

      const s = await status(cluster!, f.runId!);
      assert.equal(s.state, "succeeded");
      assert.deepEqual(s.result, expectedSlowFanout(input));
      const runs = await runCli(["runs", "--nats", cluster!.url], { timeoutMs: 20_000 });
      assert.equal(runs.code, 0, describeResult(runs));
      assert.match(runs.stdout, new RegExp(`${f.runId}\\s+chaos-slow-fanout\\s+succeeded`));
      assertAlive([next, ...cluster!.workers], "after the coordinator restart");
      figure(
        `coordinator SIGKILL (${killDelay} ms into the run, ${doneBefore}/${input.n} map instances done): -> "resuming run" ${resumedMs} ms; -> run end ${endMs} ms (adopted, ${instances} instances run for ${input.n})`,
      );
    });

    // Were BUGs: until 4f13b70, a coordinator SIGKILLed within ~250 ms of assigning a run (before
    // the throttled persist wrote "running" to KV) resumed it as "submitted" with assign() in the
    // SAME epoch 0; the workers answered that StartRun as a repeat, the sink value that reached
    // the new coordinator while its tracker was still "submitted" was dropped, and the run never
    // ended. Until 737e847, when the coordinator died between writing the record and replying
    // (2 of 4 tries), `weft submit --follow` exited 3 ("request on weft.v1.coord.submit timed out
    // after 30000 ms") although the run was resumed and succeeded.
    it("a coordinator SIGKILLed right after assigning a run: the recorded run is resumed and ends right", async function () {
      this.timeout(90_000);
      const c = await startCluster(["wa", "wb", "wc"], { slots: SLOTS });
      try {
        const input: SlowFanoutInput = { n: 150, salt: 1 };
        const f = submitFollow(c, SLOW_FANOUT, input);
        await f.waitFor((l) => l.type === "run" && l.to === "running", 30_000, "the run running");
        c.coordinator.child.kill("SIGKILL");
        const killedAt = Date.now();
        await c.coordinator.exited;
        const next = c.spawn(["coordinator", "--nats", c.url]);
        await next.waitForStderr(/active on/, 30_000);
        const line = next.stderr().split("\n").find((l) => l.includes(`resuming run ${f.runId}`));
        // Since cea6272 the record is written while the workers start: a coordinator killed in
        // that instant leaves no record (a race: from 1 try in 3 to 1 in 10 here), and then the
        // submitter hangs (BUG test below). Otherwise the run must be resumed and end right.
        if (line === undefined) {
          await f.proc.stop();
          figure("coordinator SIGKILL right after the assignment: the run was not recorded yet (see the BUG test); submitter stopped");
          return;
        }
        const logs = await runCli(["logs", f.runId!, "--follow", "--nats", c.url], { timeoutMs: 40_000 });
        assert.equal(logs.code, 0, describeResult(logs));
        assert.deepEqual(resultOfLog(logs.stdout), expectedSlowFanout(input));
        const endedAt = Date.parse(String(parseLogLines(logs.stdout).filter((l) => l.type === "run").at(-1)?.t));
        const s = await status(c, f.runId!);
        assert.equal(s.state, "succeeded");
        assert.deepEqual(s.result, expectedSlowFanout(input));
        // The submitter follows it to its end too, although the coordinator that took the
        // submission may have died before replying (then after its 30 s request timeout).
        const end = await expectSucceeded(f, expectedSlowFanout(input), 45_000, "the submitter of a resumed run");
        figure(
          `coordinator SIGKILL right after the assignment (record: ${/\((\w+), epoch/.exec(line)?.[1] ?? "?"}): -> run end ${endedAt - killedAt} ms; the submitter exited ${end.code} ${Date.now() - killedAt} ms after the kill`,
        );
      } finally {
        await c.stop();
      }
    });

    // BUG: a coordinator SIGKILLed after onSubmit() started the workers but before the run
    // record reached KV (cea6272: "the record is written while the workers start") leaves an
    // orphan: the workers run it to the end (gather succeeded, side effects done), no coordinator
    // resumes it (no record: `weft status RUN` says no such run), and `weft submit --follow`
    // never exits: its request times out after 30 s, and since 737e847 submitFollowed() keeps
    // following because the run's log has entries (handle.seen() > 0: "submitted" and "running"
    // are published before the record is written). Expected: the submission is reported failed
    // (or the run is recorded before anything is published or started, and resumed). Got: the
    // submitter hangs forever. A race: from 1 try in 3 to 1 in 10 here (the test tries up to 12
    // times; if the race is never hit it says so and passes, inconclusive).
    // Reproduce: 3 workers; `weft submit test/fixtures/chaos-slow-fanout.ts --follow --input
    // '{"n":150,"salt":1}'`; SIGKILL the coordinator as soon as the follower prints the run's
    // submitted -> running line; start `weft coordinator`; when it does not print "resuming run
    // RUN", the follower never ends.
    // The coordinator records a run (KV create) before anything of it is visible, so killing it
    // "right after the submission" at random always found the run recorded. Deterministic
    // instead: the coordinator is frozen, so the submission waits unread in its socket, then
    // killed with it. Nobody ever takes that run: the submitter must say so and exit.
    it("a coordinator SIGKILLed with a submission it never read: the submitter reports it and exits", async function () {
      this.timeout(120_000);
      const c = await startCluster(["wa", "wb"], { slots: SLOTS });
      try {
        const coordinator = c.procs.find((p) => p.args[0] === "coordinator" && p.running())!;
        coordinator.child.kill("SIGSTOP");
        const started = Date.now();
        const f = submitFollow(c, SLOW_FANOUT, { n: 20, salt: 199 } satisfies SlowFanoutInput);
        await new Promise((r) => setTimeout(r, 3000)); // bundled, uploaded, submitted: unread
        coordinator.child.kill("SIGKILL");
        await coordinator.exited;
        const next = c.spawn(["coordinator", "--nats", c.url]);
        await next.waitForStderr(/active on/, 30_000);
        const end = await f.end(60_000);
        assert.notEqual(end.code, 0, `a submission nobody took is reported failed\n${f.proc.stderr().slice(-2000)}`);
        assert.match(f.proc.stderr(), /coordinator/i, `the message says the coordinator did not answer:\n${f.proc.stderr().slice(-1500)}`);
        assert.ok(!next.stderr().includes("resuming run"), next.stderr());
        figures.push(`unread submission: the submitter exited ${end.code} ${Date.now() - started} ms after submitting`);
      } finally {
        await c.stop();
      }
    });

    // Was a BUG until 737e847 (bookkeeping): a run that finished on the workers while the
    // coordinator was away ended right, but the new epoch started map instances nothing needed
    // (gather's value was kept) and cancelled them: `weft status` said tasks 9/602.
    it("a run finished while the coordinator was away: it ends right and its record counts every task once", async function () {
      this.timeout(90_000);
      const c = await startCluster(["wa", "wb", "wc"], { slots: SLOTS });
      try {
        const input: SlowFanoutInput = { n: 600, salt: 5 };
        const f = submitFollow(c, SLOW_FANOUT, input);
        const running = await f.waitFor((l) => l.type === "run" && l.to === "running", 30_000, "the run running");
        await sleep(Math.max(0, running.at + 600 - Date.now()));
        c.coordinator.child.kill("SIGKILL");
        await c.coordinator.exited;
        c.spawn(["coordinator", "--nats", c.url]);
        await expectSucceeded(f, expectedSlowFanout(input), 40_000, "a run finished while the coordinator was away");
        const s = await status(c, f.runId!);
        assert.equal(s.state, "succeeded");
        assert.deepEqual(s.result, expectedSlowFanout(input));
        assert.equal(s.tasks_done, s.tasks_total, JSON.stringify(s.nodes));
      } finally {
        await c.stop();
      }
    });
  });

  describe("a submission while no coordinator answers", function () {
    it("on a NATS a coordinator has served, the submitter waits for the next one (up to 15 s), saying so, and the run succeeds", async function () {
      this.timeout(90_000);
      const c = await startCluster(["wa"], { slots: SLOTS });
      try {
        c.coordinator.child.kill("SIGKILL");
        await c.coordinator.exited;
        const submitted = Date.now();
        const sub = runCli(["submit", "examples/hello.ts", "--follow", "--nats", c.url], { timeoutMs: 60_000 });
        await sleep(2000);
        c.spawn(["coordinator", "--nats", c.url]);
        const r = await sub;
        assert.equal(r.code, 0, describeResult(r));
        assert.equal(r.stdout, "15\n");
        assert.match(r.stderr, /no coordinator answers yet; waiting up to 15 s/);
        assert.ok(Date.now() - submitted >= 2000);
      } finally {
        await c.stop();
      }
    });
  });

  describe("the NATS server restarted mid-run", function () {
    let cluster: Cluster | undefined;

    before(async function () {
      this.timeout(40_000);
      cluster = await startCluster(["wa", "wb", "wc"], { slots: SLOTS });
    });

    after(async function () {
      this.timeout(40_000);
      await cluster?.stop();
    });

    it("every client reconnects and the run succeeds with the exact result", async () => {
      const r = rng.fork();
      const input: SlowFanoutInput = { n: 900, salt: r.int(1, 1_000_000), minMs: 15, maxMs: 40 };
      const restartAfter = r.int(1, Math.floor(input.n * 0.5));
      const f = submitFollow(cluster!, SLOW_FANOUT, input);
      await f.waitFor((l) => isSlowSuccess(l) && f.count(isSlowSuccess) >= restartAfter, 30_000, `${restartAfter} map instances succeeded`);
      const port = cluster!.nats.port;
      const t0 = Date.now();
      await withTimeout(cluster!.nats.restart(), 30_000, "nats-server restart");
      const downMs = Date.now() - t0;
      assert.equal(cluster!.nats.port, port, "same port");
      const end = await expectSucceeded(f, expectedSlowFanout(input), 60_000, "after a NATS restart");
      assertAlive([cluster!.coordinator, ...cluster!.workers], "after the NATS restart");
      for (const p of [cluster!.coordinator, ...cluster!.workers]) {
        assert.match(p.stderr(), /NATS reconnected/, `\`weft ${p.args.join(" ")}\` says it reconnected`);
      }
      const replaced = f.count(isReplaced);
      figure(`NATS restart (after ${restartAfter}/${input.n} map instances): server down ${downMs} ms; run end ${end.endedAt - t0} ms after the restart began; re-placements ${replaced}`);

      // And the cluster keeps working.
      const again = submitFollow(cluster!, "examples/fanout.ts", { n: 120 });
      await expectSucceeded(again, expectedFanout(120), 30_000, "a run after the NATS restart");
    });

    // Was a BUG: task events logged while NATS was down were still retrying in the workers when
    // the run's end entered the stream; readers stop at the end, so `submit --follow` and
    // `weft logs` never showed them (a block of tasks without a single state change).
    it("killed and down 5 s mid-run: the log the follower reads holds every task's end before the run's", async function () {
      this.timeout(120_000);
      const input: SlowFanoutInput = { n: 400, salt: rng.fork().int(1, 1_000_000), minMs: 40, maxMs: 40 };
      const f = submitFollow(cluster!, SLOW_FANOUT, input);
      await f.waitFor((l) => isSlowSuccess(l) && f.count(isSlowSuccess) >= 40, 30_000, "40 map instances succeeded");
      cluster!.nats.kill("SIGKILL");
      await cluster!.nats.waitForExit();
      await sleep(5000);
      await withTimeout(cluster!.nats.restart(), 30_000, "nats-server restart");
      await expectSucceeded(f, expectedSlowFanout(input), 60_000, "after NATS was down 5 s");
      if (f.count(isReplaced) > 0) return; // a re-placement re-runs tasks: the count below would not say much
      const ended = new Set(f.lines.filter((l) => isSlowSuccess(l.line)).map((l) => l.line.task));
      assert.equal(ended.size, input.n, `the follower saw ${ended.size} of ${input.n} map instances succeed`);
    });
  });

  // Was a BUG: the coordinator held its own outage against the workers. 3 s into it every
  // worker counted as lost, the run waited for one, and 10 s later (its wait for a worker)
  // failed E_NO_WORKERS, blaming the workers, while they and the coordinator were still up.
  describe("the NATS server down mid-run for longer than the coordinator waits for a worker", function () {
    it("the outage is not held against the workers; one that died during it is found after a grace: the run succeeds", async function () {
      this.timeout(120_000);
      // Longer than loss (3 s) + wait for a worker (10 s) + the watchdog's ticks: the run failed.
      const OUTAGE_MS = 15_000;
      const c = await startCluster(["wa", "wb", "wc"], { slots: SLOTS });
      try {
        const r = rng.fork();
        const input: SlowFanoutInput = { n: 500, salt: r.int(1, 1_000_000), minMs: 40, maxMs: 40 };
        const f = submitFollow(c, SLOW_FANOUT, input);
        await f.waitFor((l) => isSlowSuccess(l) && f.count(isSlowSuccess) >= 60, 30_000, "60 map instances succeeded");
        c.nats.kill("SIGKILL");
        await c.nats.waitForExit();
        const downAt = Date.now();
        // A worker that dies while NATS is down: nobody can tell until NATS is back.
        const victim = c.workers.find((w) => w.args.includes("wc"))!;
        victim.child.kill("SIGKILL");
        await sleep(OUTAGE_MS - (Date.now() - downAt));
        await withTimeout(c.nats.restart(), 30_000, "nats-server restart");
        const upAt = Date.now();

        const end = await expectSucceeded(f, expectedSlowFanout(input), 60_000, `after NATS was down ${OUTAGE_MS / 1000} s`);
        const replaced = f.lines.filter((l) => isReplaced(l.line));
        const said = replaced.map((l) => l.line.error?.message ?? "");
        assert.ok(replaced.length >= 1, "the dead worker's part was placed again");
        for (const message of said) {
          // Only the dead worker, and the outage rather than a blocked function as the cause.
          assert.match(message, /^worker wc did not heartbeat again after NATS was unreachable for 1\d\.\d s/, `re-placement: ${message}`);
        }
        // Found after a full loss window from the reconnect, not at once.
        const foundMs = Date.parse(String(replaced[0]!.line.t)) - upAt;
        assert.ok(foundMs >= 2500 && foundMs <= 10_000, `the dead worker was declared lost ${foundMs} ms after NATS was back`);
        const survivors = [c.coordinator, ...c.workers.filter((w) => w !== victim)];
        assertAlive(survivors, "after the outage");
        for (const p of survivors) assert.match(p.stderr(), /NATS reconnected/, `\`weft ${p.args.join(" ")}\` says it reconnected`);
        figure(
          `NATS down ${upAt - downAt} ms mid-run, worker wc SIGKILLed meanwhile: -> wc declared lost ${foundMs} ms after NATS was back; -> run end ${end.endedAt - upAt} ms after (re-placements ${replaced.length})`,
        );
      } finally {
        await c.stop();
      }
    });
  });

  describe("the chaos run (issue 4, item 10)", function () {
    let cluster: Cluster | undefined;
    let corpus = "";

    // A fresh cluster each time (WEFT_CHAOS_LOOP): the check of every recorded run is per time.
    // Its start may take long on a loaded machine (WEFT_CHAOS_CONTENTION, or the loop beside others).
    beforeEach(async function () {
      this.timeout(120_000);
      corpus = mkdtempSync(join(tmpdir(), "weft-chaos-corpus-"));
      cluster = await startCluster(["wa", "wb", "wc"], { slots: SLOTS });
    });

    afterEach(async function () {
      this.timeout(40_000);
      await cluster?.stop();
      if (corpus) rmSync(corpus, { recursive: true, force: true });
    });

    for (let time = 0; time < LOOP; time++) {
      const seed = loopSeed(time);
      const which = LOOP > 1 ? ` (time ${time + 1} of ${LOOP}, seed ${seed}: replay with WEFT_CHAOS_SEED=${seed})` : "";
      it(`word count and fan-out runs through worker SIGKILLs, a coordinator restart and a NATS restart: every run correct${which}`, async function () {
        this.timeout(150_000);
        const c = cluster!;
        const r = new Rng(seed);
        const texts = writeCorpus(corpus, r, 24, 1500);
        const wcInput = { input: corpus, maps: 4, reduces: 3, top: 12 };
        const wcExpected = expectedWordcount(texts, wcInput.top);

        type Kind = "wordcount" | "fanout" | "slow-fanout";
        interface Submitted {
          kind: Kind;
          lane: number;
          input: unknown;
          expected: unknown;
          runId?: string;
          ok: boolean;
          problem?: string;
          /** From its submission to its submitter's exit. */
          ms: number;
        }
        const submitted: Submitted[] = [];
        const refusals: string[] = [];
        /** Runs whose submitter exited with an error although the run went on. */
        const lost: string[] = [];
        const faults: string[] = [];
        let coordinator = c.coordinator;
        const workers = new Map(c.workers.map((w) => [w.args[w.args.indexOf("--name") + 1]!, w]));
        const everyProcess: CliProcess[] = [...c.procs];
        let faultsDone = false;
        let saltSeq = 0;
        const started = Date.now();
        const HARD_DEADLINE = started + 120_000;

        const live = new Set<Follower>();

        const nextRun = (lane: number, k: number, lr: Rng): { kind: Kind; file: string; input: unknown; expected: unknown } => {
          const salt = ++saltSeq * 1000 + lr.int(0, 999);
          const choice = lane === 0 ? "slow-fanout" : lane === 1 ? (k % 2 === 0 ? "wordcount" : "fanout") : k % 2 === 0 ? "slow-fanout" : "wordcount";
          if (choice === "wordcount") return { kind: "wordcount", file: "examples/wordcount.ts", input: wcInput, expected: wcExpected };
          if (choice === "fanout") {
            const n = lr.int(50, 400);
            return { kind: "fanout", file: "examples/fanout.ts", input: { n }, expected: expectedFanout(n) };
          }
          const input: SlowFanoutInput = { n: lr.int(200, 500), salt, minMs: 10, maxMs: 30 };
          return { kind: "slow-fanout", file: SLOW_FANOUT, input, expected: expectedSlowFanout(input) };
        };

        /** What the next session needs to find out why a run did not end right: its own events and what every coordinator said about it. */
        const story = async (runId: string): Promise<string> => {
          const log = await runCli(["logs", runId, "--nats", c.url], { timeoutMs: 20_000 });
          const runEvents = (log.stdout + log.stderr).split("\n").filter((l) => l.includes('"type":"run"'));
          const saidBy = (role: string) => everyProcess.filter((p) => p.args[0] === role).flatMap((p) => p.stderr().split("\n").filter((l) => l.includes(runId)));
          const st = await runCli(["status", runId, "--json", "--nats", c.url], { timeoutMs: 20_000 });
          return (
            `status: ${st.stdout.slice(0, 1500)}; run events: ${runEvents.join(" ").slice(0, 3000)}; ` +
            `coordinators: ${saidBy("coordinator").join(" | ").slice(0, 4000)}; workers: ${saidBy("worker").join(" | ").slice(0, 4000)}`
          );
        };

        /** One submission, retried while it is refused (no coordinator / no NATS: no run was made). */
        const submitOne = async (lane: number, k: number, lr: Rng): Promise<void> => {
          const plan = nextRun(lane, k, lr);
          for (let attempt = 1; ; attempt++) {
            const f = submitFollow(c, plan.file, plan.input);
            const t0 = Date.now();
            everyProcess.push(f.proc);
            live.add(f);
            let end;
            try {
              end = await f.end(Math.max(5_000, HARD_DEADLINE - Date.now()));
            } catch (err) {
              // A hang: said with the run's story, not thrown (the other lanes finish first).
              const runId = f.runId;
              await f.proc.stop();
              const problem = `HANG: ${(err as Error).message.split("\n")[0]}; ${runId ? await story(runId) : "no run id"}`;
              submitted.push({ kind: plan.kind, lane, input: plan.input, expected: plan.expected, runId, ok: false, problem, ms: Date.now() - t0 });
              return;
            } finally {
              live.delete(f);
            }
            const accepted = f.lines.some((l) => l.line.type === "run" && l.line.to === "submitted");
            const stderr = f.proc.stderr();
            if (!accepted && end.code !== 0 && attempt < 30 && Date.now() < HARD_DEADLINE - 20_000) {
              const why = stderr.split("\n").find((l) => l.startsWith("weft:")) ?? `exit ${end.code}`;
              refusals.push(`lane ${lane}: ${why}`);
              await sleep(750);
              continue;
            }
            const s: Submitted = { kind: plan.kind, lane, input: plan.input, expected: plan.expected, runId: f.runId, ok: false, ms: Date.now() - t0 };
            let result = end.result;
            let stdout = end.stdout;
            let code = end.code;
            if (code !== 0 && accepted && f.runId && /timed out/.test(stderr)) {
              // The submitter gave up on a run it had submitted (a BUG until 737e847, see "right
              // after assigning a run" above): follow the run itself to its end, and say so.
              lost.push(`${f.runId}: ${stderr.split("\n").find((l) => l.startsWith("weft:")) ?? ""}`);
              const again = await runCli(["logs", f.runId, "--follow", "--nats", c.url], { timeoutMs: Math.max(5_000, HARD_DEADLINE - Date.now()) });
              code = again.code;
              stdout = again.stdout;
              result = resultOfLog(again.stdout);
            }
            if (code !== 0) s.problem = `exit ${code}: ${stderr.slice(-1500)}`;
            else if (code !== end.code) s.problem = `the submitter exited ${end.code} (${lost.at(-1)}), although the run succeeded`;
            else {
              try {
                assert.deepEqual(result, plan.expected);
                s.ok = true;
              } catch {
                s.problem = `wrong result ${stdout.trim().slice(0, 300)}`;
              }
            }
            submitted.push(s);
            return;
          }
        };

        const lane = async (n: number): Promise<void> => {
          const lr = r.fork();
          await sleep(n * 300);
          // Until the faults are over, then one more run each (bounded: 10 runs per lane).
          for (let k = 0; k < 10 && Date.now() < HARD_DEADLINE - 25_000; k++) {
            const wasDone = faultsDone;
            await submitOne(n, k, lr);
            if (wasDone) return;
          }
        };

        /** Waits until some run is in progress (a follower saw it running and it has not ended). */
        const someRunInProgress = async () => {
          const deadline = Date.now() + 20_000;
          while (Date.now() < deadline) {
            for (const f of live) {
              const running = f.lines.some((l) => l.line.type === "run" && l.line.to === "running");
              const ended = f.lines.some((l) => l.line.type === "run" && ["succeeded", "failed", "cancelled"].includes(String(l.line.to)));
              if (running && !ended) return true;
            }
            await sleep(50);
          }
          return false;
        };

        /**
         * Starts a worker and, like a supervisor, starts it again when it exits because NATS was
         * unreachable at its start (a first connect needs a server up, docs/operations.md: under
         * load, a replacement's start can fall into the NATS restart that follows). A worker
         * that dies any other way stays dead (assertAlive says so).
         */
        const startWorker = (name: string): void => {
          const p = c.spawn(["worker", "--nats", c.url, "--name", name, "--slots", String(SLOTS)]);
          everyProcess.push(p);
          workers.set(name, p);
          void p.exited.then(async (e) => {
            if (workers.get(name) !== p || e.code !== 3 || !/cannot reach NATS/.test(p.stderr())) return;
            await sleep(500);
            if (workers.get(name) === p) startWorker(name);
          });
        };

        const injector = async (): Promise<void> => {
          const fr = r.fork();
          const plan = fr.shuffle(["kill-worker", "kill-worker", "restart-coordinator", "restart-nats"]);
          let replacements = 0;
          await sleep(fr.int(1500, 3000));
          for (const fault of plan) {
            const during = await someRunInProgress();
            await sleep(fr.int(0, 800));
            const at = ((Date.now() - started) / 1000).toFixed(1);
            if (fault === "kill-worker") {
              const name = fr.pick([...workers.keys()].sort());
              const victim = workers.get(name)!;
              victim.child.kill("SIGKILL");
              workers.delete(name);
              await sleep(fr.int(0, 1500));
              const fresh = `wr${++replacements}`;
              startWorker(fresh);
              faults.push(`t+${at}s SIGKILL worker ${name} (replacement ${fresh})${during ? "" : " [no run in progress]"}`);
            } else if (fault === "restart-coordinator") {
              coordinator.child.kill("SIGKILL");
              await coordinator.exited;
              coordinator = c.spawn(["coordinator", "--nats", c.url]);
              everyProcess.push(coordinator);
              const t0 = Date.now();
              await coordinator.waitForStderr(/active on/, 60_000); // a process start alone took over 30 s at load 50
              faults.push(`t+${at}s SIGKILL coordinator (new one active after ${Date.now() - t0} ms)${during ? "" : " [no run in progress]"}`);
            } else {
              const t0 = Date.now();
              await withTimeout(c.nats.restart(), 30_000, "nats-server restart");
              faults.push(`t+${at}s NATS restart (down ${Date.now() - t0} ms)${during ? "" : " [no run in progress]"}`);
            }
            await sleep(fr.int(1500, 3500));
          }
          faultsDone = true;
        };

        await Promise.all([injector(), lane(0), lane(1), lane(2)]);

        // Every run the KV store knows ended succeeded with its right answer, including any run
        // whose submission reply was lost (its follower gave up, the run went on).
        const listed = await runCli(["runs", "--json", "--nats", c.url], { timeoutMs: 20_000 });
        assert.equal(listed.code, 0, describeResult(listed));
        const records = listed.stdout
          .split("\n")
          .filter((l) => l.trim() !== "")
          .map((l) => JSON.parse(l) as { run: string; workflow: string; state: string; result: unknown });
        const bySalt = new Map(
          submitted.filter((s) => s.kind === "slow-fanout").map((s) => [(s.input as SlowFanoutInput).salt, s.expected] as const),
        );
        const strays: string[] = [];
        for (const rec of records) {
          const known = submitted.find((s) => s.runId === rec.run);
          if (known) continue;
          // Not followed to its end by a lane: it must still have succeeded, right.
          let expected: unknown;
          if (rec.workflow === "wordcount") expected = wcExpected;
          else if (rec.workflow === "fanout") expected = expectedFanout((rec.result as { count?: number } | null)?.count ?? -1);
          else expected = bySalt.get((rec.result as { salt?: number } | null)?.salt ?? -1);
          if (rec.state !== "succeeded" || JSON.stringify(rec.result) !== JSON.stringify(expected)) {
            strays.push(`${rec.run} ${rec.workflow} ${rec.state} ${JSON.stringify(rec.result)?.slice(0, 200)}`);
          }
        }
        for (const s of submitted) {
          const rec = records.find((x) => x.run === s.runId);
          if (s.ok && rec?.state !== "succeeded") s.problem = `record says ${rec?.state ?? "nothing"}; ${await story(s.runId!)}`;
          if (s.problem) s.ok = false;
        }

        const correct = submitted.filter((s) => s.ok).length;
        const kinds = (k: Kind) => submitted.filter((s) => s.kind === k).length;
        const longest = Math.max(0, ...submitted.map((s) => s.ms));
        figure(
          `chaos${LOOP > 1 || CONTENTION > 0 ? ` [seed ${seed}]` : ""}: ${submitted.length} runs (${kinds("wordcount")} word count, ${kinds("slow-fanout")} slow fan-out, ${kinds("fanout")} fan-out), ${faults.length} faults injected, ${correct} correct results, longest ${longest} ms; ${refusals.length} submissions refused while the coordinator or NATS was away (retried)`,
        );
        for (const f of faults) figure(`  fault: ${f}`);
        if (lost.length > 0) figure(`  submitters that gave up on a run that then succeeded (BUG): ${lost.join("; ")}`);
        console.log(`      [chaos] refusals: ${[...new Set(refusals.map((x) => x.replace(/^lane \d+: /, "")))].join(" | ") || "none"}`);

        assert.equal(faults.length, 4, "every planned fault was injected");
        assert.ok(submitted.length >= 6, `enough runs: ${submitted.length}`);
        const bad = submitted.filter((s) => !s.ok).map((s) => `${s.kind} lane ${s.lane} run ${s.runId ?? "?"} input ${JSON.stringify(s.input)}: ${s.problem}`);
        // Said now, whole: in a loop, mocha shows the failures only at the end, cut short.
        for (const b of bad) console.log(`      [chaos] NOT RIGHT [seed ${seed}]: ${b}`);
        assert.deepEqual(bad, [], "every run succeeded with the exact result");
        assert.deepEqual(strays, [], "no other run is left unfinished or wrong");
        assertAlive([coordinator, ...workers.values()], "after the chaos run");
        assert.equal(correct, submitted.length);
        // And the cluster still works.
        const after = submitFollow(c, "examples/wordcount.ts", wcInput);
        await expectSucceeded(after, wcExpected, 30_000, "a word count after the chaos");
      });
    }
  });
});
