/**
 * The single-process baselines of W3–W6: the same computation as the weft workflows in
 * bench/workloads/, with the same kernels (bench/workloads/kernels.ts), in ONE process with no
 * engine, no NATS and no serialisation. The benchmark runs them with `--baseline` (in its own
 * process, no stack started) and in `--ratio` mode (in a child process, bench/runner/baseline-child.ts,
 * interleaved with the weft runs), so each weft figure can be read as a ratio taken in the same run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  blockChecksum,
  blockOf,
  digest,
  multiplyInto,
  partFile,
  partialSum,
  partitionRange,
  sourceBuffer,
  stageKey,
  summaryCombiner,
  sumCountCombiner,
  wordsOf,
  xorStage,
  type WordSummary,
} from "./kernels.js";

export type WorkloadId = "W3" | "W4" | "W5" | "W6";

/** W3: read every file, count its words, then summarise (tokens, distinct, checksum, top 20). No shuffle. */
export function w3Baseline(input: { dir: string; maps: number }): WordSummary {
  const counts = new Map<string, number>();
  for (let p = 0; p < input.maps; p++) {
    const text = readFileSync(join(input.dir, partFile(p)), "latin1");
    for (const w of wordsOf(text)) {
      const c = counts.get(w);
      counts.set(w, c === undefined ? 1 : c + 1);
    }
  }
  const summary = summaryCombiner.zero();
  for (const entry of counts) summaryCombiner.add(summary, entry);
  return summary;
}

/** W4: the (sum, count) of every partition, folded with the same combiner. */
export function w4Baseline(input: { n: number; parts: number }): [number, number] {
  const acc = sumCountCombiner.zero();
  for (let p = 0; p < input.parts; p++) {
    const [lo, hi] = partitionRange(p, input.n, input.parts);
    sumCountCombiner.add(acc, partialSum(lo, hi));
  }
  return acc;
}

/** W5: every block product A_ik B_kj, generated as the weft tasks generate them, summed per C_ij; the weighted checksum. */
export function w5Baseline(input: { n: number; bs: number }): number {
  const { n, bs } = input;
  const nb = n / bs;
  let total = 0;
  for (let bi = 0; bi < nb; bi++) {
    for (let bj = 0; bj < nb; bj++) {
      const c = new Float64Array(bs * bs);
      for (let bk = 0; bk < nb; bk++) multiplyInto(c, blockOf("A", bi, bk, bs), blockOf("B", bk, bj, bs), bs);
      total += blockChecksum(c, bi, bj, bs);
    }
  }
  return total;
}

/** W6: per partition, the source buffer, `stages` new XORed buffers, the digest; summed. */
export function w6Baseline(input: { parts: number; bytes: number; stages: number }): number {
  let total = 0;
  for (let p = 0; p < input.parts; p++) {
    let buf = sourceBuffer(p, input.bytes);
    for (let s = 1; s <= input.stages; s++) buf = xorStage(buf, stageKey(s));
    total += digest(buf);
  }
  return total;
}

/** Runs one baseline computation; returns its answer in the shape the weft run returns. */
export function baselineAnswer(id: WorkloadId, input: Record<string, unknown>): unknown {
  switch (id) {
    case "W3":
      return w3Baseline(input as { dir: string; maps: number });
    case "W4":
      return w4Baseline(input as { n: number; parts: number });
    case "W5":
      return w5Baseline(input as { n: number; bs: number });
    case "W6":
      return w6Baseline(input as { parts: number; bytes: number; stages: number });
  }
}

// ---------- the split: the same kernels over `k` plain processes, no engine ----------
//
// Not a competitor: a hand-written k-process program (each process takes a contiguous block of
// the work; the parent combines), timed in the same rounds as weft and the baseline in `--ratio`
// mode. Its speed-up over the baseline is how much parallelism the machine gave at that moment
// (a shared 2-core machine gives less than 2x), so weft's ratio can be read against it.

/** How many units of work a split divides: W3 files, W4 partitions, W5 output blocks, W6 partitions. */
export function splitUnits(id: WorkloadId, input: Record<string, unknown>): number {
  switch (id) {
    case "W3":
      return input.maps as number;
    case "W4":
    case "W6":
      return input.parts as number;
    case "W5":
      return ((input.n as number) / (input.bs as number)) ** 2;
  }
}

/** The partial result of units [lo, hi). */
export function partialOf(id: WorkloadId, input: Record<string, unknown>, lo: number, hi: number): unknown {
  switch (id) {
    case "W3": {
      const counts = new Map<string, number>();
      for (let p = lo; p < hi; p++) {
        for (const w of wordsOf(readFileSync(join(input.dir as string, partFile(p)), "latin1"))) {
          const c = counts.get(w);
          counts.set(w, c === undefined ? 1 : c + 1);
        }
      }
      return counts;
    }
    case "W4": {
      const acc = sumCountCombiner.zero();
      for (let p = lo; p < hi; p++) {
        const [a, b] = partitionRange(p, input.n as number, input.parts as number);
        sumCountCombiner.add(acc, partialSum(a, b));
      }
      return acc;
    }
    case "W5": {
      const bs = input.bs as number;
      const nb = (input.n as number) / bs;
      let total = 0;
      for (let u = lo; u < hi; u++) {
        const bi = Math.floor(u / nb);
        const bj = u % nb;
        const c = new Float64Array(bs * bs);
        for (let bk = 0; bk < nb; bk++) multiplyInto(c, blockOf("A", bi, bk, bs), blockOf("B", bk, bj, bs), bs);
        total += blockChecksum(c, bi, bj, bs);
      }
      return total;
    }
    case "W6": {
      let total = 0;
      for (let p = lo; p < hi; p++) {
        let buf = sourceBuffer(p, input.bytes as number);
        for (let s = 1; s <= (input.stages as number); s++) buf = xorStage(buf, stageKey(s));
        total += digest(buf);
      }
      return total;
    }
  }
}

/** Combines the partials of a split into the answer. */
export function combinePartials(id: WorkloadId, partials: unknown[]): unknown {
  switch (id) {
    case "W3": {
      const all = new Map<string, number>();
      for (const m of partials as Map<string, number>[]) for (const [w, c] of m) all.set(w, (all.get(w) ?? 0) + c);
      const summary = summaryCombiner.zero();
      for (const entry of all) summaryCombiner.add(summary, entry);
      return summary;
    }
    case "W4":
      return (partials as [number, number][]).reduce((a, b) => sumCountCombiner.merge(a, b), sumCountCombiner.zero());
    case "W5":
    case "W6":
      return (partials as number[]).reduce((a, b) => a + b, 0);
  }
}

/** One timed baseline run: wall time (s) and answer. */
export function timedBaseline(id: WorkloadId, input: Record<string, unknown>): { wallS: number; answer: unknown } {
  const t0 = performance.now();
  const answer = baselineAnswer(id, input);
  return { wallS: (performance.now() - t0) / 1000, answer };
}
