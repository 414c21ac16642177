/// <reference types="mocha" />
import assert from "node:assert/strict";
import { DEFAULT_IDLE_MS, DEV_WORKERS, devScaleLimitsOf, parseWorkerRange, scaleLimitsOf, workerNodeOptions } from "../../engine/cli/scale-flags.js";

const usage = (fn: () => unknown, re: RegExp) => assert.throws(fn, (e: { code?: string; message: string }) => e.code === "E_USAGE" && re.test(e.message));

describe("autoscaling flags (--workers MIN..MAX, --idle, --warm)", () => {
  it("reads a count as a fixed range and MIN..MAX as a range (MIN 0 allowed)", () => {
    assert.deepEqual(parseWorkerRange("3", 64), { min: 3, max: 3, fixed: true });
    assert.deepEqual(parseWorkerRange("0..2", 64), { min: 0, max: 2, fixed: false });
    assert.deepEqual(parseWorkerRange("2..2", 64), { min: 2, max: 2, fixed: false });
  });

  it("refuses reversed, empty, negative, zero-max and oversized ranges, saying why", () => {
    usage(() => parseWorkerRange("3..1", 64), /MIN \(3\) above MAX \(1\)/);
    usage(() => parseWorkerRange("0..0", 64), /MAX must be from 1 to 64/);
    usage(() => parseWorkerRange("-1..2", 64), /not a range/);
    usage(() => parseWorkerRange("1..", 64), /not a range/);
    usage(() => parseWorkerRange("1..99", 64), /MAX must be from 1 to 64/);
    usage(() => parseWorkerRange("0", 64), /whole number from 1 to 64/);
    usage(() => parseWorkerRange("two", 64), /whole number/);
  });

  it("makes the limits, with the default idle time", () => {
    assert.equal(scaleLimitsOf({}, 4, 64), undefined);
    assert.deepEqual(scaleLimitsOf({ workers: "0..2", idle: "2s", warm: "1" }, 4, 64), { min: 0, max: 2, warm: 1, idleMs: 2000, slotsPerWorker: 4 });
    assert.equal(scaleLimitsOf({ workers: "0..2" }, 4, 64)!.idleMs, DEFAULT_IDLE_MS);
  });

  it("refuses --warm above MAX, a bad --warm, a negative or invalid --idle, and either without --workers", () => {
    usage(() => scaleLimitsOf({ workers: "0..2", warm: "3" }, 1, 64), /--warm 3 is above MAX \(2\)/);
    usage(() => scaleLimitsOf({ workers: "0..2", warm: "-1" }, 1, 64), /--warm must be a whole number/);
    usage(() => scaleLimitsOf({ workers: "0..2", idle: "-5s" }, 1, 64), /--idle must be a duration/);
    usage(() => scaleLimitsOf({ workers: "0..2", idle: "soon" }, 1, 64), /--idle must be a duration/);
    usage(() => scaleLimitsOf({ idle: "5s" }, 1, 64), /--idle needs --workers/);
    usage(() => scaleLimitsOf({ warm: "1" }, 1, 64), /--warm needs --workers/);
  });

  it("refuses --idle and --warm beside a fixed count, which never scales", () => {
    usage(() => scaleLimitsOf({ workers: "2", idle: "5s" }, 1, 64), /--idle needs a range of workers, but --workers 2 is a fixed count/);
    usage(() => scaleLimitsOf({ workers: "2", warm: "1" }, 1, 64), /--warm needs a range of workers/);
    usage(() => devScaleLimitsOf({ workers: "3", idle: "5s" }, 1, 64), /--workers MIN\.\.MAX \(such as 0\.\.3\)/);
    assert.deepEqual(scaleLimitsOf({ workers: "2" }, 1, 64), { min: 2, max: 2, warm: 0, idleMs: DEFAULT_IDLE_MS, slotsPerWorker: 1 });
  });

  it("weft dev: 2 fixed workers without --workers, but --idle and --warm still need it", () => {
    assert.deepEqual(devScaleLimitsOf({}, 4, 64), { min: DEV_WORKERS, max: DEV_WORKERS, warm: 0, idleMs: DEFAULT_IDLE_MS, slotsPerWorker: 4 });
    assert.deepEqual(devScaleLimitsOf({ workers: "0..3", warm: "1" }, 4, 64), { min: 0, max: 3, warm: 1, idleMs: DEFAULT_IDLE_MS, slotsPerWorker: 4 });
    usage(() => devScaleLimitsOf({ idle: "5s" }, 1, 64), /--idle needs --workers/);
    usage(() => devScaleLimitsOf({ warm: "1" }, 1, 64), /--warm needs --workers/);
  });

  it("takes node flags for the workers, and refuses a bare word", () => {
    assert.deepEqual(workerNodeOptions(" --max-old-space-size=512  --require=./x.cjs "), ["--max-old-space-size=512", "--require=./x.cjs"]);
    assert.deepEqual(workerNodeOptions(undefined), []);
    usage(() => workerNodeOptions("--require x.cjs"), /got "x.cjs"/);
  });
});
