/// <reference types="mocha" />
import assert from "node:assert/strict";
import { crashBackoffMs, decideScale, MAX_BACKOFF_MS, nextCrashStreak, STABLE_AFTER_MS, wantedWorkers, type ScaledWorker, type ScaleLimits } from "../../engine/core/autoscale-policy.js";

const limits = (over: Partial<ScaleLimits> = {}): ScaleLimits => ({ min: 0, max: 4, warm: 0, idleMs: 2000, slotsPerWorker: 2, ...over });
const live = (name: string, idleSince: number, busy = false): ScaledWorker => ({ name, phase: "live", busy, idleSince });

describe("autoscale policy (engine/core/autoscale-policy.ts)", () => {
  it("wants ceil(demand / slots) + warm, within min..max", () => {
    assert.equal(wantedWorkers(limits(), 0), 0);
    assert.equal(wantedWorkers(limits(), 1), 1);
    assert.equal(wantedWorkers(limits(), 3), 2);
    assert.equal(wantedWorkers(limits(), 100), 4);
    assert.equal(wantedWorkers(limits({ min: 1 }), 0), 1);
    assert.equal(wantedWorkers(limits({ warm: 1 }), 0), 1);
    assert.equal(wantedWorkers(limits({ warm: 1 }), 4), 3);
    assert.equal(wantedWorkers(limits({ warm: 2 }), 100), 4);
  });

  it("with no work and MIN 0 starts nothing", () => {
    assert.deepEqual(decideScale({ limits: limits(), demandTasks: 0, workers: [], now: 1000, startsBlockedUntil: 0 }), { want: 0, start: 0, stop: [] });
  });

  it("starts the missing workers at once, counting those still starting", () => {
    assert.equal(decideScale({ limits: limits(), demandTasks: 5, workers: [], now: 0, startsBlockedUntil: 0 }).start, 3);
    const starting: ScaledWorker = { name: "a", phase: "starting", busy: false, idleSince: 0 };
    assert.equal(decideScale({ limits: limits(), demandTasks: 5, workers: [starting], now: 0, startsBlockedUntil: 0 }).start, 2);
  });

  it("a worker being stopped does not count: a new one replaces it when work comes", () => {
    const stopping: ScaledWorker = { name: "a", phase: "stopping", busy: false, idleSince: 0 };
    assert.equal(decideScale({ limits: limits(), demandTasks: 1, workers: [stopping], now: 0, startsBlockedUntil: 0 }).start, 1);
  });

  it("holds starts back during a crash back-off", () => {
    const d = decideScale({ limits: limits({ min: 1 }), demandTasks: 0, workers: [], now: 100, startsBlockedUntil: 600 });
    assert.deepEqual(d, { want: 1, start: 0, stop: [] });
    assert.equal(decideScale({ limits: limits({ min: 1 }), demandTasks: 0, workers: [], now: 600, startsBlockedUntil: 600 }).start, 1);
  });

  it("stops a surplus worker only after the idle time, never a busy one, longest idle first", () => {
    const ws = [live("a", 0), live("b", 500), live("c", 0, true)];
    assert.deepEqual(decideScale({ limits: limits(), demandTasks: 0, workers: ws, now: 1999, startsBlockedUntil: 0 }).stop, []);
    assert.deepEqual(decideScale({ limits: limits(), demandTasks: 0, workers: ws, now: 2000, startsBlockedUntil: 0 }).stop, ["a"]);
    assert.deepEqual(decideScale({ limits: limits(), demandTasks: 0, workers: ws, now: 2500, startsBlockedUntil: 0 }).stop, ["a", "b"]);
  });

  it("keeps MIN and the warm workers, and stops only the surplus", () => {
    const ws = [live("a", 0), live("b", 0), live("c", 0)];
    assert.deepEqual(decideScale({ limits: limits({ min: 1 }), demandTasks: 0, workers: ws, now: 10_000, startsBlockedUntil: 0 }).stop, ["a", "b"]);
    assert.deepEqual(decideScale({ limits: limits({ warm: 2 }), demandTasks: 0, workers: ws, now: 10_000, startsBlockedUntil: 0 }).stop, ["a"]);
    assert.deepEqual(decideScale({ limits: limits(), demandTasks: 6, workers: ws, now: 10_000, startsBlockedUntil: 0 }).stop, []);
  });

  it("never stops a worker still starting", () => {
    const ws: ScaledWorker[] = [{ name: "a", phase: "starting", busy: false, idleSince: 0 }];
    assert.deepEqual(decideScale({ limits: limits(), demandTasks: 0, workers: ws, now: 60_000, startsBlockedUntil: 0 }).stop, []);
  });

  it("backs off exponentially after crashes in a row, bounded; a long-lived worker's crash starts a new streak", () => {
    assert.equal(crashBackoffMs(0), 0);
    assert.equal(crashBackoffMs(1), 500);
    assert.equal(crashBackoffMs(2), 1000);
    assert.equal(crashBackoffMs(3), 2000);
    assert.equal(crashBackoffMs(50), MAX_BACKOFF_MS);
    assert.equal(nextCrashStreak(4, 100), 5);
    assert.equal(nextCrashStreak(4, STABLE_AFTER_MS), 1);
  });
});
