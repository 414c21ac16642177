/**
 * Diagnosis only: the whole engine in ONE process on the in-process bus (coordinator, two
 * workers, client), running W4 back to back. What a run costs in the engine's own logic
 * (planning, task machines, pipelines, log, accounting), without NATS, sockets or other
 * processes. Prints one JSON line.
 *
 *   node dist/bench/inproc-w4.js [--parts 64] [--n 1000] [--runs 300]
 */
import { connectMemoryBus, MemoryBroker } from "../engine/bus/memory-bus.js";
import { prepareWorkflow } from "../engine/cli/prepare-workflow.js";
import { followRun, requestRun } from "../engine/cli/run-client.js";
import { Coordinator } from "../engine/coordinator/coordinator.js";
import { newRunId } from "../engine/model/run-id.js";
import { Worker } from "../engine/worker/worker.js";
import { fileURLToPath } from "node:url";
import { exitWith, median, round, wholeNumberFlags } from "./common.js";

async function main(argv: string[]): Promise<number> {
  const opts = wholeNumberFlags(argv, { parts: 64, n: 1000, runs: 300 });
  const broker = new MemoryBroker();
  const quiet = () => {};
  const coordinator = await Coordinator.start(connectMemoryBus(broker), { name: "coordinator", say: quiet });
  const workers = await Promise.all([1, 2].map((i) => Worker.start(connectMemoryBus(broker), { name: `w${i}`, slots: 2, diagnostics: quiet })));
  const bus = connectMemoryBus(broker);
  try {
    await coordinator.waitForWorkers(2, 5000);
    const prepared = await prepareWorkflow(fileURLToPath(new URL("../../bench/workloads/w4.ts", import.meta.url)));
    await (await bus.objects("weft_bundles")).put(prepared.bundle.hash, prepared.bundle.code);
    const input = JSON.stringify({ n: opts.n, parts: opts.parts, fanin: 4 });
    const times: number[] = [];
    for (let r = 0; r < opts.runs; r++) {
      const runId = newRunId();
      const follow = await followRun(bus, runId, () => {});
      const t0 = performance.now();
      await requestRun(bus, prepared, input, runId);
      const end = await follow.ended;
      times.push(performance.now() - t0);
      if (end.to !== "succeeded") throw new Error(`run ${runId} ended ${end.to}`);
    }
    const timed = times.slice(Math.floor(opts.runs / 3)); // the first third warms the code up
    process.stdout.write(
      JSON.stringify({ workload: "W4", system: "weft-in-process", params: opts, median_ms: round(median(timed), 3), min_ms: round(Math.min(...timed), 3) }) + "\n",
    );
    return 0;
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await coordinator.stop();
  }
}

exitWith("inproc-w4", main(process.argv.slice(2)));
