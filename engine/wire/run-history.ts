/**
 * Who may say what in a run's history (the run log stream). The subject a batch came on is its
 * author, vouched for by the server's permissions: only the coordinator may publish on
 * `weft.v1.run.RUN.state`, and each worker only on `weft.v1.run.RUN.log.<its name>`. So a run's
 * state (its end, its result) is believed from the state subject alone, and a worker's log may
 * report tasks, expansions, edge accounting and user lines, never a run state (an express run's
 * ExpressResult, its sink's value, counts only from the worker the coordinator names on the state
 * subject: engine/client/express-direct-result.ts). Every reader of
 * the history (followers, the coordinator) reads it through `readHistoryBatch`, which also
 * expands a task's first-attempt success (TaskSucceeded) into the three changes it stands for:
 * no reader has to know that entry; it puts a run end's accounting columns back as its `edges` and
 * `cost.nodes` too. The coordinator alone reads it compact (`{ compact: true }`): it counts a
 * success in one step (RunProgress.taskSucceeded), not three changes a hop, and reads an end's
 * edges from its columns (it needs no node costs).
 */
import type { weft } from "../gen/weft.js";
import { parseSubject } from "../subjects.js";
import { decodeMessage, pb } from "./protocol.js";
import { expandAccounting } from "./compact-accounting.js";
import { expandTaskSuccesses } from "./task-succeeded.js";

/** Who wrote a batch: the coordinator, or the worker its subject names. */
export type HistoryAuthor = { kind: "coordinator" } | { kind: "worker"; worker: string };

/** A batch of a run's history, with what its author may say and nothing else. */
export interface HistoryBatch {
  runId: string;
  author: HistoryAuthor;
  /** The entries its author may write (an empty batch is a coordinator's marker). */
  entries: weft.v1.LogEntry.$Properties[];
}

/**
 * The batch of a message of the run log stream, or undefined when it is none (a control, a
 * subject of another shape, bytes that do not decode, a batch naming another run than its
 * subject). Entries its author may not write are dropped (and reported through `onBad`).
 * `compact`: a worker's TaskSucceeded entries and a run end's accounting columns
 * (wire/compact-accounting.ts) are kept as they are, not expanded.
 */
export function readHistoryBatch(
  subject: string,
  data: Uint8Array,
  onBad: (reason: string) => void,
  opts: { compact?: boolean } = {},
): HistoryBatch | undefined {
  const parsed = parseSubject(subject);
  if (parsed?.kind !== "runState" && parsed?.kind !== "runLog") return undefined;
  const batch = decodeMessage(pb.LogBatch, data, onBad);
  // A batch counts only for the run its subject names.
  if (!batch || batch.runId !== parsed.runId) return undefined;
  if (parsed.kind === "runState") {
    const runs = batch.entries.filter((e) => !!e.run);
    if (!opts.compact) for (const e of runs) expandAccounting(e.run!);
    return { runId: batch.runId, author: { kind: "coordinator" }, entries: runs };
  }
  const kept = batch.entries.filter((e) => !e.run);
  if (kept.length < batch.entries.length) onBad(`worker ${parsed.worker} wrote a run state change in the log of run ${batch.runId}: ignored (only the coordinator decides a run's state)`);
  return { runId: batch.runId, author: { kind: "worker", worker: parsed.worker }, entries: opts.compact ? kept : expandTaskSuccesses(kept) };
}
