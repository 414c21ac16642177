/**
 * A run log batch as the coordinator's run table reads it: the wire entries decoded into plain
 * values (task changes, expansions, edge totals, a run's end). Users' log lines are left out:
 * nothing the coordinator decides depends on them.
 */
import type { ErrorInfoLike } from "../errors.js";
import type { weft } from "../gen/weft.js";
import type { EdgeTotals } from "../model/edge-totals.js";
import { edgesOfRunEvent } from "../wire/compact-accounting.js";
import { edgeFromWire, errorFromWire } from "../wire/protocol.js";
import type { MapSuccesses, TaskChange, TaskSuccess } from "./run-progress.js";

/** A run state change as logged (the coordinator's own, or another coordinator's). */
export interface LoggedRunChange {
  from: string;
  to: string;
  atMs: number;
  error: ErrorInfoLike | undefined;
  resultJson: string;
  /** On an end: the run's data accounting. */
  edges: EdgeTotals[];
}

export type LogEntryRead =
  | { kind: "task"; change: TaskChange }
  /** A task node's first-attempt success (TaskSucceeded), read as it is: one step, not its three changes. */
  | { kind: "succeeded"; success: TaskSuccess }
  | { kind: "expanded"; node: string; count: number }
  | { kind: "block"; block: MapSuccesses }
  | { kind: "edge"; edge: EdgeTotals }
  | { kind: "run"; change: LoggedRunChange };

/** The entries of a batch the run table reads, in log order. */
export function entriesFromWire(entries: readonly weft.v1.LogEntry.$Properties[]): LogEntryRead[] {
  const out: LogEntryRead[] = [];
  for (const entry of entries) {
    if (entry.run) {
      const r = entry.run;
      out.push({
        kind: "run",
        change: {
          from: r.from ?? "",
          to: r.to ?? "",
          atMs: Number(r.atMs) || 0,
          error: errorFromWire(r.error),
          resultJson: r.resultJson ?? "",
          edges: edgesOfRunEvent(r),
        },
      });
    } else if (entry.task) {
      const t = entry.task;
      out.push({
        kind: "task",
        change: {
          node: t.node ?? "",
          taskId: t.taskId ?? "",
          from: t.from ?? "",
          to: t.to ?? "",
          worker: t.worker ?? "",
          attempt: t.attempt ?? 0,
          error: errorFromWire(t.error),
          epoch: t.epoch ?? 0,
          index: t.index ?? -1,
          absorbed: t.absorbed ?? false,
          ...(t.from === "running"
            ? {
                usage: {
                  node: t.node ?? "",
                  durationMs: Number(t.durationMs) || 0,
                  measured: t.measured ?? false,
                  cpuMs: Number(t.cpuMs) || 0,
                  heapGrowthBytes: Number(t.heapGrowthBytes) || 0,
                  memoryMbS: Number(t.memoryMbS) || 0,
                  outputBytes: Number(t.outputBytes) || 0,
                },
              }
            : {}),
        },
      });
    } else if (entry.succeeded) {
      out.push({ kind: "succeeded", success: successFromWire(entry.succeeded) });
    } else if (entry.block) {
      const b = entry.block;
      out.push({
        kind: "block",
        block: {
          node: b.node ?? "",
          worker: b.worker ?? "",
          epoch: b.epoch ?? 0,
          start: b.start ?? 0,
          count: b.count ?? 0,
          durationMs: Number(b.durationMs) || 0,
          billedMs: Number(b.billedMs) || 0,
          measured: b.measured ?? 0,
          cpuMs: Number(b.cpuMs) || 0,
          heapGrowthBytes: Number(b.heapGrowthBytes) || 0,
          memoryMbS: Number(b.memoryMbS) || 0,
          outputBytes: Number(b.outputBytes) || 0,
        },
      });
    } else if (entry.expanded) {
      out.push({ kind: "expanded", node: entry.expanded.node ?? "", count: entry.expanded.count ?? 0 });
    } else if (entry.edge) {
      out.push({ kind: "edge", edge: edgeFromWire(entry.edge) });
    }
  }
  return out;
}

/** A TaskSucceeded as the progress takes it: its attempt's end as the expanded `running -> succeeded` change would give it (wire/task-succeeded.ts). */
function successFromWire(s: weft.v1.TaskSucceeded.$Properties): TaskSuccess {
  const node = s.node ?? "";
  const measured = s.measured ?? false;
  return {
    node,
    worker: s.worker ?? "",
    epoch: s.epoch ?? 0,
    usage: {
      node,
      durationMs: (Number(s.atMs) || 0) - (Number(s.runningAtMs) || 0),
      measured,
      cpuMs: measured ? Number(s.cpuMs) || 0 : 0,
      heapGrowthBytes: measured ? Number(s.heapGrowthBytes) || 0 : 0,
      memoryMbS: measured ? Number(s.memoryMbS) || 0 : 0,
      outputBytes: measured ? Number(s.outputBytes) || 0 : 0,
    },
  };
}
