/**
 * The line a run's end prints on a terminal: how long it took, its tasks, retries and the data
 * it moved. Pure: from the live view's counts and the run's end event.
 */
import type { weft } from "../gen/weft.js";
import { formatDuration } from "../model/duration.js";
import { dataTotals } from "../client/run-json.js";
import type { NodeBoard } from "./node-board.js";

export function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(2)} MB`;
}

/** "run r-1 succeeded in 3.2 s: 203 tasks (200 succeeded, 3 failed), 4 retries; 40 messages, 1.20 MB over NATS, 3.40 MB handed over in memory". */
export function runSummary(runId: string, board: NodeBoard, end: weft.v1.RunEvent.$Properties): string {
  const t = board.totals();
  const took = board.startedAtMs !== undefined && end.atMs ? ` in ${formatDuration(Number(end.atMs) - board.startedAtMs)}` : "";
  const states = (["succeeded", "failed", "cancelled", "skipped"] as const).filter((s) => t[s] > 0).map((s) => `${t[s]} ${s}`);
  let line = `run ${runId} ${end.to}${took}: ${t.tasks} ${t.tasks === 1 ? "task" : "tasks"}${states.length ? ` (${states.join(", ")})` : ""}, ${t.retries} ${t.retries === 1 ? "retry" : "retries"}`;
  if (end.edges?.length) {
    const d = dataTotals(end.edges);
    line += `; ${d.nats_msgs} messages, ${mb(d.nats_bytes)} over NATS, ${mb(d.local_bytes)} handed over in memory`;
  }
  return line;
}
