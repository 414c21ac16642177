// W3 word count (see docs/workloads.md), in weft's record-style API:
//   read (source, `maps` partitions: partition p reads part-pp.txt of the corpus)
//   -> words (flatMap: the [a-z]+ runs of the text, fused into the same pipeline, no array between tasks)
//   -> count (keyBy(word).aggregate: the counting combiner runs map-side, the counts are merged
//            per worker and shuffled into `reduces` partitions by fnv1a32(word) % reduces)
//   -> summary (aggregate: tokens, distinct, checksum, top 20; per partition, per worker, then one
//            partial per worker to the node's worker).
// Input: {"dir": "<corpus directory>", "maps": 8, "reduces": 8}. The result is the summary.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { workflow } from "weft";
import { countCombiner, partFile, summaryCombiner, wordsOf, type W3Input } from "./kernels.js";

export default workflow<W3Input>("bench-w3", (wf) => {
  const texts = wf.source("read", (p, ctx) => [readFileSync(join(ctx.input.dir, partFile(p)), "latin1")], { partitions: (input) => input.maps });
  const words = texts.flatMap("words", (text) => wordsOf(text));
  const counts = words.keyBy((w) => w).aggregate("count", countCombiner, { partitions: (input) => input.reduces });
  counts.aggregate("summary", summaryCombiner);
});
