import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { seededRandom } from "../../engine/base/random.js";

describe("SimulatedClock", () => {
  it("fires timers in due order as time advances, ties in the order armed", () => {
    const clock = new SimulatedClock(1000);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => fired.push(`a@${clock.now()}`), 10);
    clock.setTimeout(() => fired.push(`c@${clock.now()}`), 20);
    clock.advance(15);
    assert.deepEqual(fired, ["a@1010"]);
    clock.advance(5);
    assert.deepEqual(fired, ["a@1010", "b@1020", "c@1020"]);
    assert.equal(clock.now(), 1020);
    assert.equal(clock.pending, 0);
  });

  it("fires a timer armed by a firing one within the same window, and skips cleared ones", () => {
    const clock = new SimulatedClock();
    const fired: number[] = [];
    const dropped = clock.setTimeout(() => fired.push(-1), 5);
    clock.setTimeout(() => clock.setTimeout(() => fired.push(clock.now()), 10), 10);
    clock.clearTimeout(dropped);
    clock.advance(25);
    assert.deepEqual(fired, [20]);
  });

  it("refuses to go back in time", () => {
    const clock = new SimulatedClock(50);
    assert.throws(() => clock.set(10), /never goes back/);
    assert.throws(() => clock.advance(-1), /forward step/);
  });
});

describe("seededRandom", () => {
  it("replays the same draws for the same seed, in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 100 }, () => a.next());
    assert.deepEqual(draws, Array.from({ length: 100 }, () => b.next()));
    assert.ok(draws.every((d) => d >= 0 && d < 1));
    const c = seededRandom(43);
    assert.notDeepEqual(draws, Array.from({ length: 100 }, () => c.next()));
  });
});
