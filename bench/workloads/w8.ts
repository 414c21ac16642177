// W8 event throughput (see bench/README.md, "W8"): a NATS trigger with batching hands this
// workflow a list of events {n}; it computes doubled = 2n for each, as the peers' function does,
// and returns how many events it saw and the sum of their doubles. Over every run of the
// benchmark the counts add up to N and the sums to N(N-1): every event in exactly one run.
import { workflow } from "weft";

export interface W8Event {
  n: number;
}

export interface W8Result {
  count: number;
  sum: number;
}

export default workflow<W8Event[]>("bench-w8", (wf) => {
  wf.node("double", (ctx): W8Result => {
    let sum = 0;
    for (const e of ctx.input) sum += e.n * 2;
    return { count: ctx.input.length, sum };
  });
});
