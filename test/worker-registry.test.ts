/// <reference types="mocha" />
import assert from "node:assert/strict";
import { WorkerRegistry } from "../engine/coordinator/worker-registry.js";

describe("WorkerRegistry", () => {
  it("tells a first heartbeat, the same process, a restart under the same name, and two processes sharing a name", () => {
    const r = new WorkerRegistry(3000);
    assert.equal(r.heard("w1", 2, 0, 1000, "h/10/1"), "new");
    assert.equal(r.heard("w1", 2, 1, 2000, "h/10/1"), "same");
    assert.equal(r.heard("w1", 2, 0, 2500, "h/11/2400"), "restarted");
    assert.equal(r.heard("w1", 2, 0, 3000, "h/11/2400"), "same");
    // The old process beats again: it was not dead; two workers share the name.
    assert.equal(r.heard("w1", 2, 0, 3100, "h/10/1"), "duplicate");
    assert.equal(r.heard("w2", 1, 0, 3100, "h/12/5"), "new");
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
