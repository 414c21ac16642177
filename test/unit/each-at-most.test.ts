/** eachAtMost (engine/base/each-at-most.ts): every item once, never more than the limit at once. */
import assert from "node:assert/strict";
import { eachAtMost } from "../../engine/base/each-at-most.js";

describe("eachAtMost", () => {
  it("runs every item once with at most `limit` under way, and waits for all", async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachAtMost([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setImmediate(r));
      running--;
      done.push(n);
    });
    assert.deepEqual([...done].sort(), [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(most, 3);
  });

  it("an item that throws does not stop the others; the first error is the result", async () => {
    const done: number[] = [];
    await assert.rejects(
      eachAtMost([1, 2, 3, 4], 2, async (n) => {
        if (n === 2) throw new Error("two");
        done.push(n);
      }),
      /two/,
    );
    assert.deepEqual(done, [1, 3, 4]);
  });

  it("a limit that is not a whole number >= 1 is refused, naming it", async () => {
    await assert.rejects(eachAtMost([1], 0, async () => {}), /limit 0 is not a whole number >= 1/);
  });

  it("no items: resolves at once", async () => {
    await eachAtMost([], 4, async () => assert.fail("no item"));
  });
});
