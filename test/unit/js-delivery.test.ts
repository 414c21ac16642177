import assert from "node:assert/strict";
import { deliveryOf } from "../../engine/bus/js-delivery.js";

describe("deliveryOf (a JetStream delivery's reply subject)", () => {
  it("reads the stream sequence and delivery count of the three forms", () => {
    assert.deepEqual(deliveryOf("$JS.ACK.BENCH_W8.weft-d-1.1.4711.4712.1733600000000000000.12"), { seq: 4711, count: 1 });
    assert.deepEqual(deliveryOf("$JS.ACK._.ACCHASH.S.c.3.9.20.1733600000000000000.0"), { seq: 9, count: 3 });
    assert.deepEqual(deliveryOf("$JS.ACK.hub.ACCHASH.S.c.2.10.21.1733600000000000000.0.r4nd0m"), { seq: 10, count: 2 });
  });

  it("undefined for anything else (the caller falls back to the client's parser)", () => {
    for (const s of ["", "_INBOX.abc", "$JS.ACK.S.c.1.2.3", "$JS.ACK.S.c.x.2.3.4.5", "$JS.ACK.S.c.1..3.4.5", "$JS.ACK.a.b.S.c.1.2.3.4.5.r.extra"]) {
      assert.equal(deliveryOf(s), undefined, s);
    }
  });
});
