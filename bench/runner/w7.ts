/**
 * W7, request latency (bench/README.md): an HTTP-triggered one-node deployed workflow
 * (bench/workloads/w7.ts, route POST /bench-w7), N sequential requests with `?wait`, each timed
 * from sending the request to holding the response; p50 and p99 per round. In the same rounds:
 * the same workflow run N times through the client API the way `weft submit --follow` does (submit
 * the deployment's version, follow its log to the end), and with `--peers DIR` the peers' figures
 * (DIR/serverless/bench.mjs W7 floor|bullmq, on a private redis-server). The line gives the
 * median over rounds of each p50 and p99.
 *
 *   npm run -s bench -- W7 [--n 200] [--repeat 3] [--warmup 20] [--workers 2] [--peers DIR]
 *
 * The stack is the bench's (a private nats-server, the coordinator in this process, worker
 * processes); the gateway is its own process (`weft gateway --port 0`), as deployed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort } from "./free-port.js";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { cliCommand, deployWorkflow, followExpress, followRun, invokeVersion, newRunId, prepareWorkflow, stopChild, type Bus, type Deployment } from "../../engine/internal.js";
import { parseFlags, UsageError } from "./flags.js";
import { median, round } from "./numbers.js";
import { startBenchStack } from "./stack.js";

export const W7_USAGE = "usage: npm run -s bench -- W7 [--n 200] [--repeat 3] [--warmup 20] [--workers 2] [--express] [--peers DIR] [--http-only]";

export interface W7Args {
  n: number;
  repeat: number;
  warmup: number;
  workers: number;
  /** A checkout of the peers' benchmarks (its serverless/bench.mjs), to run beside weft. */
  peers: string | undefined;
  /** Express runs (docs/express.md) instead of durable ones. */
  express: boolean;
  /** The http path alone (no submit loop): what bench/diagnostics/cpu-per-run.ts measures of W7. */
  httpOnly: boolean;
}

export function parseW7Args(argv: string[]): W7Args {
  const { values } = parseFlags(argv, {
    n: { kind: "whole", min: 1 },
    repeat: { kind: "whole", min: 1 },
    warmup: { kind: "whole", min: 0 },
    workers: { kind: "whole", min: 1 },
    peers: { kind: "text" },
    express: { kind: "switch" },
    "http-only": { kind: "switch" },
  });
  const peers = values.peers as string | undefined;
  if (peers !== undefined && !existsSync(`${peers}/serverless/bench.mjs`)) throw new UsageError(`--peers ${peers}: no serverless/bench.mjs there`);
  return {
    n: (values.n as number | undefined) ?? 200,
    repeat: (values.repeat as number | undefined) ?? 3,
    warmup: (values.warmup as number | undefined) ?? 20,
    workers: (values.workers as number | undefined) ?? 2,
    peers,
    express: values.express === true,
    httpOnly: values["http-only"] === true,
  };
}

/** The p-th percentile as the peers take it: the element at floor(p × count) of the sorted list. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

interface Round {
  p50_ms: number;
  p99_ms: number;
}

const roundOf = (latMs: number[]): Round => ({ p50_ms: round(percentile(latMs, 0.5), 3), p99_ms: round(percentile(latMs, 0.99), 3) });
const mediansOf = (rounds: Round[]) => ({
  p50_ms: round(median(rounds.map((r) => r.p50_ms)), 3),
  p99_ms: round(median(rounds.map((r) => r.p99_ms)), 3),
  rounds,
});

/** N sequential calls of `one(i)`, each timed; throws at the first wrong answer. */
async function timed(n: number, one: (i: number) => Promise<unknown>): Promise<number[]> {
  const lat: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const monoStart = process.hrtime.bigint() / 1000n;
    const answer = (await one(i)) as { doubled?: unknown } | null;
    lat.push(performance.now() - t0);
    // A line per call for bench/diagnostics/cpu-per-run.ts (which counts them), as session.ts prints for W1-W6.
    if (process.env.WEFT_BENCH_TAP_TRACE) process.stderr.write(`weft bench W7: call ${i + 1} window mono_us ${monoStart} ${process.hrtime.bigint() / 1000n}\n`);
    if (answer?.doubled !== 2 * i) throw new Error(`request ${i} answered ${JSON.stringify(answer)}, expected {"doubled": ${2 * i}}`);
  }
  return lat;
}

/** One request to the route, as a client sends it: the result of the run, under ?wait. */
async function httpCall(url: string, i: number, express: boolean): Promise<unknown> {
  const res = await fetch(`${url}/bench-w7?wait=30s${express ? "&durability=express" : ""}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ n: i }) });
  const body = (await res.json()) as { state?: string; result?: unknown };
  if (res.status !== 200 || body.state !== "succeeded") throw new Error(`POST /bench-w7 answered ${res.status} ${JSON.stringify(body)}`);
  return body.result;
}

/** What `weft invoke NAME --follow` does: submit the deployment's version, follow its log to the end. */
async function submitCall(bus: Bus, d: Deployment, i: number, express: boolean): Promise<unknown> {
  if (express) {
    const runId = newRunId();
    const follow = followExpress(bus, runId, () => {});
    await invokeVersion(bus, d, JSON.stringify({ n: i }), { runId, submitter: "bench-w7", express: true });
    follow.submitted();
    const end = await follow.ended;
    if (end.to !== "succeeded") throw new Error(`run ${runId} ended ${end.to}`);
    return JSON.parse(end.resultJson || "null");
  }
  const runId = await invokeVersion(bus, d, JSON.stringify({ n: i }), { submitter: "bench-w7" });
  const handle = await followRun(bus, runId, () => {});
  try {
    const end = await handle.ended;
    if (end.to !== "succeeded") throw new Error(`run ${runId} ended ${end.to}`);
    return JSON.parse(end.resultJson || "null");
  } finally {
    handle.stop();
  }
}

/** Starts `weft gateway --port 0` on `natsUrl`; resolves with its URL (its first stdout line). */
async function startGateway(natsUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const { command, args } = cliCommand();
  const prof = process.env.WEFT_BENCH_PROFILE_GATEWAY ? ["--cpu-prof", "--cpu-prof-dir", process.env.WEFT_BENCH_PROFILE_GATEWAY] : [];
  const child = spawn(command, [...prof, ...args, "gateway", "--nats", natsUrl, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve(out.trim());
    });
    child.once("exit", (code) => reject(new Error(`weft gateway exited ${code} before listening`)));
  });
  return { url, child };
}


/** A private redis-server for the peers' BullMQ (its bench FLUSHALLs the Redis it is given). */
async function startRedis(): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const probe = spawn("redis-cli", ["-p", String(port), "ping"], { stdio: ["ignore", "pipe", "ignore"] });
      let out = "";
      probe.stdout.on("data", (d: Buffer) => (out += d.toString()));
      probe.on("exit", () => resolve(out.includes("PONG")));
      probe.on("error", () => resolve(false));
    });
    if (up) return { port, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("redis-server did not start (is it installed?)");
}

/** One run of the peers' W7 (`floor` or `bullmq`); its JSON line's p50 and p99. */
function peerRound(dir: string, system: "floor" | "bullmq", n: number, redisPort: number | undefined): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${dir}/serverless/bench.mjs`, "W7", system, "--requests", String(n)], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, ...(redisPort !== undefined ? { REDIS_PORT: String(redisPort) } : {}) },
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => {
      try {
        const line = JSON.parse(out.trim().split("\n").at(-1)!) as { ok: boolean; p50_ms: number; p99_ms: number };
        if (code !== 0 || !line.ok) throw new Error(`exited ${code}`);
        resolve({ p50_ms: line.p50_ms, p99_ms: line.p99_ms });
      } catch (err) {
        reject(new Error(`the peers' W7 ${system} failed (${(err as Error).message}): ${out}`));
      }
    });
  });
}

/** Runs W7; returns the fields of its line and whether every answer was right. */
export async function runW7(args: W7Args, say: (line: string) => void): Promise<Record<string, unknown>> {
  const load = [loadavg()[0] ?? 0];
  // dist/bench/runner/w7.js -> the repository root -> the workload's source.
  const source = fileURLToPath(new URL("../../../bench/workloads/w7.ts", import.meta.url));
  const prepared = await prepareWorkflow(source);
  const stack = await startBenchStack({ workers: args.workers, say });
  let gateway: ChildProcess | undefined;
  let redis: ChildProcess | undefined;
  try {
    const d = await deployWorkflow(stack.bus, prepared, { name: "bench-w7" });
    const g = await startGateway(stack.url);
    gateway = g.child;
    let redisPort: number | undefined;
    if (args.peers) {
      const r = await startRedis();
      redis = r.child;
      redisPort = r.port;
    }
    // Warm-ups, both paths: the bundle imported on the workers, the code paths optimised.
    await timed(args.warmup, (i) => httpCall(g.url, i, args.express));
    if (!args.httpOnly) await timed(args.warmup, (i) => submitCall(stack.bus, d, i, args.express));
    const http: Round[] = [];
    const submit: Round[] = [];
    const floor: Round[] = [];
    const bullmq: Round[] = [];
    for (let r = 0; r < args.repeat; r++) {
      http.push(roundOf(await timed(args.n, (i) => httpCall(g.url, i, args.express))));
      if (!args.httpOnly) submit.push(roundOf(await timed(args.n, (i) => submitCall(stack.bus, d, i, args.express))));
      say(`weft bench W7: round ${r + 1}: http ${JSON.stringify(http.at(-1))}, submit ${JSON.stringify(submit.at(-1))}`);
      if (args.peers) {
        floor.push(await peerRound(args.peers, "floor", args.n, redisPort));
        bullmq.push(await peerRound(args.peers, "bullmq", args.n, redisPort));
        say(`weft bench W7: round ${r + 1}: peers floor ${JSON.stringify(floor.at(-1))}, bullmq ${JSON.stringify(bullmq.at(-1))}`);
      }
    }
    load.push(loadavg()[0] ?? 0);
    return {
      ok: true,
      durability: args.express ? "express" : "durable",
      http: mediansOf(http),
      ...(args.httpOnly ? {} : { submit: mediansOf(submit) }),
      ...(args.peers ? { peers: { "node-fastify": mediansOf(floor), bullmq: mediansOf(bullmq) } } : {}),
      load_1m: load.map((x) => round(x, 2)),
    };
  } finally {
    if (gateway) await stopChild(gateway).catch(() => {});
    redis?.kill();
    await stack.stop().catch((err: unknown) => say(`weft bench W7: stopping the stack: ${(err as Error).message}`));
  }
}

/** The runner's W7: prints its one JSON line; exit 0, 1 (a wrong answer or a failure: ok false), 2 (usage), 3 (no nats-server). */
export async function w7Main(argv: string[], say: (line: string) => void): Promise<number> {
  let args: W7Args;
  try {
    args = parseW7Args(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    say(`weft bench: ${err.message}`);
    say(W7_USAGE);
    return 2;
  }
  const base = { workload: "W7", system: "weft", params: { n: args.n, repeat: args.repeat, warmup: args.warmup }, workers: args.workers };
  const emit = (fields: Record<string, unknown>) => process.stdout.write(JSON.stringify({ ...base, ...fields, node: process.version }) + "\n");
  try {
    emit(await runW7(args, say));
    return 0;
  } catch (err) {
    say(`weft bench W7: ${(err as Error).stack ?? String(err)}`);
    emit({ ok: false, error: (err as Error).message });
    return /nats-server is not installed/.test((err as Error).message) ? 3 : 1;
  }
}
