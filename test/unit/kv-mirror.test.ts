import assert from "node:assert/strict";
import type { KvChange } from "../../engine/bus/bus.js";
import { KvMirror } from "../../engine/bus/kv-mirror.js";

const entry = (value: string, revision: number) => ({ value: new TextEncoder().encode(value), revision });
const said = (c: KvChange) => (c.entry ? `${c.key}@${c.entry.revision}` : `${c.key}-`);

describe("KvMirror (the live keys of a KV watch)", () => {
  it("reports the first snapshot once read, then each change; resolves ready at the first catch-up", async () => {
    const changes: string[] = [];
    const m = new KvMirror((c) => changes.push(said(c)));
    let ready = false;
    void m.ready.then(() => (ready = true));
    m.reload();
    m.saw("a", entry("1", 1));
    m.saw("gone", undefined);
    assert.deepEqual(changes, []);
    m.caughtUp();
    await Promise.resolve();
    assert.ok(ready);
    assert.deepEqual(changes, ["a@1"]);
    m.saw("b", entry("2", 3));
    m.saw("a", undefined);
    m.saw("a", undefined); // deleted twice: said once
    assert.deepEqual(changes, ["a@1", "b@3", "a-"]);
  });

  it("a snapshot read again (after a reconnect) reports only what changed meanwhile, and keys gone as deleted", () => {
    const changes: string[] = [];
    const m = new KvMirror((c) => changes.push(said(c)));
    const h = m.handle(() => {});
    m.reload();
    for (const [k, r] of [["same", 1], ["changed", 2], ["deleted", 3], ["purged", 4]] as const) m.saw(k, entry(k, r));
    m.caughtUp();
    changes.length = 0;
    m.reload();
    m.saw("same", entry("same", 1));
    m.saw("changed", entry("changed", 7));
    m.saw("purged", undefined); // a purge marker still in the bucket
    m.saw("new", entry("new", 8));
    m.caughtUp();
    assert.deepEqual(changes, ["changed@7", "purged-", "new@8", "deleted-"]);
    assert.deepEqual([...h.current().keys()].sort(), ["changed", "new", "same"]);
    h.stop();
    m.saw("late", entry("late", 9));
    assert.deepEqual(changes.length, 4);
  });
});
