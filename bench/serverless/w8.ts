/**
 * W8 event throughput (bench/README.md, "W8"):
 *
 *   npm run -s bench -- W8 [--mode trigger|submit] [--events 100000] [--batch 1000] [--batch-wait 50ms] ...
 *   node dist/bench/serverless/w8.js [the same flags]
 *
 * trigger (default): the stack (a private nats-server, the coordinator in this process, which
 * runs the triggers as leader, and N worker processes), a JetStream stream, and the bench
 * workflow (bench/workloads/w8.ts) deployed with a batching NATS trigger on it. Each round
 * publishes `events` messages {"n": i} and waits until the finished runs' counts add up to
 * them; events/s is events / (end of the last run − first publish). Publishing is inside the
 * clock, as BullMQ's addBulk is in the peers'.
 * submit: the same events, each submitted as its own run (requestRun, the bundle already
 * stored, as `weft submit` without its upload) and followed to its end, `--conc` at once.
 *
 * Every round is checked: count = events and sum = events × (events − 1) over its runs, so every
 * event was in exactly one run's input. One JSON line on stdout, progress on stderr; exit 0 ok,
 * 1 a wrong answer or a failed run, 2 usage, 3 the stack could not start (no nats-server).
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import {
  deployWorkflow,
  followRun,
  newRunId,
  openBundles,
  prepareWorkflow,
  requestRun,
  triggerKey,
  type Bus,
  type PreparedWorkflow,
} from "../../engine/internal.js";
import type { TriggerSpec } from "../../model/trigger.js";
import { median, round } from "../runner/numbers.js";
import { startBenchStack, type BenchStack } from "../runner/stack.js";
import { UsageError } from "../runner/usage-error.js";
import { GAP_MS, sleep } from "../runner/warm-up.js";
import type { W8Result } from "../workloads/w8.js";
import { EventPublisher } from "./event-publisher.js";
import { ProducerChild } from "./producer-child.js";
import { RunEnds } from "./run-ends.js";
import { parseW8Args, USAGE, type W8Args } from "./w8-args.js";


const STREAM = "BENCH_W8";
const SUBJECT = "bench.w8.events";
const DEPLOYMENT = "bench-w8";

/** One round: how long, how many runs, and what they added up to. */
interface Round {
  wallS: number;
  /** trigger mode: until the stream had stored the last event. */
  publishS: number | undefined;
  runs: number;
  count: number;
  sum: number;
  failed: string[];
}

const expectedSum = (n: number) => n * (n - 1);
const exact = (r: Round, n: number) => r.failed.length === 0 && r.count === n && r.sum === expectedSum(n);

/** Totals of the succeeded runs seen so far, and the failures. */
class Totals {
  runs = 0;
  count = 0;
  sum = 0;
  lastEndMs = 0;
  failed: string[] = [];

  add(state: string, resultJson: string, what: string, atMs: number): void {
    this.lastEndMs = Math.max(this.lastEndMs, atMs);
    if (state !== "succeeded") {
      this.failed.push(what);
      return;
    }
    const r = JSON.parse(resultJson) as W8Result;
    this.runs++;
    this.count += r.count;
    this.sum += r.sum;
  }

  snapshot() {
    return { runs: this.runs, count: this.count, sum: this.sum, failed: this.failed.length };
  }
}

/** Waits until the durable consumer of the trigger exists: the coordinator has started it. */
async function triggerStarted(stack: BenchStack, spec: TriggerSpec, timeoutMs: number): Promise<void> {
  const { connect } = await import("@nats-io/transport-node");
  const { jetstreamManager } = await import("@nats-io/jetstream");
  const nc = await connect({ servers: stack.url });
  try {
    const jsm = await jetstreamManager(nc);
    const durable = `weft-${DEPLOYMENT}-${triggerKey(DEPLOYMENT, spec)}`;
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      try {
        await jsm.consumers.info(STREAM, durable);
        return;
      } catch (err) {
        if (performance.now() > deadline) throw new Error(`the trigger's consumer ${durable} did not appear within ${timeoutMs / 1000} s: ${(err as Error).message}`);
        await sleep(50);
      }
    }
  } finally {
    await nc.close();
  }
}

/** trigger mode: deploys once, then each round publishes the events and waits for their runs. */
async function triggerRounds(args: W8Args, stack: BenchStack, prepared: PreparedWorkflow, say: (line: string) => void): Promise<{ warm: Round | undefined; rounds: Round[] }> {
  const bus = stack.bus;
  await bus.ensureStream(STREAM, [SUBJECT]);
  const spec: TriggerSpec = { kind: "nats", subject: SUBJECT, stream: STREAM, batch: { max: args.batch, waitMs: args.batchWaitMs } };
  const d = await deployWorkflow(bus, prepared, { name: DEPLOYMENT, triggers: [spec] });
  say(`weft bench W8: deployed ${d.name}@${d.version} with nats:${SUBJECT} (stream ${STREAM}) [batch ${args.batch}/${args.batchWaitMs} ms]`);
  await triggerStarted(stack, spec, 15_000);
  const totals = new Totals();
  const ends = new RunEnds(bus, (e) => totals.add(e.state, e.resultJson, `${e.runId} ${e.state} ${e.error ?? ""}`, e.atMs));
  const producer = args.producer === "child" ? await ProducerChild.start(stack.url) : await EventPublisher.connect(stack.url);
  try {
    const round = async (n: number, label: string): Promise<Round> => {
      const before = totals.snapshot();
      const monoStart = process.hrtime.bigint() / 1000n;
      const t0 = performance.now();
      await producer.publish(SUBJECT, n, args.window);
      const publishS = (performance.now() - t0) / 1000;
      await ends.until(() => totals.count >= before.count + n || totals.failed.length > before.failed, args.timeoutS * 1000, `W8 ${label}`);
      const wallS = (totals.lastEndMs - t0) / 1000;
      // CLOCK_MONOTONIC in µs, the clock of V8's .cpuprofile timestamps (bench/diagnostics/profile-top.ts).
      const monoEnd = monoStart + BigInt(Math.round(wallS * 1e6));
      await sleep(GAP_MS); // a duplicate run, if any, would end now and show in the count
      const r: Round = {
        wallS,
        publishS,
        runs: totals.runs - before.runs,
        count: totals.count - before.count,
        sum: totals.sum - before.sum,
        failed: totals.failed.slice(before.failed),
      };
      say(
        `weft bench W8 ${label}: ${n} events in ${r.runs} runs, ${wallS.toFixed(3)} s (published in ${publishS.toFixed(3)} s), ` +
          `${Math.round(n / wallS)} events/s, count ${r.count} sum ${r.sum}${exact(r, n) ? "" : " WRONG"} (window mono_us ${monoStart} ${monoEnd})`,
      );
      return r;
    };
    const warm = args.warmupEvents > 0 ? await round(args.warmupEvents, "warm-up") : undefined;
    const rounds: Round[] = [];
    for (let k = 1; k <= args.repeat; k++) rounds.push(await round(args.events, `round ${k}/${args.repeat}`));
    return { warm, rounds };
  } finally {
    ends.stop();
    await producer.close().catch(() => {});
  }
}

/** submit mode: each event its own run, submitted and followed to its end, `conc` at once. */
async function submitRounds(args: W8Args, bus: Bus, prepared: PreparedWorkflow, say: (line: string) => void): Promise<{ warm: Round | undefined; rounds: Round[] }> {
  // The upload `weft submit` does on every submission, done once here, outside the clock.
  await (await openBundles(bus)).put(prepared.bundle.hash, prepared.bundle.code);
  const round = async (n: number, label: string): Promise<Round> => {
    const totals = new Totals();
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < n) {
        const i = next++;
        const runId = newRunId();
        const follow = await followRun(bus, runId, () => {});
        await requestRun(bus, prepared, `[{"n":${i}}]`, runId, { submitter: `bench-pid-${process.pid}` });
        const end = await follow.ended;
        totals.add(end.to ?? "", end.resultJson ?? "", `${runId} ${end.to ?? "no end"}`, performance.now());
      }
    };
    const t0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(Array.from({ length: Math.min(args.conc, n) }, lane)),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`W8 ${label}: not done within ${args.timeoutS} s`)), args.timeoutS * 1000))),
    ]).finally(() => clearTimeout(timer));
    const wallS = (totals.lastEndMs - t0) / 1000;
    const r: Round = { wallS, publishS: undefined, runs: totals.runs, count: totals.count, sum: totals.sum, failed: totals.failed };
    say(`weft bench W8 submit ${label}: ${n} runs, ${wallS.toFixed(3)} s, ${Math.round(n / wallS)} runs/s, count ${r.count} sum ${r.sum}${exact(r, n) ? "" : " WRONG"}`);
    await sleep(GAP_MS);
    return r;
  };
  const warm = args.warmupEvents > 0 ? await round(args.warmupEvents, "warm-up") : undefined;
  const rounds: Round[] = [];
  for (let k = 1; k <= args.repeat; k++) rounds.push(await round(args.events, `round ${k}/${args.repeat}`));
  return { warm, rounds };
}

/** W8 with `argv` (its flags): prints the JSON line on stdout; returns the exit code. */
export async function w8Main(argv: string[], say: (line: string) => void): Promise<number> {
  let args: W8Args;
  try {
    args = parseW8Args(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    say(`weft bench W8: ${err.message}`);
    say(USAGE);
    return 2;
  }
  const loadStart = loadavg().map((x) => round(x, 2));
  // dist/bench/serverless/w8.js -> the repository root -> bench/workloads/w8.ts (the source, as `weft deploy` bundles it).
  const prepared = await prepareWorkflow(fileURLToPath(new URL("../../../bench/workloads/w8.ts", import.meta.url)));
  const t0 = performance.now();
  let stack: BenchStack;
  try {
    stack = await startBenchStack({ workers: args.workers, say });
  } catch (err) {
    say(`weft bench W8: the stack did not start: ${(err as Error).message}`);
    return 3;
  }
  const startupS = (performance.now() - t0) / 1000;
  const params =
    args.mode === "trigger"
      ? { events: args.events, batch: args.batch, batch_wait_ms: args.batchWaitMs, producer: args.producer, window: args.window, workers: args.workers, repeat: args.repeat, warmup_events: args.warmupEvents }
      : { events: args.events, conc: args.conc, workers: args.workers, repeat: args.repeat, warmup_events: args.warmupEvents };
  const line: Record<string, unknown> = { workload: "W8", system: "weft", mode: args.mode, params };
  let ok = false;
  try {
    const { rounds } = args.mode === "trigger" ? await triggerRounds(args, stack, prepared, say) : await submitRounds(args, stack.bus, prepared, say);
    const wallS = median(rounds.map((r) => r.wallS));
    const rep = rounds.reduce((a, b) => (Math.abs(b.wallS - wallS) < Math.abs(a.wallS - wallS) ? b : a));
    ok = rounds.every((r) => exact(r, args.events));
    const bad = rounds.find((r) => !exact(r, args.events));
    Object.assign(line, {
      events_per_s: Math.round(args.events / wallS),
      ...(args.mode === "submit" ? { runs_per_s: Math.round(args.events / wallS) } : {}),
      wall_s: round(wallS, 4),
      runs_s: rounds.map((r) => round(r.wallS, 4)),
      events_per_s_per_round: rounds.map((r) => Math.round(args.events / r.wallS)),
      ...(args.mode === "trigger" ? { publish_s: rounds.map((r) => round(r.publishS ?? 0, 4)), runs_per_round: rounds.map((r) => r.runs) } : {}),
      ok,
      checksum: rep.sum,
      count: rep.count,
      expected: expectedSum(args.events),
      ...(bad ? { error: bad.failed.length ? `failed runs: ${bad.failed.slice(0, 3).join("; ")}` : `a round counted ${bad.count} events summing to ${bad.sum}` } : {}),
      startup_s: round(startupS, 3),
    });
  } catch (err) {
    Object.assign(line, { ok: false, error: (err as Error).message });
  } finally {
    await stack.stop().catch(() => {});
  }
  process.stdout.write(JSON.stringify({ ...line, loadavg_start: loadStart, loadavg_end: loadavg().map((x) => round(x, 2)), node: process.version }) + "\n");
  return ok ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // stdout carries the one result line; anything that logs with console.log goes to stderr.
  console.log = (...args: unknown[]) => console.error(...args);
  const say = (line: string) => process.stderr.write(line + "\n");
  w8Main(process.argv.slice(2), say).then(
    (code) => process.exit(code),
    (err: unknown) => {
      say(`weft bench W8: ${(err as Error).stack ?? String(err)}`);
      process.exit(1);
    },
  );
}
