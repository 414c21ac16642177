/** A run's cost from its progress: the attempts' usage and the edges' NATS totals (docs/cost.md). */
import type { RunCost } from "../core/run-usage.js";
import type { RunProgress } from "./run-progress.js";

export function runCostOf(progress: Pick<RunProgress, "usage" | "edges">, wallMs: number): RunCost {
  let msgs = 0;
  let bytes = 0;
  for (const e of progress.edges.values()) {
    msgs += e.natsMsgs;
    bytes += e.natsBytes;
  }
  return progress.usage.cost(wallMs, { msgs, bytes });
}
