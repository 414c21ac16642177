/**
 * The coordinator's run records (engine/coordinator/run-recorder.ts): once the runs bucket is
 * open, a record's create and its later writes are sent in the turn they are asked for, so that
 * they leave in the same socket write as what the coordinator sends with them (a new run's
 * StartRun; an ended run's end and FORGET). On the in-process bus, its runs bucket watched.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import type { Bus, KvBucket } from "../../engine/bus/bus.js";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { SimulatedClock } from "../../engine/base/clock.js";
import { RunRecorder } from "../../engine/coordinator/run-recorder.js";
import { readRunRecord } from "../../engine/coordinator/run-store.js";
import { RunTable } from "../../engine/coordinator/run-table.js";
import { WorkerRegistry } from "../../engine/coordinator/worker-registry.js";
import { buckets } from "../../engine/subjects.js";
import { node } from "../helpers/graph.js";

/** `inner`, its runs bucket's creates and updates written down in `calls` as they are made. */
function watchingRuns(inner: Bus, calls: string[]): Bus {
  const watched = (kv: KvBucket): KvBucket =>
    new Proxy(kv, {
      get: (target, prop, receiver) => {
        if (prop === "create") return (key: string, value: Uint8Array) => (calls.push(`create ${key}`), target.create(key, value));
        if (prop === "update") return (key: string, value: Uint8Array, revision: number) => (calls.push(`update ${key}`), target.update(key, value, revision));
        return Reflect.get(target, prop, receiver);
      },
    });
  return new Proxy(inner, {
    get: (target, prop) => {
      if (prop === "kv") return async (bucket: string) => (bucket === buckets.runs ? watched(await target.kv(bucket)) : target.kv(bucket));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe("run recorder", () => {
  it("once the runs bucket is open, a create and a write of a record are sent before the call returns", async () => {
    const clock = new SimulatedClock(1_000);
    const registry = new WorkerRegistry(3000, clock);
    const table = new RunTable(registry, { name: "c1", workerWaitMs: 10_000, maxPayload: 1024 * 1024, checkEveryMs: 500 });
    table.handle({ type: "worker.heard", name: "w1", slots: 1, running: 0, incarnation: "w1/1", pid: 1, host: "h", at: clock.now(), stimulusId: "heard#1" });
    const submit = (runId: string) =>
      table.handle({
        type: "submission.received",
        setup: { runId, graph: { name: "one", nodes: [node("only")] }, bundleHash: "sha", inputJson: "{}", submittedAt: clock.now(), placement: { workers: ["w1"], nodeWorker: { only: 0 }, mapWeights: [1], strategy: "locality" }, deadlineAt: 0 },
        at: clock.now(),
        stimulusId: `submitted#${runId}`,
      });
    submit("r1");
    submit("r2");
    const bus = connectMemoryBus(new MemoryBroker());
    const calls: string[] = [];
    const recorder = new RunRecorder(watchingRuns(bus, calls), "c1", () => {}, (runId) => table.run(runId), () => {}, clock);
    await recorder.create(table.run("r1")!); // the first one opens the bucket
    assert.deepEqual(calls, ["create r1"]);

    const written = recorder.now("r1");
    const created = recorder.create(table.run("r2")!);
    assert.deepEqual(calls, ["create r1", "update r1", "create r2"], "both sent in this turn");
    await Promise.all([written, created]);
    assert.equal((await readRunRecord(bus, "r1"))?.runId, "r1");
    assert.equal(recorder.revisionOf("r2") > 0, true);

    // A write asked for while one is under way still follows it (the last state wins).
    const first = recorder.now("r2");
    const second = recorder.now("r2");
    assert.deepEqual(calls.slice(3), ["update r2"], "the second waits for the first");
    await Promise.all([first, second]);
    assert.deepEqual(calls.slice(3), ["update r2", "update r2"]);
    await bus.close();
  });
});
