/**
 * What `weft logs` shows of a run's log: the entries that match every filter given (--node,
 * --state, --worker), in time order (entries of different workers reach the log in batches,
 * each worker's in its own order), the last N of them with --tail. Pure: the command reads the
 * log, this decides what of it to print.
 */
import { RUN_STATES, TASK_STATES } from "../../model/status.js";
import { ErrorCode, WeftError } from "../errors.js";
import type { LogEntry } from "../client/run-client.js";

export interface LogFilter {
  node?: string;
  state?: string;
  worker?: string;
}

/** Checks the filter flags; a state that no task or run can be in is a usage error. */
export function logFilter(flags: { node?: string; state?: string; worker?: string }): LogFilter {
  const states: readonly string[] = [...new Set<string>([...TASK_STATES, ...RUN_STATES])];
  if (flags.state !== undefined && !states.includes(flags.state)) {
    throw new WeftError(ErrorCode.Usage, `--state ${flags.state}: not a state; use one of ${states.join(", ")}.`);
  }
  return { node: flags.node, state: flags.state, worker: flags.worker };
}

/** The node a task id names: "square[3]" → "square". */
function nodeOfTask(taskId: string): string {
  const i = taskId.indexOf("[");
  return i < 0 ? taskId : taskId.slice(0, i);
}

/** What the filters can match in an entry; a field an entry does not have never matches. */
function fields(e: LogEntry): { node?: string; state?: string; worker?: string } {
  if (e.task) return { node: e.task.node || nodeOfTask(e.task.taskId ?? ""), state: e.task.to ?? undefined, worker: e.task.worker || undefined };
  if (e.run) return { state: e.run.to ?? undefined };
  if (e.log) return { node: nodeOfTask(e.log.taskId ?? ""), worker: e.log.worker || undefined };
  if (e.expanded) return { node: e.expanded.node ?? undefined };
  if (e.block) return { node: e.block.node ?? undefined, state: "succeeded", worker: e.block.worker || undefined };
  return {};
}

/** Whether `e` passes every filter given. */
export function matches(filter: LogFilter, e: LogEntry): boolean {
  const f = fields(e);
  return (
    (filter.node === undefined || f.node === filter.node) &&
    (filter.state === undefined || f.state === filter.state) &&
    (filter.worker === undefined || f.worker === filter.worker)
  );
}

/** When an entry happened (ms); undefined for one without a time (edge accounting). */
export function entryTime(e: LogEntry): number | undefined {
  const at = e.task?.atMs ?? e.run?.atMs ?? e.log?.atMs ?? e.expanded?.atMs ?? e.block?.atMs;
  return at ? Number(at) : undefined;
}

/**
 * `entries` in time order. Stable: entries at the same millisecond keep their log order, and an
 * entry without a time stays after the one before it.
 */
export function inTimeOrder<T>(entries: readonly T[], entryOf: (t: T) => LogEntry): T[] {
  let last = 0;
  const keyed = entries.map((t, i) => {
    last = entryTime(entryOf(t)) ?? last;
    return { t, at: last, i };
  });
  keyed.sort((a, b) => a.at - b.at || a.i - b.i);
  return keyed.map((k) => k.t);
}

/** Parses --tail: a whole number >= 0. */
export function tailCount(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) throw new WeftError(ErrorCode.Usage, `--tail ${raw}: give a whole number of lines (e.g. --tail 50).`);
  return n;
}
