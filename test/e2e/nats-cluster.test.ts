/**
 * End to end, NATS as a cluster (issue 19, item 12): three `nats-server`s on loopback forming a
 * JetStream cluster, `weft coordinator` and two `weft worker`s with `--replicas 3` and the
 * three URLs. One server is SIGKILLed mid-run (the one the coordinator is connected to): the
 * run ends succeeded with the exact result, and a second run succeeds with the server still down.
 * Also: what --replicas does on a lone server, and to streams and buckets made with one replica.
 *
 * Spawns the COMPILED CLI: `npm run -s build` first.
 *   npx mocha --no-config -r tsx --timeout 120000 --exit test/e2e/nats-cluster.test.ts
 */
import assert from "node:assert/strict";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { describeResult, runCli, startCli, stopAll, type CliProcess } from "../helpers/cli.js";
import { hasNatsServer, startNats, waitFor } from "../helpers/nats.js";
import { startNatsCluster, type NatsCluster, type NatsClusterMember } from "../helpers/nats-cluster.js";
import { expectedSlowFanout, Follower, type SlowFanoutInput } from "../fixtures/chaos-lib.js";
import { buckets, streams } from "../../engine/internal.js";

const SLOW_FANOUT = "test/fixtures/chaos-slow-fanout.ts";
/** The streams behind everything weft keeps in JetStream once a run has been submitted. */
const WEFT_STREAMS = [streams.runLog, `KV_${buckets.runs}`, `KV_${buckets.leader}`, `KV_${buckets.deployments}`, `OBJ_${buckets.bundles}`];

/** Measured figures, printed at the end of the file. */
const figures: string[] = [];
function figure(line: string): void {
  figures.push(line);
  console.log(`      [nats-cluster] ${line}`);
}

/** The servers of a URL list as the client takes them. */
function servers(url: string): string[] {
  return url.split(",").map((u) => u.replace("nats://", ""));
}

/** `num_replicas` of each stream, and which server leads it (asked of any live member). */
async function replicasOf(nc: NatsConnection, names: string[]): Promise<Record<string, { replicas: number; leader: string | undefined }>> {
  const jsm = await jetstreamManager(nc);
  const out: Record<string, { replicas: number; leader: string | undefined }> = {};
  for (const name of names) {
    const info = await jsm.streams.info(name);
    out[name] = { replicas: info.config.num_replicas, leader: info.cluster?.leader };
  }
  return out;
}

describe("e2e: weft on a 3-server NATS cluster (--replicas 3)", function () {
  this.timeout(120_000);

  before(function () {
    if (!hasNatsServer()) this.skip();
  });

  after(() => {
    if (figures.length > 0) console.log(`\n      nats-cluster figures:\n${figures.map((f) => `        ${f}`).join("\n")}\n`);
  });

  describe("one server SIGKILLed mid-run", function () {
    let cluster: NatsCluster | undefined;
    let nc: NatsConnection | undefined;
    const procs: CliProcess[] = [];

    before(async function () {
      this.timeout(60_000);
      cluster = await startNatsCluster(3);
      nc = await connect({ servers: servers(cluster.url), name: "weft-e2e-test" });
    });

    after(async function () {
      this.timeout(60_000);
      await stopAll(procs);
      await nc?.close().catch(() => {});
      await cluster?.stop();
    });

    it("the run ends succeeded with the exact result, and the next one too with the server still down", async () => {
      const url = cluster!.url;
      // A client with the default of one replica creates the runs bucket first...
      const first = await runCli(["runs", "--nats", url], { timeoutMs: 20_000 });
      assert.equal(first.code, 0, describeResult(first));
      assert.equal((await replicasOf(nc!, [`KV_${buckets.runs}`]))[`KV_${buckets.runs}`]!.replicas, 1);

      // ...and the coordinator with --replicas 3 raises it, and creates the rest with three.
      const heard = new Set<string>();
      const sub = nc!.subscribe("weft.v1.worker.*.heartbeat", { callback: (_e, m) => void heard.add(m.subject.split(".")[3] ?? "") });
      const coordinator = startCli(["coordinator", "--nats", url, "--replicas", "3"]);
      procs.push(coordinator);
      await coordinator.waitForStderr(/active on/, 30_000);
      const workers = ["wa", "wb"].map((name) => startCli(["worker", "--nats", url, "--replicas", "3", "--name", name, "--slots", "2"]));
      procs.push(...workers);
      await waitFor(() => heard.has("wa") && heard.has("wb"), { timeoutMs: 30_000, intervalMs: 50, message: () => `heartbeats from ${[...heard].join(", ") || "no worker"}` });
      sub.unsubscribe();

      // A submitting client keeps the default of 1: it must not lower anything.
      const input: SlowFanoutInput = { n: 600, salt: 4242, minMs: 10, maxMs: 30 };
      const f = new Follower(startCli(["submit", SLOW_FANOUT, "--follow", "--json", "--nats", url, "--input", JSON.stringify(input)]));
      procs.push(f.proc);
      const isSlowSuccess = (l: { type?: string; node?: string; to?: string }) => l.type === "task" && l.node === "slow" && l.to === "succeeded";
      await f.waitFor(() => f.count(isSlowSuccess) >= input.n / 4, 60_000, `${input.n / 4} map instances succeeded`);

      const before = await replicasOf(nc!, WEFT_STREAMS);
      for (const [name, s] of Object.entries(before)) assert.equal(s.replicas, 3, `stream ${name} has 3 replicas: ${JSON.stringify(before)}`);

      // The victim: the server the coordinator is connected to.
      const victim: NatsClusterMember | undefined = await cluster!.memberOf("weft-coordinator");
      assert.ok(victim, "the coordinator's connection was found on a member's /connz");
      const led = Object.entries(before).filter(([, s]) => s.leader === victim.name).map(([name]) => name);
      const done = f.count(isSlowSuccess);
      victim.server.kill("SIGKILL");
      const killedAt = Date.now();
      await victim.server.waitForExit();

      const tails = () => [coordinator, ...workers].map((p) => `--- weft ${p.args.slice(0, 1).join(" ")} ${p.args.at(-3) ?? ""} (tail) ---\n${p.stderr().slice(-2500)}`).join("\n");
      const end = await f.end(90_000).catch((err: Error) => {
        throw new Error(`${err.message}\n${tails()}`);
      });
      assert.equal(end.code, 0, `the run should succeed after ${victim.name} was killed\n${end.stdout}\n--- stderr (tail) ---\n${f.proc.stderr().slice(-4000)}`);
      assert.deepEqual(end.result, expectedSlowFanout(input), "the exact result");
      figure(
        `SIGKILL of ${victim.name} (the coordinator's server; leader of ${led.length > 0 ? led.join(", ") : "no weft stream"}) after ${done}/${input.n} map instances: run end ${end.endedAt - killedAt} ms later, exact`,
      );
      for (const p of [coordinator, ...workers]) assert.ok(p.running(), `\`weft ${p.args.join(" ")}\` is still running:\n${p.stderr().slice(-3000)}`);

      // A second run, with the server still down.
      const input2: SlowFanoutInput = { n: 200, salt: 77, minMs: 5, maxMs: 15 };
      const started = Date.now();
      const second = await runCli(["submit", SLOW_FANOUT, "--follow", "--nats", url, "--input", JSON.stringify(input2)], { timeoutMs: 90_000 });
      assert.equal(second.code, 0, describeResult(second));
      assert.deepEqual(JSON.parse(second.stdout), expectedSlowFanout(input2), "the second run's exact result");
      figure(`second run with ${victim.name} down: ${Date.now() - started} ms (submit to result), exact`);

      const status = await runCli(["status", f.runId!, "--json", "--nats", url], { timeoutMs: 20_000 });
      assert.equal(status.code, 0, describeResult(status));
      assert.equal((JSON.parse(status.stdout) as { state?: string }).state, "succeeded");
    });
  });

  describe("--replicas where the servers cannot hold them", function () {
    it("a lone server: exit 3, naming --replicas and what to do", async () => {
      const nats = await startNats();
      try {
        const r = await runCli(["coordinator", "--nats", nats.url, "--replicas", "3"], { timeoutMs: 20_000 });
        assert.equal(r.code, 3, describeResult(r));
        assert.match(r.stderr, /--replicas \(WEFT_NATS_REPLICAS\) is 3, but NATS cannot keep 3 copies \(the server is not part of a cluster\)/);
        assert.match(r.stderr, /lower --replicas/);
        // The default of 1 works there.
        const ok = await runCli(["runs", "--nats", nats.url], { timeoutMs: 20_000 });
        assert.equal(ok.code, 0, describeResult(ok));
      } finally {
        await nats.stop();
      }
    });

    it("a bad value: exit 2 before connecting, from the flag or WEFT_NATS_REPLICAS", async () => {
      const nowhere = "nats://127.0.0.1:1";
      for (const [args, env, named] of [
        [["--replicas", "0"], {}, "--replicas"],
        [["--replicas", "6"], {}, "--replicas"],
        [["--replicas", "two"], {}, "--replicas"],
        [[], { WEFT_NATS_REPLICAS: "1.5" }, "WEFT_NATS_REPLICAS"],
      ] as const) {
        const r = await runCli(["runs", "--nats", nowhere, ...args], { timeoutMs: 20_000, env });
        assert.equal(r.code, 2, describeResult(r));
        assert.match(r.stderr, new RegExp(`${named} must be a whole number from 1 to 5`));
      }
      const local = await runCli(["run", "examples/hello.ts", "--replicas", "3"], { timeoutMs: 20_000 });
      assert.equal(local.code, 2, describeResult(local));
      assert.match(local.stderr, /--replicas applies to a NATS server given with --nats/);
    });
  });
});
