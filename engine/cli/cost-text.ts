/** A run's cost block as `weft status RUN` prints it (docs/cost.md). */
import type { weft } from "../gen/weft.js";
import { costJson } from "../client/cost-json.js";
import { size } from "./run-summary.js";

export function costText(cost: weft.v1.RunCost.$Properties): string[] {
  const c = costJson(cost);
  const out = [
    `cost      ${c.cpu_s.toFixed(3)} CPU-s   ${c.memory_gb_s.toFixed(4)} GB-s   billed ${c.billed_ms} ms (${c.attempts} attempts, ${c.duration_ms.toFixed(1)} ms run)   wall ${c.wall_ms.toFixed(0)} ms`,
    `          ${c.nats_msgs} NATS messages, ${size(c.nats_bytes)}`,
    "NODE                 ATTEMPTS  BILLED MS   CPU-S      GB-S       PEAK HEAP+  OUTPUT/ATTEMPT",
  ];
  for (const n of c.nodes) {
    out.push(
      `${n.node.padEnd(20)} ${String(n.attempts).padEnd(9)} ${String(n.billed_ms).padEnd(11)} ${n.cpu_s.toFixed(4).padEnd(10)} ${n.memory_gb_s.toFixed(5).padEnd(10)} ${size(n.heap_growth_bytes).padEnd(11)} ${size(n.output_bytes)}`,
    );
  }
  return out;
}
