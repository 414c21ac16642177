/**
 * The benchmark runner for W3–W6 (see bench/README.md and /work/shared/WORKLOADS.md), reached
 * through bench/run.ts:
 *
 *   npm run -s bench -- W3 [--mb 64] [--seed 1] [--maps 8] [--reduces 8]
 *   npm run -s bench -- W4 [--n 10000000] [--parts 64] [--fanin 4]
 *   npm run -s bench -- W5 [--n 1024] [--bs 256]
 *   npm run -s bench -- W6 [--parts 16] [--stages 5] [--bytes 1048576] [--placement round-robin]
 *   common: [--baseline | --ratio] [--repeat R] [--warmup K] [--warmup-s S] [--workers N] [--slots N]
 *           [--placement locality|round-robin] [--no-tap] [--timeline] [--profile DIR] [--timeout-s S]
 *
 * Prints exactly one JSON line on stdout; everything else goes to stderr. Three modes:
 * - weft (default): the workflow bench/workloads/wK.ts on a stack of N workers (start-up timed
 *   apart as startup_s), warm-ups (at least K, for at least S seconds), R timed runs (wall_s is
 *   their median), then one untimed run with the NATS tap for nats_total_*.
 * - `--baseline`: the same computation with the same kernels in this one process, no engine
 *   (bench/baseline.ts): the same warm-ups, R timed runs; system "baseline".
 * - `--ratio`: both, interleaved: after the warm-ups of each, R rounds of one baseline run (in a
 *   child process, baseline-child.ts) and one weft run, alternating which goes first; the line
 *   carries both medians and `ratio` = weft rate / baseline rate.
 * Exit codes as bench/run.ts: 0 all ok, 1 a failed run or wrong answer (line with ok: false),
 * 2 usage error (no line), 3 the stack could not start.
 */
import { fork, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { prepareWorkflow, type PreparedWorkflow } from "../engine/cli/prepare-workflow.js";
import { cancelRun, followRun, type LogEntry } from "../engine/cli/run-client.js";
import { readRunRecord } from "../engine/coordinator/run-store.js";
import { newRunId } from "../engine/model/run-id.js";
import { crossingEdges, type PlacementStrategy } from "../engine/plan/placement.js";
import { errorFromWire, placementFromWire } from "../engine/wire/protocol.js";
import { combinePartials, splitUnits, timedBaseline, type WorkloadId } from "./baseline.js";
import { BaselineChild } from "./baseline-process.js";
import { ensureCorpus, sameAnswer, type CorpusManifest } from "./corpus.js";
import { startBenchStack, type BenchStack } from "./stack.js";
import { diffCounters, NatsTap, TAP_CLASSES, totalOf, type TapCounters } from "./tap.js";
import type { WordSummary } from "./workloads/kernels.js";
import { engineRevision, MB, median, round, sleep, submitOnly, UsageError, WARMUP_GAP_MS, warming, wholeNumber } from "./common.js";

const say = (line: string) => process.stderr.write(line + "\n");
/** Pause after each weft run (its end-of-run messages pass before the next window); WEFT_BENCH_GAP_MS overrides (a diagnostic). */
const GAP_MS = Number(process.env.WEFT_BENCH_GAP_MS ?? 300);




// ---------- workloads ----------

type Params = Record<string, number>;

/** A workload made ready to run: its input, how to check an answer, what it reports. */
interface Ready {
  input: Record<string, unknown>;
  /** The checksum of an answer (the number the JSON line carries). */
  checksumOf(answer: unknown): number | null;
  /** Exact comparison with the expected answer (outside the timed region). */
  check(answer: unknown): boolean;
  expected: number;
  /** Workload-specific fields for the line. */
  extras: Record<string, unknown>;
  /** Units of work per run, for the rate (MB, M values, GFLOP). */
  work: number;
}

interface Workload {
  id: WorkloadId;
  source: string;
  params: Params;
  rateField: string;
  env?(p: Params): Record<string, string>;
  prepare(p: Params): Ready;
}

export function w4Expected(n: number): number {
  // Exact and independent of the kernel's Math.imul: i * 2654435761 mod 2^32 with the multiplier
  // split in 16-bit halves (every partial product stays below 2^53 for n < 2^37).
  const hi = Math.floor(2654435761 / 65536);
  const lo = 2654435761 % 65536;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const x = (i * lo + ((i * hi) % 65536) * 65536) % 4294967296;
    s += Math.floor(x / 4096);
  }
  return s / 1024;
}

function w5Expected(n: number): number {
  // checksum = sum_ik A_ik * sum_j B_kj w_ij, and sum_j B_kj w_ij depends only on (k mod 11, i mod 7).
  const a = (i: number, j: number) => ((31 * i + 17 * j) % 13) - 4;
  const b = (i: number, j: number) => ((7 * i + 29 * j) % 11) - 3;
  const w = (i: number, j: number) => ((3 * i + 5 * j) % 7) + 1;
  const t: number[][] = [];
  for (let k = 0; k < 11; k++) {
    t.push([]);
    for (let i = 0; i < 7; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += b(k, j) * w(i, j);
      t[k]!.push(s);
    }
  }
  let sum = 0;
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) sum += a(i, k) * t[k % 11]![i % 7]!;
  return sum;
}

function w6Expected(parts: number, stages: number, bytes: number): number {
  let key = 0;
  for (let s = 1; s <= stages; s++) key ^= (37 * s + 11) & 255;
  let sum = 0;
  for (let p = 0; p < parts; p++) for (let j = 0; j < bytes; j++) sum += (((31 * j + 7 * p) & 255) ^ key) * ((j % 251) + 1);
  return sum;
}

const WORKLOADS: Record<WorkloadId, Workload> = {
  W3: {
    id: "W3",
    // WEFT_BENCH_W3_SOURCE: another W3 workflow file, relative to the repository root (a diagnostic).
    source: process.env.WEFT_BENCH_W3_SOURCE ?? "bench/workloads/w3.ts",
    params: { mb: 64, seed: 1, maps: 8, reduces: 8 },
    rateField: "MB_per_s",
    prepare(p) {
      const corpus = ensureCorpus(p.mb!, p.seed!, p.maps!);
      say(`weft bench W3: corpus ${corpus.generated ? `generated in ${corpus.seconds.toFixed(2)} s` : "cached"}: ${corpus.dir} (${corpus.manifest.bytes} bytes)`);
      const m: CorpusManifest = corpus.manifest;
      return {
        input: { dir: corpus.dir, maps: p.maps, reduces: p.reduces },
        checksumOf: (a) => (a as WordSummary | null)?.checksum ?? null,
        check: (a) => sameAnswer(a as WordSummary, m),
        expected: m.checksum,
        extras: {
          input_bytes: m.bytes,
          tokens: m.tokens,
          distinct: m.distinct,
          top3: m.top.slice(0, 3),
          corpus_dir: corpus.dir,
          corpus_cached: !corpus.generated,
        },
        work: m.bytes / MB,
      };
    },
  },
  W4: {
    id: "W4",
    source: "bench/workloads/w4.ts",
    params: { n: 10_000_000, parts: 64, fanin: 4 },
    rateField: "Mvalues_per_s",
    prepare(p) {
      const expected = w4Expected(p.n!);
      return {
        input: { n: p.n, parts: p.parts, fanin: p.fanin },
        checksumOf: (a) => (Array.isArray(a) && typeof a[0] === "number" ? a[0] : null),
        check: (a) => Array.isArray(a) && a[0] === expected && a[1] === p.n,
        expected,
        extras: { aggregation_tree: `partitions -> one partial per worker -> a tree of workers with fan-in ${p.fanin} -> the aggregate node` },
        work: p.n! / 1e6,
      };
    },
  },
  W5: {
    id: "W5",
    source: "bench/workloads/w5.ts",
    params: { n: 1024, bs: 256 },
    rateField: "GFLOP_per_s",
    prepare(p) {
      if (p.n! % p.bs! !== 0) throw new UsageError(`--n (${p.n}) must be a multiple of --bs (${p.bs})`);
      const expected = w5Expected(p.n!);
      return {
        input: { n: p.n, bs: p.bs },
        checksumOf: (a) => (typeof a === "number" ? a : null),
        check: (a) => a === expected,
        expected,
        extras: { block_products: (p.n! / p.bs!) ** 3 },
        work: (2 * p.n! ** 3) / 1e9,
      };
    },
  },
  W6: {
    id: "W6",
    source: "bench/workloads/w6.ts",
    params: { parts: 16, stages: 5, bytes: 1_048_576 },
    rateField: "MB_per_s",
    env: (p) => ({ WEFT_BENCH_W6_STAGES: String(p.stages) }),
    prepare(p) {
      const expected = w6Expected(p.parts!, p.stages!, p.bytes!);
      return {
        input: { parts: p.parts, bytes: p.bytes, stages: p.stages },
        checksumOf: (a) => (typeof a === "number" ? a : null),
        check: (a) => a === expected,
        expected,
        extras: { buffer_bytes_per_stage: p.parts! * p.bytes! },
        work: (p.parts! * p.stages! * p.bytes!) / MB,
      };
    },
  },
};

export const W3_W6 = new Set(Object.keys(WORKLOADS));

// ---------- arguments ----------

interface Args {
  workload: Workload;
  params: Params;
  mode: "weft" | "baseline" | "ratio";
  workers: number;
  slots: number | undefined;
  placement: PlacementStrategy;
  repeat: number;
  warmup: number;
  /** Warm-ups go on until this long has passed too (a short run needs many for its JIT to settle). */
  warmupS: number;
  tap: boolean;
  split: boolean;
  timeline: boolean;
  timeoutS: number;
  profileDir: string | undefined;
}

const USAGE = `usage: npm run -s bench -- W3|W4|W5|W6 [--param value ...] [--baseline | --ratio] [--repeat R] [--warmup K] [--warmup-s S]
                            [--workers N] [--slots N] [--placement locality|round-robin] [--no-tap] [--timeline] [--profile DIR] [--timeout-s S]
  W3 --mb 64 --seed 1 --maps 8 --reduces 8        word count over the generated corpus (cached in bench/out/corpus)
  W4 --n 10000000 --parts 64 --fanin 4             (sum, count) per partition, aggregated
  W5 --n 1024 --bs 256                             blocked matrix multiply
  W6 --parts 16 --stages 5 --bytes 1048576         a chain of map stages over 1 MiB buffers
  --baseline    the same computation in this one process, no engine (system "baseline")
  --ratio       baseline (own process) and weft interleaved --repeat times: medians and ratio in one line;
                also the split (the same kernels over --workers plain processes, no engine: the
                machine's parallel ceiling at that moment) unless --no-split
  --placement   locality (default) or round-robin (each stage's partitions one worker on)
  --repeat R    timed runs (default 1; use 3-5 with --ratio)
  --warmup K    untimed runs of each system first: at least K (default 1) and for at least
  --warmup-s S  seconds (default 2), so that a short workload's code is optimised (JIT) as in a
                long-lived worker before it is timed`;


function parseArgs(argv: string[]): Args {
  const [first, ...rest] = argv;
  const id = (first ?? "").toUpperCase() as WorkloadId;
  const workload = WORKLOADS[id];
  if (!workload) throw new UsageError(`unknown workload "${first}"`);
  const args: Args = {
    workload,
    params: { ...workload.params },
    mode: "weft",
    workers: 2,
    slots: undefined,
    placement: "locality",
    repeat: 1,
    warmup: 1,
    warmupS: 2,
    tap: true,
    split: true,
    timeline: false,
    timeoutS: 600,
    profileDir: undefined,
  };
  const noValue = new Set(["baseline", "ratio", "no-tap", "no-split", "timeline"]);
  for (let i = 0; i < rest.length; i++) {
    let token = rest[i]!;
    let value: string | undefined;
    const eq = token.indexOf("=");
    if (token.startsWith("--") && eq > 0) {
      value = token.slice(eq + 1);
      token = token.slice(0, eq);
    }
    const take = () => (value !== undefined ? value : rest[++i]);
    if (!token.startsWith("--")) throw new UsageError(`unexpected argument "${token}"`);
    const flag = token.slice(2);
    if (noValue.has(flag) && value !== undefined) throw new UsageError(`--${flag} takes no value`);
    switch (flag) {
      case "baseline":
      case "ratio":
        if (args.mode !== "weft") throw new UsageError("--baseline and --ratio exclude each other");
        args.mode = flag;
        break;
      case "workers":
        args.workers = wholeNumber(token, take(), 1);
        break;
      case "slots":
        args.slots = wholeNumber(token, take(), 1);
        break;
      case "repeat":
        args.repeat = wholeNumber(token, take(), 1);
        break;
      case "warmup":
        args.warmup = wholeNumber(token, take(), 0);
        break;
      case "warmup-s":
        args.warmupS = wholeNumber(token, take(), 0);
        break;
      case "timeout-s":
        args.timeoutS = wholeNumber(token, take(), 1);
        break;
      case "no-tap":
        args.tap = false;
        break;
      case "no-split":
        args.split = false;
        break;
      case "timeline":
        args.timeline = true;
        break;
      case "placement": {
        const v = take();
        if (v !== "locality" && v !== "round-robin") throw new UsageError(`--placement must be locality or round-robin, got "${v}"`);
        args.placement = v;
        break;
      }
      case "profile": {
        const dir = take();
        if (dir === undefined || dir.startsWith("--")) throw new UsageError("--profile needs a directory");
        args.profileDir = dir;
        break;
      }
      default:
        if (Object.hasOwn(workload.params, flag)) {
          args.params[flag] = wholeNumber(token, take(), flag === "fanin" ? 2 : 1); // a tree needs 2 children or more
          break;
        }
        throw new UsageError(`unknown flag ${token} for ${workload.id} (its parameters: ${Object.keys(workload.params).map((p) => `--${p}`).join(", ")})`);
    }
  }
  return args;
}

// ---------- one weft run ----------


interface EdgeTotals {
  from: string;
  to: string;
  records: number;
  nats_msgs: number;
  nats_bytes: number;
  local_records: number;
  local_bytes: number;
}

function edgesOf(end: unknown): EdgeTotals[] {
  const edges = (end as { edges?: unknown }).edges;
  if (!Array.isArray(edges)) return [];
  const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : 0);
  return edges.map((e: Record<string, unknown>) => ({
    from: String(e.from ?? ""),
    to: String(e.to ?? ""),
    records: num(e.records),
    nats_msgs: num(e.natsMsgs),
    nats_bytes: num(e.natsBytes),
    local_records: num(e.localRecords),
    local_bytes: Math.round(num(e.localBytes)),
  }));
}

type Timeline = Record<string, { first_running_ms: number; last_succeeded_ms: number; succeeded: number }>;

interface WeftRun {
  runId: string;
  wallS: number;
  answer: unknown;
  edges: EdgeTotals[];
  traffic: TapCounters | undefined;
  timeline: Timeline | undefined;
}

async function weftRun(stack: BenchStack, prepared: PreparedWorkflow, inputJson: string, tap: NatsTap | undefined, timeoutS: number, withTimeline: boolean): Promise<WeftRun> {
  const runId = newRunId();
  const tl = new Map<string, { first: number; last: number; n: number }>();
  const runEvents: Record<string, number> = {};
  const onEntry = (e: LogEntry) => {
    if (withTimeline && e.run?.to) runEvents[`run.${e.run.to}`] = Number(e.run.atMs ?? 0);
    const t = e.task;
    if (!withTimeline || !t) return;
    const k = `${t.node}@${t.worker}`;
    let x = tl.get(k);
    if (!x) tl.set(k, (x = { first: Infinity, last: -Infinity, n: 0 }));
    const at = Number(t.atMs ?? 0);
    if (t.to === "running" && at < x.first) x.first = at;
    if (t.to === "succeeded") {
      x.n++;
      if (at > x.last) x.last = at;
    }
  };
  const follow = await followRun(stack.bus, runId, onEntry);
  const before = tap ? await tap.snapshot() : undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`run ${runId} did not end within ${timeoutS} s`)), timeoutS * 1000);
  });
  const submittedAt = Date.now();
  const t0 = performance.now();
  let end;
  try {
    await submitOnly(stack.bus, prepared, inputJson, runId);
    end = await Promise.race([follow.ended, timeout]);
  } catch (err) {
    follow.stop();
    await cancelRun(stack.bus, runId, "benchmark gave up").catch(() => {});
    throw err;
  } finally {
    clearTimeout(timer);
  }
  const wallS = (performance.now() - t0) / 1000;
  const after = tap ? await tap.snapshot() : undefined;
  if (end.to !== "succeeded") {
    const error = errorFromWire(end.error);
    throw new Error(`run ${runId} ended ${end.to || "without a terminal event"}${error ? `: ${error.code}: ${error.message}` : ""}`);
  }
  let timeline: Timeline | undefined;
  if (withTimeline) {
    timeline = {};
    for (const [k, x] of tl) timeline[k] = { first_running_ms: x.first - submittedAt, last_succeeded_ms: x.last - submittedAt, succeeded: x.n };
    for (const [k, at] of Object.entries(runEvents)) timeline[k] = { first_running_ms: at - submittedAt, last_succeeded_ms: at - submittedAt, succeeded: 0 };
    timeline["client.result"] = { first_running_ms: wallS * 1000, last_succeeded_ms: wallS * 1000, succeeded: 0 };
  }
  return {
    runId,
    wallS,
    answer: JSON.parse(end.resultJson || "null"),
    edges: edgesOf(end),
    traffic: before && after ? diffCounters(after, before) : undefined,
    timeline,
  };
}

/**
 * The split (see baseline.ts): the same kernels over k plain processes, each a contiguous block
 * of the units, combined here. Timed from sending the blocks to holding the combined answer.
 */
async function splitRun(children: BaselineChild[], id: WorkloadId, input: Record<string, unknown>): Promise<{ wallS: number; answer: unknown }> {
  const units = splitUnits(id, input);
  const k = children.length;
  const t0 = performance.now();
  const partials = await Promise.all(children.map((c, i) => c.partial(id, input, Math.round((i * units) / k), Math.round(((i + 1) * units) / k))));
  const answer = combinePartials(
    id,
    partials.map((p) => p.answer),
  );
  return { wallS: (performance.now() - t0) / 1000, answer };
}


// ---------- main ----------

interface Summary {
  wallS: number;
  walls: number[];
  answers: unknown[];
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  let ready: Ready;
  try {
    args = parseArgs(argv);
    ready = args.workload.prepare(args.params);
  } catch (err) {
    if (err instanceof UsageError) {
      say(`weft bench: ${err.message}`);
      say(USAGE);
      return 2;
    }
    throw err;
  }
  const { workload, params, mode } = args;
  const rateOf = (wallS: number) => round(ready.work / wallS, 3);
  const loadBefore = loadavg()[0] ?? 0;
  const base: Record<string, unknown> = { workload: workload.id, system: mode === "baseline" ? "baseline" : "weft", ...(mode === "ratio" ? { mode: "ratio" } : {}), params };
  const emit = (fields: Record<string, unknown>) =>
    process.stdout.write(JSON.stringify({ ...base, ...fields, load_1m: [round(loadBefore, 2), round(loadavg()[0] ?? 0, 2)], node: process.version }) + "\n");

  // ----- --baseline: this process, no engine -----
  if (mode === "baseline") {
    const warmingSince = performance.now();
    let warmups = 0;
    for (; warming(args, warmups, warmingSince); warmups++) {
      const r = timedBaseline(workload.id, ready.input);
      say(`weft bench ${workload.id} baseline: warm-up ${warmups + 1}: ${r.wallS.toFixed(4)} s${ready.check(r.answer) ? "" : " WRONG ANSWER"}`);
    }
    const runs: { wallS: number; answer: unknown }[] = [];
    for (let r = 0; r < args.repeat; r++) {
      runs.push(timedBaseline(workload.id, ready.input));
      say(`weft bench ${workload.id} baseline: run ${r + 1}/${args.repeat}: ${runs[r]!.wallS.toFixed(4)} s`);
    }
    const ok = runs.every((r) => ready.check(r.answer));
    const wallS = median(runs.map((r) => r.wallS));
    emit({
      wall_s: round(wallS, 6),
      [workload.rateField]: rateOf(wallS),
      checksum: ready.checksumOf(runs[0]!.answer),
      expected: ready.expected,
      ok,
      nats_msgs: 0,
      nats_bytes: 0,
      local_bytes: 0,
      startup_s: 0,
      ...ready.extras,
      repeat: args.repeat,
      runs_s: runs.map((r) => round(r.wallS, 6)),
      warmup: warmups,
      processes: 1,
    });
    return ok ? 0 : 1;
  }

  // ----- weft (and --ratio) -----
  for (const [k, v] of Object.entries(workload.env?.(params) ?? {})) process.env[k] = v;
  const source = fileURLToPath(new URL(`../../${workload.source}`, import.meta.url));
  const inputJson = JSON.stringify(ready.input);
  const prepared = await prepareWorkflow(source);
  say(`weft bench ${workload.id} ${JSON.stringify(params)}: bundled ${source} (${prepared.bundle.code.length} bytes, ${prepared.graph.nodes.length} nodes)`);
  base.workers = args.workers;
  base.placement = args.placement;

  const t0 = performance.now();
  let stack: BenchStack;
  try {
    stack = await startBenchStack({
      workers: args.workers,
      ...(args.slots ? { slots: args.slots } : {}),
      ...(args.placement !== "locality" ? { placement: args.placement } : {}),
      // WEFT_BENCH_WORKER_ARGV: extra node flags for the worker processes (a diagnostic, e.g. --trace-gc).
      ...(args.profileDir || process.env.WEFT_BENCH_WORKER_ARGV
        ? {
            workerExecArgv: [
              ...(args.profileDir ? ["--cpu-prof", "--cpu-prof-dir", args.profileDir] : []),
              ...(process.env.WEFT_BENCH_WORKER_ARGV ?? "").split(/\s+/).filter(Boolean),
            ],
          }
        : {}),
      say,
    });
  } catch (err) {
    say(`weft bench: the stack did not start: ${(err as Error).message}`);
    emit({ ok: false, error: `stack: ${(err as Error).message}` });
    return 3;
  }
  const startupS = (performance.now() - t0) / 1000;
  let tap: NatsTap | undefined;
  let baseline: BaselineChild | undefined;
  const splitters: BaselineChild[] = [];
  try {
    if (mode === "ratio") {
      baseline = await BaselineChild.start();
      if (args.split) {
        splitters.push(baseline);
        for (let i = 1; i < args.workers; i++) splitters.push(await BaselineChild.start());
      }
    }
    await (await stack.bus.objects("weft_bundles")).put(prepared.bundle.hash, prepared.bundle.code);

    const warm: number[] = [];
    const baseWarm: number[] = [];
    const splitWarm: number[] = [];
    const warmingSince = performance.now();
    for (let k = 0; warming(args, k, warmingSince); k++) {
      const m = await weftRun(stack, prepared, inputJson, undefined, args.timeoutS, false);
      if (!ready.check(m.answer)) throw new Error(`warm-up run gave ${JSON.stringify(m.answer).slice(0, 300)}, expected checksum ${ready.expected}`);
      warm.push(m.wallS);
      say(`weft bench ${workload.id}: warm-up ${k + 1}: ${m.wallS.toFixed(4)} s`);
      await sleep(WARMUP_GAP_MS);
      if (baseline) {
        const b = await baseline.run(workload.id, ready.input);
        baseWarm.push(b.wallS);
        say(`weft bench ${workload.id}: baseline warm-up ${k + 1}: ${b.wallS.toFixed(4)} s`);
      }
      if (splitters.length) {
        const x = await splitRun(splitters, workload.id, ready.input);
        splitWarm.push(x.wallS);
        say(`weft bench ${workload.id}: split warm-up ${k + 1}: ${x.wallS.toFixed(4)} s`);
      }
    }
    await sleep(GAP_MS);

    const runs: WeftRun[] = [];
    const baseRuns: { wallS: number; answer: unknown }[] = [];
    const splitRuns: { wallS: number; answer: unknown }[] = [];
    for (let r = 0; r < args.repeat; r++) {
      // Alternate which goes first, so that neither always follows the other's aftermath.
      const baselineFirst = r % 2 === 0;
      if (baseline && baselineFirst) baseRuns.push(await baseline.run(workload.id, ready.input));
      if (splitters.length && baselineFirst) splitRuns.push(await splitRun(splitters, workload.id, ready.input));
      const monoStart = process.hrtime.bigint() / 1000n;
      const m = await weftRun(stack, prepared, inputJson, undefined, args.timeoutS, args.timeline);
      if (args.profileDir || process.env.WEFT_BENCH_TAP_TRACE) say(`weft bench ${workload.id}: run ${r + 1} window mono_us ${monoStart} ${process.hrtime.bigint() / 1000n}`);
      runs.push(m);
      await sleep(GAP_MS);
      if (baseline && !baselineFirst) baseRuns.push(await baseline.run(workload.id, ready.input));
      if (splitters.length && !baselineFirst) splitRuns.push(await splitRun(splitters, workload.id, ready.input));
      const b = baseRuns[baseRuns.length - 1];
      const x = splitRuns[splitRuns.length - 1];
      say(
        `weft bench ${workload.id}: round ${r + 1}/${args.repeat}: weft ${m.wallS.toFixed(4)} s${ready.check(m.answer) ? "" : " WRONG ANSWER"}` +
          (b ? `, baseline ${b.wallS.toFixed(4)} s${ready.check(b.answer) ? "" : " WRONG ANSWER"}` : "") +
          (x ? `, split ${x.wallS.toFixed(4)} s${ready.check(x.answer) ? "" : " WRONG ANSWER"}` : ""),
      );
    }

    // Outside the timed region: the checks, the accounting, where the nodes were placed.
    const ok = runs.every((m) => ready.check(m.answer));
    const wallS = median(runs.map((m) => m.wallS));
    const rep = runs.reduce((a, b) => (Math.abs(b.wallS - wallS) < Math.abs(a.wallS - wallS) ? b : a));
    const record = await readRunRecord(stack.bus, rep.runId).catch(() => undefined);
    const crossing = record?.placement ? crossingEdges(prepared.graph, placementFromWire(record.placement)) : undefined;
    const sum = (es: EdgeTotals[], k: keyof EdgeTotals) => es.reduce((n, e) => n + (e[k] as number), 0);
    const edges = rep.edges;
    // What crossed NATS in all, counted by the tap on one more run after the timed ones: a
    // subscriber to every subject doubles the server's deliveries and would slow the timed runs.
    let traffic: TapCounters | undefined;
    if (args.tap) {
      tap = await NatsTap.start(stack.url);
      traffic = (await weftRun(stack, prepared, inputJson, tap, args.timeoutS, false)).traffic;
    }
    const total = traffic ? totalOf(traffic) : undefined;
    const specs = new Map(prepared.graph.nodes.map((n) => [n.name, n]));
    const forwardEdges = edges.filter((e) => specs.get(e.to)?.routing[0] === "forward");
    const intoAggregates = edges.filter((e) => specs.get(e.to)?.kind === "aggregate");
    const shuffleEdges = edges.filter((e) => specs.get(e.to)?.routing[0] === "shuffle");
    const natsBytes = sum(edges, "nats_bytes");
    const fields: Record<string, unknown> = {
      wall_s: round(wallS, 6),
      [workload.rateField]: rateOf(wallS),
    };
    let baseOk = true;
    if (baseline) {
      baseOk = baseRuns.every((b) => ready.check(b.answer));
      const bWall = median(baseRuns.map((b) => b.wallS));
      fields.baseline_wall_s = round(bWall, 6);
      fields[`baseline_${workload.rateField}`] = rateOf(bWall);
      fields.ratio = round(bWall / wallS, 3);
      fields.baseline_ok = baseOk;
      fields.baseline_runs_s = baseRuns.map((b) => round(b.wallS, 6));
      fields.baseline_warmup_s = baseWarm.map((w) => round(w, 4));
      // Per round (the runs of a round are back to back): baseline / weft.
      fields.ratio_per_round = runs.map((m, i) => round(baseRuns[i]!.wallS / m.wallS, 3));
      if (splitRuns.length) {
        const sWall = median(splitRuns.map((x) => x.wallS));
        const splitOk = splitRuns.every((x) => ready.check(x.answer));
        fields.split_processes = splitters.length;
        fields.split_wall_s = round(sWall, 6);
        fields[`split_${workload.rateField}`] = rateOf(sWall);
        // The machine's parallel ceiling in these rounds: split / baseline; and weft against it.
        fields.split_speedup = round(bWall / sWall, 3);
        fields.weft_vs_split = round(sWall / wallS, 3);
        fields.split_ok = splitOk;
        fields.split_runs_s = splitRuns.map((x) => round(x.wallS, 6));
        fields.split_warmup_s = splitWarm.map((w) => round(w, 4));
        baseOk &&= splitOk;
      }
    }
    Object.assign(fields, {
      checksum: ready.checksumOf(rep.answer),
      expected: ready.expected,
      ok: ok && baseOk,
      // The engine's own data accounting (the terminal run event's per-edge totals): values,
      // records, batches and partials that crossed NATS between workers, and what was handed
      // over in memory (an engine estimate for local_bytes, exact for typed arrays and buffers).
      nats_msgs: sum(edges, "nats_msgs"),
      nats_bytes: natsBytes,
      local_bytes: sum(edges, "local_bytes"),
      local_records: sum(edges, "local_records"),
      startup_s: round(startupS, 3),
      ...ready.extras,
    });
    if (workload.id === "W3") {
      fields.nats_share_of_input = round(natsBytes / (ready.extras.input_bytes as number), 5);
      fields.shuffle_nats_bytes = sum(shuffleEdges, "nats_bytes");
      fields.shuffle_nats_msgs = sum(shuffleEdges, "nats_msgs");
    }
    if (workload.id === "W4" || workload.id === "W3" || workload.id === "W5" || workload.id === "W6") {
      fields.aggregation_nats_msgs = sum(intoAggregates, "nats_msgs");
      fields.aggregation_nats_msgs_per_worker = round(sum(intoAggregates, "nats_msgs") / args.workers, 2);
    }
    if (workload.id === "W6") {
      fields.forward_nats_msgs = sum(forwardEdges, "nats_msgs");
      fields.forward_nats_bytes = sum(forwardEdges, "nats_bytes");
      fields.forward_local_bytes = sum(forwardEdges, "local_bytes");
      fields.forward_local_records = sum(forwardEdges, "local_records");
      // The engine counts records, not bytes, on fused (in-memory) forward edges; every record on
      // a W6 forward edge is one buffer of `bytes` bytes, so what was handed over in memory is:
      fields.forward_local_buffer_bytes = sum(forwardEdges, "local_records") * params.bytes!;
    }
    Object.assign(fields, {
      // Everything published into NATS during the timed run, counted by the tap (see tap.ts):
      // the data above plus its acks, the run log and its JetStream replays, control, KV.
      nats_total_msgs: total ? total.msgs : null,
      nats_total_bytes: total ? total.bytes : null,
      nats_breakdown: traffic ? Object.fromEntries(TAP_CLASSES.map((k) => [k, traffic[k]])) : null,
      // From the recorded placement (engine/plan/placement.ts crossingEdges). Partition counts
      // decided at run time are not known there: engine_edges has the records that crossed.
      cross_worker_edges: crossing ? crossing.map((c) => `${c.from}->${c.to}${c.partitions !== undefined && !c.note ? ` (${c.partitions} partitions)` : ""}`) : null,
      repeat: args.repeat,
      runs_s: runs.map((m) => round(m.wallS, 6)),
      checksums: runs.map((m) => ready.checksumOf(m.answer)),
      warmup_runs: warm.length,
      warmup_s: warm.map((w) => round(w, 4)),
      slots: stack.coordinator.workers()[0]?.slots ?? null,
      engine_edges: edges,
      ...(rep.timeline ? { timeline: rep.timeline } : {}),
      stack: stack.how,
      engine_rev: engineRevision(fileURLToPath(new URL("../../", import.meta.url))),
    });
    emit(fields);
    return ok && baseOk ? 0 : 1;
  } catch (err) {
    say(`weft bench ${workload.id}: ${(err as Error).stack ?? String(err)}`);
    emit({ ok: false, error: (err as Error).message, startup_s: round(startupS, 3) });
    return 1;
  } finally {
    baseline?.stop();
    for (const c of splitters) c.stop();
    await tap?.stop().catch(() => {});
    await stack.stop().catch((err: unknown) => say(`weft bench: stopping the stack: ${(err as Error).message}`));
  }
}
