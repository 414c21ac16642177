/**
 * One core subscription of a connection's express run states (ExpressStates, express-follow.ts):
 * each follower gets its own run's batches and end, not another run's, and a follower that
 * ended or stopped gets nothing more. On the in-process bus.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { ExpressStates, followExpress } from "../../engine/client/express-follow.js";
import { subjects } from "../../engine/subjects.js";
import { encodeMessage, pb } from "../../engine/wire/protocol.js";

const batch = (runId: string, ...to: string[]) => encodeMessage(pb.LogBatch, { runId, entries: to.map((t) => ({ run: { from: "", to: t, atMs: 1, resultJson: t === "succeeded" ? `"${runId}"` : "" } })) });

describe("express run states, one subscription per connection", () => {
  it("hands each follower its own run's end; others' batches and later ones are not its", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    const states = new ExpressStates(bus);
    const seen: string[] = [];
    const a = followExpress(bus, "r-a", (e) => seen.push(`a:${e.run?.to}`), states);
    const b = followExpress(bus, "r-b", (e) => seen.push(`b:${e.run?.to}`), states);
    bus.publish(subjects.runState("r-b"), batch("r-b", "submitted", "running", "succeeded"));
    assert.equal((await b.ended).resultJson, '"r-b"');
    bus.publish(subjects.runState("r-b"), batch("r-b", "failed")); // after its end: nobody's
    bus.publish(subjects.runState("r-a"), batch("r-a", "submitted", "running", "failed"));
    assert.equal((await a.ended).to, "failed");
    assert.deepEqual(seen, ["b:submitted", "b:running", "b:succeeded", "a:submitted", "a:running", "a:failed"]);
    assert.equal(a.seen(), 3);
    const c = followExpress(bus, "r-c", () => seen.push("c"), states);
    c.stop();
    assert.equal((await c.ended).to, "");
    bus.publish(subjects.runState("r-c"), batch("r-c", "succeeded"));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(seen.includes("c"), false);
    states.stop();
    await bus.close();
  });
});
