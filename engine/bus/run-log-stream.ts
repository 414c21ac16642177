/**
 * The stream behind every run's history: it captures the coordinator's run state changes, each
 * worker's run log (task events, user log lines) and run controls (cancel, forget), so
 * followers, the coordinator and workers read them through consumers that resume after a
 * reconnect, a server restart or a deleted consumer.
 */
import { streams, subjects } from "../subjects.js";
import type { Bus } from "./bus.js";

const WEEK_MS = 7 * 24 * 3600_000;

/**
 * The subjects the run log stream captures: everything under `weft.v1.run.` (states, workers'
 * logs, controls). One subject, not three: nats-server 2.9 takes a consumer's filter (a run's
 * whole history, `weft.v1.run.RUN.>`) only as a subset of one of the stream's subjects.
 */
export const RUN_LOG_SUBJECTS: readonly string[] = [subjects.allRunHistory()];

/**
 * Creates the run log stream if it is missing (idempotent; every role may call it). With
 * `update` (the coordinator), a stream made by an older weft (which captured
 * `weft.v1.run.*.log` and `.control` only) is set to capture these subjects.
 */
export function ensureRunLogStream(bus: Bus, maxAgeMs = WEEK_MS, update = false): Promise<void> {
  return bus.ensureStream(streams.runLog, [...RUN_LOG_SUBJECTS], { maxAgeMs, ...(update ? { updateSubjects: true } : {}) });
}
