/// <reference types="mocha" />
import assert from "node:assert/strict";
import { WorkerRegistry } from "../../engine/coordinator/worker-registry.js";

describe("WorkerRegistry", () => {
  it("a new process under a known name is a restart once it beat twice with the old one silent", () => {
    const r = new WorkerRegistry(3000);
    assert.equal(r.heard("w1", 2, 0, 1000, "h/10/1"), "new");
    assert.equal(r.heard("w1", 2, 1, 2000, "h/10/1"), "same");
    // The old process died after its beat at 2000; the new one beats at 2500 and 3500.
    assert.equal(r.heard("w1", 2, 0, 2500, "h/11/2400"), "same", "one beat is not enough");
    assert.equal(r.heard("w1", 2, 0, 3500, "h/11/2400"), "restarted");
    assert.equal(r.heard("w1", 2, 0, 4500, "h/11/2400"), "same");
  });

  it("a stray or forged heartbeat under a live worker's name changes nothing; two live processes sharing a name are said once", () => {
    const r = new WorkerRegistry(3000);
    r.heard("w1", 2, 0, 1000, "h/10/1");
    for (let t = 1100; t < 6000; t += 300) {
      assert.equal(r.heard("w1", 2, 0, t, `forged-${t}`), "same"); // a new one each time
      assert.equal(r.heard("w1", 2, 0, t + 100, "h/10/1"), "same");
    }
    // Another real process under the same name: it beats again and again, and so does the first.
    assert.equal(r.heard("w1", 2, 0, 7000, "h/12/6900"), "same");
    assert.equal(r.heard("w1", 2, 0, 7500, "h/10/1"), "same");
    assert.equal(r.heard("w1", 2, 0, 8000, "h/12/6900"), "same", "the first one is not silent: no restart");
    assert.equal(r.heard("w1", 2, 0, 8500, "h/10/1"), "duplicate");
    assert.equal(r.heard("w1", 2, 0, 9000, "h/12/6900"), "same");
    assert.equal(r.heard("w1", 2, 0, 9500, "h/10/1"), "same", "said once");
    // The first one dies: the other one is the worker now.
    assert.equal(r.heard("w1", 2, 0, 10_000, "h/12/6900"), "same");
    assert.equal(r.heard("w1", 2, 0, 11_000, "h/12/6900"), "restarted");
  });

  it("offers only workers heard within lostAfterMs, in name order", () => {
    const r = new WorkerRegistry(3000);
    r.heard("w10", 2, 0, 1000, "a");
    r.heard("w2", 4, 0, 2500, "b");
    r.heard("w1", 1, 0, 5000, "c");
    assert.deepEqual(r.live(5000), [
      { name: "w1", slots: 1 },
      { name: "w2", slots: 4 },
    ]);
  });

  describe("while the coordinator's own connection is down", () => {
    it("no worker is lost during the outage, and each gets a full loss window from the reconnect", () => {
      const r = new WorkerRegistry(3000);
      r.heard("w1", 2, 0, 1000, "a");
      r.heard("w2", 2, 0, 1800, "b");
      r.disconnected(2000);
      r.disconnected(2500); // "reconnecting" after "disconnected": the outage began at the first
      assert.equal(r.cutOff, true);
      assert.deepEqual(r.live(30_000).map((w) => w.name), ["w1", "w2"], "judged as of the disconnect");
      r.reconnected(32_000);
      assert.equal(r.cutOff, false);
      // Clients reconnect at their own pace: w1 is back at once, w2 is not yet.
      r.heard("w1", 2, 0, 32_400, "a");
      assert.deepEqual(r.live(35_000).map((w) => w.name), ["w1", "w2"], "w2 still within its window from the reconnect");
      // w2 died during the outage: lost once the window from the reconnect is over.
      r.heard("w1", 2, 0, 35_000, "a");
      assert.deepEqual(r.live(35_001).map((w) => w.name), ["w1"]);
    });

    it("a worker already lost when the connection went down stays lost after it", () => {
      const r = new WorkerRegistry(3000);
      r.heard("gone", 2, 0, 1000, "a");
      r.heard("w1", 2, 0, 4500, "b");
      r.disconnected(5000);
      assert.deepEqual(r.live(6000).map((w) => w.name), ["w1"]);
      r.reconnected(20_000);
      assert.deepEqual(r.live(20_000).map((w) => w.name), ["w1"], "the outage does not bring it back");
    });

    it("tells how long the outage lasted for workers not heard since it (for the loss message)", () => {
      const r = new WorkerRegistry(3000);
      r.heard("w1", 2, 0, 1000, "a");
      r.heard("w2", 2, 0, 1000, "b");
      assert.equal(r.outageBefore(["w1"]), undefined, "no outage yet");
      r.disconnected(2000);
      r.reconnected(23_000);
      r.heard("w1", 2, 0, 23_500, "a");
      assert.equal(r.outageBefore(["w2"]), 21_000);
      assert.equal(r.outageBefore(["w1"]), undefined, "heard since");
      assert.equal(r.outageBefore(["w1", "w2"]), undefined, "one of them heard since");
      assert.equal(r.outageBefore([]), undefined);
    });
  });

  it("a lag of the coordinator's own event loop is not counted as the workers' silence (their heartbeats may sit unread)", () => {
    const r = new WorkerRegistry(3000);
    r.heard("w1", 2, 0, 1000, "a");
    r.heard("gone", 2, 0, 100, "b");
    r.stalled(2500, 6000); // the watchdog's tick at 6000 came 2.5 s late
    assert.deepEqual(r.live(6000).map((w) => w.name), ["w1"], "w1 silent 5 s, 2.5 of them the coordinator's own: not lost; gone was lost before");
    assert.deepEqual(r.live(6500).map((w) => w.name), ["w1"]);
    assert.deepEqual(r.live(6501).map((w) => w.name), [], "still silent once the lag is discounted: lost");
    // w1 heard while the next lag went on (its heartbeat read just before the late tick):
    r.heard("w1", 2, 0, 7000, "a");
    r.stalled(3000, 9000);
    assert.deepEqual(r.live(12_000).map((w) => w.name), ["w1"], "silence never counts from later than now; gone stays lost");
    assert.deepEqual(r.live(12_001).map((w) => w.name), []);
  });

  it("a worker that leaves on purpose is offered no more, and its late heartbeats do not bring it back", () => {
    const r = new WorkerRegistry(3000);
    r.heard("w1", 2, 1, 1000, "a");
    r.heard("w2", 2, 0, 1000, "b");
    r.forget("w1", 1100);
    assert.deepEqual(r.live(1200).map((w) => w.name), ["w2"]);
    r.heard("w1", 2, 0, 1300, "a");
    assert.deepEqual(r.live(1400).map((w) => w.name), ["w2"]);
    assert.deepEqual(r.liveLoad(1400), [{ name: "w2", slots: 2, running: 0, directRuns: 0 }]);
  });

  it("sums the direct runs live workers say they run in its load, a draining worker's too (it finishes them)", () => {
    const r = new WorkerRegistry(3000);
    r.heard("w1", 2, 1, 1000, "a");
    r.heard("w2", 2, 0, 1000, "b", { draining: true, leaving: false, unfinished: [] });
    r.directSaid("w1", 2);
    r.directSaid("w2", 1);
    r.directSaid("nobody", 5);
    assert.equal(r.load(1500).directRuns, 3);
    assert.equal(r.load(1500).slots, 2, "the draining worker's slots are not offered");
    assert.equal(r.load(5000).directRuns, 0, "lost workers say nothing");
  });

  it("counts submissions waiting for a first worker in its load (the demand an autoscaler starts one for)", async () => {
    const r = new WorkerRegistry(3000);
    assert.equal(r.load(Date.now()).waitingForWorker, 0);
    const waiting = r.waitFor(1, 5000);
    assert.equal(r.load(Date.now()).waitingForWorker, 1);
    r.heard("w1", 2, 0, Date.now(), "a");
    assert.equal((await waiting).length, 1);
    assert.equal(r.load(Date.now()).waitingForWorker, 0);
  });
});
