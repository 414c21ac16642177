/**
 * The stream behind every run's history: it captures run logs (task and run events, user log
 * lines) and run controls (cancel, forget), so followers, the coordinator and workers read
 * them through ordered consumers that resume after a reconnect or a server restart.
 */
import { streams, subjects } from "../subjects.js";
import type { Bus } from "./bus.js";

const WEEK_MS = 7 * 24 * 3600_000;

/** Creates the run log stream if it is missing (idempotent; every role may call it). */
export function ensureRunLogStream(bus: Bus, maxAgeMs = WEEK_MS): Promise<void> {
  return bus.ensureStream(streams.runLog, [subjects.allRunLogs(), subjects.allRunControls()], { maxAgeMs });
}
