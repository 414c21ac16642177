import { randomBytes } from "node:crypto";

/** A new run id: sortable by time, unique, and usable as a NATS subject token. */
export function newRunId(now = Date.now()): string {
  return `r-${now.toString(36)}-${randomBytes(4).toString("hex")}`;
}
