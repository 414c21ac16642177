/// <reference types="mocha" />
/** The pure core of streaming jobs: windows, watermarks, key groups, snapshots, barrier alignment, checkpoints, credits. */
import assert from "node:assert/strict";
import type { WindowResult, WindowSpec } from "../../model/stream.js";
import { BarrierAligner } from "../../engine/core/stream/barrier-aligner.js";
import { CheckpointTracker, type CompletedCheckpoint } from "../../engine/core/stream/checkpoint-tracker.js";
import { CreditGate } from "../../engine/core/stream/credit-gate.js";
import type { DeadLetter } from "../../engine/core/stream/dead-letter.js";
import { keyGroupOf, keyGroupsOf, keyText, ownerOfKeyGroup } from "../../engine/core/stream/key-groups.js";
import { compileChain } from "../../engine/core/stream/record-chain.js";
import { BoundedOutOfOrderness, ChannelWatermarks, NO_WATERMARK } from "../../engine/core/stream/watermark.js";
import { mergeSessions, windowsFor } from "../../engine/core/stream/window-assigner.js";
import { WindowOperator, type WindowEmitter } from "../../engine/core/stream/window-operator.js";

const count = { zero: () => 0, add: (n: number) => n + 1, merge: (a: number, b: number) => a + b };
const sum = { zero: () => 0, add: (n: number, r: { v: number }) => n + r.v, merge: (a: number, b: number) => a + b };

function collector() {
  const results: WindowResult<unknown, unknown>[] = [];
  const late: unknown[] = [];
  const dead: DeadLetter[] = [];
  const out: WindowEmitter = { result: (r) => results.push(r), late: (r) => late.push(r), dead: (d) => dead.push(d) };
  return { results, late, dead, out };
}

function op(window: WindowSpec, allowedLatenessMs = 0, combiner: typeof count | typeof sum = count) {
  return new WindowOperator({ name: "w", window, combiner, allowedLatenessMs, keyGroups: 16 });
}

describe("stream core: window assigners", () => {
  it("tumbling windows are aligned to their size, also before the epoch", () => {
    assert.deepEqual(windowsFor({ kind: "tumbling", sizeMs: 1000 }, 2500), [{ start: 2000, end: 3000 }]);
    assert.deepEqual(windowsFor({ kind: "tumbling", sizeMs: 1000 }, -1), [{ start: -1000, end: 0 }]);
    assert.deepEqual(windowsFor({ kind: "tumbling", sizeMs: 1000 }, 3000), [{ start: 3000, end: 4000 }]);
  });

  it("sliding windows: a record is in size/slide windows, oldest first", () => {
    assert.deepEqual(windowsFor({ kind: "sliding", sizeMs: 30, slideMs: 10 }, 25), [
      { start: 0, end: 30 },
      { start: 10, end: 40 },
      { start: 20, end: 50 },
    ]);
  });

  it("sessions merge when they overlap or touch, accumulators in time order", () => {
    const cat = (a: string, b: string) => a + b;
    let sessions = mergeSessions<string>([], { start: 0, end: 10, acc: "a" }, cat).sessions;
    sessions = mergeSessions(sessions, { start: 30, end: 40, acc: "c" }, cat).sessions;
    assert.equal(sessions.length, 2);
    const bridged = mergeSessions(sessions, { start: 10, end: 30, acc: "b" }, cat);
    assert.deepEqual(bridged.sessions, [{ start: 0, end: 40, acc: "abc" }]);
    assert.equal(bridged.absorbed.length, 2);
  });
});

describe("stream core: watermarks", () => {
  it("trails the largest time by the bound and never goes back", () => {
    const w = new BoundedOutOfOrderness(100);
    assert.equal(w.current(), NO_WATERMARK);
    assert.equal(w.observe(1000), 899);
    assert.equal(w.observe(950), 899);
    assert.equal(w.observe(1200), 1099);
  });

  it("an operator fed by channels is as far as its slowest one", () => {
    const c = new ChannelWatermarks(2);
    assert.equal(c.update(0, 100), undefined);
    assert.equal(c.update(1, 50), 50);
    assert.equal(c.update(1, 40), undefined);
    assert.equal(c.update(1, 200), 100);
  });
});

describe("stream core: the window operator", () => {
  it("tumbling counts fire when the watermark passes the window's end, once", () => {
    const w = op({ kind: "tumbling", sizeMs: 1000 });
    const c = collector();
    for (const [t, k] of [[100, "a"], [200, "b"], [900, "a"], [1100, "a"]] as const) w.add({}, t, k, c.out);
    w.advance(998, c.out);
    assert.equal(c.results.length, 0);
    w.advance(999, c.out);
    assert.deepEqual(
      c.results.map((r) => [r.key, r.start, r.value]).sort(),
      [["a", 0, 2], ["b", 0, 1]],
    );
    w.advance(5000, c.out);
    assert.deepEqual(c.results.at(-1), { key: "a", start: 1000, end: 2000, value: 1 });
    assert.equal(c.results.length, 3);
    assert.equal(w.keyCount, 0, "fired windows without lateness are purged");
  });

  it("late records go to the side output; within the allowed lateness they update the window, which fires again", () => {
    const w = op({ kind: "tumbling", sizeMs: 1000 }, 500, sum);
    const c = collector();
    w.add({ v: 1 }, 10, "k", c.out);
    w.advance(1200, c.out);
    assert.deepEqual(c.results.map((r) => r.value), [1]);
    w.add({ v: 5 }, 20, "k", c.out); // late, but within the lateness
    assert.deepEqual(c.results.map((r) => r.value), [1, 6]);
    w.advance(1499, c.out); // end - 1 + lateness: purged
    w.add({ v: 7 }, 30, "k", c.out);
    assert.deepEqual(c.late, [{ v: 7 }]);
    assert.equal(c.results.length, 2);
  });

  it("sliding windows each fold the record", () => {
    const w = op({ kind: "sliding", sizeMs: 20, slideMs: 10 });
    const c = collector();
    w.add({}, 15, "k", c.out);
    w.advance(100, c.out);
    assert.deepEqual(c.results.map((r) => [r.start, r.end, r.value]), [[0, 20, 1], [10, 30, 1]]);
  });

  it("session windows per key merge and fire once the gap has passed", () => {
    const w = op({ kind: "session", gapMs: 100 });
    const c = collector();
    for (const t of [0, 50, 120, 400]) w.add({}, t, "u1", c.out);
    w.add({}, 60, "u2", c.out);
    w.advance(300, c.out);
    assert.deepEqual(
      c.results.map((r) => [r.key, r.start, r.end, r.value]),
      [["u2", 60, 160, 1], ["u1", 0, 220, 3]].sort((a, b) => (a[2] as number) - (b[2] as number)),
    );
    w.advance(1000, c.out);
    assert.deepEqual(c.results.at(-1), { key: "u1", start: 400, end: 500, value: 1 });
  });

  it("dead letters: a timestamp that is no number, a key JSON cannot write; the operator goes on", () => {
    const w = op({ kind: "tumbling", sizeMs: 10 });
    const c = collector();
    w.add({ id: 1 }, "yesterday", "k", c.out);
    w.add({ id: 2 }, 5, undefined, c.out);
    w.add({ id: 3 }, 5, 10n, c.out);
    w.add({ id: 4 }, 5, "k", c.out);
    w.advance(100, c.out);
    assert.deepEqual(c.dead.map((d) => (d.record as { id: number }).id), [1, 2, 3]);
    assert.match(c.dead[0]!.reason, /timestamp function returned the string "yesterday"/);
    assert.match(c.dead[1]!.reason, /key function returned undefined/);
    assert.equal(c.results.length, 1);
  });

  it("a snapshot restores per key group: split over two operators, the results are the same as one's", () => {
    const records = Array.from({ length: 400 }, (_, i) => ({ t: i * 7, k: `key${i % 23}` }));
    const oneOp = op({ kind: "tumbling", sizeMs: 500 });
    const one = collector();
    for (const r of records) oneOp.add(r, r.t, r.k, one.out);
    oneOp.advance(10_000, one.out);

    // The same records, snapshotted halfway, restored on 2 workers by key-group ownership.
    const first = op({ kind: "tumbling", sizeMs: 500 });
    const before = collector();
    for (const r of records.slice(0, 200)) first.add(r, r.t, r.k, before.out);
    first.advance(1000, before.out);
    const snap = first.snapshot();
    const halves = [0, 1].map((i) => {
      const w = op({ kind: "tumbling", sizeMs: 500 });
      w.restore([snap], (g) => ownerOfKeyGroup(g, 16, 2) === i);
      return w;
    });
    const after = collector();
    for (const r of records.slice(200)) {
      const text = keyText(r.k)!;
      halves[ownerOfKeyGroup(keyGroupOf(text, 16), 16, 2)]!.add(r, r.t, r.k, after.out);
    }
    for (const h of halves) h.advance(10_000, after.out);
    const key = (r: WindowResult<unknown, unknown>) => `${String(r.key)}@${r.start}=${String(r.value)}`;
    assert.deepEqual([...before.results, ...after.results].map(key).sort(), one.results.map(key).sort());
  });
});

describe("stream core: key groups", () => {
  it("own contiguous ranges that cover every group once, for any worker count", () => {
    for (const workers of [1, 2, 3, 7]) {
      const all = Array.from({ length: workers }, (_, i) => keyGroupsOf(i, 128, workers)).flat();
      assert.deepEqual(all, Array.from({ length: 128 }, (_, g) => g));
    }
  });

  it("key text tells types apart and refuses what JSON cannot write", () => {
    assert.notEqual(keyText("1"), keyText(1));
    assert.equal(keyText({ a: 1 }), 'j{"a":1}');
    assert.equal(keyText(undefined), undefined);
    assert.equal(keyText(() => 1), undefined);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.equal(keyText(cyclic), undefined);
  });
});

describe("stream core: barrier alignment", () => {
  it("holds a channel's records after its barrier until every channel's barrier came, then snapshots and releases them", () => {
    const a = new BarrierAligner<string>(2);
    assert.deepEqual(a.records(0, ["a1"]), [{ kind: "process", channel: 0, records: ["a1"] }]);
    assert.deepEqual(a.barrier(0, 1), []);
    assert.equal(a.blocked(0), true);
    assert.deepEqual(a.records(0, ["a2"]), []);
    assert.deepEqual(a.records(1, ["b1"]), [{ kind: "process", channel: 1, records: ["b1"] }]);
    assert.deepEqual(a.barrier(1, 1), [
      { kind: "snapshot", checkpoint: 1 },
      { kind: "process", channel: 0, records: ["a2"] },
    ]);
    assert.equal(a.blocked(0), false);
  });

  it("a newer barrier aborts the checkpoint still aligning; a stale one is ignored", () => {
    const a = new BarrierAligner<string>(2);
    a.barrier(0, 1);
    a.records(0, ["x"]);
    assert.deepEqual(a.barrier(1, 2), [
      { kind: "abort", checkpoint: 1 },
      { kind: "process", channel: 0, records: ["x"] },
    ]);
    assert.deepEqual(a.barrier(0, 2), [{ kind: "snapshot", checkpoint: 2 }]);
    assert.deepEqual(a.barrier(0, 1), []);
  });
});

describe("stream core: checkpoints", () => {
  it("completes when every task acknowledged; only then are positions committed", () => {
    const t = new CheckpointTracker(["source", "window"], 1000);
    const id = t.trigger(0)!;
    assert.equal(t.trigger(1), undefined, "one at a time");
    assert.equal(t.ack(id, { task: "source", stateRef: "s", positions: { p0: 42 } }, 5), undefined);
    assert.equal(t.completed, undefined);
    const ev = t.ack(id, { task: "window", stateRef: "w" }, 6);
    assert.equal(ev?.kind, "completed");
    assert.deepEqual((t.completed as CompletedCheckpoint | undefined)?.acks[0]?.positions, { p0: 42 });
  });

  it("a checkpoint that cannot complete fails with a reason and the next one goes ahead", () => {
    const t = new CheckpointTracker(["source", "window"], 1000);
    const id = t.trigger(0)!;
    t.ack(id, { task: "source", stateRef: "s" }, 1);
    assert.equal(t.tick(999), undefined);
    const failed = t.tick(1000);
    assert.deepEqual(failed, { kind: "failed", id, reason: "not acknowledged within 1000 ms by window" });
    assert.equal(t.consecutiveFailures, 1);
    const next = t.trigger(1001)!;
    assert.equal(next, id + 1);
    assert.equal(t.decline(next, "window", "storage full")?.kind, "failed");
    assert.equal(t.completed, undefined);
  });

  it("restored from a checkpoint, it numbers on from it", () => {
    const t = new CheckpointTracker(["a"], 10, { id: 7, at: 0, acks: [] });
    assert.equal(t.trigger(0), 8);
  });
});

describe("stream core: credits and record chains", () => {
  it("a sender without credit waits, and the wait counts as backpressure", () => {
    const g = new CreditGate(2);
    assert.equal(g.trySpend(0), true);
    assert.equal(g.trySpend(0), true);
    assert.equal(g.trySpend(10), false);
    assert.equal(g.backpressureMs(30), 20);
    g.grant(1, 40);
    assert.equal(g.backpressureMs(100), 30);
    assert.equal(g.trySpend(100), true);
  });

  it("map, flatMap and filter compile into one function; a throwing operator dead-letters its record", () => {
    const out: unknown[] = [];
    const dead: DeadLetter[] = [];
    const chain = compileChain(
      [
        { op: "map", name: "double", fn: (x: number) => (x === 3 ? (() => { throw new Error("three"); })() : x * 2) },
        { op: "flatMap", name: "twice", fn: (x: number) => [x, x + 1] },
        { op: "filter", name: "even", fn: (x: number) => x % 2 === 0 },
      ],
      (r) => out.push(r),
      (d) => dead.push(d),
    );
    for (const x of [1, 2, 3]) chain(x);
    assert.deepEqual(out, [2, 4]);
    assert.deepEqual(dead, [{ stage: "double", reason: "map threw: three", record: 3 }]);
  });
});
