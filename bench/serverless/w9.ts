/**
 * W9 cold start (bench/README.md, "W9"):
 *
 *   npm run -s bench -- W9 [--repeat 5] [--warm-runs 31] [--idle-ms 300] [--slots 1]
 *
 * cold: a private nats-server, the coordinator in this process and the local autoscaler at
 * 0..1 workers (what `weft coordinator --workers 0..1` runs), the one-node workflow
 * (bench/workloads/w9.ts) deployed. Each round waits until no worker process is left, then
 * submits a run and times it to its result: the autoscaler sees the demand, spawns `weft
 * worker`, the worker connects, serves, pre-imports the bundle, runs the task. The worker's own
 * log gives the split (process start, NATS connect, serve, bundle fetch, import, first task).
 * warm: the same with --warm 1: one worker is up with the bundle imported; runs one after another.
 * One JSON line on stdout; exit 0 ok, 1 a failed run or a wrong result, 2 usage, 3 no stack.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { deployWorkflow, followRun, newRunId, prepareWorkflow, requestRun, type Bus, type PreparedWorkflow } from "../../engine/internal.js";
import { parseFlags, UsageError, type FlagSpec } from "../runner/flags.js";
import { median, round } from "../runner/numbers.js";
import { startScaledStack } from "./scaled-stack.js";

export const USAGE = `usage: npm run -s bench -- W9 [flags]
  --repeat R       cold rounds, each from zero workers (default 5)
  --warm-runs N    runs on the warm worker (default 31)
  --idle-ms MS     the autoscaler's --idle in the cold part: how soon the worker goes away between rounds (default 300)
  --slots S        slots of the worker (default 1)`;

const SPECS: Record<string, FlagSpec> = {
  repeat: { kind: "whole", min: 1 },
  "warm-runs": { kind: "whole", min: 1 },
  "idle-ms": { kind: "whole", min: 1 },
  slots: { kind: "whole", min: 1 },
};

/**
 * The cold-start split of one worker, from its service log and the autoscaler's spawn; the
 * wall-clock ones (`spawn_ms`, `exec_ms`, `placed_ms`, `to_result_ms`) with the log's 1 ms
 * resolution. They add up to the time to the result: spawn, exec, process start, connect,
 * serve, placed (heard, the run placed and started on it, waiting for its bundle), first task,
 * to result.
 */
interface Split {
  /** From the submission to the autoscaler's spawn call. */
  spawn_ms?: number;
  /** From the spawn call to the worker process's time origin (fork and exec). */
  exec_ms?: number;
  process_start_ms?: number;
  nats_connect_ms?: number;
  serve_ms?: number;
  bundle_fetch_ms?: number;
  bundle_import_ms?: number;
  first_task_ms?: number;
  /** From serving (subscribed, first heartbeat sent) to its first task's start. */
  placed_ms?: number;
  /** From the first task's end on the worker to the result at the client. */
  to_result_ms?: number;
  /** The CPU time (all threads) the worker process had used when its first task ended: the start's cost, steadier than its wall-clock parts on a loaded machine. */
  first_task_cpu_ms?: number;
}

/** Wall-clock instants (epoch ms) of one worker's start, for the wall-clock parts of its Split. */
interface Instants {
  spawnedAt?: number;
  servingAt?: number;
  originAt?: number;
  firstTaskEndAt?: number;
}

/** Reads the cold-start events of the workers' JSON log lines. */
class Splits {
  readonly byWorker = new Map<string, Split>();
  readonly instants = new Map<string, Instants>();

  /** The autoscaler spawned `worker` (now). */
  spawned(worker: string): void {
    this.instants.set(worker, { ...this.instants.get(worker), spawnedAt: Date.now() });
  }

  /** The wall-clock parts of `worker`'s split, for a run submitted at `submittedAt` whose result came at `resultAt` (epoch ms). */
  wall(worker: string, submittedAt: number, resultAt: number): Split {
    const i = this.instants.get(worker) ?? {};
    const s = this.byWorker.get(worker) ?? {};
    const out: Split = {};
    if (i.spawnedAt !== undefined) out.spawn_ms = i.spawnedAt - submittedAt;
    if (i.spawnedAt !== undefined && i.originAt !== undefined) out.exec_ms = round(i.originAt - i.spawnedAt, 1);
    if (i.servingAt !== undefined && i.firstTaskEndAt !== undefined) out.placed_ms = round(i.firstTaskEndAt - (s.first_task_ms ?? 0) - i.servingAt, 1);
    if (i.firstTaskEndAt !== undefined) out.to_result_ms = resultAt - i.firstTaskEndAt;
    return out;
  }

  line(worker: string, line: string): void {
    if (!line.startsWith("{")) return;
    let l: Record<string, unknown>;
    try {
      l = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return;
    }
    let s = this.byWorker.get(worker);
    if (!s) this.byWorker.set(worker, (s = {}));
    const i = this.instants.get(worker) ?? {};
    this.instants.set(worker, i);
    if (l.event === "worker.cold_start") {
      Object.assign(s, { process_start_ms: l.processStartMs, nats_connect_ms: l.natsConnectMs, serve_ms: l.serveMs });
      i.servingAt = l.time as number;
      i.originAt = (l.time as number) - (l.processStartMs as number) - (l.natsConnectMs as number) - (l.serveMs as number);
    }
    if (l.event === "worker.first_task") i.firstTaskEndAt = l.time as number;
    if (l.event === "bundle.loaded") Object.assign(s, { bundle_fetch_ms: l.fetchMs, bundle_import_ms: l.importMs });
    if (l.event === "worker.first_task") {
      s.first_task_ms = l.runMs as number;
      if (typeof l.cpuMs === "number") s.first_task_cpu_ms = l.cpuMs;
    }
  }
}

/** Submits one run and waits for its end; the time to its result in ms (throws on a failed run or a wrong result). `at`: told the submission's epoch ms. */
async function timedRun(bus: Bus, prepared: PreparedWorkflow, n: number, at?: (submittedAt: number) => void): Promise<number> {
  const runId = newRunId();
  const follow = await followRun(bus, runId, () => {});
  at?.(Date.now());
  const t0 = performance.now();
  await requestRun(bus, prepared, JSON.stringify({ n }), runId, { submitter: `bench-pid-${process.pid}` });
  const end = await follow.ended;
  const ms = performance.now() - t0;
  if (end.to !== "succeeded" || end.resultJson !== String(n + 1)) throw new Error(`run ${runId}: ${end.to} ${end.resultJson ?? ""} ${end.error?.message ?? ""}`);
  return ms;
}

function medianSplit(splits: Split[]): Split {
  const out: Record<string, number> = {};
  for (const key of ["spawn_ms", "exec_ms", "process_start_ms", "nats_connect_ms", "serve_ms", "bundle_fetch_ms", "bundle_import_ms", "placed_ms", "first_task_ms", "to_result_ms", "first_task_cpu_ms"] as const) {
    const xs = splits.map((s) => s[key]).filter((x): x is number => typeof x === "number");
    if (xs.length) out[key] = round(median(xs), 1);
  }
  return out;
}

export async function w9Main(argv: string[], say: (line: string) => void): Promise<number> {
  let v: Record<string, unknown>;
  try {
    v = parseFlags(argv, SPECS).values;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    say(`weft bench W9: ${err.message}`);
    say(USAGE);
    return 2;
  }
  const repeat = (v.repeat as number | undefined) ?? 5;
  const warmRuns = (v["warm-runs"] as number | undefined) ?? 31;
  const idleMs = (v["idle-ms"] as number | undefined) ?? 300;
  const slots = (v.slots as number | undefined) ?? 1;
  const loadStart = loadavg().map((x) => round(x, 2));
  const prepared = await prepareWorkflow(fileURLToPath(new URL("../../../bench/workloads/w9.ts", import.meta.url)));
  const line: Record<string, unknown> = { workload: "W9", system: "weft", params: { repeat, warm_runs: warmRuns, idle_ms: idleMs, slots } };
  let ok = false;
  const splits = new Splits();
  try {
    // Cold: from zero workers each round.
    const cold = await startScaledStack({ min: 0, max: 1, warm: 0, idleMs, slotsPerWorker: slots }, say, (w, l) => splits.line(w, l), (w) => splits.spawned(w)).catch((err: unknown) => {
      say(`weft bench W9: the stack did not start: ${(err as Error).message}`);
      return undefined;
    });
    if (!cold) return 3;
    const coldMs: number[] = [];
    const roundSplits: Split[] = [];
    try {
      await deployWorkflow(cold.stack.bus, prepared, { name: "bench-w9" });
      for (let k = 1; k <= repeat; k++) {
        await cold.settle(0, 60_000);
        const before = new Set(splits.byWorker.keys());
        let submittedAt = 0;
        const ms = await timedRun(cold.stack.bus, prepared, k, (at) => (submittedAt = at));
        const resultAt = Date.now();
        coldMs.push(ms);
        // Its log lines may trail the result by a moment.
        await new Promise((r) => setTimeout(r, 200));
        const worker = [...splits.byWorker.keys()].find((w) => !before.has(w));
        const split = worker ? { ...splits.byWorker.get(worker), ...splits.wall(worker, submittedAt, resultAt) } : {};
        roundSplits.push(split);
        say(`weft bench W9 cold round ${k}/${repeat}: ${ms.toFixed(1)} ms to the result ${JSON.stringify(split)}`);
      }
    } finally {
      await cold.stop();
    }
    // Warm: one idle worker kept, the bundle imported at its start.
    const warm = await startScaledStack({ min: 0, max: 1, warm: 1, idleMs: 60_000, slotsPerWorker: slots }, say);
    const warmMs: number[] = [];
    try {
      await deployWorkflow(warm.stack.bus, prepared, { name: "bench-w9" });
      await warm.settle(1, 60_000);
      await timedRun(warm.stack.bus, prepared, 0); // the bundle is in, the connection's paths are warm
      for (let i = 1; i <= warmRuns; i++) warmMs.push(await timedRun(warm.stack.bus, prepared, i));
    } finally {
      await warm.stop();
    }
    const sorted = [...warmMs].sort((a, b) => a - b);
    Object.assign(line, {
      cold_p50_ms: round(median(coldMs), 1),
      cold_ms: coldMs.map((x) => round(x, 1)),
      cold_split_p50: medianSplit(roundSplits),
      warm_p50_ms: round(median(warmMs), 2),
      warm_p90_ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]!, 2),
      targets: { cold_p50_ms: 300, warm_p50_ms: 5 },
      ok: true,
    });
    ok = true;
  } catch (err) {
    Object.assign(line, { ok: false, error: (err as Error).message });
  }
  process.stdout.write(JSON.stringify({ ...line, loadavg_start: loadStart, loadavg_end: loadavg().map((x) => round(x, 2)), node: process.version }) + "\n");
  return ok ? 0 : 1;
}
