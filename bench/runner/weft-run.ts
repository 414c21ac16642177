/**
 * One measured weft run, the same for every workload: the run is followed the way the client
 * API follows a run whose log nobody reads (`client.run`, engine/client/run-ends.ts: one
 * follower of every state of the client's runs, made at the first run), or, with a timeline,
 * its whole log by its own ordered JetStream consumer (the way `weft run` reads a run), set up
 * before the clock starts; the clock runs from sending the SubmitRequest to holding the run's
 * terminal `succeeded` entry with its result. The bundle was uploaded before, outside the clock.
 */
import { performance } from "node:perf_hooks";
import { type Bus, type PreparedWorkflow, cancelRun, followExpress, followRun, requestRun, newRunId, errorFromWire, ExpressStates, RunEnds } from "../../engine/internal.js";
import { edgesOf, type EdgeTotals } from "./edges.js";
import type { BenchStack } from "./stack.js";
import { diffCounters, type NatsTap, type TapCounters } from "./tap.js";
import { timelineRecorder, type Timeline } from "./timeline.js";

export interface WeftRun {
  runId: string;
  wallS: number;
  answer: unknown;
  /** The engine's per-edge accounting (the terminal run event's `edges`; [] if it sends none). */
  edges: EdgeTotals[];
  /** What crossed NATS, when a tap was given. */
  traffic: TapCounters | undefined;
  /** The client connection's Bus.stats() delta (submit request and reply). */
  client: ReturnType<Bus["stats"]>;
  /** This process's RSS at submission and at its peak, when sampled. */
  rss: { beforeBytes: number; peakBytes: number } | undefined;
  timeline: Timeline | undefined;
}

export interface WeftRunOptions {
  tap?: NatsTap | undefined;
  timeoutS: number;
  timeline?: boolean;
  /** Sample this process's RSS every 50 ms (the coordinator runs here). */
  sampleRss?: boolean;
  /** An express run (docs/express.md): no record, followed over core NATS. */
  express?: boolean;
}

/** submitRun without its bundle upload: the bundle was uploaded before the timed runs. */
export async function submitOnly(bus: Bus, prepared: PreparedWorkflow, inputJson: string, runId: string, express = false): Promise<void> {
  await requestRun(bus, prepared, inputJson, runId, { submitter: `bench-pid-${process.pid}`, express });
}

/** The client's one follower of its runs' states, per connection (WeftClient's, engine/client/api.ts). */
const endsOf = new WeakMap<Bus, Promise<RunEnds>>();

function runEnds(bus: Bus): Promise<RunEnds> {
  let ends = endsOf.get(bus);
  if (!ends) {
    const made = new RunEnds(bus);
    ends = made.follow().then(() => made);
    endsOf.set(bus, ends);
  }
  return ends;
}

/** The same for express runs: one core subscription of the client's runs' states. */
const expressOf = new WeakMap<Bus, ExpressStates>();

function expressStates(bus: Bus): ExpressStates {
  let states = expressOf.get(bus);
  if (!states) expressOf.set(bus, (states = new ExpressStates(bus)));
  return states;
}

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

/** Runs the prepared workflow once on `stack`; throws if it does not succeed in time. */
export async function weftRun(stack: BenchStack, prepared: PreparedWorkflow, inputJson: string, opts: WeftRunOptions): Promise<WeftRun> {
  const bus = stack.bus;
  const runId = newRunId();
  const recorder = opts.timeline ? timelineRecorder() : undefined;
  // The follower exists before the clock starts.
  const onEntry = recorder ? (e: Parameters<typeof recorder.onEntry>[0]) => recorder.onEntry(e) : () => {};
  const expressFollow = opts.express ? followExpress(bus, runId, onEntry, recorder ? undefined : expressStates(bus)) : undefined;
  const follow = expressFollow ?? (recorder ? await followRun(bus, runId, onEntry) : ((await runEnds(bus)).wait(runId) ?? (await followRun(bus, runId, onEntry))));
  const tapBefore = opts.tap ? await opts.tap.snapshot() : undefined;
  const clientBefore = bus.stats();
  const rssBeforeBytes = process.memoryUsage.rss();
  const sampler = opts.sampleRss ? rssSampler() : undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`run ${runId} did not end within ${opts.timeoutS} s`)), opts.timeoutS * 1000);
  });
  const submittedAt = Date.now();
  const t0 = performance.now();
  let end;
  try {
    await submitOnly(bus, prepared, inputJson, runId, opts.express);
    expressFollow?.submitted();
    end = await Promise.race([follow.ended, timeout]);
  } catch (err) {
    sampler?.stop();
    follow.stop();
    await cancelRun(bus, runId, "benchmark gave up").catch(() => {});
    throw err;
  } finally {
    clearTimeout(timer);
  }
  const wallS = (performance.now() - t0) / 1000;
  const peakBytes = sampler?.stop();
  const tapAfter = opts.tap ? await opts.tap.snapshot() : undefined;
  const clientAfter = bus.stats();
  if (end.to !== "succeeded") {
    const error = errorFromWire(end.error);
    throw new Error(`run ${runId} ended ${end.to || "without a terminal event"}${error ? `: ${error.code}: ${error.message}` : ""}`);
  }
  return {
    runId,
    wallS,
    answer: JSON.parse(end.resultJson || "null"),
    edges: edgesOf(end),
    traffic: tapBefore && tapAfter ? diffCounters(tapAfter, tapBefore) : undefined,
    client: {
      msgsOut: clientAfter.msgsOut - clientBefore.msgsOut,
      bytesOut: clientAfter.bytesOut - clientBefore.bytesOut,
      msgsIn: clientAfter.msgsIn - clientBefore.msgsIn,
      bytesIn: clientAfter.bytesIn - clientBefore.bytesIn,
    },
    rss: peakBytes !== undefined ? { beforeBytes: rssBeforeBytes, peakBytes } : undefined,
    timeline: recorder?.result(submittedAt, wallS),
  };
}

/** The run whose wall time is closest to `wallS` (per-run figures are taken from it). */
export function closestTo<T extends { wallS: number }>(runs: T[], wallS: number): T {
  return runs.reduce((a, b) => (Math.abs(b.wallS - wallS) < Math.abs(a.wallS - wallS) ? b : a));
}
