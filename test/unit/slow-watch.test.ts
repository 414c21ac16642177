/// <reference types="mocha" />
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { SlowWatch } from "../../engine/worker/run/slow-watch.js";

describe("SlowWatch (attempts running too long, one timer for a run's attempts)", () => {
  it("1000 attempts that each return at once arm one timer, which then finds nothing", () => {
    const clock = new SimulatedClock(0);
    const said: number[] = [];
    const watch = new SlowWatch<number>(clock, 60_000, (k) => said.push(k));
    for (let i = 0; i < 1000; i++) {
      watch.started(i);
      clock.advance(1);
      watch.ended(i);
    }
    assert.equal(clock.pending, 1);
    clock.advance(60_000);
    assert.deepEqual(said, []);
    assert.equal(clock.pending, 0, "nothing under way: the timer is not armed again");
  });

  it("stopped (the run is over here), it clears its timer and says nothing: the timer would keep the run's parts alive for afterMs", () => {
    const clock = new SimulatedClock(0);
    const said: string[] = [];
    const watch = new SlowWatch<string>(clock, 60_000, (k) => said.push(k));
    watch.started("a");
    assert.equal(clock.pending, 1);
    watch.stop();
    assert.equal(clock.pending, 0);
    clock.advance(120_000);
    assert.deepEqual(said, []);
  });

  it("each attempt still under way afterMs after it began is said once, at its time, not before", () => {
    const clock = new SimulatedClock(0);
    const said: [string, number][] = [];
    const watch = new SlowWatch<string>(clock, 100, (k) => said.push([k, clock.now()]));
    watch.started("a");
    clock.advance(30);
    watch.started("b");
    watch.started("c");
    clock.advance(20);
    watch.ended("c");
    clock.advance(49);
    assert.deepEqual(said, [], "none before 100 ms");
    clock.advance(1);
    assert.deepEqual(said, [["a", 100]]);
    clock.advance(30);
    assert.deepEqual(said, [["a", 100], ["b", 130]]);
    clock.advance(1000);
    assert.equal(said.length, 2, "each said once, c never (it returned)");
    assert.equal(clock.pending, 0);
    watch.ended("a"); // returning after being said changes nothing
    watch.started("d");
    clock.advance(100);
    assert.deepEqual(said.at(-1), ["d", 1230]);
  });
});
