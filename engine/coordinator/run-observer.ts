/**
 * What the coordinator tells its observers (metrics and traces, engine/observability): each
 * batch of a run's log it reads, and each run's end it publishes. None is there unless
 * `--metrics-port` or an OTLP endpoint asks; then each hook is one call per batch or per run.
 */
import type { weft } from "../gen/weft.js";
import type { RunEventEntry, RunView } from "./run-table.js";

/** A batch of a run's log, as observers see it (what its author may say, see wire/run-history.ts). */
export interface LoggedBatch {
  readonly runId: string;
  readonly entries: readonly weft.v1.LogEntry.$Properties[];
}

export interface RunObserver {
  /** A batch of the run's log was read (live, or replayed by a coordinator taking the run up); an observer without it is spared the expansion. */
  logRead?(run: RunView, batch: LoggedBatch): void;
  /** The run ended: `end` is the change being published. */
  runEnded(run: RunView, end: RunEventEntry): void;
  /** The coordinator let go of the run (its grace time is over, or another coordinator has it). */
  forget(runId: string): void;
}
