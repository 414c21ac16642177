import assert from "node:assert/strict";
import { SlotPool } from "../../engine/worker/slot-pool.js";

const tick = () => new Promise((r) => setImmediate(r));

describe("SlotPool: a worker's slots, shared between runs in turn", () => {
  it("a one-job run is not queued behind another run's thousand jobs: free slots go to the runs in turn", async () => {
    const pool = new SlotPool(1);
    const order: string[] = [];
    const big = pool.lane();
    const small = pool.lane();
    big.submitMany(1000, async (k) => {
      order.push(`big ${k}`);
      await tick();
    });
    small.submit(async () => {
      order.push("small");
    });
    while (pool.running > 0 || pool.waiting > 0) await tick();
    assert.equal(order.length, 1001);
    assert.ok(order.indexOf("small") <= 1, `the small run's job ran second at the latest: ${order.slice(0, 4).join(", ")}`);
  });

  it("within a run, jobs start in the order queued, at most `slots` at once; counts are right", async () => {
    const pool = new SlotPool(2);
    const lane = pool.lane();
    const started: number[] = [];
    let now = 0;
    let most = 0;
    for (let i = 0; i < 6; i++) {
      lane.submit(async () => {
        started.push(i);
        most = Math.max(most, ++now);
        await tick();
        now--;
      });
    }
    assert.equal(pool.running, 2);
    assert.equal(pool.waiting, 4);
    while (pool.running > 0 || pool.waiting > 0) await tick();
    assert.deepEqual(started, [0, 1, 2, 3, 4, 5]);
    assert.equal(most, 2);
  });

  it("a lane closed drops the jobs it still has waiting; the others go on", async () => {
    const pool = new SlotPool(1);
    const a = pool.lane();
    const b = pool.lane();
    const ran: string[] = [];
    a.submitMany(5, async (k) => {
      ran.push(`a${k}`);
      await tick();
    });
    b.submitMany(3, async (k) => {
      ran.push(`b${k}`);
      await tick();
    });
    a.close();
    assert.equal(pool.waiting, 3, "b's three wait (a's first is running)");
    a.submit(async () => void ran.push("late"));
    while (pool.running > 0 || pool.waiting > 0) await tick();
    assert.deepEqual(ran, ["a0", "b0", "b1", "b2"]);
  });
});
