/** How a run's record reads in the CLI's tables: its duration, and what it is a run of. */
import type { RunRecord } from "../coordinator/run-store.js";
import { batchFromWire } from "../wire/origin.js";

/** The run's duration so far (or in all, once ended), in seconds: "3.21s". */
export function seconds(record: RunRecord): string {
  const end = record.endedAtMs || Date.now();
  return `${((end - record.submittedAtMs) / 1000).toFixed(2)}s`;
}

/** `NAME@VERSION` and `kind event ID` of a deployed workflow's run ("" for a plain run). */
export function originText(r: RunRecord): string {
  const o = r.origin;
  if (!o?.deployment) return "";
  const events = batchFromWire(o.trigger).length;
  const trigger = events > 1 ? `${o.trigger!.kind} batch of ${events} events from ${o.trigger!.eventId}` : `${o.trigger?.kind} event ${o.trigger?.eventId}`;
  return `${o.deployment}@${o.version}${o.trigger?.kind ? ` (${trigger})` : ""}`;
}
