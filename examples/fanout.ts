// Dynamic fan-out: a list whose length is known only at run time, a function mapped over
// it on every worker, and a gather.
//   npx weft run examples/fanout.ts --input '{"n": 100}'   ->  {"count":100,"sum":328350}
import { TerminalError, workflow } from "weft";

export default workflow<{ n?: number }>("fanout", (wf) => {
  const items = wf.node("items", async (ctx) => {
    const n = ctx.input.n ?? 10;
    if (!Number.isInteger(n) || n < 0) throw new TerminalError(`"n" must be a whole number >= 0, got ${JSON.stringify(n)}`);
    return Array.from({ length: n }, (_, i) => i);
  });
  const squares = wf.map("square", items, async (i) => i * i);
  wf.node("gather", squares, async (xs) => ({ count: xs.length, sum: xs.reduce((a, b) => a + b, 0) }));
});
