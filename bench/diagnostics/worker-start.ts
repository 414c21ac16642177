/**
 * Diagnosis: a `weft worker` process's start, split, for two or more CLI entry files side by
 * side (the W9 cold-start split, without the coordinator and the run around it). One private
 * nats-server; in each round every entry, in turn (rotated each round so a slow patch of the
 * machine hits each), is started as `node ENTRY worker --nats URL`, timed to its
 * `worker.cold_start` log line, and stopped.
 *
 *   node dist/bench/diagnostics/worker-start.js --entry before=../old/dist/engine/cli/main.js \
 *     --entry bundle=dist/engine/worker-bundle/main.cjs [--rounds 9]
 *
 * `--env NAME:VAR=VALUE` sets a variable for one entry only, `VAR=` with nothing after it unsets
 * it (repeatable), so one file can be compared with itself under two environments, e.g. without
 * a `NODE_EXTRA_CA_CERTS` that makes every Node start parse a CA bundle, or with NODE_OPTIONS:
 *
 *   node dist/bench/diagnostics/worker-start.js --entry ca=dist/engine/worker-bundle/main.cjs \
 *     --entry noca=dist/engine/worker-bundle/main.cjs --env noca:NODE_EXTRA_CA_CERTS=
 *
 * or the worker bundle with and without its V8 code cache (`WEFT_CODE_CACHE=off`; the first
 * start with the cache on writes it as it stops, if none was there):
 *
 *   node dist/bench/diagnostics/worker-start.js --entry cache=dist/engine/worker-bundle/main.cjs \
 *     --entry nocache=dist/engine/worker-bundle/main.cjs --env nocache:WEFT_CODE_CACHE=off
 *
 * `--node-arg NAME:ARG` gives one entry's node a flag (repeatable; flags NODE_OPTIONS refuses,
 * such as `--cpu-prof`, go here): `--node-arg prof:--cpu-prof --node-arg prof:--cpu-prof-dir=DIR`.
 *
 * stdout: one JSON line per start, then a summary line: per entry, the medians of the worker's
 * own `processStartMs` (node up and its modules loaded), `natsConnectMs`, `serveMs`,
 * `spawnToServingMs` (from the spawn call to the log line, as its parent sees it), and on Linux
 * the CPU time the process had used when it served (`mainCpuMs`: its main thread, `cpuMs`: all
 * its threads; steadier than the wall-clock figures on a loaded machine); the load.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { NatsServerProcess } from "../../engine/internal.js";
import { parseFlags } from "../runner/flags.js";
import { median, round } from "../runner/numbers.js";

interface Start {
  entry: string;
  round: number;
  processStartMs: number;
  natsConnectMs: number;
  serveMs: number;
  spawnToServingMs: number;
  /** CPU time of the process's main thread up to that line (Linux: /proc schedstat; the wall-clock figures swing with the load, this much less). */
  mainCpuMs: number | undefined;
  /** The same over all its threads (V8's compiler and GC threads, the watchdog, libuv's pool). */
  cpuMs: number | undefined;
}

const USAGE = "usage: node dist/bench/diagnostics/worker-start.js --entry NAME=FILE [--entry NAME=FILE ...] [--env NAME:VAR=VALUE ...] [--node-arg NAME:ARG ...] [--rounds 9]\n";
const { values } = parseFlags(process.argv.slice(2), { entry: { kind: "list" }, env: { kind: "list" }, "node-arg": { kind: "list" }, rounds: { kind: "whole", min: 1 } });
const entries = ((values.entry as string[] | undefined) ?? []).map((e) => {
  const at = e.indexOf("=");
  const entry = at > 0 ? { name: e.slice(0, at), file: resolve(e.slice(at + 1)) } : { name: e, file: resolve(e) };
  return { ...entry, env: { ...process.env }, envChanges: [] as string[], nodeArgs: [] as string[] };
});
if (entries.length === 0) {
  process.stderr.write(USAGE);
  process.exit(2);
}
for (const spec of (values.env as string[] | undefined) ?? []) {
  const m = /^([^:]+):([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(spec);
  const entry = m ? entries.find((e) => e.name === m[1]) : undefined;
  if (!m || !entry) {
    process.stderr.write(`worker-start: --env ${spec}: expected NAME:VAR=VALUE with NAME one of the --entry names (${entries.map((e) => e.name).join(", ")})\n${USAGE}`);
    process.exit(2);
  }
  entry.envChanges.push(`${m[2]}=${m[3]}`);
  if (m[3] === "") delete entry.env[m[2]!];
  else entry.env[m[2]!] = m[3];
}
for (const spec of (values["node-arg"] as string[] | undefined) ?? []) {
  const at = spec.indexOf(":");
  const entry = at > 0 ? entries.find((e) => e.name === spec.slice(0, at)) : undefined;
  if (!entry) {
    process.stderr.write(`worker-start: --node-arg ${spec}: expected NAME:ARG with NAME one of the --entry names (${entries.map((e) => e.name).join(", ")})\n${USAGE}`);
    process.exit(2);
  }
  entry.nodeArgs.push(spec.slice(at + 1));
}
const rounds = (values.rounds as number | undefined) ?? 9;

/** CPU ms a thread has run (its schedstat's first field, ns), or undefined off Linux or once it is gone. */
function threadCpuMs(path: string): number | undefined {
  try {
    return Number(readFileSync(path, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return undefined;
  }
}

/** The CPU ms of process `pid`: its main thread's, and all its threads' together. */
function processCpuMs(pid: number): { mainCpuMs: number | undefined; cpuMs: number | undefined } {
  const mainCpuMs = threadCpuMs(`/proc/${pid}/schedstat`);
  let cpuMs: number | undefined;
  try {
    cpuMs = readdirSync(`/proc/${pid}/task`).reduce((sum, tid) => sum + (threadCpuMs(`/proc/${pid}/task/${tid}/schedstat`) ?? 0), 0);
  } catch {
    cpuMs = undefined;
  }
  return { mainCpuMs: mainCpuMs === undefined ? undefined : round(mainCpuMs, 1), cpuMs: cpuMs === undefined ? undefined : round(cpuMs, 1) };
}

/** Starts one worker from `file`, resolves with its cold-start report, then stops it. */
function startOnce(file: string, nodeArgs: string[], env: NodeJS.ProcessEnv, url: string, name: string): Promise<Omit<Start, "entry" | "round">> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, file, "worker", "--nats", url, "--name", name, "--slots", "1"], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...env, WEFT_LOG_LEVEL: "info" },
    });
    let text = "";
    let served = false;
    child.stderr.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const line = text.split("\n").find((l) => l.includes('"worker.cold_start"'));
      if (!line || served) return;
      served = true;
      const l = JSON.parse(line) as { processStartMs: number; natsConnectMs: number; serveMs: number };
      const spawnToServingMs = performance.now() - t0;
      const cpu = processCpuMs(child.pid!);
      child.once("exit", () => done({ processStartMs: l.processStartMs, natsConnectMs: l.natsConnectMs, serveMs: l.serveMs, spawnToServingMs, ...cpu }));
      child.kill("SIGTERM");
      text = "";
    });
    child.once("exit", (code) => served || fail(new Error(`${file}: exited (${code}) before it served:\n${text}`)));
  });
}

const server = await NatsServerProcess.start({});
const starts: Start[] = [];
try {
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[(i + r) % entries.length]!;
      const s = { entry: e.name, round: r + 1, load_1m: round(loadavg()[0]!, 2), ...(await startOnce(e.file, e.nodeArgs, e.env, server.url, `ws-${e.name}-${r}`)) };
      starts.push(s);
      console.log(JSON.stringify(s));
    }
  }
} finally {
  await server.stop();
}
const med = (xs: number[]) => round(median(xs), 1);
console.log(
  JSON.stringify({
    type: "summary",
    rounds,
    load_1m_end: round(loadavg()[0]!, 2),
    entries: entries.map((e) => {
      const mine = starts.filter((s) => s.entry === e.name);
      return {
        entry: e.name,
        file: e.file,
        env: e.envChanges,
        node_args: e.nodeArgs,
        process_start_ms: med(mine.map((s) => s.processStartMs)),
        nats_connect_ms: med(mine.map((s) => s.natsConnectMs)),
        serve_ms: med(mine.map((s) => s.serveMs)),
        spawn_to_serving_ms: med(mine.map((s) => s.spawnToServingMs)),
        main_cpu_ms: med(mine.flatMap((s) => s.mainCpuMs ?? [])),
        cpu_ms: med(mine.flatMap((s) => s.cpuMs ?? [])),
      };
    }),
  }),
);
