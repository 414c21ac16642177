/** The aggregation tree (pure): shape, subtree coverage, the root's inbox bounded by the fan-in. */
import assert from "node:assert/strict";
import { aggregationTree } from "../../engine/core/aggregation-tree.js";

/** Partition -> worker for `counts[w]` partitions on each worker w, in worker order. */
const owners = (counts: number[]): number[] => counts.flatMap((n, w) => Array.from({ length: n }, () => w));

describe("aggregationTree", function () {
  it("7 workers, fan-in 2: a binary heap under the root; every subtree covers its partitions", () => {
    const t = aggregationTree(owners([1, 2, 3, 4, 5, 6, 7]), 0, 2);
    assert.deepEqual(
      [...t.entries()].sort((a, b) => a[0] - b[0]),
      [
        [0, { parent: undefined, expected: 28 }],
        [1, { parent: 0, expected: 2 + 4 + 5 }],
        [2, { parent: 0, expected: 3 + 6 + 7 }],
        [3, { parent: 1, expected: 4 }],
        [4, { parent: 1, expected: 5 }],
        [5, { parent: 2, expected: 6 }],
        [6, { parent: 2, expected: 7 }],
      ],
    );
  });

  it("the root's children number at most the fan-in, for any number of workers", () => {
    for (const fanin of [2, 3, 4, 8]) {
      for (let workers = 1; workers <= 40; workers++) {
        const t = aggregationTree(owners(Array.from({ length: workers }, () => 2)), workers - 1, fanin);
        assert.equal(t.size, workers);
        const children = new Map<number, number>();
        for (const n of t.values()) if (n.parent !== undefined) children.set(n.parent, (children.get(n.parent) ?? 0) + 1);
        for (const [w, c] of children) assert.ok(c <= fanin, `fanin ${fanin}, ${workers} workers: worker ${w} has ${c} children`);
        assert.equal(t.get(workers - 1)!.expected, 2 * workers, "the root covers every partition");
        // Every worker reaches the root: no cycles.
        for (const w of t.keys()) {
          let at: number | undefined = w;
          for (let hops = 0; at !== workers - 1; hops++) {
            assert.ok(hops < workers, `worker ${w} never reaches the root`);
            at = t.get(at!)!.parent;
          }
        }
      }
    }
  });

  it("a root that holds no partitions still gathers; workers without partitions take no part", () => {
    const t = aggregationTree([3, 3, 5, 1], 7, 4);
    assert.deepEqual([...t.keys()], [7, 1, 3, 5]);
    assert.deepEqual(t.get(7), { parent: undefined, expected: 4 });
    for (const w of [1, 3, 5]) assert.equal(t.get(w)!.parent, 7);
    assert.equal(t.get(3)!.expected, 2);
  });

  it("one worker: only the root", () => {
    assert.deepEqual([...aggregationTree([0, 0, 0], 0, 4)], [[0, { parent: undefined, expected: 3 }]]);
  });

  it("a fan-in below 2 or not whole is refused", () => {
    for (const f of [0, 1, 2.5, Number.NaN]) assert.throws(() => aggregationTree([0], 0, f), /fanin must be an integer >= 2/);
  });
});
