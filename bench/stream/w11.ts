/**
 * W11 streaming throughput and latency (bench/README.md, "W11"):
 *
 *   npm run -s bench -- W11 [--events 1000000] [--keys 10000] [--workers 2] [--rounds 1] [--placement processes|in-process]
 *
 * A private nats-server and a JetStream stream of `events` events {k, v, t} over `keys` keys,
 * event time rising 1 ms per 10 events (100 s of event time per million), published on one
 * subject per window slot (`bench.w11.events.P`, P the slot owning the event's key: a producer
 * partitioning by key). Then, reading the same stream from its first message:
 * - baseline: one process, one loop over every subject: JSON, the window operator
 *   (engine/core/stream, the same kernel), 1 s tumbling count+sum windows, results counted as they come;
 * - weft: the streaming job (engine/stream) with `workers` window slots, records routed by key
 *   group in credit-limited batches, checkpoints every 2 s, results into a function sink. Its tasks
 *   run on `workers` worker processes (`processes`, the default: the job as `weft deploy`
 *   places it on that many workers: worker i reads its own subject `bench.w11.events.{partition}`
 *   and owns slot i; a record whose key another worker owns would cross over NATS as JSON), or in
 *   the bench's process (`in-process`: one source reads every subject, batches go to the slots in
 *   memory, one thread).
 * With `--rounds N` both sides read the one stream N times, interleaved (baseline, weft, baseline,
 * ...): the line gives every round and the medians (the ratio's median over rounds).
 * events/s = events / (last result − first record read). Latency: from the moment the source
 * read the first event past a window's end (the watermark passed it; out-of-orderness 0) to
 * the window's result in the sink; p50/p99 over windows. Every count and sum is checked.
 * One JSON line on stdout, progress on stderr; exit 0 ok, 1 a wrong answer, 2 usage, 3 no nats-server.
 */
import { fork, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import type { Bus } from "../../engine/bus/bus.js";
import { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { WindowOperator } from "../../engine/core/stream/window-operator.js";
import { nextEpoch, startStreamJob } from "../../engine/stream/stream-job.js";
import type { WindowResult } from "../../model/stream.js";
import { median, round } from "../runner/numbers.js";
import { BATCH, countSum, eventAt, now, partitionOfKey, partitionSubject, STREAM, SUBJECTS, w11Settings, w11Workflow, WatermarkClock, type Event, type Result } from "./w11-job.js";
import type { FromWorker, ToWorker } from "./w11-worker.js";

const say = (line: string) => process.stderr.write(line + "\n");
/** The worker processes' results stop coming for this long: the run failed. */
const STALL_MS = 120_000;

/** What the windows must add up to. */
function expected(events: number) {
  let s = 0;
  for (let i = 0; i < events; i++) s += i % 100;
  return { n: events, s };
}

class Tally {
  n = 0;
  s = 0;
  windows = 0;
  lastAt = 0;
  readonly latencies: number[] = [];
  add(rs: readonly Result[], wm: WatermarkClock): void {
    const at = now();
    for (const r of rs) {
      this.n += r.value.n;
      this.s += r.value.s;
      this.windows++;
      const passed = wm.passed.get(r.end);
      if (passed !== undefined) this.latencies.push(at - passed);
    }
    this.lastAt = at;
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number) : NaN;
};

/** Events partitioned by key over `partitions` subjects, then a closer on each: every source partition reads one. */
async function publish(bus: Bus, events: number, keys: number, partitions: number): Promise<void> {
  await bus.ensureStream(STREAM, [SUBJECTS]);
  const enc = new TextEncoder();
  // 500 publishes in flight: 2000 timed out at load ~26.
  for (let i = 0; i < events; i += 500) {
    const chunk = [];
    for (let j = i; j < Math.min(events, i + 500); j++) {
      const e = eventAt(j, keys);
      chunk.push(bus.publishDurable(partitionSubject(partitionOfKey(e.k, partitions)), enc.encode(JSON.stringify(e))));
    }
    await Promise.all(chunk);
    if (i % 200_000 === 0) say(`W11: published ${i} of ${events}`);
  }
  // An event far past the rest closes the last windows (a stream has no end); every partition
  // reads one, since the job's watermark is its slowest partition's.
  for (let c = 0; c < partitions; c++) await bus.publishDurable(partitionSubject(c), enc.encode(JSON.stringify({ k: "end", v: 0, t: eventAt(events, keys).t + 10_000 })));
}

/** One process, one loop, the same kernel. */
async function baseline(bus: Bus, events: number, closers: number): Promise<{ tally: Tally; startedAt: number }> {
  const wm = new WatermarkClock();
  const tally = new Tally();
  const op = new WindowOperator({ name: "w", window: { kind: "tumbling", sizeMs: 1000 }, combiner: countSum, allowedLatenessMs: 0, keyGroups: 128 });
  const out: Result[] = [];
  const emitter = { result: (r: WindowResult<unknown, unknown>) => void out.push(r as Result), late: () => {}, dead: () => {} };
  const dec = new TextDecoder();
  let startedAt = 0;
  let read = 0;
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  const replay = await bus.replay(STREAM, SUBJECTS, (data) => {
    if (read++ === 0) startedAt = now();
    const e = JSON.parse(dec.decode(data)) as Event;
    wm.note(e.t);
    if (e.k !== "end") op.add(e, e.t, e.k, emitter);
    op.advance(e.t - 1, emitter);
    if (out.length) tally.add(out.splice(0), wm);
    if (read === events + closers) done();
  }, { pull: BATCH });
  await finished;
  replay.stop();
  return { tally, startedAt };
}

/** The job's tasks in the bench's own process (`--placement in-process`, the default). */
async function onWeft(bus: Bus, events: number, workers: number): Promise<{ tally: Tally; startedAt: number }> {
  const wm = new WatermarkClock();
  const tally = new Tally();
  let startedAt = 0;
  const wf = w11Workflow(
    (t) => {
      if (startedAt === 0) startedAt = now();
      wm.note(t);
    },
    (rs) => tally.add(rs, wm),
  );
  const job = await startStreamJob(bus, wf, { job: `w11-${Date.now()}`, settings: w11Settings(workers, 1), say });
  const want = expected(events).n;
  while (tally.n < want) await new Promise((r) => setTimeout(r, 20));
  await job.stop();
  return { tally, startedAt };
}

/**
 * The job on `workers` worker processes (`--placement processes`), as `weft deploy`
 * places it: worker i runs source partition i and window slot i; records whose key group another
 * worker owns cross over NATS. The window's end passes when every partition's source read past it.
 */
async function onWorkers(bus: Bus, url: string, events: number, workers: number): Promise<{ tally: Tally; startedAt: number }> {
  const job = `w11-${Date.now()}`;
  const epoch = await nextEpoch(bus, job);
  const nodeArgs = (process.env.W11_WORKER_NODE_ARGS ?? "").split(" ").filter(Boolean); // e.g. --cpu-prof
  const children: ChildProcess[] = [];
  const tally = new Tally();
  const arrivals: [at: number, end: number, count: number][] = [];
  const stopped: Extract<FromWorker, { type: "stopped" }>[] = [];
  let failure: string | undefined;
  try {
    for (let index = 0; index < workers; index++) {
      const child = fork(fileURLToPath(new URL("./w11-worker.js", import.meta.url)), [], { stdio: ["ignore", 2, 2, "ipc"], execArgv: nodeArgs });
      children.push(child);
      child.on("message", (m: FromWorker) => {
        if (m.type === "tally") {
          tally.n += m.n;
          tally.s += m.s;
          tally.lastAt = Math.max(tally.lastAt, m.at);
          for (const [end, count] of m.ends) {
            tally.windows += count;
            arrivals.push([m.at, end, count]);
          }
        } else if (m.type === "stopped") stopped.push(m);
        else if (m.type === "error") failure = m.message;
      });
      child.on("exit", (code) => {
        if (code !== 0 && stopped.length < workers) failure ??= `worker ${index} exited with ${code}`;
      });
      child.send({ type: "start", url, job, epoch, index, workers } satisfies ToWorker);
    }
    const want = expected(events).n;
    let [seen, since] = [0, Date.now()];
    while (tally.n < want && failure === undefined) {
      await new Promise((r) => setTimeout(r, 20));
      if (tally.n !== seen) [seen, since] = [tally.n, Date.now()];
      else if (Date.now() - since > STALL_MS) failure = `no result for ${STALL_MS / 1000} s (${tally.n} of ${want} events counted)`;
    }
    for (const c of children) c.send({ type: "stop" } satisfies ToWorker);
    while (stopped.length < workers && failure === undefined) await new Promise((r) => setTimeout(r, 20));
    // A worker exits by itself once stopped: killed instead, a --cpu-prof worker writes no profile.
    const exited = (c: ChildProcess) => c.exitCode !== null || c.signalCode !== null;
    for (let waited = 0; waited < 5000 && !children.every(exited); waited += 20) await new Promise((r) => setTimeout(r, 20));
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill();
  }
  if (failure !== undefined) throw new Error(`W11 worker: ${failure}`);
  const passed = new Map<number, number>();
  for (const w of stopped) for (const [end, at] of w.passed) passed.set(end, Math.max(passed.get(end) ?? 0, at));
  for (const [at, end, count] of arrivals) {
    const p = passed.get(end);
    if (p !== undefined) for (let i = 0; i < count; i++) tally.latencies.push(at - p);
  }
  return { tally, startedAt: Math.min(...stopped.map((w) => w.startedAt)) };
}

export async function w11Main(argv: string[]): Promise<number> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) flags.set(argv[i] ?? "", argv[i + 1] ?? "");
  const events = Number(flags.get("--events") ?? 1_000_000);
  const keys = Number(flags.get("--keys") ?? 10_000);
  const workers = Number(flags.get("--workers") ?? 2);
  const rounds = Number(flags.get("--rounds") ?? 1);
  const placement = flags.get("--placement") ?? "processes";
  const unknown = [...flags.keys()].filter((f) => !["--events", "--keys", "--workers", "--rounds", "--placement"].includes(f));
  const placements = ["in-process", "processes"];
  if (unknown.length || ![events, keys, workers, rounds].every((n) => Number.isInteger(n) && n > 0) || !placements.includes(placement)) {
    say(
      `weft bench W11: usage: W11 [--events N] [--keys N] [--workers N] [--rounds N] (whole numbers > 0) [--placement processes|in-process]${unknown.length ? `; unknown: ${unknown.join(" ")}` : ""}`,
    );
    return 2;
  }
  if (!NatsServerProcess.findBinary()) {
    say("weft bench W11: no nats-server on this machine");
    return 3;
  }
  const loadBefore = loadavg()[0] ?? 0;
  const server = await NatsServerProcess.start({});
  const bus = await connectNatsBus(server.url, { name: "bench-w11" });
  try {
    // One subject per window slot; the job on worker processes reads one each, in-process one source reads all.
    const closers = workers;
    await publish(bus, events, keys, workers);
    const want = expected(events);
    const report = (r: { tally: Tally; startedAt: number }) => {
      const secs = (r.tally.lastAt - r.startedAt) / 1000;
      return {
        events_per_s: Math.round(events / secs),
        wall_s: round(secs, 2),
        windows: r.tally.windows,
        latency_ms: { p50: round(pct(r.tally.latencies, 50), 1), p99: round(pct(r.tally.latencies, 99), 1) },
        ok: r.tally.n === want.n && r.tally.s === want.s,
      };
    };
    const all: { baseline: ReturnType<typeof report>; weft: ReturnType<typeof report>; ratio: number; load_1m: number }[] = [];
    for (let r = 1; r <= rounds; r++) {
      say(`W11: round ${r} of ${rounds}: baseline (one process)`);
      const base = report(await baseline(bus, events, closers));
      say(`W11: baseline ${JSON.stringify(base)}`);
      say(`W11: round ${r} of ${rounds}: weft (${workers} window slots, ${placement === "processes" ? `${workers} worker processes` : "in the bench's process"})`);
      const weft = report(placement === "processes" ? await onWorkers(bus, server.url, events, workers) : await onWeft(bus, events, workers));
      say(`W11: weft ${JSON.stringify(weft)}`);
      all.push({ baseline: base, weft, ratio: round(weft.events_per_s / base.events_per_s, 2), load_1m: round(loadavg()[0] ?? 0, 2) });
    }
    const ok = all.every((r) => r.baseline.ok && r.weft.ok);
    const med = (side: "baseline" | "weft") => ({
      events_per_s: Math.round(median(all.map((r) => r[side].events_per_s))),
      latency_ms: { p50: round(median(all.map((r) => r[side].latency_ms.p50)), 1), p99: round(median(all.map((r) => r[side].latency_ms.p99)), 1) },
      ok: all.every((r) => r[side].ok),
    });
    process.stdout.write(
      JSON.stringify({
        workload: "W11",
        params: { events, keys, workers, placement, rounds, window: "1s tumbling", kernel: "count+sum" },
        baseline: rounds === 1 ? all[0]?.baseline : med("baseline"),
        weft: rounds === 1 ? all[0]?.weft : med("weft"),
        ratio: round(median(all.map((r) => r.ratio)), 2),
        ...(rounds > 1 ? { rounds: all } : {}),
        ok,
        load_1m: [round(loadBefore, 2), round(loadavg()[0] ?? 0, 2)],
      }) + "\n",
    );
    return ok ? 0 : 1;
  } finally {
    await bus.close().catch(() => {});
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await w11Main(process.argv.slice(2));
