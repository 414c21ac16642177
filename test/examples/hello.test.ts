// A unit test of examples/hello.ts, as a workflow's author writes one (README "Testing a workflow").
import assert from "node:assert/strict";
import { runLocal } from "weft-engine/testing";
import hello from "../../examples/hello.js";

describe("examples/hello.ts", () => {
  it("sums the double and the square of n", async () => {
    const run = await runLocal(hello, { n: 3 });
    assert.equal(run.result, 15);
    assert.equal(run.nodes.sum?.succeeded, 1);
  });

  it("refuses an n that is not a number, without retrying", async () => {
    const run = await runLocal(hello, { n: "three" as never });
    assert.equal(run.state, "failed");
    assert.equal(run.error?.code, "E_TERMINAL");
    assert.equal(run.nodes.input?.attempts, 1);
  });

  it("fails the run when a node fails (hello's nodes have no retries)", async () => {
    const run = await runLocal(hello, { n: 3 }, { faults: [{ fail: "double", attempt: 1 }] });
    assert.equal(run.state, "failed");
    assert.match(run.error?.message ?? "", /task double failed/);
    assert.throws(() => run.result, /task double failed/);
  });
});
