/**
 * The workloads the runner knows (docs/workloads.md): for each, its workflow file, its
 * parameters and their defaults, how to build its input, how to check an answer exactly and
 * what rate it reports.
 */
import { ensureCorpus, sameAnswer, type CorpusManifest } from "../workloads/corpus.js";
import type { WordSummary } from "../workloads/kernels.js";
import { w4Expected, w5Expected, w6Expected } from "./expected-answers.js";
import { MB, round } from "./numbers.js";
import { UsageError } from "./usage-error.js";

type Params = Record<string, number>;

/** A workload made ready to run with given parameters. */
export interface Ready {
  input: Record<string, unknown>;
  /** The number the line reports as `checksum` for an answer. */
  checksumOf(answer: unknown): unknown;
  /** Exact comparison with the expected answer (outside the timed region). */
  check(answer: unknown): boolean;
  expected: number;
  /** The workload's rate for a wall time (already rounded for the line). */
  rate(wallS: number): number;
  /** Workload-specific fields for the line. */
  extras: Record<string, unknown>;
}

export interface Workload {
  id: string;
  /**
   * "tasks": W1/W2 measure the scheduler (tasks per second, time per hop). "data": W3–W6 are
   * computations measured against their single-process baseline (--baseline, --ratio).
   */
  family: "tasks" | "data";
  /** The workflow's TypeScript source, relative to the repository root. */
  source: string;
  /** Parameters and their defaults (whole numbers). */
  params: Params;
  /** Smallest value of a parameter when not 1. */
  paramMin?: Params;
  /** The name of the workload's rate field. */
  rateField: string;
  /** W2 only: --spread is allowed. */
  spread?: boolean;
  /** Environment the workflow module reads at import time (here and on the workers). */
  env?(p: Params): Record<string, string>;
  /** Builds the input and the checks; may throw a UsageError for parameters that do not fit. */
  prepare(p: Params, say: (line: string) => void): Ready;
}

/** Units of work per wall second, for the W3–W6 rates. */
const per = (work: number) => (wallS: number) => round(work / wallS, 3);

/** A plain-number answer compared exactly. */
function numberAnswer(expected: number): Pick<Ready, "checksumOf" | "check" | "expected"> {
  return { checksumOf: (a) => (typeof a === "number" ? a : null), check: (a) => a === expected, expected };
}

export const WORKLOADS: Record<string, Workload> = {
  W1: {
    id: "W1",
    family: "tasks",
    source: "bench/workloads/w1.ts",
    params: { n: 10_000 },
    rateField: "tasks_per_s",
    prepare: (p) => {
      const expected = (p.n! * (p.n! - 1)) / 2;
      return { input: { n: p.n }, checksumOf: (a) => a, check: (a) => a === expected, expected, rate: (wall) => round(p.n! / wall, 1), extras: {} };
    },
  },
  W2: {
    id: "W2",
    family: "tasks",
    source: "bench/workloads/w2.ts",
    params: { l: 1000 },
    rateField: "per_hop_ms",
    spread: true,
    env: (p) => ({ WEFT_BENCH_L: String(p.l) }),
    prepare: (p) => ({ input: {}, checksumOf: (a) => a, check: (a) => a === p.l, expected: p.l!, rate: (wall) => round((1000 * wall) / p.l!, 5), extras: {} }),
  },
  W3: {
    id: "W3",
    family: "data",
    // WEFT_BENCH_W3_SOURCE: another W3 workflow file, relative to the repository root (a diagnostic).
    source: process.env.WEFT_BENCH_W3_SOURCE ?? "bench/workloads/w3.ts",
    params: { mb: 64, seed: 1, maps: 8, reduces: 8 },
    rateField: "MB_per_s",
    prepare(p, say) {
      const corpus = ensureCorpus(p.mb!, p.seed!, p.maps!);
      say(`weft bench W3: corpus ${corpus.generated ? `generated in ${corpus.seconds.toFixed(2)} s` : "cached"}: ${corpus.dir} (${corpus.manifest.bytes} bytes)`);
      const m: CorpusManifest = corpus.manifest;
      return {
        input: { dir: corpus.dir, maps: p.maps, reduces: p.reduces },
        checksumOf: (a) => (a as WordSummary | null)?.checksum ?? null,
        check: (a) => sameAnswer(a as WordSummary, m),
        expected: m.checksum,
        rate: per(m.bytes / MB),
        extras: {
          input_bytes: m.bytes,
          tokens: m.tokens,
          distinct: m.distinct,
          top3: m.top.slice(0, 3),
          corpus_dir: corpus.dir,
          corpus_cached: !corpus.generated,
        },
      };
    },
  },
  W4: {
    id: "W4",
    family: "data",
    source: "bench/workloads/w4.ts",
    params: { n: 10_000_000, parts: 64, fanin: 4 },
    paramMin: { fanin: 2 }, // a tree needs 2 children or more
    rateField: "Mvalues_per_s",
    prepare(p) {
      const expected = w4Expected(p.n!);
      return {
        input: { n: p.n, parts: p.parts, fanin: p.fanin },
        checksumOf: (a) => (Array.isArray(a) && typeof a[0] === "number" ? a[0] : null),
        check: (a) => Array.isArray(a) && a[0] === expected && a[1] === p.n,
        expected,
        rate: per(p.n! / 1e6),
        extras: { aggregation_tree: `partitions -> one partial per worker -> a tree of workers with fan-in ${p.fanin} -> the aggregate node` },
      };
    },
  },
  W5: {
    id: "W5",
    family: "data",
    source: "bench/workloads/w5.ts",
    params: { n: 1024, bs: 256 },
    rateField: "GFLOP_per_s",
    prepare(p) {
      if (p.n! % p.bs! !== 0) throw new UsageError(`--n (${p.n}) must be a multiple of --bs (${p.bs})`);
      return {
        input: { n: p.n, bs: p.bs },
        ...numberAnswer(w5Expected(p.n!)),
        rate: per((2 * p.n! ** 3) / 1e9),
        extras: { block_products: (p.n! / p.bs!) ** 3 },
      };
    },
  },
  W6: {
    id: "W6",
    family: "data",
    source: "bench/workloads/w6.ts",
    params: { parts: 16, stages: 5, bytes: 1_048_576 },
    rateField: "MB_per_s",
    env: (p) => ({ WEFT_BENCH_W6_STAGES: String(p.stages) }),
    prepare(p) {
      return {
        input: { parts: p.parts, bytes: p.bytes, stages: p.stages },
        ...numberAnswer(w6Expected(p.parts!, p.stages!, p.bytes!)),
        rate: per((p.parts! * p.stages! * p.bytes!) / MB),
        extras: { buffer_bytes_per_stage: p.parts! * p.bytes! },
      };
    },
  },
};
