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

  it("a chain of jobs over on return, each queueing the next as it runs (a chain of tasks), runs whole and in order, its stack one job deep", async () => {
    const pool = new SlotPool(2);
    const lane = pool.lane();
    const length = 20_000; // nested a level per job, this many overflowed the stack (and a job's throw is swallowed)
    let done = 0;
    let deepest = 0;
    const depth = () => new Error().stack!.split("\n").length;
    let base = 0;
    const hop = (k: number) => () => {
      assert.equal(k, done, "jobs ran out of order");
      done++;
      if (k === 0) base = depth();
      if (k === 100) deepest = depth() - base; // nested, it would be a few frames a job deeper
      if (k + 1 < length) lane.submit(hop(k + 1));
    };
    lane.submit(hop(0));
    while (pool.running > 0 || pool.waiting > 0) await tick();
    assert.equal(done, length);
    assert.ok(deepest <= 0, `a job ran nested inside the one before (${deepest} frames deeper)`);
  });

  it("owners take turns before their runs do: an owner with three runs gets no more slots than an owner with one", async () => {
    const pool = new SlotPool(1);
    const order: string[] = [];
    const queue = (owner: string, run: string, n: number) =>
      pool.lane(undefined, owner).submitMany(n, async () => {
        order.push(`${owner}/${run}`);
        await tick();
      });
    queue("alice", "a1", 30);
    queue("alice", "a2", 30);
    queue("alice", "a3", 30);
    queue("bob", "b1", 30);
    while (pool.running > 0 || pool.waiting > 0) await tick();
    assert.equal(order.length, 120);
    // While both owners have work, every other slot is bob's (alice's three runs share hers in turn).
    const first = order.slice(0, 40);
    assert.equal(first.filter((o) => o === "bob/b1").length, 20, first.join(" "));
    const alices = first.filter((o) => o.startsWith("alice/"));
    for (const run of ["a1", "a2", "a3"]) assert.ok(Math.abs(alices.filter((o) => o === `alice/${run}`).length - 20 / 3) <= 1, alices.join(" "));
    // bob's 30 are done by the 60th job; alice's runs then have the worker to themselves.
    assert.equal(order.lastIndexOf("bob/b1"), 59);
  });

  it("an owner whose runs all end leaves the turn; one that comes back later joins it again", async () => {
    const pool = new SlotPool(1);
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(name);
      await tick();
    };
    const a = pool.lane(undefined, "alice");
    a.submitMany(6, job("a"));
    pool.lane(undefined, "bob").submit(job("b"));
    while (pool.running > 0 || pool.waiting > 0) await tick();
    pool.lane(undefined, "bob").submitMany(2, job("b"));
    a.submitMany(2, job("a"));
    while (pool.running > 0 || pool.waiting > 0) await tick();
    assert.deepEqual(order, ["a", "b", "a", "a", "a", "a", "a", "b", "a", "b", "a"]);
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
