// W7 request latency (see bench/README.md): one node, answered over an HTTP trigger.
// POST /bench-w7 {"n": i}  ->  {"doubled": 2i}, the peers' function (their serverless/bench.mjs).
import { workflow } from "weft";

export default workflow<{ n?: number }>("bench-w7", (wf) => {
  wf.trigger({ kind: "http", method: "POST", path: "/bench-w7" });
  wf.node("double", (ctx) => ({ doubled: (ctx.input.n ?? 0) * 2 }));
});
