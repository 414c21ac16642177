/**
 * Diagnosis only: the FLOOR of W4 on the benchmark's process layout, measured. The same layout
 * as a weft run (a private nats-server, "client + coordinator" in this process on two
 * connections, two worker processes) and the same kernels, but no engine: each run is the
 * fewest messages any distributed design needs, so its wall time bounds what weft can reach here.
 *
 *   node dist/bench/diagnostics/floor-w4.js [--n 10000000] [--parts 64] [--repeat 21] [--warmup-s 3] [--gap-ms 300] [--mode core|durable]
 *
 * One run: client request -> coordinator (same process) -> a start to each worker (w1: the first
 * half of the partitions, w2: the rest) -> per partition partialSum, folded with sumCountCombiner,
 * an event-loop turn between partitions (as an engine yields between tasks) -> w2's partial to
 * w1 -> w1's total to the coordinator -> the reply. `--mode durable` adds weft's two durable
 * steps on the critical path: a create-only JetStream KV write of the run record before the
 * starts, and the result delivered through a JetStream stream (publish with ack, read by an
 * ordered consumer the client opened before the run's timed window, as the runner does with
 * followRun). Rounds interleave one floor run and one baseline run (baseline-child.ts, its own
 * process), alternating which goes first, with the real bench's pause after each distributed
 * run. Prints one JSON line; progress on stderr.
 */
import { fork, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { stopChild, NatsServerProcess } from "../../engine/internal.js";
import { BaselineChild } from "../runner/baseline-process.js";
import { w4Expected } from "../runner/expected-answers.js";
import { parseFlags } from "../runner/flags.js";
import { median, round } from "../runner/numbers.js";
import { exitWith } from "../runner/usage-error.js";
import { sleep, WARMUP_GAP_MS } from "../runner/warm-up.js";
import { partialSum, partitionRange, sumCountCombiner } from "../workloads/kernels.js";

const say = (line: string) => process.stderr.write(line + "\n");
const SUBMIT = "floor.submit";
const TOTAL = "floor.total";
const PARTIAL = "floor.partial";
const startSubject = (worker: string) => `floor.start.${worker}`;
const LOG_STREAM = "FLOOR_LOG";
const logSubject = (run: number) => `floor.log.${run}`;
const RUN_BUCKET = "floor_runs";
const RUN_TIMEOUT_MS = 10_000;

interface Start {
  run: number;
  n: number;
  parts: number;
  /** Partition indices [from, to). */
  from: number;
  to: number;
}
/** A partial or the total: (sum, count), and each worker's busy time (start received -> its result out), in ms. */
interface Result {
  run: number;
  sum: number;
  count: number;
  busyMs: Record<string, number>;
}

const enc = (x: unknown) => new TextEncoder().encode(JSON.stringify(x));
const dec = <T>(data: Uint8Array): T => JSON.parse(new TextDecoder().decode(data)) as T;

/** The engine's connection options that matter for speed (engine/bus/nats-connection.ts). */
const connectTo = (url: string, name: string) => connect({ servers: url.replace(/^nats:\/\//, ""), name, noAsyncTraces: true, timeout: 4000 });

// ---------- the worker processes ----------

async function worker(name: string, url: string): Promise<void> {
  const nc = await connectTo(url, `floor-${name}`);
  // w1 folds w2's partial into its own; whichever of the two arrives second sends the total.
  const own = new Map<number, { acc: [number, number]; busyMs: Record<string, number> }>();
  const other = new Map<number, { acc: [number, number]; busyMs: Record<string, number> }>();
  const finish = (run: number) => {
    const a = own.get(run);
    const b = other.get(run);
    if (!a || !b) return;
    own.delete(run);
    other.delete(run);
    const [sum, count] = sumCountCombiner.merge(a.acc, b.acc);
    nc.publish(TOTAL, enc({ run, sum, count, busyMs: { ...a.busyMs, ...b.busyMs } } satisfies Result));
  };
  nc.subscribe(startSubject(name), {
    callback: (_err, msg) => {
      void (async () => {
        const t0 = performance.now();
        const s = dec<Start>(msg.data);
        const acc = sumCountCombiner.zero();
        for (let p = s.from; p < s.to; p++) {
          const [lo, hi] = partitionRange(p, s.n, s.parts);
          sumCountCombiner.add(acc, partialSum(lo, hi));
          // A turn of the event loop between partitions, as an engine yields between tasks
          // (and lets w1 read w2's partial meanwhile).
          await new Promise((r) => setImmediate(r));
        }
        const busyMs = { [name]: performance.now() - t0 };
        if (name === "w1") {
          own.set(s.run, { acc, busyMs });
          finish(s.run);
        } else nc.publish(PARTIAL, enc({ run: s.run, sum: acc[0], count: acc[1], busyMs } satisfies Result));
      })();
    },
  });
  if (name === "w1") {
    nc.subscribe(PARTIAL, {
      callback: (_err, msg) => {
        const r = dec<Result>(msg.data);
        other.set(r.run, { acc: [r.sum, r.count], busyMs: r.busyMs });
        finish(r.run);
      },
    });
  }
  await nc.flush(); // the subscriptions are in place at the server before "ready"
  const bye = () => void nc.close().finally(() => process.exit(0));
  process.on("SIGTERM", bye);
  process.on("disconnect", bye); // the parent is gone
  process.send!({ type: "ready" });
}

// ---------- the parent: client + coordinator ----------

type Mode = "core" | "durable";

async function parent(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    n: { kind: "whole", min: 1 },
    parts: { kind: "whole", min: 1 },
    repeat: { kind: "whole", min: 1 },
    "warmup-s": { kind: "whole", min: 0 },
    "gap-ms": { kind: "whole", min: 0 },
    mode: { kind: "choice", values: ["core", "durable"] },
  });
  const mode = (values.mode ?? "core") as Mode;
  const opts = { n: 10_000_000, parts: 64, repeat: 21, "warmup-s": 3, "gap-ms": 300, ...(values as Record<string, number>) };
  const { n, parts } = opts;
  const expected = w4Expected(n);
  const check = (what: string, answer: unknown) => {
    const a = answer as [number, number];
    if (!Array.isArray(a) || a[0] !== expected || a[1] !== n) throw new Error(`${what}: WRONG ANSWER ${JSON.stringify(answer)}, expected [${expected}, ${n}]`);
  };
  const loadBefore = loadavg()[0] ?? 0;

  const server = await NatsServerProcess.start(); // a free port chosen by the server (never 4222)
  const workers: ChildProcess[] = [];
  const conns: NatsConnection[] = [];
  let baseline: BaselineChild | undefined;
  try {
    // Two connections in this process, as the real bench: the coordinator's and the client's.
    const nc = await connectTo(server.url, "floor-coordinator");
    conns.push(nc);
    const cc = await connectTo(server.url, "floor-client");
    conns.push(cc);
    const js = jetstream(nc);
    const cjs = jetstream(cc);
    // Made at start-up, outside every run: the run-record bucket and the run-log stream (file storage, the defaults).
    const kv = mode === "durable" ? await new Kvm(js).create(RUN_BUCKET, { history: 1 }) : undefined;
    if (mode === "durable") await (await jetstreamManager(nc)).streams.add({ name: LOG_STREAM, subjects: ["floor.log.>"] });

    for (const name of ["w1", "w2"]) {
      const child = fork(fileURLToPath(import.meta.url), ["--child", "worker", "--name", name, "--url", server.url], { stdio: ["ignore", 2, "inherit", "ipc"] });
      workers.push(child);
      await new Promise<void>((resolve, reject) => {
        child.once("message", () => resolve());
        child.once("exit", (code) => reject(new Error(`worker ${name} exited during start-up (code ${code})`)));
      });
    }

    // The coordinator. core: it answers the request with the total. durable: it records the run
    // (KV create) before the starts, accepts the request, and publishes the total to the stream.
    const half = Math.floor(parts / 2);
    const waiting = new Map<number, (total: Result) => void>();
    nc.subscribe(SUBMIT, {
      callback: (_err, msg) => {
        void (async () => {
          const { run } = dec<{ run: number }>(msg.data);
          if (kv) await kv.create(`run.${run}`, enc({ run, n, parts, state: "running" }));
          nc.publish(startSubject("w1"), enc({ run, n, parts, from: 0, to: half } satisfies Start));
          nc.publish(startSubject("w2"), enc({ run, n, parts, from: half, to: parts } satisfies Start));
          if (kv) msg.respond(enc({ run, accepted: true }));
          else waiting.set(run, (total) => msg.respond(enc(total)));
        })().catch((err: unknown) => say(`floor-w4 coordinator: ${(err as Error).message}`));
      },
    });
    nc.subscribe(TOTAL, {
      callback: (_err, msg) => {
        const total = dec<Result>(msg.data);
        if (!kv) {
          waiting.get(total.run)?.(total);
          waiting.delete(total.run);
          return;
        }
        void js.publish(logSubject(total.run), msg.data).catch((err: unknown) => say(`floor-w4 coordinator: end event: ${(err as Error).message}`));
      },
    });
    await nc.flush();

    let runSeq = 0;
    const floorRun = async (): Promise<{ wallS: number; answer: [number, number]; busyMs: Record<string, number> }> => {
      const run = ++runSeq;
      let ended: Promise<Result> | undefined;
      let close = () => {};
      if (mode === "durable") {
        // Opened before the timed window, as followRun is in bench/runner/weft-run.ts.
        const consumer = await cjs.consumers.get(LOG_STREAM, { filter_subjects: logSubject(run) });
        let got!: (r: Result) => void;
        ended = new Promise<Result>((r) => (got = r));
        const messages = await consumer.consume({ callback: (m) => got(dec<Result>(m.data)) });
        close = () => void messages.close().catch(() => {});
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`run ${run} did not end within ${RUN_TIMEOUT_MS} ms`)), RUN_TIMEOUT_MS)));
      const t0 = performance.now();
      let total: Result;
      try {
        const reply = cc.request(SUBMIT, enc({ run }), { timeout: RUN_TIMEOUT_MS });
        total = ended ? (await Promise.race([Promise.all([reply, ended]), timeout]))[1] : dec<Result>((await Promise.race([reply, timeout])).data);
      } finally {
        clearTimeout(timer);
      }
      const wallS = (performance.now() - t0) / 1000;
      close();
      return { wallS, answer: [total.sum, total.count], busyMs: total.busyMs };
    };

    baseline = await BaselineChild.start();
    const input = { n, parts };
    const since = performance.now();
    let warmups = 0;
    for (; performance.now() - since < opts["warmup-s"] * 1000 || warmups < 1; warmups++) {
      const f = await floorRun();
      check(`floor warm-up ${warmups + 1}`, f.answer);
      await sleep(WARMUP_GAP_MS);
      const b = await baseline.run("W4", input);
      check(`baseline warm-up ${warmups + 1}`, b.answer);
    }
    say(`floor-w4 ${mode}: ${warmups} warm-up rounds in ${((performance.now() - since) / 1000).toFixed(1)} s`);
    await sleep(opts["gap-ms"]);

    const runs: number[] = [];
    const baseRuns: number[] = [];
    const busy: number[] = []; // the slower worker's busy time per round
    for (let r = 0; r < opts.repeat; r++) {
      // As bench/runner/session.ts: alternate which goes first; the pause follows the distributed run.
      const baselineFirst = r % 2 === 0;
      const doBaseline = async () => {
        const b = await baseline!.run("W4", input);
        check(`baseline round ${r + 1}`, b.answer);
        baseRuns.push(b.wallS);
      };
      if (baselineFirst) await doBaseline();
      const f = await floorRun();
      check(`floor round ${r + 1}`, f.answer);
      runs.push(f.wallS);
      busy.push(Math.max(f.busyMs["w1"] ?? 0, f.busyMs["w2"] ?? 0));
      await sleep(opts["gap-ms"]);
      if (!baselineFirst) await doBaseline();
      say(`floor-w4 ${mode}: round ${r + 1}/${opts.repeat}: floor ${f.wallS.toFixed(4)} s (w1 ${f.busyMs["w1"]?.toFixed(1)} ms, w2 ${f.busyMs["w2"]?.toFixed(1)} ms busy), baseline ${baseRuns[r]!.toFixed(4)} s`);
    }

    const wallS = median(runs);
    const bWall = median(baseRuns);
    process.stdout.write(
      JSON.stringify({
        workload: "W4",
        system: "floor",
        mode,
        params: { n, parts, repeat: opts.repeat, warmup_s: opts["warmup-s"], gap_ms: opts["gap-ms"], split: `w1 ${half} partitions, w2 ${parts - half}` },
        wall_s: round(wallS, 6),
        baseline_wall_s: round(bWall, 6),
        // As the real bench: floor's rate / baseline's rate = baseline wall / floor wall.
        ratio: round(bWall / wallS, 3),
        ratio_per_round: runs.map((w, i) => round(baseRuns[i]! / w, 3)),
        runs_s: runs.map((w) => round(w, 6)),
        baseline_runs_s: baseRuns.map((w) => round(w, 6)),
        // Where the floor goes: the slower worker's busy time (kernel + yields), and the rest of
        // the wall (messages, NATS, JetStream, scheduling), medians over the rounds.
        worker_busy_ms: round(median(busy), 3),
        messaging_ms: round(median(runs.map((w, i) => w * 1000 - busy[i]!)), 3),
        checksum: expected,
        ok: true, // every run was checked above; a wrong one throws
        warmup_rounds: warmups,
        load_1m: [round(loadBefore, 2), round(loadavg()[0] ?? 0, 2)],
        node: process.version,
      }) + "\n",
    );
    return 0;
  } finally {
    baseline?.stop();
    await Promise.all(workers.map(stopChild));
    await Promise.all(conns.map((c) => c.close().catch(() => {})));
    await server.stop();
  }
}

// ---------- entry ----------

const argv = process.argv.slice(2);
if (argv[0] === "--child") {
  const flag = (f: string) => argv[argv.indexOf(f) + 1]!;
  worker(flag("--name"), flag("--url")).catch((err: unknown) => {
    say(`floor-w4 worker: ${(err as Error).stack ?? String(err)}`);
    process.exit(1);
  });
} else exitWith("floor-w4", parent(argv));
