/**
 * Diagnosis only: how much CPU one run costs in each process of the bench's stack (the bench
 * process with the coordinator and the client, nats-server, each worker), measured during the
 * timed runs. On a 2-core machine a run's latency follows the CPU its processes spend more than
 * the hops between them (see floor-hop.ts).
 *
 *   node dist/bench/diagnostics/cpu-per-run.js [--seconds 8] [--skip 100] [--runner FILE] -- W2 --l 1 [--express] ...
 *   node dist/bench/diagnostics/cpu-per-run.js ... -- W7 [--express]      (the gateway's http path: --http-only, the gateway process counted too)
 *
 * Starts the runner (this build's dist/bench/runner/run.js, or `--runner`: another checkout's,
 * to compare two builds) with the given case, `--repeat 100000 --no-tap`
 * and a 5 ms pause between runs; once `--skip` timed runs are done, reads utime + stime of the
 * runner and of its child processes from /proc (Linux only), again `--seconds` later, and divides
 * by the runs completed in between. Prints one JSON line, then stops the runner.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFlags } from "../runner/flags.js";
import { round } from "../runner/numbers.js";
import { exitWith, UsageError } from "../runner/usage-error.js";

const TICK_MS = 10; // USER_HZ = 100 on Linux

/** [comm, utime, stime in ticks] of a process, or undefined once it is gone. */
function cpuTicks(pid: number): [string, number, number] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return [comm, Number(fields[11]), Number(fields[12])]; // utime, stime: fields 14 and 15 of stat
  } catch {
    return undefined;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function main(argv: string[]): Promise<number> {
  const split = argv.indexOf("--");
  if (split < 0) throw new UsageError("usage: cpu-per-run.js [--seconds S] [--skip N] [--runner FILE] -- WORKLOAD [FLAGS]");
  const { values } = parseFlags(argv.slice(0, split), { seconds: { kind: "whole", min: 1 }, skip: { kind: "whole", min: 0 }, runner: { kind: "text" } });
  const seconds = (values.seconds as number | undefined) ?? 8;
  const skip = (values.skip as number | undefined) ?? 100;
  const runner = (values.runner as string | undefined) ?? join(dirname(fileURLToPath(import.meta.url)), "../runner/run.js");
  const env = { ...process.env, WEFT_BENCH_GAP_MS: "5", WEFT_BENCH_TAP_TRACE: "cpu-per-run" }; // the latter: a line per timed run
  // W7 (the gateway's http path) has no tap, and a line per call with --http-only.
  const w7 = argv[split + 1] === "W7";
  const child = spawn(process.execPath, [runner, ...argv.slice(split + 1), "--repeat", "100000", ...(w7 ? ["--http-only"] : ["--no-tap"])], { env, stdio: ["ignore", "ignore", "pipe"] });
  let runs = 0;
  let tail = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    runs += (chunk.match(/ window mono_us /g) ?? []).length;
    tail = (tail + chunk).slice(-2000);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const until = async (ok: () => boolean) => {
    while (!ok()) {
      if (child.exitCode !== null) throw new Error(`the runner exited (${child.exitCode}):\n${tail}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  try {
    await until(() => runs >= skip);
    const pids = [child.pid!, ...childrenOf(child.pid!)];
    const before = new Map(pids.map((p) => [p, cpuTicks(p)]));
    const runsBefore = runs;
    const loadBefore = loadavg()[0] ?? 0;
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const done = runs - runsBefore;
    const perProcess = pids.flatMap((pid) => {
      const [a, b] = [before.get(pid), cpuTicks(pid)];
      if (!a || !b) return [];
      const perRun = (ticks: number) => round((ticks * TICK_MS) / Math.max(1, done), 3);
      // user and system (the kernel's share: socket writes and reads, wake-ups) apart.
      const [user, sys] = [b[1] - a[1], b[2] - a[2]];
      return [{ pid, process: pid === child.pid ? "bench (coordinator + client)" : a[0], cpu_ms_per_run: perRun(user + sys), user_ms_per_run: perRun(user), sys_ms_per_run: perRun(sys) }];
    });
    const total = round(perProcess.reduce((s, p) => s + p.cpu_ms_per_run, 0), 3);
    process.stdout.write(JSON.stringify({ diagnostic: "cpu-per-run", case: argv.slice(split + 1).join(" "), runs: done, seconds, per_process: perProcess, total_cpu_ms_per_run: total, load_1m: [loadBefore, loadavg()[0] ?? 0] }) + "\n");
    return 0;
  } finally {
    child.kill("SIGINT");
    await exited;
  }
}

exitWith("cpu-per-run", main(process.argv.slice(2)));
