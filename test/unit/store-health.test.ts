/// <reference types="mocha" />
/**
 * The coordinator's view of its NATS server (issue 19 item 6): StoreHealth (is JetStream's
 * store full?) and ServerProbe (does the server answer at all?), on a SimulatedClock.
 */
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { ServerProbe } from "../../engine/coordinator/server-probe.js";
import { ROOM_AGAIN_AFTER_MS, StoreHealth, storageFullNotice } from "../../engine/core/store-health.js";
import { ErrorCode, WeftError } from "../../engine/errors.js";

const full = (text = "insufficient resources") => new WeftError(ErrorCode.StorageFull, `KV weft_runs/r-1: update: ${text}`);

describe("StoreHealth: whether JetStream stores the coordinator's writes", () => {
  it("full at the first E_STORAGE_FULL, once; recovered at a stored write once none was refused for a while, with how long it was full", () => {
    const h = new StoreHealth();
    assert.equal(h.stored(0), undefined);
    assert.deepEqual(h.failed(full(), 1000), { type: "store.full", detail: "KV weft_runs/r-1: update: insufficient resources" });
    assert.equal(h.failed(full("again"), 2000), undefined);
    assert.deepEqual(h.full, { since: 1000, detail: "KV weft_runs/r-1: update: again" });
    // A write that slips in (a KV update freed its older revision) is not room yet.
    assert.equal(h.stored(2000 + ROOM_AGAIN_AFTER_MS - 1), undefined);
    assert.ok(h.full);
    assert.deepEqual(h.stored(2000 + ROOM_AGAIN_AFTER_MS), { type: "store.recovered", fullForMs: 1000 + ROOM_AGAIN_AFTER_MS });
    assert.equal(h.full, undefined);
    assert.equal(h.stored(9000), undefined);
  });

  it("other failures (a timeout, a reconnect) say nothing about the store", () => {
    const h = new StoreHealth();
    assert.equal(h.failed(new WeftError(ErrorCode.Timeout, "timed out"), 0), undefined);
    assert.equal(h.failed(new Error("boom"), 0), undefined);
    assert.equal(h.full, undefined);
  });

  it("the notice says what, where and what to do", () => {
    const text = storageFullNotice("detail");
    assert.match(text, /JetStream storage on the NATS server is full/);
    assert.match(text, /store_dir/);
    assert.match(text, /max_file_store/);
    assert.match(text, /goes on by itself/);
  });
});

describe("ServerProbe: a server that stops answering is the coordinator's outage", () => {
  it("a round trip unanswered for 1 s: unanswered once; its answer: answered once", async () => {
    const clock = new SimulatedClock();
    const said: string[] = [];
    let answer: (() => void) | undefined;
    const probe = new ServerProbe(
      () => new Promise<void>((r) => (answer = r)),
      clock,
      () => said.push("unanswered"),
      () => said.push("answered"),
    );
    probe.start();
    const settle = () => new Promise((r) => setImmediate(r));
    answer!(); // a server that answers at once
    await settle();
    answer = undefined;
    clock.advance(500); // the next round trip: no answer
    for (let i = 0; i < 4; i++) clock.advance(500);
    assert.deepEqual(said, ["unanswered"]);
    answer!();
    await settle();
    assert.deepEqual(said, ["unanswered", "answered"]);
    probe.stop();
  });

  it("a round trip that fails (a disconnect) while unanswered: the next one that comes back is the answer", async () => {
    const clock = new SimulatedClock();
    const said: string[] = [];
    const trips: Array<{ ok: () => void; fail: () => void }> = [];
    const probe = new ServerProbe(
      () => new Promise<void>((ok, fail) => trips.push({ ok, fail: () => fail(new Error("disconnected")) })),
      clock,
      () => said.push("unanswered"),
      () => said.push("answered"),
    );
    const settle = () => new Promise((r) => setImmediate(r));
    probe.start();
    clock.advance(1000);
    assert.deepEqual(said, ["unanswered"]);
    trips[0]!.fail();
    await settle();
    clock.advance(500); // the next round trip
    assert.equal(trips.length, 2);
    assert.deepEqual(said, ["unanswered"]);
    trips[1]!.ok();
    await settle();
    assert.deepEqual(said, ["unanswered", "answered"]);
    probe.stop();
  });
});
