// E1/E2 (bench/elastic/elastic.ts): `n` map items, each waiting `ms` (a task that takes time but
// no CPU, so the figures measure placement, not the machine), summed. Checksum n(n-1)/2.
import { workflow } from "weft";

export default workflow<{ n: number; ms: number }>("bench-elastic", (wf) => {
  const items = wf.node("items", (ctx) => Array.from({ length: ctx.input.n }, (_, i) => i));
  const work = wf.map("work", items, async (i, ctx) => {
    await new Promise((resolve) => setTimeout(resolve, ctx.input.ms));
    return i;
  });
  return wf.node("total", work, (xs) => xs.reduce((a, b) => a + b, 0));
});
