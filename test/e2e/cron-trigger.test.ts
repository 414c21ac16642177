/**
 * End to end, the cron trigger: `weft deploy --cron` against a coordinator and a worker process
 * on a real nats-server. Ticks every second become runs that see ctx.trigger; the coordinator is
 * SIGKILLed twice: restarted at once (a leader change: no tick lost, none run twice) and after
 * a downtime longer than the hand-over window (missed ticks: --catch-up skip runs none, once
 * runs the latest once); undeploy stops the ticks; a bad expression is exit 2. And
 * examples/nightly.ts, deployed with its declared trigger. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listRunRecords, type RunRecord } from "../../engine/coordinator/run-store.js";
import { HANDOVER_MS } from "../../engine/triggers/cron-trigger.js";
import { triggerFromWire } from "../../engine/wire/origin.js";
import type { TriggerInfo } from "../../model/trigger.js";
import { dayBefore, ordersOf, type NightlyReport } from "../../examples/nightly.js";
import { describeResult, REPO_ROOT, runCli, startCluster, type CliProcess, type Cluster } from "../helpers/cli.js";
import { hasNatsServer, waitFor } from "../helpers/nats.js";

const EVERY_SECOND = "*/1 * * * * *";

/** A workflow that returns the trigger it was started by and its input (the CronTick). */
const TICKS = `import { workflow } from "weft";
export default workflow<unknown>("ticks", (wf) => {
  wf.node("seen", async (ctx) => ({ trigger: ctx.trigger ?? null, input: ctx.input }));
});
`;

interface Tick {
  readonly runId: string;
  readonly at: number;
  readonly info: TriggerInfo;
  readonly record: RunRecord;
}

describe("e2e: the cron trigger", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;
  let url = "";
  let dir = "";

  async function ticksOf(deployment: string): Promise<Tick[]> {
    const runs = (await listRunRecords(cluster!.bus)).filter((r) => r.origin?.deployment === deployment);
    return runs
      .map((record) => {
        const info = triggerFromWire(record.origin?.trigger)!;
        return { runId: record.runId, at: Date.parse(info.eventId), info, record };
      })
      .sort((a, b) => a.at - b.at);
  }

  async function deploy(file: string, ...args: string[]): Promise<void> {
    const r = await runCli(["deploy", file, ...args, "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
  }

  async function undeploy(name: string): Promise<void> {
    const r = await runCli(["undeploy", name, "--nats", url]);
    assert.equal(r.code, 0, describeResult(r));
  }

  /** Waits until every deployment named has a tick scheduled at or after `at`. */
  async function ticksReach(names: string[], at: number): Promise<void> {
    await waitFor(async () => (await Promise.all(names.map(async (n) => (await ticksOf(n)).at(-1)?.at ?? 0))).every((last) => last >= at), {
      timeoutMs: 30_000,
      intervalMs: 200,
      message: async () => `ticks up to ${new Date(at).toISOString()}: ${(await Promise.all(names.map(async (n) => `${n} ${(await ticksOf(n)).at(-1)?.info.eventId}`))).join(", ")}`,
    });
  }

  /** SIGKILLs the current coordinator: it says nothing and releases nothing. */
  async function killCoordinator(c: CliProcess): Promise<void> {
    c.child.kill("SIGKILL");
    await c.exited;
  }

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa"]);
    url = cluster.url;
    dir = mkdtempSync(join(tmpdir(), "weft-cron-"));
    writeFileSync(join(dir, "ticks.ts"), TICKS);
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("a bad schedule, zone or catch-up is refused at deploy with exit 2 and a message naming it", async () => {
    const file = join(dir, "ticks.ts");
    const bad = await runCli(["deploy", file, "--name", "bad", "--cron", "61 * * * *", "--nats", url]);
    assert.equal(bad.code, 2, describeResult(bad));
    assert.match(bad.stderr, /cannot read the expression "61 \* \* \* \*".*e\.g\. "0 3 \* \* \*"/);
    const zone = await runCli(["deploy", file, "--name", "bad", "--cron", "0 3 * * *", "--tz", "Mars/Olympus", "--nats", url]);
    assert.equal(zone.code, 2, describeResult(zone));
    assert.match(zone.stderr, /unknown time zone "Mars\/Olympus"/);
    const policy = await runCli(["deploy", file, "--name", "bad", "--cron", "0 3 * * *", "--catch-up", "always", "--nats", url]);
    assert.equal(policy.code, 2, describeResult(policy));
    assert.match(policy.stderr, /"always" is not a policy/);
    const alone = await runCli(["deploy", file, "--name", "bad", "--tz", "UTC", "--nats", url]);
    assert.equal(alone.code, 2, describeResult(alone));
    assert.match(alone.stderr, /--tz and --catch-up go with --cron/);
    const list = await runCli(["deployments", "--json", "--nats", url]);
    assert.doesNotMatch(list.stdout, /"bad"/, "nothing refused was stored");
  });

  it("examples/nightly.ts: its declared cron trigger runs the report of the day before each tick", async () => {
    // The example's workflow with a schedule of every second (its own runs at 03:00 Paris time).
    const fast = join(dir, "nightly-fast.ts");
    writeFileSync(fast, `import { nightly } from ${JSON.stringify(join(REPO_ROOT, "examples", "nightly.ts"))};\nexport default nightly({ cron: "${EVERY_SECOND}", tz: "UTC" });\n`);
    await deploy(fast, "--name", "nightly-fast");
    await waitFor(async () => (await ticksOf("nightly-fast")).filter((t) => t.record.state === "succeeded").length >= 2, {
      timeoutMs: 30_000,
      intervalMs: 200,
      message: async () => `two nightly reports: ${(await ticksOf("nightly-fast")).map((t) => `${t.info.eventId} ${t.record.state} ${t.record.error?.message ?? ""}`).join("; ")}`,
    });
    await undeploy("nightly-fast");
    for (const t of (await ticksOf("nightly-fast")).filter((x) => x.record.state === "succeeded")) {
      assert.equal(t.info.kind, "cron");
      assert.equal(t.info.declared, 0, "the trigger the file declares (its map made the input)");
      const report = JSON.parse(t.record.resultJson) as NightlyReport;
      const day = dayBefore(t.info.eventId, "UTC");
      const orders = Array.from({ length: 24 }, (_, h) => ordersOf(day, h)).flat();
      assert.deepEqual(
        { day: report.day, scheduledAt: report.scheduledAt, orders: report.orders, revenueCents: report.revenueCents },
        { day, scheduledAt: t.info.eventId, orders: orders.length, revenueCents: orders.reduce((s, o) => s + o.cents, 0) },
      );
    }
    await deploy("examples/nightly.ts");
    const list = await runCli(["deployments", "--nats", url]);
    assert.match(list.stdout, /^nightly\s.*cron:0 3 \* \* \* \(Europe\/Paris\)$/m, describeResult(list));
    await undeploy("nightly");
  });

  it("ticks every second: each a run with ctx.trigger; across coordinator SIGKILLs no tick runs twice or is lost; missed ticks follow --catch-up; undeploy stops them", async function () {
    this.timeout(90_000);
    const file = join(dir, "ticks.ts");
    const names = ["tick-once", "tick-skip"];
    await deploy(file, "--name", "tick-once", "--cron", EVERY_SECOND, "--catch-up", "once");
    await deploy(file, "--name", "tick-skip", "--cron", EVERY_SECOND);
    const listed = await runCli(["deployments", "--nats", url]);
    assert.match(listed.stdout, /tick-once .*cron:\*\/1 \* \* \* \* \* catch-up once$/m, describeResult(listed));
    await ticksReach(names, Date.now() + 2000);

    // A leader change: the coordinator dies and another takes over (after the lock expires).
    await killCoordinator(cluster!.coordinator);
    const second = cluster!.spawn(["coordinator", "--nats", url]);
    await second.waitForStderr(/active on/, 30_000);
    await ticksReach(names, Date.now() + 2000);
    for (const name of names) {
      const ticks = await ticksOf(name);
      assert.deepEqual(
        ticks.map((t) => t.info.eventId),
        secondsBetween(ticks[0]!.at, ticks.at(-1)!.at),
        `${name}: every tick, once, across the leader change`,
      );
    }

    // Down for longer than the hand-over window: the ticks of the downtime were missed.
    await killCoordinator(second);
    const killedAt = Date.now();
    await new Promise((r) => setTimeout(r, HANDOVER_MS + 4000));
    const third = cluster!.spawn(["coordinator", "--nats", url]);
    await third.waitForStderr(/active on/, 30_000);
    const skippedLine = (name: string) => third.waitForStderr(new RegExp(`${name}: cron .*: skipped the ticks missed while no coordinator was up, ([^\\s"]+) to ([^\\s"]+)(?:"|$)`), 15_000);
    const caughtUp = await third.waitForStderr(/tick-once: cron .*: runs the latest missed tick (\S+) once/, 15_000);
    await ticksReach(names, Date.now() + 2000);
    const catchUpTick = /runs the latest missed tick (\S+) once/.exec(caughtUp)![1]!;
    for (const name of names) {
      // The coordinator's line is JSON off a terminal: the times end at its closing quote.
      const [, first, last] = /, ([^\s"]+) to ([^\s"]+)(?:"|$)/.exec(await skippedLine(name))!;
      const skipped = secondsBetween(Date.parse(first!), Date.parse(last!));
      const ticks = await ticksOf(name);
      const ids = ticks.map((t) => t.info.eventId);
      assert.equal(new Set(ids).size, ids.length, `${name}: no tick twice`);
      assert.equal(new Set(ticks.map((t) => t.runId)).size, ticks.length, `${name}: one run id per tick`);
      // A skipped tick may have a run only from before the kill (fired, not yet recorded as fired).
      for (const t of ticks) if (skipped.includes(t.info.eventId)) assert.ok(t.info.receivedAtMs < killedAt, `${name}: skipped tick ${t.info.eventId} ran after the restart`);
      const expected = secondsBetween(ticks[0]!.at, ticks.at(-1)!.at).filter((s) => !skipped.includes(s));
      assert.deepEqual(ids.filter((s) => !skipped.includes(s)), expected, `${name}: every tick but the skipped ones`);
      assert.ok(skipped.length >= 2, `${name}: the downtime's ticks were missed (${first} to ${last})`);
      if (name === "tick-once") assert.equal(catchUpTick, new Date(Date.parse(last!) + 1000).toISOString(), "once: the latest missed tick ran");
    }
    const onceRun = (await ticksOf("tick-once")).filter((t) => t.info.eventId === catchUpTick);
    assert.equal(onceRun.length, 1, "the caught-up tick ran once");
    assert.ok(onceRun[0]!.info.receivedAtMs - onceRun[0]!.at >= HANDOVER_MS, "it ran late, after the restart");

    // What the workflow saw, and what `weft runs --json` shows.
    const done = (await ticksOf("tick-skip")).find((t) => t.record.state === "succeeded")!;
    const seen = JSON.parse(done.record.resultJson) as { trigger: TriggerInfo; input: { cron: string; tz: string; scheduledAt: string } };
    assert.equal(seen.trigger.kind, "cron");
    assert.equal(seen.trigger.eventId, done.info.eventId);
    assert.deepEqual(seen.input, { cron: EVERY_SECOND, tz: "UTC", scheduledAt: done.info.eventId });
    const runs = await runCli(["runs", "--json", "--nats", url]);
    const line = runs.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { run: string; deployment: string; trigger: { kind: string; event_id: string } | null })
      .find((l) => l.run === done.runId);
    assert.deepEqual(line?.trigger && { kind: line.trigger.kind, event_id: line.trigger.event_id }, { kind: "cron", event_id: done.info.eventId });

    // Undeployed: no more ticks (the leader sees the removal within its 1 s poll).
    for (const name of names) await undeploy(name);
    await new Promise((r) => setTimeout(r, 2500));
    const counts = await Promise.all(names.map(async (n) => (await ticksOf(n)).length));
    await new Promise((r) => setTimeout(r, 3000));
    assert.deepEqual(await Promise.all(names.map(async (n) => (await ticksOf(n)).length)), counts, "no tick after undeploy");
  });
});

/** Every whole second from `from` to `to` (both included), as ISO strings. */
function secondsBetween(from: number, to: number): string[] {
  const out: string[] = [];
  for (let t = from; t <= to; t += 1000) out.push(new Date(t).toISOString());
  return out;
}
