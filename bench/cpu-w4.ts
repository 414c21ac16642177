/**
 * Diagnosis only: W4 back to back on the benchmark's NATS stack (a private nats-server, the
 * coordinator and client in this process, two worker processes), with the CPU each process
 * spends per run, read from /proc before and after the timed runs (Linux). What a run costs
 * where, next to bench/inproc-w4.ts (the same engine in one process, no NATS). Prints one JSON
 * line.
 *
 *   node dist/bench/cpu-w4.js [--n 1000] [--parts 64] [--runs 300] [--gap-ms 10] [--warmup-s 3]
 *
 * The CPU of a run includes what its processes do in the gap after it (records, FORGET, late
 * log entries), so cpu_ms_per_run can add up to more than two cores over median_ms.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { prepareWorkflow } from "../engine/cli/prepare-workflow.js";
import { followRun, requestRun } from "../engine/cli/run-client.js";
import { newRunId } from "../engine/model/run-id.js";
import { exitWith, median, round, sleep, wholeNumberFlags } from "./common.js";
import { startBenchStack } from "./stack.js";

const TICKS_PER_S = 100; // USER_HZ on Linux

/** User + system CPU of a process so far, in ms (NaN once it is gone). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
  } catch {
    return Number.NaN;
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      out.push(...readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

function roleOf(pid: number): string {
  let cmd = "";
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return "gone";
  }
  if (pid === process.pid) return "client_and_coordinator";
  if (cmd.includes("nats-server")) return "nats_server";
  const name = / worker .*--name (\S+)/.exec(cmd);
  return name ? `worker_${name[1]}` : "other";
}

async function main(argv: string[]): Promise<number> {
  const opts = wholeNumberFlags(argv, { n: 1000, parts: 64, runs: 300, "gap-ms": 10, "warmup-s": 3 }, (key) => (key === "gap-ms" || key === "warmup-s" ? 0 : 1));
  const stack = await startBenchStack({ workers: 2, say: () => {} });
  try {
    const prepared = await prepareWorkflow(fileURLToPath(new URL("../../bench/workloads/w4.ts", import.meta.url)));
    await (await stack.bus.objects("weft_bundles")).put(prepared.bundle.hash, prepared.bundle.code);
    const input = JSON.stringify({ n: opts.n, parts: opts.parts, fanin: 4 });
    const once = async (): Promise<number> => {
      const runId = newRunId();
      const follow = await followRun(stack.bus, runId, () => {});
      const t0 = performance.now();
      await requestRun(stack.bus, prepared, input, runId);
      const end = await follow.ended;
      if (end.to !== "succeeded") throw new Error(`run ${runId} ended ${end.to}`);
      return performance.now() - t0;
    };
    const warmFrom = performance.now();
    while (performance.now() - warmFrom < opts["warmup-s"] * 1000) {
      await once();
      await sleep(opts["gap-ms"]);
    }
    const pids = [process.pid, ...childrenOf(process.pid)];
    const before = pids.map(cpuMs);
    const times: number[] = [];
    for (let r = 0; r < opts.runs; r++) {
      times.push(await once());
      await sleep(opts["gap-ms"]);
    }
    const cpu: Record<string, number> = {};
    pids.forEach((pid, i) => {
      const role = roleOf(pid);
      if (role !== "other" && role !== "gone") cpu[role] = round((cpuMs(pid) - before[i]!) / opts.runs, 2);
    });
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!, 2);
    process.stdout.write(
      JSON.stringify({
        workload: "W4",
        system: "weft",
        diagnostic: "cpu-per-run",
        params: opts,
        median_ms: round(median(times), 2),
        p10_ms: at(0.1),
        p90_ms: at(0.9),
        min_ms: round(sorted[0]!, 2),
        cpu_ms_per_run: cpu,
        cpu_ms_per_run_total: round(Object.values(cpu).reduce((a, b) => a + b, 0), 2),
      }) + "\n",
    );
    return 0;
  } finally {
    await stack.stop();
  }
}

exitWith("cpu-w4", main(process.argv.slice(2)));
