/// <reference types="mocha" />
import assert from "node:assert/strict";
import { retryDelayMs } from "../../engine/core/retry-policy.js";
import { splitMapBlocks, type MapBlock } from "../../engine/core/map-split.js";
import type { RetrySpec } from "../../model/graph.js";

/** A small seeded PRNG (mulberry32), so property checks are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALMOST_ONE = 1 - Number.EPSILON;

describe("retryDelayMs", () => {
  const noJitter: RetrySpec = { maxAttempts: 10, backoffMs: 100, backoffFactor: 2, maxBackoffMs: 1000, jitter: 0 };

  it("grows exponentially from backoffMs after the first failed attempt", () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((a) => retryDelayMs(noJitter, a, 0)),
      [100, 200, 400, 800],
    );
  });

  it("is capped at maxBackoffMs", () => {
    assert.equal(retryDelayMs(noJitter, 5, 0), 1000);
    assert.equal(retryDelayMs(noJitter, 50, 0), 1000);
    assert.equal(retryDelayMs(noJitter, 5000, 0), 1000, "Infinity is capped too");
  });

  it("treats attempt 0 like attempt 1", () => {
    assert.equal(retryDelayMs(noJitter, 0, 0), 100);
  });

  it("uses the factor", () => {
    const spec: RetrySpec = { ...noJitter, backoffFactor: 3, maxBackoffMs: 100_000 };
    assert.deepEqual(
      [1, 2, 3].map((a) => retryDelayMs(spec, a, 0)),
      [100, 300, 900],
    );
  });

  it("jitter: draw 0 gives the full delay, draw ~1 takes off almost `jitter` of it", () => {
    const spec: RetrySpec = { ...noJitter, jitter: 0.2 };
    assert.equal(retryDelayMs(spec, 1, 0), 100);
    assert.equal(retryDelayMs(spec, 1, ALMOST_ONE), 80);
    assert.equal(retryDelayMs(spec, 4, 0), 800);
    assert.equal(retryDelayMs(spec, 4, ALMOST_ONE), 640);
    assert.equal(retryDelayMs(spec, 9, ALMOST_ONE), 800, "jitter applies after the cap");
    assert.equal(retryDelayMs(spec, 1, 0.5), 90);
  });

  it("jitter: every draw in [0, 1) lands in [(1 - jitter) * delay, delay]", () => {
    const spec: RetrySpec = { maxAttempts: 10, backoffMs: 250, backoffFactor: 1.7, maxBackoffMs: 5000, jitter: 0.35 };
    const rand = prng(42);
    for (let i = 0; i < 500; i++) {
      const attempt = 1 + Math.floor(rand() * 10);
      const full = Math.min(5000, 250 * Math.pow(1.7, attempt - 1));
      const d = retryDelayMs(spec, attempt, rand());
      assert.ok(d <= Math.round(full) && d >= Math.round(full * 0.65), `attempt ${attempt}: ${d} not in [${full * 0.65}, ${full}]`);
      assert.ok(Number.isInteger(d));
    }
  });

  it("clamps jitter to [0, 1]", () => {
    assert.equal(retryDelayMs({ ...noJitter, jitter: 5 }, 1, 0.5), 50);
    assert.equal(retryDelayMs({ ...noJitter, jitter: 5 }, 1, ALMOST_ONE), 0);
    assert.equal(retryDelayMs({ ...noJitter, jitter: -1 }, 1, ALMOST_ONE), 100);
  });
});

/** Asserts the blocks are one per worker, in order, contiguous, and cover exactly [0, n). */
function assertCovers(blocks: MapBlock[], n: number, workerCount: number): void {
  assert.equal(blocks.length, workerCount);
  let next = 0;
  blocks.forEach((b, i) => {
    assert.equal(b.worker, i);
    assert.equal(b.start, next, `block ${i} starts where block ${i - 1} ended`);
    assert.ok(b.end >= b.start, `block ${i} is not reversed`);
    assert.ok(Number.isInteger(b.start) && Number.isInteger(b.end));
    next = b.end;
  });
  assert.equal(next, n, "the last block ends at n");
}

const sizes = (blocks: MapBlock[]) => blocks.map((b) => b.end - b.start);

describe("splitMapBlocks", () => {
  it("weights 2:1 over 9 items give 6 and 3", () => {
    const blocks = splitMapBlocks(9, [2, 1], 2);
    assert.deepEqual(blocks, [
      { worker: 0, start: 0, end: 6 },
      { worker: 1, start: 6, end: 9 },
    ]);
  });

  it("one worker takes everything", () => {
    assert.deepEqual(splitMapBlocks(7, [3], 1), [{ worker: 0, start: 0, end: 7 }]);
  });

  it("zero items: every block is empty", () => {
    const blocks = splitMapBlocks(0, [1, 2, 3], 3);
    assertCovers(blocks, 0, 3);
    assert.deepEqual(sizes(blocks), [0, 0, 0]);
  });

  it("zero weights, or none given: equal shares", () => {
    assert.deepEqual(sizes(splitMapBlocks(9, [0, 0, 0], 3)), [3, 3, 3]);
    assert.deepEqual(sizes(splitMapBlocks(9, [], 3)), [3, 3, 3]);
    const uneven = splitMapBlocks(10, [0, 0, 0], 3);
    assertCovers(uneven, 10, 3);
    for (const s of sizes(uneven)) assert.ok(s === 3 || s === 4, String(s));
  });

  it("a zero or negative weight gets nothing while others have weight", () => {
    assert.deepEqual(sizes(splitMapBlocks(8, [0, 1], 2)), [0, 8]);
    assert.deepEqual(sizes(splitMapBlocks(8, [-5, 1], 2)), [0, 8]);
  });

  it("more workers than items: every item once, no block larger than one", () => {
    const blocks = splitMapBlocks(2, [1, 1, 1, 1, 1], 5);
    assertCovers(blocks, 2, 5);
    assert.equal(sizes(blocks).filter((s) => s === 1).length, 2);
    assert.ok(sizes(blocks).every((s) => s <= 1));
  });

  it("missing weights for extra workers count as zero", () => {
    assert.deepEqual(sizes(splitMapBlocks(6, [1], 3)), [6, 0, 0]);
  });

  it("property: any count and weights give contiguous blocks covering [0, n), near their share", () => {
    const rand = prng(7);
    for (let i = 0; i < 300; i++) {
      const workers = 1 + Math.floor(rand() * 8);
      const n = Math.floor(rand() * 1000);
      const weights = Array.from({ length: workers }, () => Math.floor(rand() * 5));
      const blocks = splitMapBlocks(n, weights, workers);
      assertCovers(blocks, n, workers);
      const total = weights.reduce((a, b) => a + b, 0);
      blocks.forEach((b, w) => {
        const share = total > 0 ? (weights[w]! / total) * n : n / workers;
        assert.ok(Math.abs(b.end - b.start - share) <= 1.5, `n=${n} weights=${weights.join(",")}: block ${w} has ${b.end - b.start}, share ${share}`);
      });
    }
  });
});
