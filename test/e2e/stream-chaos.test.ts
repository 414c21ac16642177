/**
 * End to end, streaming jobs on a cluster of processes: `weft deploy` of a stream() file starts
 * a long-running job on the workers; a worker SIGKILLed and then the coordinator SIGKILLed and
 * started again mid-stream, the job resumes from its last completed checkpoint, and its output
 * (a JetStream subject, deduped by result id) is exactly the fault-free result: no window lost,
 * none twice. `weft status` shows its operators; `weft stop --savepoint` and `weft undeploy`
 * end it. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { startCluster, runCli, describeResult, type Cluster } from "../helpers/cli.js";
import { hasNatsServer, uid, waitFor } from "../helpers/nats.js";
import { readAll, streamFor } from "../helpers/stream-output.js";
import { lastCheckpoint } from "../../engine/stream/stream-job.js";
import { rmSync, writeFileSync } from "node:fs";
import { CHAOS_EVENTS, chaosClick, chaosGate } from "../fixtures/stream-chaos.js";

interface Row {
  user: string;
  start: number;
  count: number;
}

function expectedRows(): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < CHAOS_EVENTS; i++) {
    const c = chaosClick(i);
    const id = `${c.user}@${Math.floor(c.at / 1000) * 1000}`;
    m.set(id, (m.get(id) ?? 0) + 1);
  }
  return m;
}

describe("streaming job chaos (e2e)", function () {
  this.timeout(240_000);
  let cluster: Cluster | undefined;
  const out = `chaos.${uid()}`;
  const CHAOS_GATE = chaosGate(out);

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa", "wb"], { env: { WEFT_CHAOS_OUT: out } });
  });

  after(async function () {
    this.timeout(40_000);
    rmSync(CHAOS_GATE, { force: true });
    await cluster?.stop();
  });

  it("a worker SIGKILLed and the coordinator restarted mid-stream: the output is the fault-free result, every window once", async () => {
    const c = cluster!;
    const outStream = await streamFor(c.bus, out);
    writeFileSync(CHAOS_GATE, "the stream-chaos test paces its source while this file exists\n");
    const deployed = await runCli(["deploy", "test/fixtures/stream-chaos.ts", "--parallelism", "2", "--checkpoint-interval", "300ms", "--nats", c.url], {
      env: { WEFT_CHAOS_OUT: out },
    });
    assert.equal(deployed.code, 0, describeResult(deployed));
    assert.match(deployed.stdout, /^chaos@[0-9a-f]{12}\n$/);

    await waitFor(async () => ((await lastCheckpoint(c.bus, "chaos"))?.id ?? 0) >= 2, { timeoutMs: 60_000, intervalMs: 100, message: "two checkpoints" });
    const status = await runCli(["status", "chaos", "--json", "--nats", c.url], { timeoutMs: 20_000 });
    assert.equal(status.code, 0, describeResult(status));
    const ops = (JSON.parse(status.stdout) as { operators: { operator: string }[] }).operators.map((o) => o.operator);
    assert.ok(ops.includes("clicks") && ops.includes("counts"), `operators in the status: ${ops.join(", ")}`);

    const wb = c.workers[1]!;
    wb.child.kill("SIGKILL");
    await wb.exited;
    const before = (await lastCheckpoint(c.bus, "chaos"))!.id;
    await waitFor(async () => ((await lastCheckpoint(c.bus, "chaos"))?.id ?? 0) > before, {
      timeoutMs: 90_000,
      intervalMs: 200,
      message: () => `checkpoints after the worker loss (coordinator: ${c.coordinator.stderr().slice(-1500)})`,
    });
    const written = (await readAll<Row>(c.bus, outStream, out)).length;
    const want = expectedRows();
    assert.ok(written < want.size, `the job was still running (${written} of ${want.size} windows written)`);

    c.coordinator.child.kill("SIGKILL");
    await c.coordinator.exited;
    const next = c.spawn(["coordinator", "--nats", c.url]);
    await next.waitForStderr(/active on/, 30_000);
    rmSync(CHAOS_GATE, { force: true }); // the faults are done: the job may run to the end

    let rows: Row[] = [];
    await waitFor(async () => (rows = await readAll<Row>(c.bus, outStream, out)).length >= want.size, {
      timeoutMs: 150_000,
      intervalMs: 500,
      message: () => `${rows.length} of ${want.size} windows (coordinator: ${next.stderr().slice(-1500)})`,
    });
    await new Promise((r) => setTimeout(r, 1000)); // anything written twice would show by now
    rows = await readAll<Row>(c.bus, outStream, out);
    assert.equal(rows.length, want.size, "no window written twice");
    assert.deepEqual(new Map(rows.map((r) => [`${r.user}@${r.start}`, r.count] as const).sort()), new Map([...want].sort()));

    const stopped = await runCli(["stop", "chaos", "--savepoint", "--nats", c.url], { timeoutMs: 60_000 });
    assert.equal(stopped.code, 0, describeResult(stopped));
    assert.match(stopped.stderr, /stopped chaos with savepoint \d+/);
    const removed = await runCli(["undeploy", "chaos", "--nats", c.url], { timeoutMs: 20_000 });
    assert.equal(removed.code, 0, describeResult(removed));
  });
});
