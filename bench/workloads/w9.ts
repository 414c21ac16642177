// W9 cold start (see bench/README.md, "W9"): one node, as small as a function gets: it returns
// its input's n plus one, so what is measured is the path to a worker and back.
import { workflow } from "weft";

export default workflow<{ n: number }>("bench-w9", (wf) => {
  wf.node("inc", (ctx) => ctx.input.n + 1);
});
