// W6 pipeline locality (see docs/workloads.md): source(p) builds a buffer of `bytes`
// bytes, `stages` chained map stages each return a NEW buffer XORed with (37s + 11) & 255, a map
// stage digests each buffer, and `aggregate` sums the digests. Every edge up to the digest is a
// forward edge: with locality placement partition p of every stage is on one worker and the
// chain runs fused, in memory; with round-robin each stage is shifted one worker on, so every
// buffer crosses NATS at every stage.
//
// A weft graph is static, so the number of stages is read at import time from the environment
// variable WEFT_BENCH_W6_STAGES (as w2.ts reads WEFT_BENCH_L): the benchmark sets it before it
// bundles and imports this file and before it starts the worker processes, which inherit it.
// Input: {"parts": 16, "bytes": 1048576}.
import { workflow, type Collection } from "weft";
import { digest, sourceBuffer, stageKey, sumCombiner, xorStage } from "./kernels.js";

const raw = process.env.WEFT_BENCH_W6_STAGES ?? "5";
const STAGES = Number(raw);
if (!Number.isInteger(STAGES) || STAGES < 1) throw new Error(`WEFT_BENCH_W6_STAGES must be a whole number >= 1, got "${raw}"`);

export interface W6Input {
  parts: number;
  bytes: number;
}

export default workflow<W6Input>("bench-w6", (wf) => {
  let bufs: Collection<Uint8Array, W6Input> = wf.source("source", (p, ctx) => [sourceBuffer(p, ctx.input.bytes)], { partitions: (input) => input.parts });
  for (let s = 1; s <= STAGES; s++) {
    const key = stageKey(s);
    bufs = bufs.map(`xor-${s}`, (buf) => xorStage(buf, key));
  }
  bufs.map("digest", (buf) => digest(buf)).aggregate("total", sumCombiner);
});
