/** What a draining `weft worker` says in its service log: draining, handed over, timed out, left. */
import type { ServiceLog } from "./service-log.js";
import type { DrainEvents } from "../worker/worker.js";

export function drainLog(log: ServiceLog, name: string): DrainEvents {
  return {
    draining: (runs) =>
      log.event("worker.draining", `weft worker ${name}: draining: taking nothing new, finishing what runs here (${runs} run(s))`, { runs }),
    handedOver: (runId, { items, nodes, partitions }) => {
      const to = (m: ReadonlyMap<string, number>) => [...m].map(([w, n]) => `${n} to ${w}`).join(", ") || "none";
      log.event("worker.handed_over", `weft worker ${name}: run ${runId}: handed over what had not started here: map items ${to(items)}; task nodes ${to(nodes)}; stage partitions ${to(partitions)}`, {
        run_id: runId,
        moved: Object.fromEntries(items),
        nodes: Object.fromEntries(nodes),
        partitions: Object.fromEntries(partitions),
      });
    },
    timedOut: (runIds, timeoutMs) =>
      log.event(
        "worker.drain_timeout",
        `weft worker ${name}: drain timeout (${timeoutMs} ms) passed with tasks of run(s) ${runIds.join(", ")} still here: handed back, they run again elsewhere`,
        { run_ids: runIds, timeout_ms: timeoutMs },
        "warn",
      ),
    left: (unfinished) =>
      log.event(
        "worker.left",
        `weft worker ${name}: left${unfinished.length > 0 ? ` (${unfinished.length} run(s) handed back)` : ": every task placed here finished"}`,
        { unfinished },
      ),
  };
}
