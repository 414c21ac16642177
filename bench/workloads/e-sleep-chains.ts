// E3 (bench/elastic/elastic.ts): 8 chains of 5 plain task nodes, each waiting `ms` (a task that
// takes time but no CPU), so a worker that joins mid-run finds task nodes still waiting for
// their input (they can move to it; map items are E1's). Chain i starts at i and adds 1 per
// node; the total is Σ (i + 5) = 68.
import { workflow } from "weft";

const CHAINS = 8;
const LENGTH = 5;

export default workflow<{ ms: number }>("bench-elastic-chains", (wf) => {
  const start = wf.node("start", (ctx) => ctx.input.ms);
  const ends = [];
  for (let i = 0; i < CHAINS; i++) {
    let prev = wf.node(`c${i}_0`, start, async (ms) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return i + 1;
    });
    for (let k = 1; k < LENGTH; k++) {
      prev = wf.node(`c${i}_${k}`, prev, async (x, ctx) => {
        await new Promise((resolve) => setTimeout(resolve, ctx.input.ms));
        return x + 1;
      });
    }
    ends.push(prev);
  }
  return wf.node("total", ends, (xs) => xs.reduce((a, b) => a + b, 0));
});
