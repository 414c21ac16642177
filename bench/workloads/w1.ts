// W1 fan-out/fan-in (see docs/workloads.md): source() -> 0; n tasks noop(base, i) -> base + i;
// sink(xs) -> sum(xs). Checksum n(n-1)/2. n comes from the run input: {"n": 10000}.
//
// A map node needs a list, and a map function cannot close over another node's value (it runs
// on other workers), so `items` turns the base into the list of (base, i) pairs the n map
// instances run over. `source`, `items` and `sink` are three plain tasks around the n map tasks.
import { workflow } from "weft";

export default workflow<{ n: number }>("bench-w1", (wf) => {
  const source = wf.node("source", () => 0);
  const items = wf.node("items", source, (base, ctx) => {
    const n = ctx.input.n;
    const out = new Array<[number, number]>(n);
    for (let i = 0; i < n; i++) out[i] = [base, i];
    return out;
  });
  const noop = wf.map("noop", items, ([base, i]) => base + i);
  wf.node("sink", noop, (xs) => {
    let sum = 0;
    for (const x of xs) sum += x;
    return sum;
  });
});
