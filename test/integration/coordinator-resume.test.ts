/**
 * A coordinator that takes over runs from the KV store (engine/coordinator/coordinator.ts,
 * resume), on a real nats-server: a run whose log already holds its end, but whose record was
 * not written before the previous coordinator died, is recorded from the log and not run again;
 * a run that another coordinator ended in the log while this one ran it ends here with that end;
 * a submission under way when the coordinator loses the leadership stops with E_NOT_LEADER and
 * leaves no record behind (the new leader would refuse the run id as taken).
 */
import assert from "node:assert/strict";
import type { Bus } from "../../engine/bus/bus.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import { ensureRunLogStream } from "../../engine/bus/run-log-stream.js";
import { Coordinator } from "../../engine/coordinator/coordinator.js";
import { readRunRecord, writeRunRecord } from "../../engine/coordinator/run-store.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { requestRun } from "../../engine/client/run-client.js";
import { buckets, subjects } from "../../engine/subjects.js";
import { decodeMessage, encodeMessage, graphToWire, pb, placementToWire } from "../../engine/wire/protocol.js";
import { node } from "../helpers/graph.js";
import { hasNatsServer, startNats, uid, waitFor } from "../helpers/nats.js";

/** The record a coordinator that died left of a one-node run it ran on worker "ghost". */
async function recordRunningOnGhost(bus: Bus, runId: string, graph: WorkflowGraph): Promise<void> {
  await writeRunRecord(
    bus,
    {
      runId,
      workflow: "one",
      state: "running",
      bundleHash: "0".repeat(64),
      inputJson: "{}",
      submittedAtMs: Date.now() - 1000,
      tasksTotal: 1,
      graph: graphToWire(graph),
      placement: placementToWire({ workers: ["ghost"], nodeWorker: { answer: 0 }, mapWeights: [1], strategy: "locality" }),
      coordinator: "the-one-that-died",
      epoch: 0,
    },
    0,
  );
}

describe("coordinator: taking over runs from the KV store", function () {
  this.timeout(60_000);
  let server: NatsServerProcess | undefined;
  const buses: Bus[] = [];

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
  });

  after(async () => {
    for (const b of buses) await b.close().catch(() => {});
    await server?.stop();
  });

  it("a run that ended in its log but not in its record is recorded from the log, not run again", async () => {
    const bus = await connectNatsBus(server!.url, { name: "test" });
    buses.push(bus);
    await ensureRunLogStream(bus);
    const runId = `r-${uid()}`;
    const graph = { name: "one", nodes: [node("answer")] };
    await recordRunningOnGhost(bus, runId, graph);
    // What the dead coordinator and its worker had logged: the task's end, then the run's.
    const at = Date.now() - 500;
    const task = { taskId: "answer", node: "answer", index: -1, worker: "ghost", attempt: 1, atMs: at, epoch: 0 };
    await bus.publishDurable(
      subjects.runLog(runId, "ghost"),
      encodeMessage(pb.LogBatch, {
        runId,
        entries: [
          { task: { ...task, from: "pending", to: "ready" } },
          { task: { ...task, from: "ready", to: "running" } },
          { task: { ...task, from: "running", to: "succeeded" } },
        ],
      }),
    );
    await bus.publishDurable(
      subjects.runState(runId),
      encodeMessage(pb.LogBatch, { runId, entries: [{ run: { from: "running", to: "succeeded", atMs: at + 1, resultJson: "42", workflow: "one" } }] }),
    );
    const starts: string[] = [];
    bus.subscribe("weft.v1.worker.*.start", (m) => starts.push(m.subject));
    await bus.flush();

    const said: string[] = [];
    const coordinatorBus = await connectNatsBus(server!.url, { name: "coordinator" });
    buses.push(coordinatorBus);
    const coordinator = await Coordinator.start(coordinatorBus, { name: "successor", workerWaitMs: 500, say: (l) => said.push(l) });
    try {
      await waitFor(async () => (await readRunRecord(bus, runId))?.state === "succeeded", { timeoutMs: 20_000, intervalMs: 100, message: "the record to say succeeded" });
      const record = (await readRunRecord(bus, runId))!;
      assert.equal(record.resultJson, "42");
      assert.equal(record.coordinator, "successor");
      assert.ok(said.some((l) => l.includes(runId) && l.includes("recorded from its log")), said.join("\n"));
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(starts, [], "no StartRun: the run is not run again");
    } finally {
      await coordinator.stop();
    }
  });

  // Was slow: runs were taken up one after the other, each replay waiting for its log to go quiet
  // (500 ms or more), so a takeover with N runs in flight took N seconds or more before the
  // coordinator served triggers and said it was active (seen in test/e2e/trigger-chaos.test.ts:
  // 24 triggered runs in flight, 24 s).
  it("several runs in flight at a takeover are taken up side by side, not one after the other", async () => {
    const bus = await connectNatsBus(server!.url, { name: "test" });
    buses.push(bus);
    await ensureRunLogStream(bus);
    const runIds = Array.from({ length: 6 }, () => `r-${uid()}`);
    const graph = { name: "one", nodes: [node("answer")] };
    for (const [i, runId] of runIds.entries()) {
      await recordRunningOnGhost(bus, runId, graph);
      await bus.publishDurable(
        subjects.runState(runId),
        encodeMessage(pb.LogBatch, { runId, entries: [{ run: { from: "running", to: "succeeded", atMs: Date.now() - 500, resultJson: String(i), workflow: "one" } }] }),
      );
    }
    const said: string[] = [];
    const coordinatorBus = await connectNatsBus(server!.url, { name: "coordinator" });
    buses.push(coordinatorBus);
    const coordinator = await Coordinator.start(coordinatorBus, { name: "side-by-side", workerWaitMs: 500, say: (l) => said.push(l) });
    try {
      for (const [i, runId] of runIds.entries()) {
        await waitFor(async () => (await readRunRecord(bus, runId))?.state === "succeeded", { timeoutMs: 30_000, intervalMs: 100, message: `${runId} to be recorded` });
        assert.equal((await readRunRecord(bus, runId))!.resultJson, String(i));
      }
      const ours = said.filter((l) => runIds.some((id) => l.includes(id)));
      const firstEnd = ours.findIndex((l) => l.includes("recorded from its log"));
      const lastTaken = ours.map((l) => l.includes("resuming run")).lastIndexOf(true);
      assert.ok(firstEnd > lastTaken, `every run is taken up before the first one's replay is over:\n${ours.join("\n")}`);
    } finally {
      await coordinator.stop();
    }
  });

  it("a run's deadline survives the coordinator: a resumed run fails with E_TIMEOUT at its recorded deadline, not before", async () => {
    const bus = await connectNatsBus(server!.url, { name: "test" });
    buses.push(bus);
    await ensureRunLogStream(bus);
    const graph = { name: "one", nodes: [node("answer")] };
    const now = Date.now();
    const record = (runId: string, deadlineAtMs: number) => ({
      runId,
      workflow: "one",
      state: "running",
      bundleHash: "0".repeat(64),
      inputJson: "{}",
      submittedAtMs: now - 1000,
      tasksTotal: 1,
      graph: graphToWire(graph),
      placement: placementToWire({ workers: ["ghost"], nodeWorker: { answer: 0 }, mapWeights: [1], strategy: "locality" }),
      coordinator: "the-one-that-died",
      epoch: 0,
      deadlineAtMs,
    });
    const passed = `r-${uid()}`;
    const later = `r-${uid()}`;
    await writeRunRecord(bus, record(passed, now - 100), 0);
    await writeRunRecord(bus, record(later, now + 4000), 0);

    // The worker the runs are placed on heartbeats but never answers: only the deadlines end them.
    const heartbeat = () => bus.publish(subjects.workerHeartbeat("ghost"), encodeMessage(pb.WorkerHeartbeat, { name: "ghost", slots: 1 }));
    heartbeat();
    const beating = setInterval(heartbeat, 200);
    const coordinatorBus = await connectNatsBus(server!.url, { name: "coordinator" });
    buses.push(coordinatorBus);
    const coordinator = await Coordinator.start(coordinatorBus, { name: "successor", workerWaitMs: 2000, say: () => {} });
    try {
      await waitFor(async () => (await readRunRecord(bus, passed))?.state === "failed", { timeoutMs: 20_000, intervalMs: 100, message: "the passed deadline to fail the run" });
      const failed = (await readRunRecord(bus, passed))!;
      assert.equal(failed.error?.code, "E_TIMEOUT");
      assert.match(failed.error?.message ?? "", /did not end within its timeout of 900 ms/);
      assert.equal(failed.deadlineAtMs, now - 100);
      assert.notEqual((await readRunRecord(bus, later))?.state, "failed", "a deadline still ahead does not fail the run yet");
      await waitFor(async () => (await readRunRecord(bus, later))?.state === "failed", { timeoutMs: 20_000, intervalMs: 100, message: "the later deadline to fail the run" });
      const late = (await readRunRecord(bus, later))!;
      assert.equal(late.error?.code, "E_TIMEOUT");
      assert.ok(late.endedAtMs >= now + 4000, `ended ${late.endedAtMs - now} ms after the start, before its deadline`);
    } finally {
      clearInterval(beating);
      await coordinator.stop();
    }
  });

  it("a run another coordinator ended in the log while this one ran it: the first end is the run's end", async () => {
    const bus = await connectNatsBus(server!.url, { name: "test" });
    buses.push(bus);
    await ensureRunLogStream(bus);
    // A worker that takes runs and never finishes them (the run stays running here).
    const beat = () =>
      bus.publish(subjects.workerHeartbeat("idle"), encodeMessage(pb.WorkerHeartbeat, { name: "idle", slots: 1, running: 0, pid: 1, host: "test", startedAtMs: 0, sentAtMs: Date.now() }));
    const heartbeat = setInterval(beat, 200);
    bus.subscribe(subjects.workerStart("idle"), (m) => m.respond(encodeMessage(pb.StartRunReply, { worker: "idle" })));
    const forgets: string[] = [];
    bus.subscribe(subjects.allRunControls(), (m) => {
      const c = decodeMessage(pb.RunControl, m.data, () => {});
      if (c?.action === pb.RunControl.Action.ACTION_FORGET) forgets.push(c.runId);
    });
    beat();
    await bus.flush();

    const said: string[] = [];
    const coordinatorBus = await connectNatsBus(server!.url, { name: "coordinator" });
    buses.push(coordinatorBus);
    const coordinator = await Coordinator.start(coordinatorBus, { name: "taker", say: (l) => said.push(l) });
    try {
      const runId = `r-${uid()}`;
      const graph = { name: "two", nodes: [node("src"), node("answer", ["src"])] };
      await requestRun(bus, { file: "two.ts", graph, bundle: { hash: "0".repeat(64), code: new Uint8Array() } }, "{}", runId);
      await waitFor(async () => (await readRunRecord(bus, runId))?.state === "running", { timeoutMs: 10_000, intervalMs: 50, message: "the run to be running" });
      // The coordinator that had the run before (it finished it after losing the leadership).
      await bus.publishDurable(
        subjects.runState(runId),
        encodeMessage(pb.LogBatch, {
          runId,
          entries: [
            {
              run: {
                from: "running",
                to: "succeeded",
                atMs: Date.now(),
                resultJson: "7",
                workflow: "two",
                edges: [{ from: "src", to: "answer", records: 1, natsMsgs: 1, natsBytes: 12, localRecords: 0, localBytes: 0 }],
              },
            },
          ],
        }),
      );
      await waitFor(async () => (await readRunRecord(bus, runId))?.state === "succeeded", { timeoutMs: 10_000, intervalMs: 50, message: "the record to say succeeded" });
      const record = (await readRunRecord(bus, runId))!;
      assert.equal(record.resultJson, "7");
      assert.deepEqual(
        record.edges.map((e) => [e.from, e.to, e.natsMsgs, e.natsBytes]),
        [["src", "answer", 1, 12]],
        "the record has the end's accounting",
      );
      await waitFor(() => forgets.includes(runId), { timeoutMs: 5000, message: "the workers to be told to forget the run" });
      assert.ok(said.some((l) => l.includes(runId) && l.includes("recorded from its log")), said.join("\n"));
    } finally {
      clearInterval(heartbeat);
      await coordinator.stop();
    }
  });

  it("a submission with no worker is not held waiting for one: it is accepted at once and recorded as queued", async () => {
    const coordinatorBus = await connectNatsBus(server!.url, { name: "coordinator" });
    const bus = await connectNatsBus(server!.url, { name: "test" });
    buses.push(coordinatorBus, bus);
    // Before runs were queued, this submission waited up to workerWaitMs for a worker (and a
    // coordinator losing the lock meanwhile had to refuse it): now nothing waits.
    const coordinator = await Coordinator.start(coordinatorBus, { name: "first", workerWaitMs: 30_000, say: () => {} });
    try {
      const runId = `r-${uid()}`;
      const request = encodeMessage(pb.SubmitRequest, {
        graph: graphToWire({ name: "one", nodes: [node("answer")] }),
        bundleHash: "0".repeat(64),
        inputJson: "{}",
        runId,
        submitter: "test",
      });
      const started = Date.now();
      const reply = decodeMessage(pb.SubmitReply, await bus.request(subjects.submit(), request, { timeoutMs: 40_000 }), () => {});
      const tookMs = Date.now() - started;
      assert.equal(reply?.error ?? null, null, JSON.stringify(reply));
      assert.equal(reply?.runId, runId);
      assert.ok(tookMs < 10_000, `answered after ${tookMs} ms, not at once`);
      assert.equal((await readRunRecord(bus, runId))?.state, "queued");
    } finally {
      await coordinator.stop();
    }
  });
});
