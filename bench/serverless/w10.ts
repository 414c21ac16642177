/**
 * W10 burst (bench/README.md, "W10"):
 *
 *   npm run -s bench -- W10 [--runs 200] [--fanout 20] [--task-ms 50] [--max 4] [--slots 8] [--spread-ms 2000] [--idle-ms 2000] [--repeat 3]
 *
 * Idle, then `runs` runs of a `fanout`-task fan-out of `task-ms` tasks (bench/workloads/w10.ts)
 * submitted evenly within `spread-ms`, then idle again. Two pools, one round of each in turn:
 * - autoscaled: the local autoscaler at 0..MAX workers with --idle `idle-ms` (what `weft
 *   coordinator --workers 0..MAX --idle ...` runs), from zero workers;
 * - fixed: MAX workers always on.
 * Per round: p50/p99 run latency (submission to end) and worker-seconds: for the autoscaled pool
 * the lifetimes of its worker processes from the first submission until it is back at zero; for
 * the fixed pool MAX × (the last run's end + `idle-ms` − the first submission), the same window an
 * autoscaled pool needs to give its workers back. One JSON line on stdout; exit 0 ok, 1 a failed
 * run or a wrong result, 2 usage, 3 no stack.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { deployWorkflow, followRun, newRunId, prepareWorkflow, requestRun, type PreparedWorkflow } from "../../engine/internal.js";
import { parseFlags, UsageError, type FlagSpec } from "../runner/flags.js";
import { median, round } from "../runner/numbers.js";
import { startScaledStack, type ScaledStack } from "./scaled-stack.js";

export const USAGE = `usage: npm run -s bench -- W10 [flags]
  --runs N         runs in the burst (default 200)
  --fanout F       tasks per run (default 20)
  --task-ms MS     each task waits this long (default 50)
  --max M          MAX workers: the autoscaler's ceiling and the fixed pool's size (default 4)
  --slots S        slots per worker (default 8)
  --spread-ms MS   the burst's runs are submitted evenly within this long (default 2000)
  --idle-ms MS     the autoscaler's --idle (default 2000)
  --repeat R       rounds of each pool, in turn (default 3)`;

const SPECS: Record<string, FlagSpec> = {
  runs: { kind: "whole", min: 1 },
  fanout: { kind: "whole", min: 1 },
  "task-ms": { kind: "whole", min: 0 },
  max: { kind: "whole", min: 1 },
  slots: { kind: "whole", min: 1 },
  "spread-ms": { kind: "whole", min: 0 },
  "idle-ms": { kind: "whole", min: 1 },
  repeat: { kind: "whole", min: 1 },
};

interface Args {
  runs: number;
  fanout: number;
  taskMs: number;
  max: number;
  slots: number;
  spreadMs: number;
  idleMs: number;
  repeat: number;
}

interface Round {
  p50Ms: number;
  p99Ms: number;
  workerS: number;
  /** From the first submission to the last end. */
  burstS: number;
  peakWorkers: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;

/** Submits the burst and waits for every run's end; the latencies (ms), sorted, and the first submission and last end (performance.now()). */
async function burst(s: ScaledStack, prepared: PreparedWorkflow, a: Args, onTick: () => void): Promise<{ latencies: number[]; t0: number; lastEnd: number }> {
  const input = JSON.stringify({ fanout: a.fanout, taskMs: a.taskMs });
  const t0 = performance.now();
  let lastEnd = t0;
  const one = async (i: number): Promise<number> => {
    const at = t0 + (a.runs > 1 ? (a.spreadMs * i) / (a.runs - 1) : 0);
    await new Promise((r) => setTimeout(r, Math.max(0, at - performance.now())));
    const runId = newRunId();
    const follow = await followRun(s.stack.bus, runId, () => {});
    const start = performance.now();
    await requestRun(s.stack.bus, prepared, input, runId, { submitter: `bench-pid-${process.pid}` });
    const end = await follow.ended;
    const now = performance.now();
    lastEnd = Math.max(lastEnd, now);
    if (end.to !== "succeeded" || end.resultJson !== String(a.fanout)) throw new Error(`run ${runId}: ${end.to} ${end.resultJson ?? ""} ${end.error?.message ?? ""}`);
    return now - start;
  };
  const tick = setInterval(onTick, 50);
  try {
    const latencies = await Promise.all(Array.from({ length: a.runs }, (_, i) => one(i)));
    return { latencies: latencies.sort((x, y) => x - y), t0, lastEnd };
  } finally {
    clearInterval(tick);
  }
}

async function autoscaledRound(prepared: PreparedWorkflow, a: Args, say: (line: string) => void): Promise<Round> {
  const s = await startScaledStack({ min: 0, max: a.max, warm: 0, idleMs: a.idleMs, slotsPerWorker: a.slots }, say);
  try {
    await deployWorkflow(s.stack.bus, prepared, { name: "bench-w10" });
    await s.settle(0, 10_000);
    let peak = 0;
    const used0 = s.autoscaler.workerMs();
    const { latencies, t0, lastEnd } = await burst(s, prepared, a, () => (peak = Math.max(peak, s.workers())));
    // Back to idle: every worker given back.
    await s.settle(0, 60_000 + a.idleMs);
    const workerS = (s.autoscaler.workerMs() - used0) / 1000;
    return { p50Ms: median(latencies), p99Ms: percentile(latencies, 0.99), workerS, burstS: (lastEnd - t0) / 1000, peakWorkers: peak };
  } finally {
    await s.stop();
  }
}

async function fixedRound(prepared: PreparedWorkflow, a: Args, say: (line: string) => void): Promise<Round> {
  const s = await startScaledStack({ min: a.max, max: a.max, warm: 0, idleMs: a.idleMs, slotsPerWorker: a.slots }, say);
  try {
    await deployWorkflow(s.stack.bus, prepared, { name: "bench-w10" });
    await s.settle(a.max, 60_000);
    const { latencies, t0, lastEnd } = await burst(s, prepared, a, () => {});
    const workerS = (a.max * (lastEnd + a.idleMs - t0)) / 1000;
    return { p50Ms: median(latencies), p99Ms: percentile(latencies, 0.99), workerS, burstS: (lastEnd - t0) / 1000, peakWorkers: a.max };
  } finally {
    await s.stop();
  }
}

const rounded = (r: Round) => ({ p50_ms: round(r.p50Ms, 1), p99_ms: round(r.p99Ms, 1), worker_s: round(r.workerS, 2), burst_s: round(r.burstS, 3), peak_workers: r.peakWorkers });

function summary(rounds: Round[]) {
  return {
    p50_ms: round(median(rounds.map((r) => r.p50Ms)), 1),
    p99_ms: round(median(rounds.map((r) => r.p99Ms)), 1),
    worker_s: round(median(rounds.map((r) => r.workerS)), 2),
    rounds: rounds.map(rounded),
  };
}

export async function w10Main(argv: string[], say: (line: string) => void): Promise<number> {
  let a: Args;
  try {
    const v = parseFlags(argv, SPECS).values as Record<string, number | undefined>;
    a = {
      runs: v.runs ?? 200,
      fanout: v.fanout ?? 20,
      taskMs: v["task-ms"] ?? 50,
      max: v.max ?? 4,
      slots: v.slots ?? 8,
      spreadMs: v["spread-ms"] ?? 2000,
      idleMs: v["idle-ms"] ?? 2000,
      repeat: v.repeat ?? 3,
    };
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    say(`weft bench W10: ${err.message}`);
    say(USAGE);
    return 2;
  }
  const loadStart = loadavg().map((x) => round(x, 2));
  const prepared = await prepareWorkflow(fileURLToPath(new URL("../../../bench/workloads/w10.ts", import.meta.url)));
  const line: Record<string, unknown> = {
    workload: "W10",
    system: "weft",
    params: { runs: a.runs, fanout: a.fanout, task_ms: a.taskMs, max: a.max, slots: a.slots, spread_ms: a.spreadMs, idle_ms: a.idleMs, repeat: a.repeat },
  };
  let ok = false;
  try {
    const scaled: Round[] = [];
    const fixed: Round[] = [];
    for (let k = 1; k <= a.repeat; k++) {
      const f = await fixedRound(prepared, a, say);
      fixed.push(f);
      say(`weft bench W10 fixed round ${k}/${a.repeat}: ${JSON.stringify(rounded(f))}`);
      const s = await autoscaledRound(prepared, a, say);
      scaled.push(s);
      say(`weft bench W10 autoscaled round ${k}/${a.repeat}: ${JSON.stringify(rounded(s))}`);
    }
    const sc = summary(scaled);
    const fx = summary(fixed);
    Object.assign(line, {
      autoscaled: sc,
      fixed: fx,
      worker_s_ratio: round(sc.worker_s / fx.worker_s, 3),
      p99_ratio: round(sc.p99_ms / fx.p99_ms, 3),
      targets: { worker_s_ratio: 0.5, p99_ratio: 2 },
      ok: true,
    });
    ok = true;
  } catch (err) {
    if ((err as Error).message.includes("did not start")) return 3;
    Object.assign(line, { ok: false, error: (err as Error).message });
  }
  process.stdout.write(JSON.stringify({ ...line, loadavg_start: loadStart, loadavg_end: loadavg().map((x) => round(x, 2)), node: process.version }) + "\n");
  return ok ? 0 : 1;
}
