/**
 * weft's benchmark runner (see bench/README.md and /work/shared/WORKLOADS.md).
 *
 *   npm run -s bench -- W<k> [--param value ...] [--workers N] [--slots N] [--spread]
 *                            [--repeat R] [--warmup K] [--warmup-s S] [--no-tap] [--timeout-s S]
 *
 * Prints exactly one JSON line on stdout; everything else goes to stderr. Exit codes: 0 every
 * timed run gave the expected checksum; 1 a run failed or gave a wrong checksum (the JSON line
 * says which, with ok: false); 2 a usage error (no JSON line); 3 the stack could not start.
 *
 * One invocation: bundle the workload's .ts source (prepareWorkflow), start the stack (timed as
 * startup_s), upload the bundle, run warm-up runs (at least K, for at least S seconds: the
 * bundle is then in the object store and imported on every worker, and the code is optimised),
 * then R timed runs, then one more with the NATS tap counting what crosses NATS. A timed run
 * goes from sending the SubmitRequest to holding the run's result (the terminal entry of its
 * log, read the way `weft run` reads it, with followRun); the follower is set up before the
 * clock starts.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Bus } from "../engine/bus/bus.js";
import { prepareWorkflow, type PreparedWorkflow } from "../engine/cli/prepare-workflow.js";
import { cancelRun, followRun, type LogEntry } from "../engine/cli/run-client.js";
import { readRunRecord } from "../engine/coordinator/run-store.js";
import { newRunId } from "../engine/model/run-id.js";
import { crossingEdges, type PlacementStrategy } from "../engine/plan/placement.js";
import { errorFromWire, placementFromWire } from "../engine/wire/protocol.js";
import { startBenchStack, type BenchStack } from "./stack.js";
import { diffCounters, NatsTap, TAP_CLASSES, totalOf, type TapCounters } from "./tap.js";
import { engineRevision, MB, median, round, sleep, submitOnly, UsageError, WARMUP_GAP_MS, warming, wholeNumber } from "./common.js";

// stdout carries the one result line; anything that logs with console.log goes to stderr.
console.log = (...args: unknown[]) => console.error(...args);
const say = (line: string) => process.stderr.write(line + "\n");


// ---------- workloads ----------

interface Workload {
  id: string;
  /** The workflow's TypeScript source, relative to the repository root. */
  source: string;
  /** Parameters and their defaults (whole numbers >= 1). */
  params: Record<string, number>;
  /** The name of the workload's rate field. */
  rateField: string;
  rate(p: Record<string, number>, wallS: number): number;
  expected(p: Record<string, number>): number;
  input(p: Record<string, number>): unknown;
  /** Environment the workflow module reads at import time (here and on the workers). */
  env?(p: Record<string, number>): Record<string, string>;
  spread: boolean;
}

const WORKLOADS: Record<string, Workload> = {
  W1: {
    id: "W1",
    source: "bench/workloads/w1.ts",
    params: { n: 10_000 },
    rateField: "tasks_per_s",
    rate: (p, wall) => p.n! / wall,
    expected: (p) => (p.n! * (p.n! - 1)) / 2,
    input: (p) => ({ n: p.n }),
    spread: false,
  },
  W2: {
    id: "W2",
    source: "bench/workloads/w2.ts",
    params: { l: 1000 },
    rateField: "per_hop_ms",
    rate: (p, wall) => (1000 * wall) / p.l!,
    expected: (p) => p.l!,
    input: () => ({}),
    env: (p) => ({ WEFT_BENCH_L: String(p.l) }),
    spread: true,
  },
};

const NOT_YET = new Set(["W3", "W4", "W5", "W6"]);

// ---------- arguments ----------

interface Args {
  workload: Workload;
  params: Record<string, number>;
  workers: number;
  slots: number | undefined;
  spread: boolean;
  repeat: number;
  warmup: number;
  warmupS: number;
  tap: boolean;
  timeoutS: number;
  profileDir: string | undefined;
  timeline: boolean;
}

const USAGE = `usage: npm run -s bench -- W<k> [--param value ...] [--workers N] [--slots N] [--spread] [--repeat R] [--warmup K] [--warmup-s S] [--no-tap] [--timeout-s S]
  W1 --n N      fan-out/fan-in over N tasks (default 10000)
  W2 --l L      a chain of L dependent tasks (default 1000); --spread puts consecutive hops on different workers
  W3..W6        see bench/README.md (word count, tree aggregation, matmul, pipeline; --baseline, --ratio)
  --workers N   worker processes (default 2)      --slots N    concurrent tasks per worker (default: CPU count)
  --repeat R    timed runs; wall_s is their median (default 1)
  --warmup K    untimed runs first, so the workers are warm: at least K (default 3, at least 1)
  --warmup-s S  ... and for at least S seconds (default 2)
  --no-tap      do not count NATS traffic (nats_msgs/nats_bytes are null)
  --timeout-s S give up on a run after S seconds (default 600)
  --timeline    add "timeline": when each node started and ended on each worker (ms after submit)
  --profile DIR start the worker processes with --cpu-prof into DIR (profile this process with node --cpu-prof)`;


function parseArgs(argv: string[]): Args {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") throw new UsageError("no workload given");
  const id = first.toUpperCase();
  if (NOT_YET.has(id)) throw new UsageError(`${id} is not implemented by this runner yet (W1 and W2 are)`);
  const workload = WORKLOADS[id];
  if (!workload) throw new UsageError(`unknown workload "${first}": expected one of ${Object.keys(WORKLOADS).join(", ")}`);
  const args: Args = { workload, params: { ...workload.params }, workers: 2, slots: undefined, spread: false, repeat: 1, warmup: 3, warmupS: 2, tap: true, timeoutS: 600, profileDir: undefined, timeline: false };
  for (let i = 0; i < rest.length; i++) {
    let token = rest[i]!;
    let value: string | undefined;
    const eq = token.indexOf("=");
    if (token.startsWith("--") && eq > 0) {
      value = token.slice(eq + 1);
      token = token.slice(0, eq);
    }
    const take = () => (value !== undefined ? value : rest[++i]);
    const flag = token.startsWith("--") ? token.slice(2) : undefined;
    if (flag === undefined) throw new UsageError(`unexpected argument "${token}"`);
    if ((flag === "spread" || flag === "no-tap" || flag === "timeline") && value !== undefined) throw new UsageError(`--${flag} takes no value`);
    switch (flag) {
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
        args.warmup = wholeNumber(token, take(), 1);
        break;
      case "warmup-s":
        args.warmupS = wholeNumber(token, take(), 0);
        break;
      case "timeout-s":
        args.timeoutS = wholeNumber(token, take(), 1);
        break;
      case "spread":
        if (!workload.spread) throw new UsageError(`--spread applies to W2 only`);
        args.spread = true;
        break;
      case "profile": {
        const dir = take();
        if (dir === undefined || dir.startsWith("--")) throw new UsageError("--profile needs a directory");
        args.profileDir = dir;
        break;
      }
      case "no-tap":
        args.tap = false;
        break;
      case "timeline":
        args.timeline = true;
        break;
      default:
        if (Object.hasOwn(workload.params, flag)) {
          args.params[flag] = wholeNumber(token, take(), 1);
          break;
        }
        throw new UsageError(`unknown flag ${token} for ${workload.id} (its parameters: ${Object.keys(workload.params).map((p) => `--${p}`).join(", ")})`);
    }
  }
  if (args.spread && args.workers < 2) throw new UsageError("--spread needs --workers 2 or more");
  return args;
}

// ---------- one run ----------


/** Samples this process's RSS every 50 ms. */
function rssSampler(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

interface Measure {
  runId: string;
  wallS: number;
  result: unknown;
  traffic: TapCounters | undefined;
  client: ReturnType<Bus["stats"]>;
  peakRssBytes: number;
  rssBeforeBytes: number;
  timeline: Timeline | undefined;
  /** The engine's own data accounting per edge (the terminal run event's `edges`), if it sends one. */
  edges: EdgeTotals[] | undefined;
}

interface EdgeTotals {
  from: string;
  to: string;
  records: number;
  nats_msgs: number;
  nats_bytes: number;
  local_records: number;
  local_bytes: number;
}

/** Reads `edges` off the terminal run event, loosely: older engines do not send it. */
function edgesOf(end: unknown): EdgeTotals[] | undefined {
  const edges = (end as { edges?: unknown }).edges;
  if (!Array.isArray(edges) || edges.length === 0) return undefined;
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

/** Per node and worker: first start and last end (ms after submit); run state changes. */
type Timeline = {
  tasks: Record<string, { first_ready_ms: number; first_running_ms: number; last_succeeded_ms: number; succeeded: number }>;
  run: Record<string, number>;
};

function timelineRecorder(): { onEntry(entry: LogEntry): void; result(submittedAt: number): Timeline } {
  const tasks = new Map<string, { ready: number; first: number; last: number; n: number }>();
  const run: Record<string, number> = {};
  return {
    onEntry(entry) {
      const t = entry.task;
      if (t) {
        const key = `${t.node}@${t.worker}`;
        let e = tasks.get(key);
        if (!e) tasks.set(key, (e = { ready: Infinity, first: Infinity, last: -Infinity, n: 0 }));
        const at = Number(t.atMs ?? 0);
        if (t.to === "ready" && at < e.ready) e.ready = at;
        if (t.to === "running" && at < e.first) e.first = at;
        if (t.to === "succeeded") {
          e.n++;
          if (at > e.last) e.last = at;
        }
      } else if (entry.run?.to) run[entry.run.to] = Number(entry.run.atMs ?? 0);
    },
    result(submittedAt) {
      const out: Timeline = { tasks: {}, run: {} };
      for (const [k, e] of tasks) out.tasks[k] = { first_ready_ms: e.ready - submittedAt, first_running_ms: e.first - submittedAt, last_succeeded_ms: e.last - submittedAt, succeeded: e.n };
      for (const [k, at] of Object.entries(run)) out.run[k] = at - submittedAt;
      return out;
    },
  };
}

async function measuredRun(
  stack: BenchStack,
  prepared: PreparedWorkflow,
  inputJson: string,
  tap: NatsTap | undefined,
  timeoutS: number,
  withTimeline = false,
): Promise<Measure> {
  const bus = stack.bus;
  const runId = newRunId();
  const recorder = withTimeline ? timelineRecorder() : undefined;
  // The follower (an ordered JetStream consumer on the run's log) exists before the clock starts.
  const follow = await followRun(bus, runId, recorder ? (e) => recorder.onEntry(e) : () => {});
  const tapBefore = tap ? await tap.snapshot() : undefined;
  const clientBefore = bus.stats();
  const rssBeforeBytes = process.memoryUsage.rss();
  const sampler = rssSampler();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`run ${runId} did not end within ${timeoutS} s`)), timeoutS * 1000);
  });
  const submittedAt = Date.now();
  const t0 = performance.now();
  let end;
  try {
    await submitOnly(bus, prepared, inputJson, runId);
    end = await Promise.race([follow.ended, timeout]);
  } catch (err) {
    sampler.stop();
    follow.stop();
    await cancelRun(bus, runId, "benchmark gave up").catch(() => {});
    throw err;
  } finally {
    clearTimeout(timer);
  }
  const wallS = (performance.now() - t0) / 1000;
  const peakRssBytes = sampler.stop();
  const tapAfter = tap ? await tap.snapshot() : undefined;
  const clientAfter = bus.stats();
  if (end.to !== "succeeded") {
    const error = errorFromWire(end.error);
    throw new Error(`run ${runId} ended ${end.to || "without a terminal event"}${error ? `: ${error.code}: ${error.message}` : ""}`);
  }
  return {
    runId,
    wallS,
    result: JSON.parse(end.resultJson || "null"),
    traffic: tapBefore && tapAfter ? diffCounters(tapAfter, tapBefore) : undefined,
    client: {
      msgsOut: clientAfter.msgsOut - clientBefore.msgsOut,
      bytesOut: clientAfter.bytesOut - clientBefore.bytesOut,
      msgsIn: clientAfter.msgsIn - clientBefore.msgsIn,
      bytesIn: clientAfter.bytesIn - clientBefore.bytesIn,
    },
    peakRssBytes,
    rssBeforeBytes,
    timeline: recorder?.result(submittedAt),
    edges: edgesOf(end),
  };
}

// ---------- main ----------




async function main(): Promise<number> {
  // W3–W6 have their own runner (bench/w3-w6.ts: corpus, --baseline, --ratio, --placement).
  if (NOT_YET.has((process.argv[2] ?? "").toUpperCase())) return (await import("./w3-w6.js")).main(process.argv.slice(2));
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      say(`weft bench: ${err.message}`);
      say(USAGE);
      return 2;
    }
    throw err;
  }
  const { workload, params } = args;
  const placement: PlacementStrategy = args.spread ? "round-robin" : "locality";
  const base: Record<string, unknown> = {
    workload: workload.id,
    system: "weft",
    params,
    workers: args.workers,
    spread: args.spread,
    placement,
  };
  const emit = (fields: Record<string, unknown>) => process.stdout.write(JSON.stringify({ ...base, ...fields }) + "\n");

  // Before anything imports the workflow: here (prepareWorkflow) and in the worker processes,
  // which inherit this environment.
  for (const [k, v] of Object.entries(workload.env?.(params) ?? {})) process.env[k] = v;
  // dist/bench/run.js -> the repository root -> bench/workloads/wK.ts (the source, not the build).
  const source = fileURLToPath(new URL(`../../${workload.source}`, import.meta.url));
  const expected = workload.expected(params);
  const inputJson = JSON.stringify(workload.input(params));

  const loadBefore = loadavg()[0] ?? 0;
  const engineRev = engineRevision(fileURLToPath(new URL("../../", import.meta.url)));
  const prepared = await prepareWorkflow(source);
  say(`weft bench ${workload.id} ${JSON.stringify(params)}: bundled ${source} (${prepared.bundle.code.length} bytes, ${prepared.graph.nodes.length} nodes)`);

  const t0 = performance.now();
  let stack: BenchStack;
  try {
    stack = await startBenchStack({ workers: args.workers, ...(args.slots ? { slots: args.slots } : {}), ...(args.spread ? { placement } : {}),
      ...(args.profileDir ? { workerExecArgv: ["--cpu-prof", "--cpu-prof-dir", args.profileDir] } : {}),
      say,
    });
  } catch (err) {
    say(`weft bench: the stack did not start: ${(err as Error).message}`);
    emit({ ok: false, error: `stack: ${(err as Error).message}` });
    return 3;
  }
  const startupS = (performance.now() - t0) / 1000;
  const slots = stack.coordinator.workers()[0]?.slots;
  let tap: NatsTap | undefined;
  try {
    // The upload `weft run` does on every submission, done once here, outside the clock.
    await (await stack.bus.objects("weft_bundles")).put(prepared.bundle.hash, prepared.bundle.code);

    const warmups: number[] = [];
    const warmingSince = performance.now();
    for (let k = 0; warming(args, k, warmingSince); k++) {
      const m = await measuredRun(stack, prepared, inputJson, undefined, args.timeoutS);
      if (m.result !== expected) throw new Error(`warm-up run gave ${JSON.stringify(m.result)}, expected ${expected}`);
      warmups.push(m.wallS);
      say(`weft bench ${workload.id}: warm-up ${k + 1}: ${m.wallS.toFixed(3)} s`);
      await sleep(WARMUP_GAP_MS);
    }
    await sleep(300); // let the last warm-up's end-of-run messages (record, forget) pass before the first window

    const runs: Measure[] = [];
    for (let r = 0; r < args.repeat; r++) {
      const monoStart = process.hrtime.bigint() / 1000n;
      const m = await measuredRun(stack, prepared, inputJson, undefined, args.timeoutS, args.timeline);
      // CLOCK_MONOTONIC in µs, the clock of V8's .cpuprofile timestamps: the window to analyse.
      if (args.profileDir) say(`weft bench ${workload.id}: run ${r + 1} window mono_us ${monoStart} ${process.hrtime.bigint() / 1000n}`);
      runs.push(m);
      say(`weft bench ${workload.id}: run ${r + 1}/${args.repeat}: ${m.wallS.toFixed(4)} s, checksum ${JSON.stringify(m.result)}${m.result === expected ? "" : ` (expected ${expected})`}`);
      await sleep(300);
    }

    // Outside the timed region: the checks, and where the coordinator placed the nodes.
    const ok = runs.every((m) => m.result === expected);
    const walls = runs.map((m) => m.wallS);
    const wallS = median(walls);
    // Per-run figures (traffic, memory) are those of the run closest to the median.
    const rep = runs.reduce((a, b) => (Math.abs(b.wallS - wallS) < Math.abs(a.wallS - wallS) ? b : a));
    const record = await readRunRecord(stack.bus, rep.runId).catch(() => undefined);
    const crossing = record?.placement ? crossingEdges(prepared.graph, placementFromWire(record.placement)).length : null;

    // What crossed NATS, counted by the tap on one more run after the timed ones: a subscriber
    // to every subject doubles the server's deliveries and would slow the timed runs.
    let traffic: TapCounters | undefined;
    if (args.tap) {
      tap = await NatsTap.start(stack.url);
      traffic = (await measuredRun(stack, prepared, inputJson, tap, args.timeoutS)).traffic;
    }
    const total = traffic ? totalOf(traffic) : undefined;
    const breakdown = traffic ? Object.fromEntries(TAP_CLASSES.map((k) => [k, traffic[k]])) : null;
    const extras: Record<string, unknown> =
      workload.id === "W2" ? { cross_worker_hops: crossing } : { cross_worker_edges: crossing };
    emit({
      wall_s: round(wallS, 6),
      [workload.rateField]: round(workload.rate(params, wallS), workload.rateField === "per_hop_ms" ? 5 : 1),
      checksum: rep.result,
      expected,
      ok,
      nats_msgs: total ? total.msgs : null,
      nats_bytes: total ? total.bytes : null,
      // The engine's estimate of what was handed over in memory (sum over the run's edges);
      // 0 with local_bytes_source "not-exposed" when the engine does not report edges.
      local_bytes: rep.edges ? rep.edges.reduce((n, e) => n + e.local_bytes, 0) : 0,
      local_bytes_source: rep.edges ? "engine-edge-estimate" : "not-exposed",
      startup_s: round(startupS, 3),
      ...extras,
      coordinator_peak_rss_mb: round(rep.peakRssBytes / MB, 1),
      coordinator_rss_before_mb: round(rep.rssBeforeBytes / MB, 1),
      repeat: args.repeat,
      runs_s: walls.map((w) => round(w, 6)),
      checksums: runs.map((m) => m.result),
      warmup_runs: warmups.length,
      warmup_s: warmups.map((w) => round(w, 4)),
      slots: slots ?? null,
      nats_breakdown: breakdown,
      // The engine's own per-edge accounting (terminal run event), summed; listed when short.
      engine_edge_totals: rep.edges
        ? rep.edges.reduce(
            (t, e) => ({
              edges: t.edges + 1,
              records: t.records + e.records,
              nats_msgs: t.nats_msgs + e.nats_msgs,
              nats_bytes: t.nats_bytes + e.nats_bytes,
              local_records: t.local_records + e.local_records,
              local_bytes: t.local_bytes + e.local_bytes,
            }),
            { edges: 0, records: 0, nats_msgs: 0, nats_bytes: 0, local_records: 0, local_bytes: 0 },
          )
        : null,
      ...(rep.edges && rep.edges.length <= 20 ? { engine_edges: rep.edges } : {}),
      client_bus: rep.client,
      ...(rep.timeline ? { timeline: rep.timeline } : {}),
      stack: stack.how,
      engine_rev: engineRev,
      // Other processes' load on this machine (1-minute load average, before and after): a
      // figure taken with load_1m well above 0 was measured on a busy machine.
      load_1m: [round(loadBefore, 2), round(loadavg()[0] ?? 0, 2)],
      node: process.version,
    });
    return ok ? 0 : 1;
  } catch (err) {
    say(`weft bench ${workload.id}: ${(err as Error).stack ?? String(err)}`);
    emit({ ok: false, error: (err as Error).message, startup_s: round(startupS, 3) });
    return 1;
  } finally {
    await tap?.stop().catch(() => {});
    await stack.stop().catch((err: unknown) => say(`weft bench: stopping the stack: ${(err as Error).message}`));
  }
}

main().then(
  (code) => {
    process.exitCode = code;
    // Anything left running (timers, sockets) must not hold the exit once stdout has drained.
    process.stdout.write("", () => process.exit(code));
  },
  (err: unknown) => {
    say(`weft bench: ${(err as Error)?.stack ?? String(err)}`);
    process.stdout.write("", () => process.exit(3));
  },
);
