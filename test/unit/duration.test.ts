/// <reference types="mocha" />
import assert from "node:assert/strict";
import { formatDuration, parseDuration } from "../../engine/model/duration.js";

describe("durations (--timeout)", () => {
  it("parses ms, s, m, h and bare seconds", () => {
    assert.equal(parseDuration("1500ms"), 1500);
    assert.equal(parseDuration("90s"), 90_000);
    assert.equal(parseDuration("2.5m"), 150_000);
    assert.equal(parseDuration("1h"), 3_600_000);
    assert.equal(parseDuration("30"), 30_000);
    assert.equal(parseDuration(" 2 s "), 2000);
  });

  it("refuses anything else", () => {
    for (const bad of ["", "abc", "-5s", "5 days", "1e3", "5sec", "s", "1.s"]) assert.equal(parseDuration(bad), undefined, bad);
  });

  it("prints in the largest unit that keeps it short", () => {
    assert.equal(formatDuration(800), "800 ms");
    assert.equal(formatDuration(2000), "2 s");
    assert.equal(formatDuration(90_000), "90 s");
    assert.equal(formatDuration(150_000), "2.5 min");
    assert.equal(formatDuration(3 * 3_600_000), "3 h");
  });
});
