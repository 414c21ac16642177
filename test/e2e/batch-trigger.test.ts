/**
 * End to end, triggers declared in the workflow file (`wf.trigger` with a `map`) and
 * micro-batching (`--batch N --batch-wait D`, and `batch` in the file): a JetStream trigger
 * whose events are gathered into batch runs, every message in exactly one run's input, across a
 * coordinator SIGKILL in the middle. Spawns the COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, runCli, startCluster, type Cluster } from "../helpers/cli.js";
import { hasNatsServer, waitFor } from "../helpers/nats.js";
import { listRunRecords, type RunRecord } from "../../engine/coordinator/run-store.js";
import { batchFromWire } from "../../engine/wire/origin.js";

/** Sums a batch of readings; the trigger (declared here) maps each message to its value. */
const BATCHED = `import { workflow } from "weft";
interface Reading { value: number; seq: number }
export default workflow<Reading[]>("batched", (wf) => {
  wf.trigger({ kind: "nats", subject: "readings.>", stream: "READINGS", batch: { max: 25, waitMs: 200 } }, (m: any) => ({ value: m.v * 10, seq: m.seq }));
  wf.node("sum", async (ctx) => ({
    count: ctx.input.length,
    sum: ctx.input.reduce((s, r) => s + r.value, 0),
    seqs: ctx.input.map((r) => r.seq),
    batch: ctx.trigger?.batch ?? null,
    declared: ctx.trigger?.declared ?? null,
  }));
});
`;

interface BatchResult {
  count: number;
  sum: number;
  seqs: number[];
  batch: string[] | null;
  declared: number | null;
}

describe("e2e: triggers declared in the file, and batches", function () {
  this.timeout(120_000);
  let cluster: Cluster | undefined;
  let dir = "";

  before(async function () {
    if (!hasNatsServer()) this.skip();
    cluster = await startCluster(["wa"]);
    dir = mkdtempSync(join(tmpdir(), "weft-batch-"));
  });

  after(async function () {
    this.timeout(30_000);
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const runsOf = async (deployment: string): Promise<RunRecord[]> => (await listRunRecords(cluster!.bus)).filter((r) => r.origin?.deployment === deployment);

  it("a batching trigger declared in the file: every message in exactly one batch run, mapped, across a coordinator SIGKILL", async () => {
    const { bus, url } = cluster!;
    await bus.ensureStream("READINGS", ["readings.>"]);
    const file = join(dir, "batched.ts");
    writeFileSync(file, BATCHED);
    const deployed = await runCli(["deploy", file, "--nats", url]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    const listed = await runCli(["deployments", "--nats", url]);
    assert.match(listed.stdout, /nats:readings\.> \(stream READINGS\) \[batch 25\/200 ms\]/);
    const N = 300;
    const publish = async (from: number, to: number) => {
      for (let i = from; i < to; i++) await bus.publishDurable(`readings.d${i % 3}`, new TextEncoder().encode(JSON.stringify({ v: i, seq: i })));
    };
    await publish(0, N / 2);
    await waitFor(async () => (await runsOf("batched")).length >= 2, { timeoutMs: 30_000, intervalMs: 100, message: "the first batch runs" });
    cluster!.coordinator.child.kill("SIGKILL");
    await cluster!.coordinator.exited;
    await publish(N / 2, N); // while no coordinator is up
    const next = cluster!.spawn(["coordinator", "--nats", url]);
    await next.waitForStderr(/active on/, 30_000);
    const settled = async () => {
      const runs = await runsOf("batched");
      const done = runs.filter((r) => r.state === "succeeded");
      return done.reduce((n, r) => n + (JSON.parse(r.resultJson) as BatchResult).count, 0);
    };
    // A batch the killed coordinator had open comes again after the consumer's ack wait (5 s).
    await waitFor(async () => (await settled()) >= N, { timeoutMs: 75_000, intervalMs: 250, message: "every reading in a finished batch run" });
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate, if any, would show up now
    const runs = await runsOf("batched");
    assert.ok(runs.every((r) => r.state === "succeeded"), runs.map((r) => `${r.runId} ${r.state} ${r.error?.message ?? ""}`).join("\n"));
    const results = runs.map((r) => JSON.parse(r.resultJson) as BatchResult);
    const seqs = results.flatMap((x) => x.seqs).sort((a, b) => a - b);
    assert.deepEqual(seqs, Array.from({ length: N }, (_, i) => i), "every message in exactly one run");
    assert.equal(results.reduce((s, x) => s + x.sum, 0), (10 * N * (N - 1)) / 2, "mapped by the file's map (value = v * 10)");
    assert.ok(results.every((x) => x.count >= 1 && x.count <= 25), `batches of at most 25: ${results.map((x) => x.count).join(",")}`);
    assert.ok(runs.length < N / 2, `events were batched (${runs.length} runs for ${N} messages)`);
    for (const x of results) {
      assert.equal(x.declared, 0, "the file's first trigger");
      assert.equal(x.batch?.length, x.count, "ctx.trigger.batch lists the batch's events");
      assert.ok(x.batch!.every((id) => /^READINGS:\d+$/.test(id)));
    }
  });

  it("--batch and --batch-wait batch a flag's trigger; bad values are exit 2", async () => {
    const { bus, url } = cluster!;
    await bus.ensureStream("TICKS", ["ticks.>"]);
    const deployed = await runCli(["deploy", "examples/hello.ts", "--name", "ticks", "--subject", "ticks.>", "--stream", "TICKS", "--batch", "10", "--batch-wait", "300ms", "--nats", url]);
    assert.equal(deployed.code, 0, describeResult(deployed));
    for (let i = 0; i < 30; i++) await bus.publishDurable("ticks.t", new TextEncoder().encode(JSON.stringify({ name: `n${i}` })));
    await waitFor(async () => (await runsOf("ticks")).filter((r) => r.state === "succeeded").reduce((n, r) => n + batchFromWire(r.origin?.trigger).length, 0) >= 30, {
      timeoutMs: 30_000,
      intervalMs: 200,
      message: "30 events in batch runs",
    });
    const runs = await runsOf("ticks");
    assert.ok(runs.length <= 6, `batched: ${runs.length} runs for 30 events`);
    for (const r of runs) assert.ok(JSON.parse(r.inputJson) instanceof Array, "a batch run's input is the list of its events");
    for (const bad of [["--batch", "0"], ["--batch", "ten"], ["--batch-wait", "1s"], ["--batch", "5", "--batch-wait", "soon"]]) {
      const r = await runCli(["deploy", "examples/hello.ts", "--subject", "x.>", ...bad, "--nats", url]);
      assert.equal(r.code, 2, `${bad.join(" ")}: ${describeResult(r)}`);
      assert.match(r.stderr, /--batch/);
    }
    const noTrigger = await runCli(["deploy", "examples/hello.ts", "--batch", "5", "--nats", url]);
    assert.equal(noTrigger.code, 2, describeResult(noTrigger));
  });
});
