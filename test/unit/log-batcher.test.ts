/**
 * LogBatcher (engine/worker/log-batcher.ts): a flush resolves only once every batch published
 * so far is stored, even when an earlier one is stored after a later one (a retry after a NATS
 * outage): the coordinator's end-of-run wait relies on it.
 */
import assert from "node:assert/strict";
import type { DurablePublisher } from "../../engine/internal.js";
import { LogBatcher } from "../../engine/worker/log-batcher.js";

/** Publishes whose "stored" the test decides, in any order. */
class ManualPublisher {
  readonly pending: Array<() => void> = [];
  publish(): Promise<void> {
    return new Promise((resolve) => this.pending.push(resolve));
  }
}

const entry = (n: number) => ({ log: { taskId: `t${n}`, level: "info", message: String(n), atMs: n, worker: "w1" } });

describe("LogBatcher", () => {
  it("a flush waits for every earlier batch, even one stored after the later ones", async () => {
    const publisher = new ManualPublisher();
    const log = new LogBatcher(publisher as unknown as DurablePublisher, "r-1", "", "w1");
    log.add(entry(1));
    const first = log.flush();
    log.add(entry(2));
    const second = log.flush();
    let secondDone = false;
    void second.then(() => (secondDone = true));
    assert.equal(publisher.pending.length, 2);
    publisher.pending[1]!(); // the later batch is stored first (the earlier one is retrying)
    await new Promise((r) => setImmediate(r));
    assert.equal(secondDone, false, "the flush resolved while the first batch was not stored yet");
    publisher.pending[0]!();
    await Promise.all([first, second]);
    assert.equal(await Promise.race([log.flush().then(() => "settled"), new Promise((r) => setImmediate(() => r("pending")))]), "settled", "nothing pending: an empty flush resolves at once");
  });
});
