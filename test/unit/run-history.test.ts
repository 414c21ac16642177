/**
 * Who may say what in a run's history (engine/wire/run-history.ts): a run's state only from the
 * coordinator's subject, task entries only from a worker's own subject.
 */
import assert from "node:assert/strict";
import { subjects } from "../../engine/subjects.js";
import { encodeMessage, pb } from "../../engine/wire/protocol.js";
import { readHistoryBatch } from "../../engine/wire/run-history.js";

const end = { run: { from: "running", to: "succeeded", atMs: 1, resultJson: '"x"', workflow: "w" } };
const taskEntry = { task: { node: "a", taskId: "a", from: "running", to: "succeeded", worker: "w1", attempt: 1 } };
const batch = (runId: string, entries: object[]) => encodeMessage(pb.LogBatch, { runId, entries });

describe("run history: readHistoryBatch", () => {
  it("takes a run's state changes from the coordinator's subject, and nothing else from there", () => {
    const b = readHistoryBatch(subjects.runState("r1"), batch("r1", [end, taskEntry]), () => {});
    assert.deepEqual(b?.author, { kind: "coordinator" });
    assert.deepEqual(b?.entries.map((e) => (e.run ? "run" : "task")), ["run"]);
  });

  it("takes a worker's entries from its own subject, with it as the author, and drops a run state change there (saying so)", () => {
    const bad: string[] = [];
    const b = readHistoryBatch(subjects.runLog("r1", "w2"), batch("r1", [taskEntry, end]), (r) => bad.push(r));
    assert.deepEqual(b?.author, { kind: "worker", worker: "w2" });
    assert.deepEqual(b?.entries.map((e) => (e.run ? "run" : "task")), ["task"]);
    assert.match(bad.join(), /worker w2 wrote a run state change in the log of run r1: ignored/);
  });

  it("reads no batch from a control, an old-style or foreign subject, another run's batch, or bytes that do not decode", () => {
    const bad: string[] = [];
    assert.equal(readHistoryBatch(subjects.runControl("r1"), batch("r1", [end]), () => {}), undefined);
    assert.equal(readHistoryBatch("weft.v1.run.r1.log", batch("r1", [end]), () => {}), undefined);
    assert.equal(readHistoryBatch(subjects.runState("r1"), batch("r2", [end]), () => {}), undefined);
    assert.equal(readHistoryBatch(subjects.runState("r1"), new Uint8Array([0xff, 0xff, 0xff]), (r) => bad.push(r)), undefined);
    assert.equal(bad.length, 1);
  });
});
