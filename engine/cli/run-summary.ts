/**
 * The line a run's end prints on a terminal: how long it took, its tasks, retries and the data
 * it moved. Pure: from the live view's counts and the run's end event.
 */
import type { weft } from "../gen/weft.js";
import { formatDuration } from "../model/duration.js";
import { dataTotals } from "../client/run-json.js";
import { costLine } from "../client/cost-json.js";
import type { NodeBoard } from "./node-board.js";

export function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(2)} MB`;
}

/** Bytes in the unit that reads best: "812 B", "14.2 KB", "3.40 MB", "1.20 GB". */
export function size(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1073741824) return mb(bytes);
  return `${(bytes / 1073741824).toFixed(2)} GB`;
}

/** "run r-1 succeeded in 3.2 s: 203 tasks (200 succeeded, 3 failed), 4 retries; 40 messages, 1.20 MB over NATS, 3.40 MB handed over in memory". */
export function runSummary(runId: string, board: NodeBoard, end: weft.v1.RunEvent.$Properties): string {
  const t = board.totals();
  const took = board.startedAtMs !== undefined && end.atMs ? ` in ${formatDuration(Number(end.atMs) - board.startedAtMs)}` : "";
  const states = (["succeeded", "failed", "cancelled", "skipped"] as const).filter((s) => t[s] > 0).map((s) => `${t[s]} ${s}`);
  let line = `run ${runId} ${end.to}${took}: ${t.tasks} ${t.tasks === 1 ? "task" : "tasks"}${states.length ? ` (${states.join(", ")})` : ""}, ${t.retries} ${t.retries === 1 ? "retry" : "retries"}`;
  if (end.edges?.length) {
    const d = dataTotals(end.edges);
    line += `; ${d.nats_msgs} ${d.nats_msgs === 1 ? "message" : "messages"}, ${size(d.nats_bytes)} over NATS, ${size(d.local_bytes)} handed over in memory`;
  }
  if (end.cost) line += `; ${costLine(end.cost)}`;
  return line;
}
