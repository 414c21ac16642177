/**
 * The pure parts of the resource history and a run's cost (docs/cost.md): percentiles, the
 * Lambda billing rule, the bounded history, placement weight and memory refusal, a run's usage
 * scaled from its measured attempts, sizes on the command line, and slot admission by memory.
 */
import assert from "node:assert/strict";
import { memoryNeed, memoryRefusal, nodeWeight, refusalMessage } from "../../engine/core/resource-placement.js";
import { RunUsage, type AttemptUsage } from "../../engine/core/run-usage.js";
import { billedMs, emptyHistory, percentile, profileOf, withSample, withSamples, type NodeHistory, type NodeSample } from "../../engine/core/usage-figures.js";
import { parseByteSize } from "../../engine/model/byte-size.js";
import { planPlacement } from "../../engine/plan/placement.js";
import { itemStride, measures } from "../../engine/worker/attempt-meter.js";
import { SlotPool } from "../../engine/worker/slot-pool.js";
import { node } from "../helpers/graph.js";

const sample = (over: Partial<NodeSample> = {}): NodeSample => ({ attempts: 1, durationMs: 10, cpuMs: 5, heapGrowthBytes: 1000, outputBytes: 8, ...over });
const attempt = (over: Partial<AttemptUsage> = {}): AttemptUsage => ({
  node: "n",
  durationMs: 1.2,
  measured: true,
  cpuMs: 1,
  heapGrowthBytes: 100,
  memoryMbS: 0.5,
  outputBytes: 8,
  ...over,
});

describe("resource figures: percentiles, billing, history", () => {
  it("percentile is the nearest rank: p50 of 1..10 is 5, p95 is 10; nothing gives 0", () => {
    const xs = [7, 3, 10, 1, 2, 9, 4, 6, 5, 8];
    assert.equal(percentile(xs, 0.5), 5);
    assert.equal(percentile(xs, 0.95), 10);
    assert.equal(percentile([42], 0.95), 42);
    assert.equal(percentile([], 0.5), 0);
    assert.deepEqual(xs, [7, 3, 10, 1, 2, 9, 4, 6, 5, 8], "the input is not sorted in place");
  });

  it("billedMs rounds up to a whole millisecond, at least 1 (the Lambda rule)", () => {
    assert.equal(billedMs(0), 1);
    assert.equal(billedMs(0.2), 1);
    assert.equal(billedMs(1), 1);
    assert.equal(billedMs(1.0001), 2);
    assert.equal(billedMs(41.7), 42);
  });

  it("a history keeps the newest samples only, and counts every run", () => {
    let h = emptyHistory();
    for (let i = 1; i <= 7; i++) h = withSample(h, sample({ durationMs: i }), 5);
    assert.equal(h.runs, 7);
    assert.deepEqual(h.durationMs, [3, 4, 5, 6, 7]);
    const p = profileOf(h);
    assert.equal(p.samples, 5);
    assert.deepEqual(p.durationMs, { p50: 5, p95: 7 });
  });

  it("samples added together make the history they make one by one; dropped ones still count as runs", () => {
    const samples = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => sample({ durationMs: from + i, cpuMs: 2 * (from + i) }));
    const oneByOne = (h: NodeHistory, list: NodeSample[]) => list.reduce((acc, s) => withSample(acc, s, 5), h);
    for (const [before, added] of [[0, 3], [3, 1], [4, 4], [2, 9], [6, 12]] as const) {
      const h = oneByOne(emptyHistory(), samples(1, before));
      assert.deepEqual(withSamples(h, samples(100, 99 + added), 5), oneByOne(h, samples(100, 99 + added)), `${before} then ${added}`);
    }
    const h = withSamples(emptyHistory(), samples(8, 12), 5, 12);
    assert.equal(h.runs, 12, "runs whose samples were dropped before the write are counted");
    assert.deepEqual(h.durationMs, [8, 9, 10, 11, 12]);
  });
});

describe("resource placement: weight and memory", () => {
  const profile = (over: Partial<NodeSample>) => profileOf(withSample(emptyHistory(), sample(over)));

  it("a node's weight is its measured output size when it has a history, else its sizeHint, else 1", () => {
    assert.equal(nodeWeight(0, undefined), 1);
    assert.equal(nodeWeight(500, undefined), 500);
    assert.equal(nodeWeight(500, profile({ outputBytes: 200_000 })), 200_000);
    assert.equal(nodeWeight(500, profile({ outputBytes: 0 })), 1);
  });

  it("the memory need is the p95 of the peak heap growth; a need above every worker's memory is refused, naming both", () => {
    assert.equal(memoryNeed(undefined), 0);
    assert.equal(memoryNeed(profile({ heapGrowthBytes: 3e6 })), 3e6);
    const needs = new Map([
      ["small", 1e6],
      ["big", 300e6],
    ]);
    assert.equal(memoryRefusal(needs, [{ name: "w1" }, { name: "w2", memoryBytes: 0 }]), undefined, "no worker says its memory: nothing to refuse");
    assert.equal(memoryRefusal(needs, [{ name: "w1", memoryBytes: 64e6 }, { name: "w2", memoryBytes: 512e6 }]), undefined);
    const r = memoryRefusal(needs, [{ name: "w1", memoryBytes: 64e6 }, { name: "w2", memoryBytes: 128e6 }]);
    assert.deepEqual(r, { node: "big", needBytes: 300e6, largestWorker: "w2", largestBytes: 128e6 });
    assert.match(refusalMessage(r!), /node "big" is predicted to need 286\.1 MB .* the largest is w2 with 122\.1 MB/);
  });

  it("history weights move a join to its heavy input's worker", () => {
    const graph = { name: "j", nodes: [node("small"), node("big"), node("join", ["small", "big"])] };
    const workers = [
      { name: "wa", slots: 1 },
      { name: "wb", slots: 1 },
    ];
    const plain = planPlacement(graph, workers);
    const { small, big, join } = plain.nodeWorker;
    assert.notEqual(small, big);
    assert.equal(join, 0, "equal weights: the first worker by name");
    const weighted = planPlacement(graph, workers, { nodeWeights: new Map([["big", 200_000], ["small", 8]]) });
    assert.equal(weighted.nodeWorker.join, weighted.nodeWorker.big);
    assert.notEqual(weighted.nodeWorker.join, plain.nodeWorker.join);
  });
});

describe("run usage: a run's cost from its attempts", () => {
  it("every attempt is billed; CPU and memory are scaled from the measured attempts to all", () => {
    const u = new RunUsage();
    u.add(attempt({ node: "t", durationMs: 10.2, cpuMs: 9, memoryMbS: 2, heapGrowthBytes: 5000, outputBytes: 100 }));
    u.add(attempt({ node: "t", durationMs: 3, cpuMs: 2, memoryMbS: 1, heapGrowthBytes: 7000, outputBytes: 300 }));
    // A map: 4 items, 2 measured.
    u.add(attempt({ node: "m", durationMs: 0.4, cpuMs: 0.3 }));
    u.add(attempt({ node: "m", durationMs: 0.6, cpuMs: 0.5 }));
    u.add(attempt({ node: "m", durationMs: 0.5, measured: false, cpuMs: 0 }));
    u.add(attempt({ node: "m", durationMs: 0.5, measured: false, cpuMs: 0 }));
    const c = u.cost(50, { msgs: 7, bytes: 900 });
    const t = c.nodes.find((n) => n.node === "t")!;
    assert.deepEqual({ attempts: t.attempts, billed: t.billedMs, cpu: t.cpuMs, heap: t.heapGrowthBytes, out: t.outputBytes }, { attempts: 2, billed: 14, cpu: 11, heap: 7000, out: 200 });
    const m = c.nodes.find((n) => n.node === "m")!;
    assert.equal(m.billedMs, 4, "each item at least 1 ms");
    assert.ok(Math.abs(m.cpuMs - 1.6) < 1e-9, `(0.3 + 0.5) scaled by 4/2: ${m.cpuMs}`);
    assert.equal(c.billedMs, 18);
    assert.ok(c.billedMs >= c.durationMs);
    assert.deepEqual([c.wallMs, c.natsMsgs, c.natsBytes, c.attempts], [50, 7, 900, 6]);
    const samples = u.samples();
    assert.equal(samples.get("m")?.attempts, 4);
    assert.ok(Math.abs((samples.get("t")?.durationMs ?? 0) - 6.6) < 1e-9, "per attempt mean");
    // Asked again (the end event, then the record): the same figures; an attempt added since counts.
    assert.deepEqual(u.cost(50, { msgs: 7, bytes: 900 }), c);
    u.add(attempt({ node: "t", durationMs: 1, cpuMs: 4 }));
    const again = u.cost(60, { msgs: 7, bytes: 900 });
    assert.deepEqual([again.attempts, again.billedMs, again.wallMs], [7, 19, 60]);
    assert.equal(again.nodes.find((n) => n.node === "t")!.attempts, 3);
  });

  it("task attempts: the first 16 of a run on a worker, then each 64th", () => {
    const measured = Array.from({ length: 1000 }, (_, nth) => measures(-1, nth)).filter(Boolean).length;
    assert.equal(measured, 16 + 15, "0-15, then 64, 128, ... 960");
    assert.deepEqual([15, 16, 63, 64, 65].map((nth) => measures(-1, nth)), [true, false, false, true, false]);
  });

  it("every task is measured, and map items 0-3 and each 64th, or a wider stride in a map of more than 131,072 items", () => {
    assert.deepEqual([-1, 0, 3, 4, 63, 64, 65, 128].map((i) => measures(i, 0)), [true, true, true, false, false, true, false, true]);
    assert.deepEqual([itemStride(10), itemStride(131_072), itemStride(131_073), itemStride(1_000_000)], [64, 64, 128, 512]);
    assert.deepEqual([64, 512, 1000, 1024, 1_000_448].map((i) => measures(i, 0, 1_000_000)), [false, true, false, true, true]);
    const measured = Array.from({ length: 1_000_000 }, (_, i) => measures(i, 0, 1_000_000)).filter(Boolean).length;
    assert.ok(measured <= 2048 + 4, `at most about 2,048 items of a 1M map are measured (${measured})`);
  });
});

describe("parseByteSize: sizes on the command line", () => {
  it("reads bytes and K/M/G units as powers of 1024; refuses the rest", () => {
    assert.equal(parseByteSize("65536"), 65536);
    assert.equal(parseByteSize("32MB"), 32 * 1048576);
    assert.equal(parseByteSize("1.5GiB"), 1.5 * 1024 ** 3);
    assert.equal(parseByteSize("64k"), 65536);
    assert.equal(parseByteSize("-1MB"), undefined);
    assert.equal(parseByteSize("lots"), undefined);
    assert.equal(parseByteSize("5 parsecs"), undefined);
  });
});

describe("SlotPool: memory admission", () => {
  const tick = () => new Promise((r) => setImmediate(r));

  it("memory-heavy jobs do not run together beyond the worker's memory; others take the free slots", async () => {
    const pool = new SlotPool(4, 100);
    const heavy = pool.lane({ heavy: 60 });
    const light = pool.lane();
    let heavyNow = 0;
    let heavyMost = 0;
    let lightRan = 0;
    heavy.submitMany(
      3,
      async () => {
        heavyMost = Math.max(heavyMost, ++heavyNow);
        await tick();
        await tick();
        heavyNow--;
      },
      "heavy",
    );
    for (let i = 0; i < 3; i++) light.submit(async () => void lightRan++, "light");
    assert.equal(pool.running, 4, "one heavy job and three light ones");
    while (pool.running > 0 || pool.waiting > 0) await tick();
    assert.equal(heavyMost, 1, "60 + 60 > 100: one heavy job at a time");
    assert.equal(lightRan, 3);
  });

  it("a job needing more than the whole memory still runs, alone", async () => {
    const pool = new SlotPool(2, 100);
    const lane = pool.lane({ huge: 500 });
    let ran = 0;
    lane.submit(async () => void ran++, "huge");
    lane.submit(async () => void ran++, "huge");
    while (pool.running > 0 || pool.waiting > 0) await tick();
    assert.equal(ran, 2);
  });
});
