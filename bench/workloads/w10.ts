// W10 burst (see bench/README.md, "W10"): a fan-out of `fanout` tasks that each wait `taskMs`
// (a stand-in for an I/O-bound function: a call to another service) and a gather that counts
// them. The result is the fan-out's size, checked by the runner.
import { workflow } from "weft";

export default workflow<{ fanout: number; taskMs: number }>("bench-w10", (wf) => {
  const items = wf.node("items", (ctx) => Array.from({ length: ctx.input.fanout }, () => ctx.input.taskMs));
  const waited = wf.map("wait", items, async (ms: number) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return 1;
  });
  wf.node("count", waited, (ones: number[]) => ones.reduce((a, b) => a + b, 0));
});
