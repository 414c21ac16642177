/**
 * End to end, a streaming job that cannot run says so: `weft deploy` refuses a job whose
 * JetStream stream does not exist, or whose sink subject no stream captures (exit 2), and exits 1 with the reason when the job fails right
 * at its start (every record a dead letter); a job whose stream is deleted while it runs
 * restarts from its last checkpoint with a backoff and, its restarts used up, is failed:
 * `weft status`, `weft deployments` and the web view's `/v1/streams` (its reader) say failed, with the
 * reason and the attempts. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { startCluster, runCli, describeResult, type Cluster } from "../helpers/cli.js";
import { bytes, hasNatsServer, waitFor } from "../helpers/nats.js";
import { StreamJobStore } from "../../engine/stream/stream-job-store.js";
import { listStreamJobs } from "../../engine/stream/stream-status.js";
import { FAILING_OUT_SUBJECT, FAILING_STREAM, FAILING_SUBJECT } from "../fixtures/stream-failing.js";

const FAILING_OUT_STREAM = "FAILING_OUT";

const FIXTURE = "test/fixtures/stream-failing.ts";

describe("streaming job failure states (e2e)", function () {
  this.timeout(180_000);
  let cluster: Cluster | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa"]);
  });

  after(async function () {
    this.timeout(40_000);
    await cluster?.stop();
  });

  const deleteStream = async (name = FAILING_STREAM) => {
    const nc = await connect({ servers: cluster!.url.replace("nats://", "") });
    try {
      await (await jetstreamManager(nc)).streams.delete(name);
    } finally {
      await nc.close();
    }
  };

  /** The input stream afresh, holding `events` (and a stream for the output, which the sink needs). */
  const input = async (events: unknown[]) => {
    await cluster!.bus.ensureStream(FAILING_OUT_STREAM, [FAILING_OUT_SUBJECT]);
    if (await cluster!.bus.streamExists(FAILING_STREAM)) await deleteStream();
    await cluster!.bus.ensureStream(FAILING_STREAM, [FAILING_SUBJECT]);
    await publish(events);
  };
  const publish = async (events: unknown[]) => {
    for (let i = 0; i < events.length; i += 200) await Promise.all(events.slice(i, i + 200).map((e) => cluster!.bus.publishDurable(FAILING_SUBJECT, bytes(JSON.stringify(e)))));
  };

  it("weft deploy refuses a job whose JetStream stream does not exist, saying how to make it", async () => {
    if (await cluster!.bus.streamExists(FAILING_STREAM)) await deleteStream();
    const r = await runCli(["deploy", FIXTURE, "--name", "nostream", "--nats", cluster!.url]);
    assert.equal(r.code, 2, describeResult(r));
    assert.match(r.stderr, /JetStream stream "FAILING_IN" does not exist: create it/);
    assert.equal(await (await StreamJobStore.open(cluster!.bus)).job("nostream"), undefined, "nothing deployed");
  });

  it("weft deploy refuses a job whose MQTT broker cannot be reached with exit 3 naming it, nothing deployed", async () => {
    const r = await runCli(["deploy", "test/fixtures/stream-mqtt-unreachable.ts", "--nats", cluster!.url]);
    assert.equal(r.code, 3, describeResult(r));
    assert.match(r.stderr, /cannot reach the MQTT broker at mqtt:\/\/127\.0\.0\.1:1 /);
    assert.equal(await (await StreamJobStore.open(cluster!.bus)).job("mqtt-unreachable"), undefined, "nothing deployed");
  });

  it("a job whose every record is a dead letter fails right at its start: weft deploy exits 1 with the reason", async () => {
    await input(Array.from({ length: 1500 }, (_, i) => ({ k: `k${i % 7}`, t: "soon" })));
    const r = await runCli(["deploy", FIXTURE, "--name", "garbage", "--restart-attempts", "0", "--nats", cluster!.url], { timeoutMs: 60_000 });
    assert.equal(r.code, 1, describeResult(r));
    assert.match(r.stderr, /garbage failed right at its start: failed after 1 failure in a row: s0: the last 1000 records all went to the dead letters; the last at events: the timestamp function returned the string "soon", not a time in ms/);
    const status = await runCli(["status", "garbage", "--nats", cluster!.url]);
    assert.equal(status.code, 0, describeResult(status));
    assert.match(status.stdout, /^garbage: failed/);
    const removed = await runCli(["undeploy", "garbage", "--nats", cluster!.url]);
    assert.equal(removed.code, 0, describeResult(removed));
  });

  it("weft deploy refuses a job whose sink subject no stream captures, naming it and saying how to make one", async () => {
    await input([]);
    await deleteStream(FAILING_OUT_STREAM);
    const r = await runCli(["deploy", FIXTURE, "--name", "nowhere", "--nats", cluster!.url]);
    assert.equal(r.code, 2, describeResult(r));
    assert.match(r.stderr, /sink "out" \(failing\.out\): no stream captures this subject: create one that does \(e\.g\. `nats stream add NAME --subjects 'failing\.out'`\)/);
    assert.equal(await (await StreamJobStore.open(cluster!.bus)).job("nowhere"), undefined, "nothing deployed");
  });

  it("a job whose sink fails past its retries is failed with the sink's error (its stream deleted after the deploy)", async () => {
    const c = cluster!;
    await input([]);
    const deployed = await runCli(["deploy", FIXTURE, "--name", "nosink", "--restart-attempts", "0", "--nats", c.url], { timeoutMs: 60_000 });
    assert.equal(deployed.code, 0, describeResult(deployed));
    await deleteStream(FAILING_OUT_STREAM);
    await publish(Array.from({ length: 300 }, (_, i) => ({ k: `k${i % 7}`, t: 1_000_000 + i * 10 })));
    const store = await StreamJobStore.open(c.bus);
    await waitFor(async () => (await store.job("nosink"))?.state === "failed", { timeoutMs: 90_000, intervalMs: 200, message: "the job failed" });
    const job = await store.job("nosink");
    assert.match(job?.failure?.task ?? "", /^w[01]$/);
    assert.match(job?.failure?.reason ?? "", /^sink "out": durable publish to failing\.out: .* \(10 writes in a row failed\)$/);
    await runCli(["undeploy", "nosink", "--nats", c.url]);
  });

  it("a job whose stream is deleted while it runs restarts with a backoff, then is failed, saying why everywhere", async () => {
    const c = cluster!;
    await input(Array.from({ length: 300 }, (_, i) => ({ k: `k${i % 7}`, t: 1_000_000 + i * 10 })));
    const deployed = await runCli(["deploy", FIXTURE, "--name", "gone", "--restart-attempts", "2", "--checkpoint-interval", "300ms", "--nats", c.url], { timeoutMs: 60_000 });
    assert.equal(deployed.code, 0, describeResult(deployed));
    const store = await StreamJobStore.open(c.bus);
    await waitFor(async () => (await listStreamJobs(c.bus, Date.now())).some((j) => j.job === "gone" && j.last_checkpoint !== null), {
      timeoutMs: 60_000,
      message: () => `a checkpoint of the running job (coordinator: ${c.coordinator.stderr().slice(-1500)}; worker: ${c.workers[0]!.stderr().slice(-1500)})`,
    });
    await deleteStream();
    // Seen restarting (with its reason and attempt) on the way, then failed once both restarts failed too.
    const seen = new Set<string>();
    await waitFor(
      async () => {
        const j = await store.job("gone");
        if (j) seen.add(j.state);
        return j?.state === "failed";
      },
      { timeoutMs: 90_000, intervalMs: 100, message: () => `the job failed (states seen: ${[...seen].join(", ")}; coordinator: ${c.coordinator.stderr().slice(-1500)})` },
    );
    assert.ok(seen.has("restarting"), `restarting before failed (seen: ${[...seen].join(", ")})`);
    const job = await store.job("gone");
    assert.equal(job?.failure?.attempt, 3, "two restarts, then the third failure in a row");
    assert.equal(job?.failure?.task, "s0");
    assert.match(job?.failure?.reason ?? "", /stream "FAILING_IN" does not exist/);
    assert.equal(await store.placement("gone"), undefined, "a failed job runs nowhere");

    const status = await runCli(["status", "gone", "--json", "--nats", c.url]);
    assert.equal(status.code, 0, describeResult(status));
    const json = JSON.parse(status.stdout) as { state: string; failure: { reason: string; attempt: number; max_attempts: number; summary: string } | null };
    assert.equal(json.state, "failed");
    assert.equal(json.failure?.attempt, 3);
    assert.equal(json.failure?.max_attempts, 2);
    assert.match(json.failure?.summary ?? "", /^failed after 3 failures in a row: s0: stream "FAILING_IN" does not exist/);
    const text = await runCli(["status", "gone", "--nats", c.url]);
    assert.match(text.stdout, /^gone: failed, last checkpoint \d+\nfailed after 3 failures in a row: s0: stream "FAILING_IN" does not exist/);

    // What the web view's /v1/streams serves (one reader for it and weft status).
    const viewed = (await listStreamJobs(c.bus, Date.now())).find((j) => j.job === "gone");
    assert.equal(viewed?.state, "failed");
    assert.match(viewed?.failure?.summary ?? "", /does not exist/);

    const list = await runCli(["deployments", "--json", "--nats", c.url]);
    assert.equal(list.code, 0, describeResult(list));
    const row = list.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { name: string; kind: string; state?: string; failure?: string | null })
      .find((d) => d.name === "gone");
    assert.equal(row?.kind, "stream");
    assert.equal(row?.state, "failed");
    assert.match(row?.failure ?? "", /does not exist/);
    const table = await runCli(["deployments", "--nats", c.url]);
    assert.match(table.stdout, /\ngone\s+[0-9a-f]{12}\s+\S+\s+-\s+streaming job, failed after 3 failures in a row: s0: stream "FAILING_IN"/);

    // A deploy again (the stream back) runs it afresh.
    await input([{ k: "a", t: 1_000_000 }]);
    const again = await runCli(["deploy", FIXTURE, "--name", "gone", "--nats", c.url], { timeoutMs: 60_000 });
    assert.equal(again.code, 0, describeResult(again));
    assert.equal((await store.job("gone"))?.state, "running");
    await runCli(["undeploy", "gone", "--nats", c.url]);
  });

  // Last: it takes the cluster's only worker away.
  it("a job whose every worker is lost says it is waiting for one (restarting), and runs again on a new worker", async () => {
    const c = cluster!;
    await input(Array.from({ length: 300 }, (_, i) => ({ k: `k${i % 7}`, t: 1_000_000 + i * 10 })));
    const deployed = await runCli(["deploy", FIXTURE, "--name", "orphan", "--nats", c.url], { timeoutMs: 60_000 });
    assert.equal(deployed.code, 0, describeResult(deployed));
    const store = await StreamJobStore.open(c.bus);
    await waitFor(async () => (await store.placement("orphan"))?.sources.includes("wa") === true, { timeoutMs: 30_000, message: "placed on wa" });
    const wa = c.workers[0]!;
    wa.child.kill("SIGKILL");
    await wa.exited;
    await waitFor(async () => (await store.job("orphan"))?.state === "restarting", { timeoutMs: 60_000, intervalMs: 200, message: "restarting once wa is lost" });
    const status = await runCli(["status", "orphan", "--nats", c.url]);
    assert.match(status.stdout, /^orphan: restarting.*\nrestarting: no live worker: waiting up to 60 s for one\n/);
    c.spawn(["worker", "--nats", c.url, "--name", "wb"]);
    await waitFor(async () => (await store.job("orphan"))?.state === "running" && (await store.placement("orphan"))?.sources.includes("wb") === true, {
      timeoutMs: 60_000,
      intervalMs: 200,
      message: () => `running on wb (coordinator: ${c.coordinator.stderr().slice(-1000)})`,
    });
    await runCli(["undeploy", "orphan", "--nats", c.url]);
  });
});
