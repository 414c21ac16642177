/**
 * A direct run's end in its worker's replies (docs/express.md, "Leases"): the worker's side
 * (engine/worker/direct-start.ts) on a real in-memory bus. A run that ends before the start is
 * answered has its end in that answer; a run answered "taken" has its end in the answer to its
 * client's watch, asked before or after the end (kept a while), and only for the run's owner.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { subjects } from "../../engine/subjects.js";
import { appendField, GRAPH_FIELD } from "../../engine/wire/embedded-field.js";
import { decodeMessage, encodeMessage, pb } from "../../engine/wire/protocol.js";
import { DirectStarts, type DirectRunStart } from "../../engine/worker/direct-start.js";

const LEASE = "lease-1";

async function setUp() {
  const broker = new MemoryBroker();
  const workerBus = connectMemoryBus(broker);
  const client = connectMemoryBus(broker);
  const clock = new SimulatedClock(1_000);
  const started: DirectRunStart[] = [];
  const directs = new DirectStarts({ name: "wa", bus: workerBus, clock, isDraining: false, startDirect: (s) => started.push(s), partEnded: () => {}, workersLost: () => {} }, () => () => {});
  directs.listen();
  // The coordinator's offer: the lease, for alice, with its graph and placement.
  const offer = encodeMessage(pb.LeaseOffer, { leaseId: LEASE, bundleHash: "b", placement: { workers: ["wa"], nodeWorker: { a: 0 } }, owner: "alice", ttlMs: 600_000 });
  await client.request(subjects.workerLease("wa"), appendField(offer, GRAPH_FIELD.LeaseOffer, encodeMessage(pb.WorkflowGraph, { name: "g" })), { timeoutMs: 1000 });
  assert.ok(directs.holds(LEASE));
  const ask = async (owner: string, body: Parameters<typeof pb.DirectStart.create>[0]) =>
    decodeMessage(pb.DirectReply, await client.request(subjects.directStart("wa", owner), encodeMessage(pb.DirectStart, { leaseId: LEASE, ...body }), { timeoutMs: 1000 }), () => {})!;
  return { clock, started, ask };
}

describe("direct runs: the end in the worker's replies", () => {
  it("a run that ends before its start is answered: the answer carries its result (and a later 'taken' changes nothing)", async () => {
    const { started, ask } = await setUp();
    const reply = ask("alice", { runId: "r1", inputJson: "{}" });
    await new Promise((r) => setImmediate(r));
    const run = started[0]!;
    run.ended({ result: { node: "a", valueJson: "42", atMs: 5, epoch: 0 } });
    run.answer();
    const got = await reply;
    assert.equal(got.result?.valueJson, "42");
    assert.equal(got.failure, null);
  });

  it("a run answered 'taken' ends on its watch: asked before the end, answered at it; asked after, answered with the kept end", async () => {
    const { started, ask } = await setUp();
    const reply = ask("alice", { runId: "r2", inputJson: "{}" });
    await new Promise((r) => setImmediate(r));
    started[0]!.answer();
    const taken = await reply;
    assert.equal(taken.result, null);
    assert.equal(taken.failure, null);
    assert.equal(taken.error, null);
    const watched = ask("alice", { runId: "r2", watch: true });
    let answered = false;
    void watched.then(() => (answered = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(answered, false, "no answer before the run ends");
    started[0]!.ended({ failure: { code: "E_USER_CODE", message: "task a failed: no", stack: "", terminal: true } });
    assert.equal((await watched).failure?.message, "task a failed: no");
    assert.equal((await ask("alice", { runId: "r2", watch: true })).failure?.message, "task a failed: no", "the end is kept for a watch after it");
  });

  it("a watch of another owner's run, of a run never taken here, or after the end was forgotten, is refused", async () => {
    const { clock, started, ask } = await setUp();
    const reply = ask("alice", { runId: "r3", inputJson: "{}" });
    await new Promise((r) => setImmediate(r));
    started[0]!.answer();
    await reply;
    assert.match((await ask("bob", { runId: "r3", watch: true })).error?.message ?? "", /not a direct run of bob/);
    assert.match((await ask("alice", { runId: "r-unknown", watch: true })).error?.message ?? "", /never taken here/);
    started[0]!.ended({ result: { node: "a", valueJson: "1", atMs: 5, epoch: 0 } });
    clock.advance(61_000);
    // Ends are forgotten as the next run is answered "taken".
    const next = ask("alice", { runId: "r4", inputJson: "{}" });
    await new Promise((r) => setImmediate(r));
    started[1]!.answer();
    await next;
    assert.match((await ask("alice", { runId: "r3", watch: true })).error?.message ?? "", /its end was forgotten/);
  });
  it("a part (a peer's share of a run over several workers) is not kept for a watch: its end comes by part_end, so nothing would forget it", async () => {
    const { started, ask } = await setUp();
    const reply = ask("alice", { runId: "r5", inputJson: "{}", part: true });
    await new Promise((r) => setImmediate(r));
    assert.equal(started[0]!.part, true);
    started[0]!.answer();
    await reply;
    assert.match((await ask("alice", { runId: "r5", watch: true })).error?.message ?? "", /never taken here/);
  });
});
