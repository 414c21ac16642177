// The diamond: one input fans out to two functions whose results are summed.
//   npx weft run examples/hello.ts --input '{"n": 3}'    ->  15
// Its result type (number) comes from its end node, which the build function returns.
import { TerminalError, workflow, type WorkflowBuilder } from "weft";

export default workflow("hello", (wf: WorkflowBuilder<{ n?: number }>) => {
  const n = wf.node("input", async (ctx) => {
    const n = ctx.input.n ?? 3;
    if (typeof n !== "number" || !Number.isFinite(n)) throw new TerminalError(`"n" must be a number, got ${JSON.stringify(n)}`);
    return n;
  });
  const d = wf.node("double", n, async (x) => x * 2);
  const s = wf.node("square", n, async (x) => x * x);
  return wf.node("sum", [d, s], async ([a, b], ctx) => {
    ctx.log.info(`double=${a} square=${b}`);
    return a + b;
  });
});
