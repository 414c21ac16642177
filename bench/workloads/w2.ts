// W2 chain (see docs/workloads.md): v0 = 0, then l dependent tasks inc(v) -> v + 1.
// Checksum l.
//
// A weft graph is declared statically, so the chain length is read at import time from the
// environment variable WEFT_BENCH_L. The bundle is imported twice: by the benchmark process
// (prepareWorkflow, which takes the graph from it) and by every worker process (which takes
// the functions from it). The benchmark sets WEFT_BENCH_L before it starts the worker
// processes, which inherit its environment, so both sides build the same l + 1 nodes.
import { workflow, type NodeRef } from "weft";

const raw = process.env.WEFT_BENCH_L ?? "1000";
const L = Number(raw);
if (!Number.isInteger(L) || L < 1) throw new Error(`WEFT_BENCH_L must be a whole number >= 1, got "${raw}"`);

export default workflow("bench-w2", (wf) => {
  let v: NodeRef<number> = wf.node("v0", () => 0);
  for (let k = 1; k <= L; k++) v = wf.node(`inc-${k}`, v, (x: number) => x + 1);
});
