import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { EventBatcher, eventsInFlight } from "../../engine/triggers/event-batcher.js";
import type { EventOutcome, TriggerEvent } from "../../engine/triggers/trigger-event.js";

const ev = (id: string): TriggerEvent => ({ data: new TextEncoder().encode("{}"), info: { kind: "nats", eventId: id, receivedAtMs: 0 } });
const tick = () => new Promise((r) => setImmediate(r));

describe("EventBatcher: micro-batches of trigger events", () => {
  it("cuts a batch at max events at once, and one of fewer when the wait since its first has passed", async () => {
    const clock = new SimulatedClock(0);
    const flushed: string[][] = [];
    const b = new EventBatcher({ max: 3, waitMs: 100 }, clock, async (events) => {
      flushed.push(events.map((e) => e.info.eventId));
      return events.map((): EventOutcome => "ack");
    });
    const outcomes = ["a", "b", "c", "d"].map((id) => b.accept(ev(id)));
    await tick();
    assert.deepEqual(flushed, [["a", "b", "c"]], "full: cut at once");
    assert.deepEqual(await Promise.all(outcomes.slice(0, 3)), ["ack", "ack", "ack"]);
    clock.advance(99);
    await tick();
    assert.equal(flushed.length, 1, "d waits for more");
    clock.advance(1);
    await tick();
    assert.deepEqual(flushed[1], ["d"]);
    assert.equal(await outcomes[3], "ack");
  });

  it("each event gets its own outcome; a flush that throws asks for every event again; stop hands back what waits", async () => {
    const clock = new SimulatedClock(0);
    let fail = false;
    const b = new EventBatcher({ max: 2, waitMs: 50 }, clock, async (events) => {
      if (fail) throw new Error("NATS away");
      return events.map((e): EventOutcome => (e.info.eventId === "x" ? "retry" : "ack"));
    });
    assert.deepEqual(await Promise.all([b.accept(ev("x")), b.accept(ev("y"))]), ["retry", "ack"]);
    fail = true;
    assert.deepEqual(await Promise.all([b.accept(ev("p")), b.accept(ev("q"))]), ["retry", "retry"]);
    const waiting = b.accept(ev("r"));
    b.stop();
    assert.equal(await waiting, "retry");
    assert.equal(await b.accept(ev("s")), "retry", "stopped: nothing is taken");
  });

  it("the next batch is flushed at once, with the one before it to wait for: submissions stay in order while their waits overlap", async () => {
    const clock = new SimulatedClock(0);
    const order: string[] = [];
    let release: () => void = () => {};
    const b = new EventBatcher({ max: 1, waitMs: 10 }, clock, async (events, previous) => {
      const id = events[0]!.info.eventId;
      order.push(`mark ${id}`);
      if (id === "1") await new Promise<void>((r) => (release = r));
      await previous;
      order.push(`submit ${id}`);
      return ["ack"];
    });
    const all = Promise.all([b.accept(ev("1")), b.accept(ev("2")), b.accept(ev("3"))]);
    await tick();
    assert.deepEqual(order, ["mark 1", "mark 2", "mark 3"], "each batch starts before the one before it is done");
    release();
    assert.deepEqual(await all, ["ack", "ack", "ack"]);
    assert.deepEqual(order.slice(3), ["submit 1", "submit 2", "submit 3"], "and waits for it where order matters");
  });

  it("a source keeps one event in flight without batching, four batches' worth with it (at most 20,000)", () => {
    assert.equal(eventsInFlight({ kind: "nats", subject: "a" }), 1);
    assert.equal(eventsInFlight({ kind: "nats", subject: "a", batch: { max: 100, waitMs: 1 } }), 400);
    assert.equal(eventsInFlight({ kind: "nats", subject: "a", batch: { max: 10_000, waitMs: 1 } }), 20_000);
  });
});
