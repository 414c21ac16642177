/**
 * What runs beside weft: the single-process baseline (bench/workloads/baseline.ts) and the
 * split, the same kernels over k plain processes, each a contiguous block of the units,
 * combined here. `--baseline` runs the baseline alone in this process; `--ratio` runs both in
 * child processes (baseline-process.ts), interleaved with weft.
 */
import { performance } from "node:perf_hooks";
import { combinePartials, splitUnits, timedBaseline, type WorkloadId as DataWorkloadId } from "../workloads/baseline.js";
import { BaselineChild } from "./baseline-process.js";
import type { Ready } from "./catalog.js";
import type { BenchArgs } from "./bench-args.js";
import { median, round } from "./numbers.js";
import type { Companion } from "./session.js";
import { warming } from "./warm-up.js";

/** The split: timed from sending the blocks to holding the combined answer. */
async function splitRun(children: BaselineChild[], id: DataWorkloadId, input: Record<string, unknown>): Promise<{ wallS: number; answer: unknown }> {
  const units = splitUnits(id, input);
  const k = children.length;
  const t0 = performance.now();
  const partials = await Promise.all(children.map((c, i) => c.partial(id, input, Math.round((i * units) / k), Math.round(((i + 1) * units) / k))));
  const answer = combinePartials(
    id,
    partials.map((p) => p.answer),
  );
  return { wallS: (performance.now() - t0) / 1000, answer };
}

/**
 * The --ratio companions: the baseline in its own process and, unless --no-split, the split
 * over --workers processes (the baseline's process is the first of them). `stop` ends them.
 */
export async function ratioCompanions(args: BenchArgs, ready: Ready): Promise<{ companions: Companion[]; stop(): void }> {
  const id = args.workload.id as DataWorkloadId;
  const children: BaselineChild[] = [];
  const stop = () => children.forEach((c) => c.stop());
  try {
    const baseline = await BaselineChild.start();
    children.push(baseline);
    const companions: Companion[] = [{ name: "baseline", run: () => baseline.run(id, ready.input) }];
    if (args.split) {
      for (let i = 1; i < args.workers; i++) children.push(await BaselineChild.start());
      const splitters = [...children];
      companions.push({ name: "split", run: () => splitRun(splitters, id, ready.input) });
    }
    return { companions, stop };
  } catch (err) {
    stop();
    throw err;
  }
}

/** `--baseline`: the computation in this one process, no engine; the line's fields and `ok`. */
export function baselineOnly(args: BenchArgs, ready: Ready, say: (line: string) => void): { fields: Record<string, unknown>; ok: boolean } {
  const id = args.workload.id as DataWorkloadId;
  const warmingSince = performance.now();
  let warmups = 0;
  for (; warming(args, warmups, warmingSince); warmups++) {
    const r = timedBaseline(id, ready.input);
    say(`weft bench ${id} baseline: warm-up ${warmups + 1}: ${r.wallS.toFixed(4)} s${ready.check(r.answer) ? "" : " WRONG ANSWER"}`);
  }
  const runs: { wallS: number; answer: unknown }[] = [];
  for (let r = 0; r < args.repeat; r++) {
    runs.push(timedBaseline(id, ready.input));
    say(`weft bench ${id} baseline: run ${r + 1}/${args.repeat}: ${runs[r]!.wallS.toFixed(4)} s`);
  }
  const ok = runs.every((r) => ready.check(r.answer));
  const wallS = median(runs.map((r) => r.wallS));
  const fields = {
    wall_s: round(wallS, 6),
    [args.workload.rateField]: ready.rate(wallS),
    checksum: ready.checksumOf(runs[0]!.answer),
    expected: ready.expected,
    ok,
    nats_msgs: 0,
    nats_bytes: 0,
    local_bytes: 0,
    startup_s: 0,
    ...ready.extras,
    repeat: args.repeat,
    runs_s: runs.map((r) => round(r.wallS, 6)),
    warmup: warmups,
    processes: 1,
  };
  return { fields, ok };
}
