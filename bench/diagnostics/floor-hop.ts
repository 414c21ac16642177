/**
 * Diagnosis only: the FLOOR of one message between two processes on this machine, with no engine.
 * A private nats-server, this process and one echo process (two Node processes on loopback, as the
 * coordinator and a worker). Sequential round trips, each case's timings interleaved round by round:
 *
 *   node dist/bench/diagnostics/floor-hop.js [--n 300] [--rounds 3]
 *
 * - `core_rr`: a core request-reply to the echo process (two one-way messages, so a hop is half).
 * - `core_rr_timer`: the same, but the echo answers from a `setTimeout(0)` (Node clamps it to 1 ms).
 * - `core_rr_immediate`: the same, answering from a `setImmediate`.
 * - `js_publish`: a JetStream publish with its ack (file storage, as the run log's stream).
 * - `kv_put` / `kv_create`: a JetStream KV put / create-only write (file storage, as the run records).
 * - `local_timer`, `local_immediate`: a `setTimeout(0)` / `setImmediate` in this process alone.
 *
 * Prints one JSON line: per case the median of the rounds' p50s (ms), every round's p50 and p99,
 * and the 1-minute load before and after. Progress on stderr.
 */
import { fork } from "node:child_process";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { stopChild, NatsServerProcess } from "../../engine/internal.js";
import { parseFlags } from "../runner/flags.js";
import { median, round } from "../runner/numbers.js";
import { exitWith } from "../runner/usage-error.js";

const ECHO = "floor.echo";
const ECHO_TIMER = "floor.echo.timer";
const ECHO_IMMEDIATE = "floor.echo.immediate";

const connectTo = (url: string, name: string) => connect({ servers: url.replace(/^nats:\/\//, ""), name, noAsyncTraces: true, timeout: 4000 });

async function echo(url: string): Promise<void> {
  const nc = await connectTo(url, "floor-echo");
  nc.subscribe(ECHO, { callback: (_e, m) => void m.respond(m.data) });
  nc.subscribe(ECHO_TIMER, { callback: (_e, m) => void setTimeout(() => m.respond(m.data), 0) });
  nc.subscribe(ECHO_IMMEDIATE, { callback: (_e, m) => void setImmediate(() => m.respond(m.data)) });
  await nc.flush();
  process.on("disconnect", () => void nc.close().finally(() => process.exit(0)));
  process.send!({ type: "ready" });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function parent(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { n: { kind: "whole", min: 1 }, rounds: { kind: "whole", min: 1 } });
  const n = (values.n as number | undefined) ?? 300;
  const rounds = (values.rounds as number | undefined) ?? 3;
  const loadBefore = loadavg()[0] ?? 0;
  const server = await NatsServerProcess.start();
  const child = fork(fileURLToPath(import.meta.url), ["--child", "--url", server.url], { stdio: ["ignore", 2, "inherit", "ipc"] });
  let nc: NatsConnection | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`echo process exited during start-up (code ${code})`)));
    });
    nc = await connectTo(server.url, "floor-parent");
    const conn = nc;
    const js = jetstream(conn);
    await (await jetstreamManager(conn)).streams.add({ name: "FLOOR_HOP", subjects: ["floor.log.>"] });
    const kv = await new Kvm(js).create("floor_hop", { history: 1 });
    const payload = new Uint8Array(64);
    let seq = 0;
    const cases: Record<string, () => Promise<unknown>> = {
      core_rr: () => conn.request(ECHO, payload, { timeout: 5000 }),
      core_rr_timer: () => conn.request(ECHO_TIMER, payload, { timeout: 5000 }),
      core_rr_immediate: () => conn.request(ECHO_IMMEDIATE, payload, { timeout: 5000 }),
      js_publish: () => js.publish(`floor.log.${seq++ % 16}`, payload),
      kv_put: () => kv.put(`k.${seq++ % 64}`, payload),
      kv_create: () => kv.create(`c.${seq++}`, payload),
      local_timer: () => new Promise((r) => setTimeout(r, 0)),
      local_immediate: () => new Promise((r) => setImmediate(r)),
    };
    const perRound: Record<string, { p50: number; p99: number }[]> = {};
    for (let r = 0; r < rounds + 1; r++) {
      for (const [name, once] of Object.entries(cases)) {
        const ms: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          await once();
          ms.push(performance.now() - t0);
        }
        if (r === 0) continue; // the first round warms up (JIT, connections, stream files)
        ms.sort((a, b) => a - b);
        (perRound[name] ??= []).push({ p50: round(pct(ms, 0.5), 3), p99: round(pct(ms, 0.99), 3) });
      }
      process.stderr.write(`floor-hop: round ${r}${r === 0 ? " (warm-up)" : ""} done\n`);
    }
    const p50_ms = Object.fromEntries(Object.entries(perRound).map(([k, v]) => [k, round(median(v.map((x) => x.p50)), 3)]));
    process.stdout.write(JSON.stringify({ diagnostic: "floor-hop", n, rounds, p50_ms, per_round: perRound, load_1m: [loadBefore, loadavg()[0] ?? 0], node: process.version }) + "\n");
    return 0;
  } finally {
    await nc?.close();
    child.disconnect();
    await stopChild(child);
    await server.stop();
  }
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") {
  echo(argv[2]!).catch((err: unknown) => {
    process.stderr.write(`floor-hop echo: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
} else exitWith("floor-hop", parent(argv));
