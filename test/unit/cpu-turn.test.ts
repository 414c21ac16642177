import assert from "node:assert/strict";
import { CpuTurn } from "../../engine/worker/cpu-turn.js";

describe("CpuTurn", () => {
  it("is taken at once when free, and handed to waiters in the order they asked", async () => {
    const turn = new CpuTurn();
    const order: string[] = [];
    await turn.take();
    const b = turn.take().then(() => order.push("b"));
    const c = turn.take().then(() => order.push("c"));
    await Promise.resolve();
    assert.deepEqual(order, [], "nobody else runs while the turn is held");
    turn.give();
    await b;
    assert.deepEqual(order, ["b"]);
    turn.give();
    await c;
    assert.deepEqual(order, ["b", "c"]);
    turn.give();
    await turn.take(); // free again
    turn.give();
  });
});
