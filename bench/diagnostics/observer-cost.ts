/**
 * Diagnosis only: what the observability hooks add to each task state change on a worker
 * (docs/observability.md, "What it costs"). A machine too loaded for W1's medians to resolve 2%
 * can still time this: the worker's task observer alone, fed W1's pattern of changes (ready,
 * running, succeeded per map item), in CPU time, with metrics on (WorkerMetrics) and with
 * everything off (the `?.` on an undefined observer that TaskTable pays).
 *
 *   node dist/bench/diagnostics/observer-cost.js [--changes 3000000] [--rounds 5]
 *
 * Prints one JSON line per round: ns per change, metrics on and off.
 */
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import type { NodeSpec } from "../../model/graph.js";
import { WorkerMetrics } from "../../engine/observability/worker-metrics.js";
import type { Task } from "../../engine/worker/task-record.js";
import type { TaskObserver } from "../../engine/worker/run/tasks.js";
import { parseFlags } from "../runner/flags.js";

const { values } = parseFlags(process.argv.slice(2), { changes: { kind: "whole", min: 3 }, rounds: { kind: "whole", min: 1 } });
const { changes, rounds } = { changes: 3_000_000, rounds: 5, ...(values as Record<string, number>) };

const metrics = new WorkerMetrics("w", connectMemoryBus(new MemoryBroker()), () => ({ slots: 1, running: 0, waiting: 0, runs: 0 }));
const node = { name: "each", kind: "map" } as NodeSpec;
const tasks = Array.from({ length: 1000 }, (_, i) => ({ id: `each[${i}]`, node, index: i }) as Task);

/** CPU ns per change of `changes` changes through `observer` (undefined: the hook is off). */
function timeChanges(observer: TaskObserver | undefined): number {
  const start = process.cpuUsage();
  for (let i = 0; i < changes; i += 3) {
    const task = tasks[i % 1000]!;
    observer?.changed(task, "pending", "ready", 1, i, 0, undefined);
    observer?.changed(task, "ready", "running", 1, i, 0, undefined);
    observer?.changed(task, "running", "succeeded", 1, i, 3, undefined);
  }
  const used = process.cpuUsage(start);
  return ((used.user + used.system) * 1000) / changes;
}

const off: { observer?: TaskObserver } = {};
for (let round = 1; round <= rounds; round++) {
  const on = timeChanges(metrics.observeRun("wf"));
  const none = timeChanges(off.observer);
  process.stdout.write(JSON.stringify({ round, changes, metrics_on_ns_per_change: Number(on.toFixed(2)), off_ns_per_change: Number(none.toFixed(2)) }) + "\n");
}
