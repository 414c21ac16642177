// W4 tree aggregation (see docs/workloads.md): partition p of `parts` computes the
// (sum, count) of value(i) over its indices, generated inside the task (one record per
// partition); `aggregate` folds the partials with a combiner: per worker first, then up a tree
// of workers with fan-in `fanin` to the aggregate's worker. The result is [sum, count].
// Input: {"n": 10000000, "parts": 64, "fanin": 4}.
import { workflow } from "weft";
import { partialSum, partitionRange, sumCountCombiner } from "./kernels.js";

export interface W4Input {
  n: number;
  parts: number;
  fanin: number;
}

export default workflow<W4Input>("bench-w4", (wf) => {
  const partials = wf.source<[number, number]>("partials", (p, ctx) => {
    const [lo, hi] = partitionRange(p, ctx.input.n, ctx.input.parts);
    return [partialSum(lo, hi)];
  }, { partitions: (input) => input.parts });
  partials.aggregate("total", sumCountCombiner, { fanin: (input) => input.fanin });
});
