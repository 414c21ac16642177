/**
 * key-fold.ts: partitions of one worker folding into one shared key dictionary, each with its
 * own accumulators, merged slot by slot into the worker's fold; keys a partition never saw (or
 * that only an attempt never merged saw) are not in the result.
 */
import assert from "node:assert/strict";
import { foldRecords, holds, keySlotFor, mergeFold, newFold, NO_ACC, place, type KeyFold } from "../../engine/worker/stages/key-fold.js";

const add = (a: unknown, b: unknown) => (a as number) + (b as number);

/** Counts `words` into `fold`, as a partition's map-side combine does. */
function count(fold: KeyFold, words: string[]): KeyFold {
  for (const w of words) {
    const slot = keySlotFor(fold, w, "count");
    place(fold.accs, slot, holds(fold, slot) ? (fold.accs[slot] as number) + 1 : 1);
  }
  return fold;
}

const sorted = (fold: KeyFold) => foldRecords(fold).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe("key folds sharing a dictionary", () => {
  it("partitions fold into the worker fold's dictionary; merged slot by slot, each key once, exact", async () => {
    const worker = newFold();
    const p1 = count(newFold(worker), ["a", "b", "a"]);
    const p2 = count(newFold(worker), ["c", "b", "c", "c"]);
    const failed = count(newFold(worker), ["d", "a"]); // an attempt that failed: never merged
    assert.equal(p2.keys, worker.keys, "one dictionary");
    assert.deepEqual(worker.keys, ["a", "b", "c", "d"]);
    assert.deepEqual(p2.accs, [NO_ACC, 1, 3], "no accumulator where the partition saw no record");
    assert.ok(failed.accs.length > 0);
    await mergeFold(worker, p1, add, "count");
    await mergeFold(worker, p2, add, "count");
    assert.deepEqual(sorted(worker), [["a", 2], ["b", 2], ["c", 3]]);
  });

  it("a fold with a dictionary of its own merges into a shared one key by key", async () => {
    const worker = newFold();
    await mergeFold(worker, count(newFold(worker), ["x", "y"]), add, "count");
    const other = count(newFold(), ["y", "z", "z"]);
    await mergeFold(worker, other, add, "count");
    assert.deepEqual(sorted(worker), [["x", 1], ["y", 2], ["z", 2]]);
  });

  it("a string key, a number, a boolean and an object that print alike are four keys", async () => {
    const fold = newFold();
    for (const key of ["1", 1, "true", true, "[1]", [1], "1", 1, [1]]) {
      const slot = keySlotFor(fold, key, "count");
      place(fold.accs, slot, holds(fold, slot) ? (fold.accs[slot] as number) + 1 : 1);
    }
    assert.deepEqual(foldRecords(fold), [["1", 2], [1, 2], ["true", 1], [true, 1], ["[1]", 1], [[1], 2]]);
  });
});
