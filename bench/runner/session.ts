/**
 * One runner invocation on weft, for every workload: bundle the workload's .ts source
 * (prepareWorkflow, as `weft run` does), start the stack (timed apart as startup_s), upload
 * the bundle once, warm up (at least K runs, for at least S seconds), then R timed rounds, then
 * one untimed run with the NATS tap counting what crosses NATS (a subscriber to every subject
 * doubles the server's deliveries and would slow the timed runs).
 *
 * Companions (the baseline and the split of `--ratio`) run in every warm-up and every round,
 * alternating whether they go before or after weft, so that neither always follows the other's
 * aftermath.
 */
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { openBundles, prepareWorkflow, type PreparedWorkflow, readRunRecord, crossingEdges, type CrossingEdge, placementFromWire } from "../../engine/internal.js";
import type { Ready } from "./catalog.js";
import type { BenchArgs } from "./bench-args.js";
import { median } from "./numbers.js";
import { startBenchStack, type BenchStack } from "./stack.js";
import { NatsTap, type TapCounters } from "./tap.js";
import { GAP_MS, sleep, WARMUP_GAP_MS, warming } from "./warm-up.js";
import { closestTo, weftRun, type WeftRun } from "./weft-run.js";

/** A timed computation that runs beside weft in every round (the baseline, the split). */
export interface Companion {
  name: string;
  run(): Promise<{ wallS: number; answer: unknown }>;
}

export interface CompanionRuns {
  name: string;
  warmupS: number[];
  runs: { wallS: number; answer: unknown }[];
}

/** What a session measured, for the line. */
export interface Session {
  prepared: PreparedWorkflow;
  stack: BenchStack;
  startupS: number;
  warmupS: number[];
  runs: WeftRun[];
  /** Median wall time of the timed runs. */
  wallS: number;
  /** The run closest to the median: per-run figures (traffic, memory, edges) come from it. */
  rep: WeftRun;
  /** The edges that crossed workers in `rep`'s recorded placement (undefined: no record). */
  crossing: CrossingEdge[] | undefined;
  /** What the tap counted on the extra run (undefined with --no-tap). */
  traffic: TapCounters | undefined;
  companions: CompanionRuns[];
}

/** The stack did not start: the runner says so and exits 3. */
export class StackDidNotStart extends Error {}

/** The workflow prepared, before the stack starts (the bundling is not timed). */
export async function prepare(args: BenchArgs, say: (line: string) => void): Promise<PreparedWorkflow> {
  // Before anything imports the workflow: here (prepareWorkflow) and in the worker processes,
  // which inherit this environment.
  for (const [k, v] of Object.entries(args.workload.env?.(args.params) ?? {})) process.env[k] = v;
  // dist/bench/runner/run.js -> the repository root -> bench/workloads/wK.ts (the source, not the build).
  const source = fileURLToPath(new URL(`../../../${args.workload.source}`, import.meta.url));
  const prepared = await prepareWorkflow(source);
  say(`weft bench ${args.workload.id} ${JSON.stringify(args.params)}: bundled ${source} (${prepared.bundle.code.length} bytes, ${prepared.graph.nodes.length} nodes)`);
  return prepared;
}

/** Starts the stack for `args`, timed. */
export async function startStack(args: BenchArgs, say: (line: string) => void): Promise<{ stack: BenchStack; startupS: number }> {
  // WEFT_BENCH_WORKER_ARGV: extra node flags for the worker processes (a diagnostic, e.g. --trace-gc).
  const workerExecArgv = [
    ...(args.profileDir ? ["--cpu-prof", "--cpu-prof-dir", args.profileDir] : []),
    ...(process.env.WEFT_BENCH_WORKER_ARGV ?? "").split(/\s+/).filter(Boolean),
  ];
  const t0 = performance.now();
  try {
    const stack = await startBenchStack({
      workers: args.workers,
      ...(args.slots ? { slots: args.slots } : {}),
      ...(args.placement !== "locality" ? { placement: args.placement } : {}),
      ...(workerExecArgv.length ? { workerExecArgv } : {}),
      say,
    });
    return { stack, startupS: (performance.now() - t0) / 1000 };
  } catch (err) {
    throw new StackDidNotStart((err as Error).message);
  }
}

/**
 * Warm-ups, timed rounds and the tap run on a started stack. Throws when a warm-up gives a
 * wrong answer or a run fails; a wrong answer in a timed run is for the caller to report.
 */
export async function measure(
  args: BenchArgs,
  ready: Ready,
  prepared: PreparedWorkflow,
  stack: BenchStack,
  startupS: number,
  companions: Companion[],
  say: (line: string) => void,
): Promise<Session> {
  const id = args.workload.id;
  const inputJson = JSON.stringify(ready.input);
  const options = { timeoutS: args.timeoutS, sampleRss: args.workload.family === "tasks", express: args.express };
  // The upload `weft run` does on every submission, done once here, outside the clock.
  await (await openBundles(stack.bus)).put(prepared.bundle.hash, prepared.bundle.code);
  const done: CompanionRuns[] = companions.map((c) => ({ name: c.name, warmupS: [], runs: [] }));

  const warmupS: number[] = [];
  const warmingSince = performance.now();
  for (let k = 0; warming(args, k, warmingSince); k++) {
    const m = await weftRun(stack, prepared, inputJson, options);
    if (!ready.check(m.answer)) throw new Error(`warm-up run gave ${JSON.stringify(m.answer).slice(0, 300)}, expected ${ready.expected}`);
    warmupS.push(m.wallS);
    say(`weft bench ${id}: warm-up ${k + 1}: ${m.wallS.toFixed(4)} s`);
    await sleep(WARMUP_GAP_MS);
    for (const [i, c] of companions.entries()) {
      const r = await c.run();
      done[i]!.warmupS.push(r.wallS);
      say(`weft bench ${id}: ${c.name} warm-up ${k + 1}: ${r.wallS.toFixed(4)} s`);
    }
  }
  await sleep(GAP_MS); // let the last warm-up's end-of-run messages (record, forget) pass before the first window

  const runs: WeftRun[] = [];
  for (let r = 0; r < args.repeat; r++) {
    const companionsFirst = r % 2 === 0;
    const runCompanions = async () => {
      for (const [i, c] of companions.entries()) done[i]!.runs.push(await c.run());
    };
    if (companionsFirst) await runCompanions();
    const monoStart = process.hrtime.bigint() / 1000n;
    const m = await weftRun(stack, prepared, inputJson, { ...options, timeline: args.timeline });
    // CLOCK_MONOTONIC in µs, the clock of V8's .cpuprofile timestamps: the window to analyse.
    if (args.profileDir || process.env.WEFT_BENCH_TAP_TRACE) say(`weft bench ${id}: run ${r + 1} window mono_us ${monoStart} ${process.hrtime.bigint() / 1000n}`);
    runs.push(m);
    await sleep(GAP_MS);
    if (!companionsFirst) await runCompanions();
    const right = (a: unknown) => (ready.check(a) ? "" : " WRONG ANSWER");
    say(
      `weft bench ${id}: round ${r + 1}/${args.repeat}: weft ${m.wallS.toFixed(4)} s, checksum ${JSON.stringify(ready.checksumOf(m.answer))}${right(m.answer)}` +
        done.map((c) => `, ${c.name} ${c.runs.at(-1)!.wallS.toFixed(4)} s${right(c.runs.at(-1)!.answer)}`).join(""),
    );
  }

  // Outside the timed region: where the coordinator placed the nodes, and the tap run.
  const wallS = median(runs.map((m) => m.wallS));
  const rep = closestTo(runs, wallS);
  const record = await readRunRecord(stack.bus, rep.runId).catch(() => undefined);
  const crossing = record?.placement ? crossingEdges(prepared.graph, placementFromWire(record.placement)) : undefined;
  let traffic: TapCounters | undefined;
  if (args.tap) {
    const tap = await NatsTap.start(stack.url);
    try {
      traffic = (await weftRun(stack, prepared, inputJson, { ...options, tap })).traffic;
    } finally {
      await tap.stop().catch(() => {});
    }
  }
  return { prepared, stack, startupS, warmupS, runs, wallS, rep, crossing, traffic, companions: done };
}
