/**
 * Retention of finished runs: a run that ended more than `retainMs` ago loses its record (what
 * `weft runs` and `weft status` read) and its log. Runs still going are never touched. The
 * coordinator does it on a timer with `--retain DURATION`; `weft runs prune` does it once.
 */
import type { Bus } from "../bus/bus.js";
import { ErrorCode } from "../errors.js";
import { isTerminalRunState } from "../../model/status.js";
import { buckets, streams, subjects } from "../subjects.js";
import { listRunRecords, runRecordKey, type RunRecord } from "./run-store.js";
import type { Clock, TimerId } from "../base/clock.js";

/** The runs past their retention at `nowMs`: ended, and ended at least `retainMs` ago. Pure. */
export function expiredRuns(records: readonly Pick<RunRecord, "runId" | "state" | "endedAtMs">[], nowMs: number, retainMs: number): string[] {
  return records.filter((r) => isTerminalRunState(r.state) && r.endedAtMs > 0 && nowMs - r.endedAtMs >= retainMs).map((r) => r.runId);
}

/** Deletes the records and logs of the runs past their retention; returns their ids. */
export async function pruneRuns(bus: Bus, nowMs: number, retainMs: number): Promise<string[]> {
  const records = await listRunRecords(bus);
  const expired = expiredRuns(records, nowMs, retainMs);
  const ownerOf = new Map(records.map((r) => [r.runId, r.owner ?? ""]));
  const kv = await bus.kv(buckets.runs);
  const logStream = (await bus.streamExists(streams.runLog)) ? streams.runLog : undefined;
  for (const runId of expired) {
    const owner = ownerOf.get(runId) ?? "";
    // The log first: a record without a log reads as a run whose history expired; a log
    // without a record would be left for the stream's own age limit.
    if (logStream) {
      // Its whole history: its state, every worker's log and its controls.
      await bus.purgeSubject(logStream, subjects.runHistory(runId, owner));
    }
    try {
      await kv.delete(runRecordKey(runId, owner));
    } catch (err) {
      if ((err as { code?: string }).code !== ErrorCode.NotFound) throw err;
    }
  }
  return expired;
}

/** How often the coordinator looks for runs past their retention: a quarter of it, between 1 s and 1 min. */
export function retentionSweepMs(retainMs: number): number {
  return Math.min(60_000, Math.max(1000, Math.floor(retainMs / 4)));
}

/**
 * Prunes runs past `retainMs` now and then on the clock until stopped; `say` tells what was
 * deleted, and a sweep that failed (NATS away: the next one tries again).
 */
export function keepRetention(bus: Bus, retainMs: number, clock: Clock, say: (line: string) => void): { stop(): void } {
  let stopped = false;
  let timer: TimerId | undefined;
  const sweep = async () => {
    try {
      const pruned = await pruneRuns(bus, clock.now(), retainMs);
      if (pruned.length > 0) say(`pruned ${pruned.length} finished ${pruned.length === 1 ? "run" : "runs"} past their retention: ${pruned.slice(0, 5).join(", ")}${pruned.length > 5 ? ", …" : ""}`);
    } catch (err) {
      say(`could not prune finished runs (tried again in ${retentionSweepMs(retainMs) / 1000} s): ${(err as Error).message}`);
    }
    if (!stopped) timer = clock.setTimeout(() => void sweep(), retentionSweepMs(retainMs));
  };
  void sweep();
  return {
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
    },
  };
}
