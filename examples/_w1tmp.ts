import { workflow } from "weft";
export default workflow<{ n: number }>("w1", (wf) => {
  const src = wf.node("source", async (ctx) => Array.from({ length: ctx.input.n }, (_, i) => i));
  const xs = wf.map("noop", src, async (i) => 0 + i);
  wf.node("sink", xs, async (v) => v.reduce((a, b) => a + b, 0));
});
