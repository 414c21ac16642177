// E1 --stages (bench/elastic/elastic.ts): record stages instead of map items. `n` source
// partitions that each wait `ms` (time but no CPU: the figures measure placement) and yield 10
// numbers, doubled by a map fused with the source, shuffled by key into 4 partitions and summed
// per key, collected and summed. Checksum 10n(10n-1) (twice the sum of 0..10n-1).
import { workflow } from "weft";

export default workflow<{ n: number; ms: number }>("bench-elastic-stages", (wf) => {
  const nums = wf.source(
    "work",
    async function* (p, ctx) {
      await new Promise((resolve) => setTimeout(resolve, ctx.input.ms));
      for (let i = 0; i < 10; i++) yield p * 10 + i;
    },
    { partitions: (input) => input.n },
  );
  const doubled = nums.map("double", (x) => x * 2);
  const byKey = doubled.keyBy((x) => x % 5).reduce("sum-by-key", (a, b) => a + b, { partitions: 4 });
  return wf.node("total", [byKey.collect("sums")], ([sums]) => sums.reduce((s, [, v]) => s + v, 0));
});
