/**
 * End to end (issue 15 item 5, issue 14 W7): express placement leases (docs/express.md,
 * "Leases"). Real `nats-server`, `weft coordinator` and `weft worker` processes. A client holding
 * a lease starts its express runs straight on the lease's worker: with the coordinator frozen
 * (SIGSTOP) after the lease was granted, runs still give their result, a failing one its
 * failure, and `weft logs` shows the run afterwards. A worker that drains voids the lease (the
 * next run goes through the coordinator, and a new lease names another worker); a worker
 * SIGKILLed under a direct run makes the coordinator revoke the lease naming it lost, and the
 * client runs it again through the coordinator.
 *
 * Spawns the COMPILED CLI: `npm run -s build` first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, type WeftClient } from "../../engine/client/api.js";
import { newRunId } from "../../engine/model/run-id.js";
import { parseSubject, streams, subjects } from "../../engine/subjects.js";
import { decodeMessage, pb } from "../../engine/wire/protocol.js";
import { runCli, startCluster, startHeardWorker, type Cluster } from "../helpers/cli.js";
import { hasNatsServer, waitFor } from "../helpers/nats.js";
import { parsePrometheusText, sampleValue } from "../helpers/prometheus-text.js";

/** Runs `body` with the cluster's coordinator frozen (SIGSTOP), letting it go again after. */
async function withCoordinatorFrozen<T>(c: Cluster, body: () => Promise<T>): Promise<T> {
  c.coordinator.child.kill("SIGSTOP");
  try {
    return await body();
  } finally {
    c.coordinator.child.kill("SIGCONT");
  }
}

/** The workers that logged run `runId`, in the order first heard, and whether its state subject (the coordinator's) said anything. */
function watchRun(c: Cluster, runId: string) {
  const workers: string[] = [];
  const stated: string[] = [];
  const heard = new Set<() => void>();
  const logs = c.bus.subscribe(subjects.runLogs(runId), (m) => {
    const parsed = parseSubject(m.subject);
    if (parsed?.kind === "runLog" && !workers.includes(parsed.worker)) workers.push(parsed.worker);
    for (const h of heard) h();
  });
  const states = c.bus.subscribe(subjects.runState(runId), (m) => {
    for (const e of decodeMessage(pb.LogBatch, m.data, () => {})?.entries ?? []) if (e.run) stated.push(`${e.run.to}${e.run.resultWorker ? `@${e.run.resultWorker}` : ""}`);
    for (const h of heard) h();
  });
  const until = (ok: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!ok()) return;
        heard.delete(check);
        resolve();
      };
      heard.add(check);
      check();
    });
  return { workers, stated, until, stop: () => (logs.unsubscribe(), states.unsubscribe()) };
}

/** A cluster of `workers` and a client, started before the block's tests and stopped after. */
function clusterPerBlock(workers: string[]): { readonly cluster: Cluster; readonly client: WeftClient } {
  const held: { cluster?: Cluster; client?: WeftClient } = {};
  before(async function () {
    if (!hasNatsServer()) this.skip();
    this.timeout(60_000);
    held.cluster = await startCluster(workers);
    held.client = await connect({ url: held.cluster.url });
  });
  after(async function () {
    this.timeout(40_000);
    await held.client?.close();
    await held.cluster?.stop();
  });
  return {
    get cluster() {
      return held.cluster!;
    },
    get client() {
      return held.client!;
    },
  };
}

describe("e2e: express runs under a placement lease (one worker)", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;
  let client: WeftClient | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    this.timeout(60_000);
    cluster = await startCluster(["wa"]);
    client = await connect({ url: cluster.url });
  });

  after(async function () {
    this.timeout(40_000);
    await client?.close();
    await cluster?.stop();
  });

  it("the first express run gets the lease; the next ones start straight on its worker: with the coordinator frozen (SIGSTOP), the result comes, and the worker's log of the run is stored", async () => {
    const c = cluster!;
    assert.equal(await client!.run("examples/hello.ts", { n: 3 }, { durability: "express" }), 15);
    const runId = newRunId();
    const watch = watchRun(c, runId);
    try {
      const result = await withCoordinatorFrozen(c, () => client!.run("examples/hello.ts", { n: 4 }, { durability: "express", runId }));
      assert.equal(result, 24);
      // This connection hears the worker's log a moment after the client's did.
      await watch.until(() => watch.workers.length > 0);
      assert.deepEqual(watch.workers, ["wa"]);
      assert.deepEqual(watch.stated, [], "no coordinator said anything of the run");
    } finally {
      watch.stop();
    }
    // The run log stream holds what the worker logged (its user line among it).
    const stored: string[] = [];
    const replay = await c.bus.replay(streams.runLog, subjects.runLogs(runId), (data) => {
      for (const e of decodeMessage(pb.LogBatch, data, () => {})?.entries ?? []) if (e.log?.message) stored.push(e.log.message);
    });
    try {
      await waitFor(() => stored.includes("double=8 square=16"), { timeoutMs: 10_000, message: `stored lines: ${stored.join(" | ")}` });
    } finally {
      replay.stop();
    }
  });

  it("direct runs are counted like coordinated ones: `weft stats NAME --json` shows their runs, attempts and node samples", async () => {
    const c = cluster!;
    const stats = async () => {
      const r = await runCli(["stats", "express-hello", "--json", "--nats", c.url]);
      if (r.code !== 0) return { runs: 0, attempts: 0, samples: 0 };
      const s = JSON.parse(r.stdout) as { runs: number; totals: { attempts: number }; nodes: { node: string; samples: number }[] };
      return { runs: s.runs, attempts: s.totals.attempts, samples: s.nodes.find((n) => n.node === "triple")?.samples ?? 0 };
    };
    // The first run asks for the lease (direct or through the coordinator, it counts either way).
    assert.equal(await client!.run("test/fixtures/express-hello.ts", { n: 1 }), 3);
    await waitFor(async () => (await stats()).runs === 1, { timeoutMs: 20_000, intervalMs: 300, message: "the first run counted" });
    const N = 3;
    for (let i = 0; i < N; i++) {
      const runId = newRunId();
      const watch = watchRun(c, runId);
      try {
        assert.equal(await client!.run("test/fixtures/express-hello.ts", { n: i }, { runId }), 3 * i);
        await watch.until(() => watch.workers.length > 0);
        assert.deepEqual(watch.stated, [], "a direct run: no coordinator said anything of it");
      } finally {
        watch.stop();
      }
    }
    let last = { runs: 0, attempts: 0, samples: 0 };
    await waitFor(async () => (last = await stats()).runs === 1 + N, { timeoutMs: 20_000, intervalMs: 300, message: () => `stats after ${N} direct runs: ${JSON.stringify(last)}` });
    assert.deepEqual(last, { runs: 1 + N, attempts: 2 * (1 + N), samples: 1 + N });
  });

  it("a task that fails for good under a lease fails the run with its error, told by the lease's worker (the coordinator frozen)", async () => {
    const c = cluster!;
    // The lease for this workflow is granted at its first run (which fails too).
    await assert.rejects(client!.run("test/fixtures/throws.ts", {}, { durability: "express" }), /kaboom/);
    await assert.rejects(
      withCoordinatorFrozen(c, () => client!.run("test/fixtures/throws.ts", {}, { durability: "express" })),
      (err: Error & { code?: string }) => {
        assert.match(err.message, /task explode failed: kaboom on attempt 2/);
        return true;
      },
    );
  });

  it("a run that ends within the worker's turn is answered by the start's reply: one request, one reply, and no subscription of its own (the coordinator frozen)", async () => {
    const c = cluster!;
    const bus = client!.bus;
    assert.equal(await client!.run("examples/hello.ts", { n: 2 }, { durability: "express" }), 8); // the lease
    const runId = newRunId();
    const subscribed: string[] = [];
    const subscribe = bus.subscribe.bind(bus);
    bus.subscribe = (subject, handler, opts) => (subscribed.push(subject), subscribe(subject, handler, opts));
    try {
      const before = bus.stats();
      assert.equal(await withCoordinatorFrozen(c, () => client!.run("examples/hello.ts", { n: 5 }, { durability: "express", runId })), 35);
      const after = bus.stats();
      assert.deepEqual(subscribed, [], "no subscription made for the run");
      assert.equal(after.msgsOut - before.msgsOut, 1, "the DirectStart");
      assert.equal(after.msgsIn - before.msgsIn, 1, "its reply, with the result");
    } finally {
      bus.subscribe = subscribe;
    }
  });

  it("a run still going at the end of the worker's turn: the reply says taken, and the worker answers the client's watch when the run ends (the coordinator frozen)", async () => {
    const c = cluster!;
    const dir = mkdtempSync(join(tmpdir(), "weft-lease-watch-"));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const gate = join(dir, "open");
    writeFileSync(join(dir, "first"), "");
    assert.equal(await client!.run("test/fixtures/gated-one.ts", { gate: join(dir, "first"), n: 1 }, { durability: "express" }), 2); // the lease
    const runId = newRunId();
    const watch = watchRun(c, runId);
    try {
      const result = await withCoordinatorFrozen(c, async () => {
        const before = client!.bus.stats();
        const ended = client!.run("test/fixtures/gated-one.ts", { gate, n: 21 }, { durability: "express", runId });
        // The worker logged the run's task running, and the client has sent its start and its watch.
        await watch.until(() => watch.workers.length > 0);
        await waitFor(() => client!.bus.stats().msgsOut - before.msgsOut === 2, { timeoutMs: 10_000, message: "the start and the watch sent" });
        writeFileSync(gate, "");
        return ended;
      });
      assert.equal(result, 42);
      assert.deepEqual(watch.stated, [], "no coordinator said anything of the run");
    } finally {
      watch.stop();
    }
  });
});

describe("e2e: a placement lease voided when its worker drains or is lost", function () {
  this.timeout(180_000);
  const block = clusterPerBlock(["wa", "wb"]);

  /** The worker process named `name`. */
  function workerNamed(name: string) {
    const w = block.cluster.procs.find((p) => p.args[0] === "worker" && p.args.includes(name));
    assert.ok(w, `no worker process named ${name}`);
    return w;
  }

  it("its worker drains (SIGTERM): the next run goes through the coordinator, and the lease granted after names the other worker (the coordinator frozen, a run still answers)", async () => {
    const c = block.cluster;
    // A one-node workflow (a lease names one worker), its gate open from the start.
    const dir = mkdtempSync(join(tmpdir(), "weft-lease-drain-"));
    const gate = join(dir, "open");
    writeFileSync(gate, "");
    after(() => rmSync(dir, { recursive: true, force: true }));
    const one = (n: number, runId = newRunId()) => block.client.run("test/fixtures/gated-one.ts", { gate, n }, { durability: "express", runId });
    const first = newRunId();
    const watch = watchRun(c, first);
    let leased: string;
    try {
      assert.equal(await one(3, first), 6);
      assert.deepEqual(watch.stated, [], "the first run went straight to the lease's worker");
      await watch.until(() => watch.workers.length > 0);
      leased = watch.workers[0]!;
    } finally {
      watch.stop();
    }
    const draining = workerNamed(leased);
    draining.child.kill("SIGTERM");
    await draining.exited;
    // No run is lost: whichever way it goes (revoked, refused, or no worker there), it answers.
    assert.equal(await one(4), 8);
    const other = leased === "wa" ? "wb" : "wa";
    // Once the revoke is in, a new lease names the other worker: a run then needs no coordinator.
    const again = newRunId();
    const watchAgain = watchRun(c, again);
    try {
      let result: unknown;
      const deadline = Date.now() + 30_000;
      for (let i = 0; ; i++) {
        const runId = i === 0 ? again : newRunId();
        const w = i === 0 ? watchAgain : watchRun(c, runId);
        try {
          result = await one(5, runId);
          if (w.stated.length === 0) break; // direct: the new lease is held
        } finally {
          if (w !== watchAgain) w.stop();
        }
        assert.ok(Date.now() < deadline, "no new lease within 30 s of the drain");
      }
      assert.equal(result, 10);
      const direct = newRunId();
      const w = watchRun(c, direct);
      try {
        assert.equal(await withCoordinatorFrozen(c, () => one(6, direct)), 12);
        await w.until(() => w.workers.length > 0);
        assert.deepEqual(w.workers, [other]);
      } finally {
        w.stop();
      }
    } finally {
      watchAgain.stop();
    }
  });

  it("its worker SIGKILLed under a direct run: the coordinator revokes the lease naming it lost, and the client runs it again through the coordinator on another worker", async () => {
    const c = block.cluster;
    await startHeardWorker(c, "wc");
    const dir = mkdtempSync(join(tmpdir(), "weft-lease-lost-"));
    const gate = join(dir, "open");
    const runId = newRunId();
    const watch = watchRun(c, runId);
    try {
      // Not waited for: its end comes after the gate opens.
      const result = block.client.run("test/fixtures/gated-one.ts", { gate, n: 21 }, { durability: "express", runId });
      await watch.until(() => watch.workers.length > 0);
      assert.deepEqual(watch.stated, [], "the run started straight on the lease's worker");
      const lost = watch.workers[0]!;
      workerNamed(lost).child.kill("SIGKILL");
      // Submitted again: the coordinator places it, on a worker still live.
      await watch.until(() => watch.stated.some((s) => s.startsWith("running")));
      writeFileSync(gate, "");
      assert.equal(await result, 42);
      assert.notEqual(watch.workers.at(-1), lost);
    } finally {
      watch.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("e2e: direct runs in the coordinator's demand", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;
  let client: WeftClient | undefined;
  let metrics = "";

  before(async function () {
    if (!hasNatsServer()) this.skip();
    this.timeout(60_000);
    cluster = await startCluster(["wd"], { env: { WEFT_METRICS_PORT: "0" } });
    const line = await cluster.coordinator.waitForStderr(/metrics at http:\/\/\S+\/metrics/, 20_000);
    metrics = /(http:\/\/\S+\/metrics)/.exec(line)![1]!;
    client = await connect({ url: cluster.url });
  });

  after(async function () {
    this.timeout(40_000);
    await client?.close();
    await cluster?.stop();
  });

  it("a worker busy with a direct run counts in weft_demand_tasks (its heartbeat says it), and no longer once the run ended", async () => {
    const c = cluster!;
    const demand = async () => {
      const res = await fetch(metrics);
      return sampleValue(parsePrometheusText(await res.text()), "weft_demand_tasks") ?? -1;
    };
    const dir = mkdtempSync(join(tmpdir(), "weft-lease-demand-"));
    const gate = join(dir, "open");
    try {
      writeFileSync(gate, "");
      // The lease is granted at the first run.
      assert.equal(await client!.run("test/fixtures/gated-one.ts", { gate, n: 1 }, { durability: "express" }), 2);
      rmSync(gate);
      const runId = newRunId();
      const watch = watchRun(c, runId);
      try {
        const result = client!.run("test/fixtures/gated-one.ts", { gate, n: 5 }, { durability: "express", runId });
        let last = -1;
        await waitFor(async () => (last = await demand()) >= 1, { timeoutMs: 20_000, intervalMs: 100, message: () => `weft_demand_tasks ${last}` });
        writeFileSync(gate, "");
        assert.equal(await result, 10);
        await watch.until(() => watch.workers.length > 0);
        assert.deepEqual(watch.stated, [], "a direct run: no coordinator said anything of it");
        await waitFor(async () => (last = await demand()) === 0, { timeoutMs: 20_000, intervalMs: 100, message: () => `weft_demand_tasks ${last}` });
      } finally {
        watch.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("e2e: a placement lease over several workers (a stage and its aggregate)", function () {
  this.timeout(120_000);
  const block = clusterPerBlock(["wa", "wb"]);

  /** Resolves once every worker named has said, in a heartbeat sent after `since`, that it holds no direct run. */
  function noDirectRunsAfter(since: number, names: string[]): { done: Promise<void>; last: Map<string, number>; stop(): void } {
    const last = new Map<string, number>();
    let resolve = () => {};
    const done = new Promise<void>((r) => (resolve = r));
    const sub = block.cluster.bus.subscribe("weft.v1.worker.*.heartbeat", (m) => {
      const beat = decodeMessage(pb.WorkerHeartbeat, m.data, () => {});
      if (!beat?.name || Number(beat.sentAtMs ?? 0) <= since) return;
      last.set(beat.name, beat.directRuns ?? 0);
      if (names.every((n) => last.get(n) === 0)) resolve();
    });
    return { done, last, stop: () => sub.unsubscribe() };
  }

  /** Runs the workflow until a run goes straight to its `workers` workers (a lease over them is held). */
  async function untilLeased(workers: number): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const runId = newRunId();
      const w = watchRun(block.cluster, runId);
      try {
        assert.equal(await block.client.run("test/fixtures/spread-sum.ts", { parts: 6 }, { durability: "express", runId }), 15);
        // A direct run is logged by its workers and stated by no coordinator; a coordinated one is stated.
        await w.until(() => w.workers.length === workers || w.stated.length > 0);
        if (w.stated.length === 0) return;
      } finally {
        w.stop();
      }
    }
    assert.fail(`no run went straight to its ${workers} workers`);
  }

  it("with the coordinator frozen, the result worker starts the peer's part and gives the result; both workers log the run, and neither holds it after", async () => {
    const c = block.cluster;
    // The lease is asked for at the first run.
    assert.equal(await block.client.run("test/fixtures/spread-sum.ts", { parts: 8 }, { durability: "express" }), 28);
    const runId = newRunId();
    const watch = watchRun(c, runId);
    try {
      assert.equal(await withCoordinatorFrozen(c, () => block.client.run("test/fixtures/spread-sum.ts", { parts: 16 }, { durability: "express", runId })), 120);
      await watch.until(() => watch.workers.length === 2);
      assert.deepEqual([...watch.workers].sort(), ["wa", "wb"]);
      assert.deepEqual(watch.stated, [], "no coordinator said anything of the run");
    } finally {
      watch.stop();
    }
    // The peer forgot its part when the result worker said the run ended (else it would hold it for minutes).
    const beats = noDirectRunsAfter(Date.now(), ["wa", "wb"]);
    try {
      await Promise.race([beats.done, new Promise((_, reject) => setTimeout(() => reject(new Error(`direct runs still held: ${JSON.stringify([...beats.last])}`)), 15_000))]);
    } finally {
      beats.stop();
    }
  });

  it("a peer SIGKILLed under a direct run: the revoke names it lost, and the client runs it again through the coordinator", async () => {
    const c = block.cluster;
    await startHeardWorker(c, "wc");
    // The live workers changed (the earlier lease was voided): a new one over the three.
    await untilLeased(3);
    const dir = mkdtempSync(join(tmpdir(), "weft-lease-spread-lost-"));
    const gate = join(dir, "open");
    const runId = newRunId();
    const watch = watchRun(c, runId);
    // The client's start names the result worker (the run's parts go to the others on the same subjects).
    let resultWorker = "";
    const starts = c.bus.subscribe("weft.v1.worker.*.direct", (m) => {
      const start = decodeMessage(pb.DirectStart, m.data, () => {});
      if (start?.runId === runId && !start.part && !start.partEnd) resultWorker = m.subject.split(".")[3] ?? "";
    });
    try {
      const result = block.client.run("test/fixtures/spread-sum.ts", { parts: 6, gate }, { durability: "express", runId });
      await watch.until(() => watch.workers.length === 3);
      assert.deepEqual(watch.stated, [], "the run started straight on its workers");
      assert.ok(resultWorker, "the client's start was seen");
      // A peer's loss: the result worker alone would wait for its partial for ever.
      const peer = ["wa", "wb", "wc"].find((w) => w !== resultWorker)!;
      const proc = c.procs.find((p) => p.args[0] === "worker" && p.args.includes(peer));
      assert.ok(proc);
      proc.child.kill("SIGKILL");
      await watch.until(() => watch.stated.some((s) => s.startsWith("running")));
      writeFileSync(gate, "");
      assert.equal(await result, 15);
    } finally {
      starts.unsubscribe();
      watch.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a part that fails for good on either worker fails the run with its error, told by the result worker (the coordinator frozen)", async () => {
    const c = block.cluster;
    await untilLeased(2);
    // The two workers alive (the test before killed one of three).
    const live = c.procs.filter((p) => p.args[0] === "worker" && p.running()).map((p) => p.args[p.args.indexOf("--name") + 1]!);
    assert.equal(live.length, 2);
    for (const failOn of live) {
      await assert.rejects(
        withCoordinatorFrozen(c, () => block.client.run("test/fixtures/spread-sum.ts", { parts: 8, failOn }, { durability: "express" })),
        (err: Error) => {
          assert.match(err.message, new RegExp(`kaboom on ${failOn}`));
          return true;
        },
      );
    }
  });
});
