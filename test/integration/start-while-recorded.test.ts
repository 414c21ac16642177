/**
 * A run whose id its client just made is started on its workers while its record is created
 * (engine/coordinator/record-gate.ts), on a real nats-server with an in-process coordinator and
 * worker:
 * - a coordinator that dies after the StartRun went out but before its record was stored leaves a
 *   run no record names, running on its worker: the same id submitted again to the next
 *   coordinator (no longer a new id) starts in epoch 1, and the worker places the run over
 *   instead of answering the StartRun as a repeat (the run then ended only at its deadline);
 * - a submission of an id in use is refused and leaves that run's log as it was, also when its
 *   client falsely claims the id is new (no early start on a worker under the taken id);
 * - a run id made for the submission is accepted without a record write on its start's path,
 *   and nothing of the run is published before its record exists; a run that ended meanwhile
 *   publishes its state (submitted, running, its end) as one batch.
 */
import assert from "node:assert/strict";
import type { Bus, KvBucket } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import { Coordinator } from "../../engine/coordinator/coordinator.js";
import { readRunRecord } from "../../engine/coordinator/run-store.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { followRun, requestRun } from "../../engine/client/run-client.js";
import { newRunId } from "../../engine/model/run-id.js";
import { buckets, streams, subjects } from "../../engine/subjects.js";
import { decodeMessage, encodeMessage, pb } from "../../engine/wire/protocol.js";
import { appendField, GRAPH_FIELD } from "../../engine/wire/embedded-field.js";
import { encodedGraph } from "../../engine/wire/graph-bytes.js";
import { Worker } from "../../engine/worker/worker.js";
import { workflow } from "../../sdk/index.js";
import { hasNatsServer, startNats, waitFor } from "../helpers/nats.js";

const HASH = "d".repeat(64);
const answer = workflow<{ n: number }>("answer", (wf) => {
  wf.node("answer", async (ctx) => (ctx.input as { n: number }).n * 2);
});
const submittable = { graph: answer.graph, bundle: { hash: HASH } };

/**
 * `inner`, except that a run record's create waits for `until` (by default forever: the write a
 * coordinator SIGKILLed right after sending it never had stored); everything else goes to the
 * real server.
 */
function recordsCreatedAfter(inner: Bus, until: Promise<void> = new Promise(() => {})): Bus {
  const stalled = (kv: KvBucket): KvBucket =>
    new Proxy(kv, {
      get: (target, prop, receiver) =>
        prop === "create" ? (key: string, value: Uint8Array) => until.then(() => target.create(key, value)) : Reflect.get(target, prop, receiver),
    });
  return new Proxy(inner, {
    get: (target, prop, receiver) => {
      if (prop === "kv") return async (bucket: string, opts?: unknown) => (bucket === buckets.runs ? stalled(await target.kv(bucket, opts as never)) : target.kv(bucket, opts as never));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The batches of `runId`'s history in the stream now (subject and bytes, in order). */
async function historyOf(bus: Bus, runId: string): Promise<string[]> {
  const seen: string[] = [];
  const replay = await bus.replay(streams.runLog, subjects.runHistory(runId, ""), (data, subject) => seen.push(`${subject} ${Buffer.from(data).toString("base64")}`));
  await bus.flush();
  await new Promise((r) => setTimeout(r, 300)); // the replay's backlog is delivered meanwhile
  replay.stop();
  return seen;
}

describe("coordinator: a new run started while its record is created", function () {
  this.timeout(60_000);
  let server: NatsServerProcess | undefined;
  const buses: Bus[] = [];
  const coordinators: Coordinator[] = [];
  let worker: Worker | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
  });

  /** Called before the coordinators stop (a create held by a test that failed first is let through). */
  const releases: (() => void)[] = [];

  afterEach(async () => {
    for (const release of releases.splice(0)) release();
    await worker?.stop();
    worker = undefined;
    for (const c of coordinators.splice(0)) await c.stop().catch(() => {});
    for (const b of buses.splice(0)) await b.close().catch(() => {});
  });

  after(async () => {
    await server?.stop();
  });

  async function connect(name: string): Promise<Bus> {
    const bus = await connectNatsBus(server!.url, { name });
    buses.push(bus);
    return bus;
  }

  async function startWorker(): Promise<Worker> {
    worker = await Worker.start(await connect("w1"), { name: "w1", slots: 1, diagnostics: () => {}, workflows: (h) => (h === HASH ? answer : undefined) });
    return worker;
  }

  it("a coordinator lost between the StartRun and its record: the id submitted again runs to its end on the next one", async () => {
    const dyingBus = await connect("dying");
    const dying = await Coordinator.start(recordsCreatedAfter(dyingBus), { name: "dying", say: () => {} });
    // Its stop would wait for the record write that never completes: its timers just end with the test's process.
    void dying;
    await startWorker();
    await dying.waitForWorkers(1, 10_000);
    const client = await connect("client");
    const runId = newRunId();
    const tasks: string[] = [];
    const states: string[] = [];
    const follow = await followRun(client, runId, (e) => {
      if (e.task) tasks.push(`${e.task.epoch ?? 0}:${e.task.to}`);
      if (e.run) states.push(e.run.to ?? "");
    });
    // Never answered: the coordinator stalls on the record, and dies.
    void requestRun(client, submittable, JSON.stringify({ n: 21 }), runId).catch(() => {});
    await waitFor(() => tasks.includes("0:succeeded"), { timeoutMs: 20_000, message: "the worker ran epoch 0 (started before the record)" });
    assert.equal(await readRunRecord(client, runId), undefined, "no record was stored");
    await client.flush();
    assert.deepEqual(states, [], "nothing of the run's state is published before its record exists");
    // SIGKILLed: its connection goes, its lock stays until it expires (the next one waits for that).
    await dyingBus.close();
    const next = await Coordinator.start(await connect("next"), { name: "next", say: () => {} });
    coordinators.push(next);
    await next.waitForWorkers(1, 10_000);
    // A deadline, so that a run the worker answers as a repeat (its sink value went to the dead
    // coordinator) fails here instead of hanging.
    const again = await requestRun(client, submittable, JSON.stringify({ n: 21 }), runId, { timeoutMs: 8_000 });
    assert.equal(again, runId);
    const end = await follow.ended;
    assert.equal(end.to, "succeeded", `the run ended ${end.to}: ${JSON.stringify(end.error)}`);
    assert.equal(JSON.parse(end.resultJson ?? "null"), 42);
    assert.ok(tasks.includes("1:succeeded"), `the worker placed the run over in epoch 1: ${tasks.join(", ")}`);
    // The record's last write follows the end.
    await waitFor(async () => (await readRunRecord(client, runId))?.state === "succeeded", { timeoutMs: 10_000, message: "the record says succeeded" });
    assert.equal((await readRunRecord(client, runId))?.epoch, 1);
  });

  it("a submission of a run id in use is refused, durable or express, and leaves that run's log as it was", async () => {
    const bus = await connect("coordinator");
    coordinators.push(await Coordinator.start(bus, { name: "only", say: () => {} }));
    await startWorker();
    await coordinators[0]!.waitForWorkers(1, 10_000);
    const client = await connect("client");
    const runId = newRunId();
    const follow = await followRun(client, runId, () => {});
    await requestRun(client, submittable, JSON.stringify({ n: 1 }), runId);
    assert.equal((await follow.ended).to, "succeeded");
    // The next coordinator knows the run from its record only (an ended run is not taken up).
    await coordinators.pop()!.stop();
    const next = await Coordinator.start(await connect("next"), { name: "next", say: () => {} });
    coordinators.push(next);
    await next.waitForWorkers(1, 10_000);
    const before = await historyOf(client, runId);
    await assert.rejects(requestRun(client, submittable, JSON.stringify({ n: 2 }), runId), /already taken/);
    await assert.rejects(requestRun(client, submittable, JSON.stringify({ n: 3 }), runId, { express: true }), /already taken/);
    assert.deepEqual(await historyOf(client, runId), before, "the refused submissions added nothing to the run's log");
    const record = await readRunRecord(client, runId);
    assert.equal(record?.state, "succeeded");
    assert.equal(JSON.parse(record?.resultJson ?? "null"), 2);
  });

  it("a client that falsely claims a taken id is new is refused, and no worker starts a run under it", async () => {
    coordinators.push(await Coordinator.start(await connect("coordinator"), { name: "only", say: () => {} }));
    await startWorker();
    await coordinators[0]!.waitForWorkers(1, 10_000);
    const client = await connect("client");
    const runId = newRunId();
    const follow = await followRun(client, runId, () => {});
    await requestRun(client, submittable, JSON.stringify({ n: 1 }), runId);
    assert.equal((await follow.ended).to, "succeeded");
    // A coordinator and a worker that know the run from its record only (nothing of it in memory).
    await coordinators.pop()!.stop();
    await worker!.stop();
    const next = await Coordinator.start(await connect("next"), { name: "next", say: () => {} });
    coordinators.push(next);
    await startWorker();
    await next.waitForWorkers(1, 10_000);
    const before = await historyOf(client, runId);
    // What requestRun sends, but saying the id was made just now (a client may set new_run_id).
    const claim = (express: boolean) =>
      appendField(
        encodeMessage(pb.SubmitRequest, { bundleHash: HASH, inputJson: JSON.stringify({ n: 5 }), runId, submitter: "liar", express, newRunId: true }),
        GRAPH_FIELD.SubmitRequest,
        encodedGraph(answer.graph),
      );
    for (const express of [false, true]) {
      const reply = decodeMessage(pb.SubmitReply, await client.request(subjects.submit(client.identity), claim(express), { timeoutMs: 30_000 }), () => {});
      assert.match(reply?.error?.message ?? "", /already taken/, `express ${express}: ${JSON.stringify(reply)}`);
    }
    // A later run on the one-slot worker ends: a StartRun sent for a false claim went out before its.
    const later = newRunId();
    const laterEnd = await followRun(client, later, () => {});
    await requestRun(client, submittable, JSON.stringify({ n: 6 }), later);
    assert.equal((await laterEnd.ended).to, "succeeded");
    assert.deepEqual(await historyOf(client, runId), before, "the false claims added nothing to the run's log");
    const record = await readRunRecord(client, runId);
    assert.equal(record?.state, "succeeded");
    assert.equal(JSON.parse(record?.resultJson ?? "null"), 2);
  });

  it("a new run that ends before its record exists: its lines wait for the record, then go out in order", async () => {
    let createNow!: () => void;
    const created = new Promise<void>((r) => (createNow = r));
    releases.push(createNow);
    const coordinator = await Coordinator.start(recordsCreatedAfter(await connect("coordinator"), created), { name: "slow-store", say: () => {} });
    coordinators.push(coordinator);
    await startWorker();
    await coordinator.waitForWorkers(1, 10_000);
    const client = await connect("client");
    const runId = newRunId();
    const lines: string[] = [];
    const follow = await followRun(client, runId, (e) => {
      if (e.task) lines.push(`task ${e.task.to}`);
      if (e.run) lines.push(`run ${e.run.to}`);
    });
    const accepted = requestRun(client, submittable, JSON.stringify({ n: 4 }), runId);
    await waitFor(() => lines.includes("task succeeded"), { timeoutMs: 20_000, message: "the worker ran the node (started before the record)" });
    // The sink value has reached the coordinator by now (the worker sends it after its log);
    // give it the time to act on it, then the end must still wait for the record.
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(lines.filter((l) => l.startsWith("run ")), [], "nothing of the run's state before its record exists");
    assert.equal(await readRunRecord(client, runId), undefined);
    createNow();
    assert.equal(await accepted, runId);
    const end = await follow.ended;
    assert.equal(end.to, "succeeded");
    assert.equal(JSON.parse(end.resultJson ?? "null"), 8);
    assert.deepEqual(lines.filter((l) => l.startsWith("run ")), ["run submitted", "run running", "run succeeded"]);
    await waitFor(async () => (await readRunRecord(client, runId))?.state === "succeeded", { timeoutMs: 10_000, message: "the record says succeeded" });
    // Its end was decided before the record existed: its state goes out as one stored batch
    // (submitted, running, succeeded), one JetStream store and ack instead of two.
    const stateBatches = (await historyOf(client, runId)).filter((b) => b.startsWith(`${subjects.runState(runId, "")} `));
    assert.equal(stateBatches.length, 1, `the run's state in one batch, got ${stateBatches.length}`);
  });
});
