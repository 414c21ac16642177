// W3 word count with the peers' kernel (../shared/peers/lib/common.mjs `countWords`, a character
// scan that counts as it goes): each map partition counts its text into a Map, whose
// [word, count] entries are the records of the shuffle; the rest is as in w3.ts. The side-by-side
// comparison (bench/peers/side-by-side.mjs) runs this file beside the peers' own kernel
// (WEFT_BENCH_W3_SOURCE=bench/workloads/w3-scan.ts).
// Input: {"dir": "<corpus directory>", "maps": 8, "reduces": 8}. The result is the summary.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { workflow } from "weft";
import { countWordsScan, pairCountCombiner, partFile, summaryCombiner, type W3Input } from "./kernels.js";

export default workflow<W3Input>("bench-w3-scan", (wf) => {
  const texts = wf.source("read", (p, ctx) => [readFileSync(join(ctx.input.dir, partFile(p)), "latin1")], { partitions: (input) => input.maps });
  const pairs = texts.flatMap("count-words", (text) => countWordsScan(text));
  const counts = pairs.keyBy(([w]) => w).aggregate("count", pairCountCombiner, { partitions: (input) => input.reduces });
  counts.aggregate("summary", summaryCombiner);
});
