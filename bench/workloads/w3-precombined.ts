// DIAGNOSTIC ONLY, not W3's figure (run it with WEFT_BENCH_W3_SOURCE=bench/workloads/w3-precombined.ts):
// W3 with the map-side counting done inside the source, so
// the engine's keyed path sees one record per distinct word per file instead of one per token.
// It measures what weft's W3 would take if the keyed map-side combine cost what a plain Map
// count costs (the engine change proposed in bench/README.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { workflow } from "weft";
import { partFile, summaryCombiner, wordsOf } from "./kernels.js";

export default workflow<{ dir: string; maps: number; reduces: number }>("bench-w3-precombined", (wf) => {
  const counts = wf.source<[string, number]>("read", { partitions: (input) => input.maps }, (p, ctx) => {
    const m = new Map<string, number>();
    for (const w of wordsOf(readFileSync(join(ctx.input.dir, partFile(p)), "latin1"))) {
      const c = m.get(w);
      m.set(w, c === undefined ? 1 : c + 1);
    }
    return m.entries();
  });
  const merged = counts.keyBy(([w]) => w).aggregate("count", { zero: () => 0, add: (n: number, [, c]: [string, number]) => n + c, merge: (a: number, b: number) => a + b }, { partitions: (input) => input.reduces });
  merged.aggregate("summary", summaryCombiner);
});
