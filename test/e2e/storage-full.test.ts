/**
 * JetStream storage full, and a NATS server that stops answering (issue 19 item 6). With the
 * store on a full disk nats-server hung; after its restart a run 1,603 of 1,604 tasks done was
 * failed with "worker wa, wb stopped heartbeating" although both were alive. With a
 * max_file_store limit the run stalled silently, only the coordinator's stderr saying
 * "insufficient resources; retrying". Here a server with a tiny max_file_store (a config file:
 * no real full disk needed) fills up mid-run: the follower prints why the run is stalled
 * (JetStream storage full, where, what to do) and `weft status` shows it; restarted with room on
 * the same store, the run finishes with the exact result. And a server stopped (SIGSTOP) for
 * longer than a worker's loss window: the coordinator counts that as its own outage, not the
 * workers' (no re-placement). Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertBuilt, describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";

const FOLLOWED_RUN = /"run":"(r-[a-z0-9-]+)"/;

describe("e2e: JetStream storage full, a NATS server that stops answering", function () {
  this.timeout(180_000);
  let cluster: Cluster | undefined;
  let dir: string | undefined;

  before(function () {
    if (!hasNatsServer()) this.skip();
    assertBuilt();
  });

  afterEach(async function () {
    this.timeout(30_000);
    if (cluster?.nats.pid !== undefined) process.kill(cluster.nats.pid, "SIGCONT");
    await cluster?.stop();
    cluster = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("a run on a full store says why it is stalled (follower, weft status), and finishes exact once there is room", async () => {
    dir = mkdtempSync(join(tmpdir(), "weft-store-full-"));
    const conf = join(dir, "nats.conf");
    // Room for the streams, the bundle and the run's first entries, not for 3,000 tasks' log.
    writeFileSync(conf, "jetstream { max_file_store: 100KB }\n");
    cluster = await startCluster(["wa", "wb"], { nats: { config: conf } });
    const follower = cluster.spawn(["submit", "test/fixtures/long-map.ts", "--input", JSON.stringify({ n: 3000, ms: 5 }), "--follow", "--nats", cluster.url]);
    const stalled = await follower.waitForStderr(/"to":"stalled"/, 60_000);
    const line = stalled.split("\n").find((l) => l.includes('"to":"stalled"'))!;
    const event = JSON.parse(line) as { run: string; error: { code: string; message: string } };
    assert.equal(event.error.code, "E_STORAGE_FULL", line);
    assert.match(event.error.message, /JetStream storage on the NATS server is full/);
    assert.match(event.error.message, /max_file_store/);
    assert.match(event.error.message, /store_dir/);
    const runId = FOLLOWED_RUN.exec(line)![1]!;

    const status = await runCli(["status", runId, "--json", "--nats", cluster.url]);
    assert.equal(status.code, 0, describeResult(status));
    const s = JSON.parse(status.stdout) as { state: string; stalled?: { code: string; message: string } };
    // Its record was last written before the store filled up: submitted or running, not ended.
    assert.ok(s.state === "submitted" || s.state === "running", s.state);
    assert.equal(s.stalled?.code, "E_STORAGE_FULL", status.stdout);
    const text = await runCli(["status", runId, "--nats", cluster.url]);
    assert.match(text.stdout, /stalled {3}since .*E_STORAGE_FULL: .*JetStream storage/);
    assert.ok(follower.running(), "the follower still follows");

    // Room again, on the same store: the run goes on where it was.
    writeFileSync(conf, "jetstream { max_file_store: 1GB }\n");
    await cluster.nats.restart();
    const end = await follower.exited;
    assert.equal(end.code, 0, follower.stderr().slice(-3000));
    assert.equal(follower.stdout().trim(), "3000");
    assert.match(cluster.coordinator.stderr(), /JetStream storage on the NATS server is full/);
    await cluster.coordinator.waitForStderr(/JetStream stores writes again \(it was full for [\d.]+ s\); the runs go on/, 15_000);
    const after = await runCli(["status", runId, "--json", "--nats", cluster.url]);
    const a = JSON.parse(after.stdout) as { state: string; tasks_done: number; tasks_total: number; stalled?: unknown };
    assert.deepEqual([a.state, a.tasks_done, a.tasks_total, a.stalled], ["succeeded", 3002, 3002, undefined], after.stdout);
  });

  it("a coordinator started while the store is full says so (not that another one is active), and takes the lead and finishes the run once there is room", async () => {
    dir = mkdtempSync(join(tmpdir(), "weft-store-full-"));
    const conf = join(dir, "nats.conf");
    writeFileSync(conf, "jetstream { max_file_store: 100KB }\n");
    cluster = await startCluster(["wa", "wb"], { nats: { config: conf } });
    const follower = cluster.spawn(["submit", "test/fixtures/long-map.ts", "--input", JSON.stringify({ n: 3000, ms: 5 }), "--follow", "--nats", cluster.url]);
    await follower.waitForStderr(/"to":"stalled"/, 60_000);
    cluster.coordinator.child.kill("SIGKILL");
    await cluster.coordinator.exited;
    // Its lock lives on for its TTL, then expires; the new one cannot write its own.
    const next = cluster.spawn(["coordinator", "--nats", cluster.url]);
    const said = await next.waitForStderr(/cannot take the lead: .*JetStream storage is full/, 60_000);
    assert.match(said, /max_file_store/);

    writeFileSync(conf, "jetstream { max_file_store: 1GB }\n");
    await cluster.nats.restart();
    const end = await follower.exited;
    assert.equal(end.code, 0, follower.stderr().slice(-3000) + next.stderr().slice(-2000));
    assert.equal(follower.stdout().trim(), "3000");
  });

  it("a server that stops answering for longer than a worker's loss window: the workers are not judged lost", async () => {
    cluster = await startCluster(["wa", "wb"]);
    const follower = cluster.spawn(["submit", "test/fixtures/long-map.ts", "--input", JSON.stringify({ n: 400, ms: 50 }), "--follow", "--nats", cluster.url]);
    const first = await follower.waitForStderr(/"to":"succeeded"/, 30_000);
    const runId = FOLLOWED_RUN.exec(first)![1]!;
    // Hung, connections open (as on a full disk): longer than the 3 s after which a silent worker is lost.
    process.kill(cluster.nats.pid!, "SIGSTOP");
    await new Promise((r) => setTimeout(r, 5000));
    process.kill(cluster.nats.pid!, "SIGCONT");
    const end = await follower.exited;
    assert.equal(end.code, 0, follower.stderr().slice(-3000));
    assert.equal(follower.stdout().trim(), "400");
    const status = await runCli(["status", runId, "--nats", cluster.url]);
    assert.equal(status.code, 0, describeResult(status));
    assert.doesNotMatch(status.stdout, /placed \d+ times/, status.stdout);
    assert.doesNotMatch(cluster.coordinator.stderr(), /stopped heartbeating|did not heartbeat again/);
  });
});
