/**
 * The coordinators' leadership lock (engine/coordinator/leader-lock.ts) on a real nats-server:
 * one holder at a time; a holder that finds another in its place stops and says so, and never
 * removes the other's lock; a holder whose key vanished (it expired while NATS was away) keeps
 * the leadership when nobody else took it. The lock's renewals run on a SimulatedClock: the
 * test moves time to make them happen, and waits for nothing but the server's answers.
 */
import assert from "node:assert/strict";
import type { Bus } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import { SimulatedClock } from "../../engine/base/clock.js";
import { LeaderLock } from "../../engine/coordinator/leader-lock.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { buckets } from "../../engine/subjects.js";
import { hasNatsServer, startNats, waitFor } from "../helpers/nats.js";

const TTL_MS = 1200;

describe("LeaderLock", function () {
  this.timeout(30_000);
  let server: NatsServerProcess | undefined;
  let bus: Bus | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
    bus = await connectNatsBus(server.url, { name: "test" });
  });

  after(async () => {
    await bus?.close().catch(() => {});
    await server?.stop();
  });

  /** The lock's key as the bucket holds it (the test's own view). */
  const lockKey = async () => (await bus!.kv(buckets.leader, { maxAgeMs: TTL_MS })).get("coordinator");

  it("a holder that finds another in its place says so once, stops renewing, and leaves the other's lock alone", async () => {
    const clock = new SimulatedClock(1000);
    const a = await LeaderLock.open(bus!, "a", TTL_MS, clock);
    let aLost = 0;
    await a.acquire(() => {}, () => aLost++);
    assert.equal(await a.holder(), "a");
    // a was frozen long enough for another coordinator, b, to hold the lock (written here as b would).
    const kv = await bus!.kv(buckets.leader, { maxAgeMs: TTL_MS });
    await kv.put("coordinator", new TextEncoder().encode("b"));
    clock.advance(TTL_MS / 4); // a's next renewal
    await waitFor(() => aLost === 1, { timeoutMs: 5000, message: "a to notice that b holds the lock" });
    assert.equal(clock.pending, 0, "a renews no more");
    clock.advance(TTL_MS * 2);
    assert.equal(aLost, 1, "said once");
    assert.equal(await a.confirm(), false, "a knows it is not the leader");
    await a.release();
    assert.equal(await a.holder(), "b", "a's release must not remove b's lock");
    assert.equal(new TextDecoder().decode((await lockKey())!.value), "b");
    await kv.delete("coordinator");
  });

  it("a holder whose key vanished with nobody else waiting keeps the leadership (no false loss)", async () => {
    const clock = new SimulatedClock(1000);
    const a = await LeaderLock.open(bus!, "solo", TTL_MS, clock);
    await a.acquire(() => {}, () => assert.fail("a false loss"));
    const kv = await bus!.kv(buckets.leader, { maxAgeMs: TTL_MS });
    await kv.delete("coordinator");
    clock.advance(TTL_MS / 4); // the renewal that finds the key gone
    await waitFor(async () => (await a.holder()) === "solo", { timeoutMs: 5000, message: "the lock taken again by its holder" });
    // Later renewals go on at the revision it took the key again at (each confirm after half
    // the lock's life renews, and says whether that worked).
    for (let i = 0; i < 3; i++) {
      clock.advance(TTL_MS / 2);
      assert.equal(await a.confirm(), true, `renewal ${i + 1} after taking the key again`);
    }
    assert.equal(await a.holder(), "solo");
    await a.release();
  });
});
