import assert from "node:assert/strict";
import { AckFrontier } from "../../engine/bus/ack-frontier.js";

describe("AckFrontier (cumulative acks)", () => {
  it("acknowledges the last message of the done prefix, once, and nothing past one not done", () => {
    const f = new AckFrontier<string>();
    for (const seq of [1, 2, 3, 4]) f.received(seq, `m${seq}`, 0);
    f.done(2);
    assert.equal(f.take(), undefined, "1 is not done: nothing may be acknowledged");
    f.done(1);
    f.done(4);
    assert.equal(f.take(), "m2", "1 and 2 are done; 3 is not");
    assert.equal(f.take(), undefined, "taken once");
    f.done(3);
    assert.equal(f.take(), "m4");
    assert.equal(f.size, 0);
  });

  it("a message asked to retry holds back the ones after it until it comes again and is done", () => {
    const f = new AckFrontier<string>();
    for (const seq of [5, 6, 7]) f.received(seq, `m${seq}`, 0);
    f.retry(5);
    f.done(6);
    f.done(7);
    assert.equal(f.take(), undefined);
    f.received(5, "m5 again", 10);
    f.done(5);
    assert.equal(f.take(), "m7");
  });

  it("a redelivery of a message another session was handed goes in its place by sequence", () => {
    const f = new AckFrontier<string>();
    f.received(10, "m10", 0);
    f.received(11, "m11", 0);
    f.received(3, "m3", 0); // handed to a session that died, delivered again
    assert.equal(f.countAtOrBelow(10), 2);
    f.done(10);
    f.done(11);
    assert.equal(f.take(), undefined, "3 comes first and is not done");
    f.done(3);
    assert.equal(f.take(), "m11");
  });

  it("a message delivered again while it waits behind another is not done until done again", () => {
    const f = new AckFrontier<string>();
    f.received(1, "m1", 0);
    f.received(2, "m2", 0);
    f.done(2);
    f.received(2, "m2 again", 5);
    f.done(1);
    assert.equal(f.take(), "m1");
    f.done(2);
    assert.equal(f.take(), "m2 again", "acknowledged through its latest delivery");
  });

  it("stale: what is with a handler (or done and waiting, when asked) longer than the limit, not what waits to come again", () => {
    const f = new AckFrontier<string>();
    f.received(1, "m1", 0);
    f.received(2, "m2", 0);
    f.received(3, "m3", 0);
    f.received(4, "m4", 100);
    f.done(2);
    f.retry(3);
    assert.deepEqual(f.stale(50, 200, false), ["m1"]);
    assert.deepEqual(f.stale(50, 200, true), ["m2"], "m1's time was set to 200");
    assert.deepEqual(f.stale(150, 300, true), ["m4"]);
  });
});
