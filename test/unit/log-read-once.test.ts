/**
 * LogReadOnce (engine/coordinator/log-read-once.ts): a run's log replayed from its start while
 * the live feed reads it too; each stream sequence is taken in once.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { LogReadOnce } from "../../engine/coordinator/log-read-once.js";

describe("log read once", () => {
  it("a batch read by the replay and the live feed is taken in once, whichever comes first", () => {
    const once = new LogReadOnce();
    once.replaying("r1");
    assert.equal(once.first("r1", 10, true), true, "live first");
    assert.equal(once.first("r1", 9, false), true);
    assert.equal(once.first("r1", 10, false), false, "the replay reaches it later");
    assert.equal(once.first("r1", 11, false), true, "replay first");
    assert.equal(once.first("r1", 11, true), false, "the live feed reaches it later");
    assert.equal(once.first("r2", 11, true), true, "another run is not replayed");
  });

  it("after the replay stopped, once the live feed passed what it read, nothing is kept", () => {
    const once = new LogReadOnce();
    once.replaying("r1");
    once.first("r1", 5, false);
    once.first("r1", 7, false);
    once.replayed("r1");
    assert.equal(once.first("r1", 6, true), true);
    assert.equal(once.first("r1", 7, true), false, "read by the replay");
    assert.equal(once.first("r1", 8, true), true);
    assert.equal(once.first("r1", 8, true), true, "forgotten: a sequence is never delivered twice by one feed");
  });
});
