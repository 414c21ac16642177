/**
 * encodeLogBatch (engine/wire/log-batch-encoding.ts) writes the bytes protobufjs writes for a
 * LogBatch, whatever its entries; and it knows every field of the messages it writes itself.
 */
import assert from "node:assert/strict";
import { FIELDS_WRITTEN, encodeLogBatch } from "../../engine/wire/log-batch-encoding.js";
import { encodeMessage, pb } from "../../engine/wire/protocol.js";
import type { weft } from "../../engine/gen/weft.js";

type Entry = weft.v1.LogEntry.$Properties;

const change = (over: Partial<weft.v1.TaskEvent.$Properties> = {}): Entry => ({
  task: { taskId: "inc-7", node: "inc-7", index: -1, from: "ready", to: "running", worker: "w1", attempt: 1, atMs: 1765100000123.25, durationMs: 0.042, error: null, epoch: 1, absorbed: false, ...over },
});

const sameAsProtobufjs = (runId: string, entries: Entry[]) => {
  const fast = encodeLogBatch(runId, entries);
  const slow = encodeMessage(pb.LogBatch, { runId, entries });
  assert.equal(Buffer.compare(Buffer.from(fast), Buffer.from(slow)), 0, "the bytes differ from protobufjs's");
  assert.deepEqual(pb.LogBatch.decode(fast).toJSON(), pb.LogBatch.decode(slow).toJSON());
};

describe("encodeLogBatch: a run's LogBatch without protobufjs's writer", () => {
  it("task changes (a task node, a map instance, measured, absorbed, retried, zero and negative-zero times, non-ASCII names) are protobufjs's bytes", () => {
    sameAsProtobufjs("r-1", [
      change(),
      change({ index: 0, taskId: "items[0]", node: "items" }),
      change({ index: 300_000, taskId: "items[300000]", node: "items", attempt: 3 }),
      change({ from: "running", to: "succeeded", measured: true, cpuMs: 0.5, heapGrowthBytes: 4096, memoryMbS: 1e-6, outputBytes: 8 }),
      change({ from: "running", to: "failed", absorbed: true, durationMs: 0, atMs: -0 }),
      change({ taskId: "nœud-é", node: "nœud-é", worker: "wörker-🚀", epoch: 70_000 }),
      change({ index: -2_000_000_000, attempt: 0, epoch: 0, from: "", worker: "" }),
    ]);
  });

  it("first-attempt successes of task nodes (measured or not, zero times, non-ASCII names) are protobufjs's bytes", () => {
    const ok = (over: Partial<weft.v1.TaskSucceeded.$Properties> = {}): Entry => ({
      succeeded: { node: "inc-7", worker: "w1", epoch: 1, pendingMs: 0.011, readyAtMs: 1765100000123.25, runningAtMs: 1765100000123.5, atMs: 1765100000124, measured: false, cpuMs: 0, heapGrowthBytes: 0, memoryMbS: 0, outputBytes: 0, ...over },
    });
    sameAsProtobufjs("r-6", [
      ok(),
      ok({ measured: true, cpuMs: 0.5, heapGrowthBytes: 4096, memoryMbS: 1e-6, outputBytes: 8 }),
      ok({ pendingMs: 0, readyAtMs: -0, epoch: 0, worker: "" }),
      ok({ node: "nœud-é", worker: "wörker-🚀", epoch: 70_000 }),
      change(),
      { edge: { from: "inc-7", to: "inc-8", records: 1, localRecords: 1, localBytes: 8 } },
    ]);
  });

  it("edge figures, and entries it leaves to protobufjs (an error, a user line, a range, the run's end, an expansion), in order", () => {
    sameAsProtobufjs("r-2", [
      { edge: { from: "inc-1", to: "inc-2", records: 1, natsMsgs: 0, natsBytes: 0, localRecords: 1, localBytes: 8 } },
      change({ from: "running", to: "retrying", error: { code: "E_USER_CODE", message: "boom", stack: "Error: boom\n    at inc", terminal: false } }),
      { log: { taskId: "inc-1", worker: "w1", level: "info", message: "hello", atMs: 5 } },
      { block: { node: "items", worker: "w1", epoch: 1, start: 0, count: 64, firstAtMs: 1, atMs: 2, durationMs: 3, billedMs: 3, measured: 4, cpuMs: 1 } },
      { run: { from: "running", to: "succeeded", atMs: 9, resultJson: "1000" } },
      { expanded: { node: "items", count: 64, atMs: 1 } },
      { edge: { from: "a", to: "b", records: 0, natsMsgs: 2, natsBytes: 70_000 } },
      change(),
    ]);
  });

  it("an empty batch, one with no run id, and one larger than its buffer at first", () => {
    sameAsProtobufjs("r-3", []);
    sameAsProtobufjs("", [change()]);
    const long = "x".repeat(300);
    sameAsProtobufjs("r-4", Array.from({ length: 3000 }, (_, i) => change({ taskId: `${long}[${i}]`, node: long, index: i })));
    sameAsProtobufjs("r-5", [change()]); // the grown buffer is reused from its start
  });

  it("knows every field of TaskEvent, TaskSucceeded, EdgeStats and LogEntry (a new field must be written there too)", () => {
    const fields = (type: { prototype: object }) => Object.keys(type.prototype).filter((k) => k !== "toJSON");
    assert.deepEqual(fields(pb.TaskEvent), [...FIELDS_WRITTEN.TaskEvent]);
    assert.deepEqual(fields(pb.TaskSucceeded), [...FIELDS_WRITTEN.TaskSucceeded]);
    assert.deepEqual(fields(pb.EdgeStats), [...FIELDS_WRITTEN.EdgeStats]);
    assert.deepEqual(fields(pb.LogEntry), [...FIELDS_WRITTEN.LogEntry]);
  });
});
