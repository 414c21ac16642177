/// <reference types="mocha" />
import assert from "node:assert/strict";
import { WorkerRegistry } from "../engine/coordinator/worker-registry.js";

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
});
