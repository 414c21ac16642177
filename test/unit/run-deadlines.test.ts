/**
 * Deadline timers (engine/coordinator/run-deadlines.ts) and the wait for a first worker
 * (engine/coordinator/worker-registry.ts, waitFor) on a SimulatedClock: no sleeping.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { RunDeadlines } from "../../engine/coordinator/run-deadlines.js";
import { WorkerRegistry } from "../../engine/coordinator/worker-registry.js";

describe("RunDeadlines", () => {
  it("fires at the deadline, not before; a past one fires at once; clear and stop disarm", () => {
    const clock = new SimulatedClock(1000);
    const deadlines = new RunDeadlines(clock);
    const fired: string[] = [];
    deadlines.arm("a", 5000, () => fired.push(`a@${clock.now()}`));
    deadlines.arm("b", 500, () => fired.push(`b@${clock.now()}`));
    deadlines.arm("c", 3000, () => fired.push("c"));
    deadlines.arm("none", 0, () => fired.push("none"));
    deadlines.clear("c");
    clock.advance(0);
    assert.deepEqual(fired, ["b@1000"]);
    clock.advance(3999);
    assert.deepEqual(fired, ["b@1000"], "not before its time");
    clock.advance(1);
    assert.deepEqual(fired, ["b@1000", "a@5000"]);
    deadlines.arm("d", 9000, () => fired.push("d"));
    deadlines.stop();
    clock.advance(10_000);
    assert.equal(fired.length, 2);
    assert.equal(clock.pending, 0);
  });

  it("arming again replaces the run's timer; a deadline beyond what one timer holds is re-armed until it is due", () => {
    const clock = new SimulatedClock(0);
    const deadlines = new RunDeadlines(clock);
    const fired: number[] = [];
    deadlines.arm("r", 100, () => fired.push(clock.now()));
    deadlines.arm("r", 200, () => fired.push(clock.now()));
    clock.advance(300);
    assert.deepEqual(fired, [200]);
    const far = 40 * 24 * 3600 * 1000; // 40 days: more than setTimeout holds
    deadlines.arm("far", far, () => fired.push(clock.now()));
    clock.advance(far - 400);
    assert.deepEqual(fired, [200]);
    clock.advance(400);
    assert.deepEqual(fired, [200, far]);
  });
});

describe("WorkerRegistry.waitFor", () => {
  it("resolves when a worker is heard, or after its time with none", async () => {
    const clock = new SimulatedClock(1000);
    const registry = new WorkerRegistry(3000, clock);
    const none = registry.waitFor(1, 10_000);
    for (let i = 0; i < 60; i++) {
      clock.advance(200);
      await new Promise((r) => setImmediate(r)); // the wait arms its next timer
    }
    assert.deepEqual(await none, []);
    const one = registry.waitFor(1, 10_000);
    await Promise.resolve();
    registry.heard("w1", 2, 0, clock.now(), "w1/1");
    assert.deepEqual(await one, [{ name: "w1", slots: 2 }]);
  });
});
