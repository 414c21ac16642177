/**
 * W11 streaming throughput and latency (bench/README.md, "W11"):
 *
 *   npm run -s bench -- W11 [--events 1000000] [--keys 10000] [--workers 2] [--rounds 1]
 *
 * A private nats-server and a JetStream stream of `events` events {k, v, t} over `keys` keys,
 * event time rising 1 ms per 10 events (100 s of event time per million). Then, reading the same
 * stream from its first message:
 * - baseline: one process, one loop: JSON, the window operator (engine/core/stream, the same
 *   kernel), 1 s tumbling count+sum windows, results counted as they come;
 * - weft: the streaming job (engine/stream) with `workers` window slots, records routed by key
 *   group over NATS in credit-limited batches, checkpoints every 2 s, results into a function sink.
 * With `--rounds N` both sides read the one stream N times, interleaved (baseline, weft, baseline,
 * ...): the line gives every round and the medians (the ratio's median over rounds).
 * events/s = events / (last result − first record read). Latency: from the moment the source
 * read the first event past a window's end (the watermark passed it; out-of-orderness 0) to
 * the window's result in the sink; p50/p99 over windows. Every count and sum is checked.
 * One JSON line on stdout, progress on stderr; exit 0 ok, 1 a wrong answer, 2 usage, 3 no nats-server.
 */
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import type { Bus } from "../../engine/bus/bus.js";
import { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { WindowOperator } from "../../engine/core/stream/window-operator.js";
import { startStreamJob } from "../../engine/stream/stream-job.js";
import { jetstream, stream, toFunction, tumbling } from "../../sdk/index.js";
import type { WindowResult } from "../../model/stream.js";
import { median, round } from "../runner/numbers.js";

const STREAM = "BENCH_W11";
const SUBJECT = "bench.w11.events";
const say = (line: string) => process.stderr.write(line + "\n");

interface Event {
  k: string;
  v: number;
  t: number;
}

const T0 = 1_767_225_600_000;
/** Records per batch on the weft side, and messages per pull from the stream on both sides (the same read). */
const BATCH = 2000;
const eventAt = (i: number, keys: number): Event => ({ k: `k${(i * 7919) % keys}`, v: i % 100, t: T0 + Math.floor(i / 10) });

const countSum = {
  zero: () => ({ n: 0, s: 0 }),
  add: (a: { n: number; s: number }, e: Event) => {
    a.n++;
    a.s += e.v;
    return a;
  },
  merge: (a: { n: number; s: number }, b: { n: number; s: number }) => ({ n: a.n + b.n, s: a.s + b.s }),
};

type Result = WindowResult<string, { n: number; s: number }>;

/** What the windows must add up to. */
function expected(events: number) {
  let s = 0;
  for (let i = 0; i < events; i++) s += i % 100;
  return { n: events, s };
}

/** When the source first read an event at or past each second (the watermark passing the window ending there). */
class WatermarkClock {
  private next = Math.floor(T0 / 1000) * 1000 + 1000;
  readonly passed = new Map<number, number>();
  note(t: number): void {
    while (t >= this.next) {
      this.passed.set(this.next, performance.now());
      this.next += 1000;
    }
  }
}

class Tally {
  n = 0;
  s = 0;
  windows = 0;
  lastAt = 0;
  readonly latencies: number[] = [];
  add(rs: readonly Result[], wm: WatermarkClock): void {
    const now = performance.now();
    for (const r of rs) {
      this.n += r.value.n;
      this.s += r.value.s;
      this.windows++;
      const passed = wm.passed.get(r.end);
      if (passed !== undefined) this.latencies.push(now - passed);
    }
    this.lastAt = now;
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number) : NaN;
};

async function publish(bus: Bus, events: number, keys: number): Promise<void> {
  await bus.ensureStream(STREAM, [SUBJECT]);
  const enc = new TextEncoder();
  for (let i = 0; i < events; i += 2000) {
    const chunk = [];
    for (let j = i; j < Math.min(events, i + 2000); j++) chunk.push(bus.publishDurable(SUBJECT, enc.encode(JSON.stringify(eventAt(j, keys)))));
    await Promise.all(chunk);
    if (i % 200_000 === 0) say(`W11: published ${i} of ${events}`);
  }
  // One event far past the rest closes the last windows (a stream has no end).
  await bus.publishDurable(SUBJECT, enc.encode(JSON.stringify({ k: "end", v: 0, t: eventAt(events, keys).t + 10_000 })));
}

/** One process, one loop, the same kernel. */
async function baseline(bus: Bus, events: number): Promise<{ tally: Tally; startedAt: number }> {
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
  const replay = await bus.replay(STREAM, SUBJECT, (data) => {
    if (read++ === 0) startedAt = performance.now();
    const e = JSON.parse(dec.decode(data)) as Event;
    wm.note(e.t);
    if (e.k !== "end") op.add(e, e.t, e.k, emitter);
    op.advance(e.t - 1, emitter);
    if (out.length) tally.add(out.splice(0), wm);
    if (read === events + 1) done();
  }, { pull: BATCH });
  await finished;
  replay.stop();
  return { tally, startedAt };
}

async function onWeft(bus: Bus, events: number, workers: number): Promise<{ tally: Tally; startedAt: number }> {
  const wm = new WatermarkClock();
  const tally = new Tally();
  let startedAt = 0;
  const wf = stream("w11", (s) =>
    s
      .source("events", jetstream<Event>(STREAM, SUBJECT), {
        timestamp: (e) => {
          if (startedAt === 0) startedAt = performance.now();
          wm.note(e.t);
          return e.t;
        },
      })
      .filter("data", (e) => e.k !== "end")
      .keyBy((e) => e.k)
      .window(tumbling("1s"))
      .aggregate("count-sum", countSum)
      .sink("out", toFunction<Result>((rs) => tally.add(rs, wm))));
  const job = await startStreamJob(bus, wf, { job: `w11-${Date.now()}`, settings: { workers, batchSize: BATCH, batchMs: 20, credits: 16 }, say });
  const want = expected(events).n;
  while (tally.n < want) await new Promise((r) => setTimeout(r, 20));
  await job.stop();
  return { tally, startedAt };
}

export async function w11Main(argv: string[]): Promise<number> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) flags.set(argv[i] ?? "", argv[i + 1] ?? "");
  const events = Number(flags.get("--events") ?? 1_000_000);
  const keys = Number(flags.get("--keys") ?? 10_000);
  const workers = Number(flags.get("--workers") ?? 2);
  const rounds = Number(flags.get("--rounds") ?? 1);
  const unknown = [...flags.keys()].filter((f) => !["--events", "--keys", "--workers", "--rounds"].includes(f));
  if (unknown.length || ![events, keys, workers, rounds].every((n) => Number.isInteger(n) && n > 0)) {
    say(`weft bench W11: usage: W11 [--events N] [--keys N] [--workers N] [--rounds N] (whole numbers > 0)${unknown.length ? `; unknown: ${unknown.join(" ")}` : ""}`);
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
    await publish(bus, events, keys);
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
      const base = report(await baseline(bus, events));
      say(`W11: baseline ${JSON.stringify(base)}`);
      say(`W11: round ${r} of ${rounds}: weft (${workers} window slots)`);
      const weft = report(await onWeft(bus, events, workers));
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
        params: { events, keys, workers, rounds, window: "1s tumbling", kernel: "count+sum" },
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
