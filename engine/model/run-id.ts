import { randomBytes } from "node:crypto";

/** Ids made by newRunId in this process and not submitted yet (oldest first), at most MINTED_KEPT. */
const minted = new Set<string>();
const MINTED_KEPT = 10_000;

/** The shape of newRunId's ids: `r-<ms since 1970, base 36>-<8 hex digits>`. */
const FRESH_SHAPE = /^r-([0-9a-z]{1,11})-[0-9a-f]{8}$/;

/** A new run id: sortable by time, unique, and usable as a NATS subject token. */
export function newRunId(now = Date.now()): string {
  const id = `r-${now.toString(36)}-${randomBytes(4).toString("hex")}`;
  minted.add(id);
  // Ids made to follow a run that was then never submitted: the oldest go.
  if (minted.size > MINTED_KEPT) minted.delete(minted.values().next().value!);
  return id;
}

/**
 * Whether `runId` was made by newRunId here and is submitted now for the first time (it is
 * then no longer new): no run can hold such an id, so its coordinator may start the run while
 * it records it. A chosen id (`--run-id`, an Idempotency-Key's) or a second submission is not.
 */
export function firstSubmissionOf(runId: string): boolean {
  return minted.delete(runId);
}

/** Whether `runId` was made by newRunId here and not submitted yet (no run can hold it: a direct express run may take it without asking a coordinator). */
export function mintedHere(runId: string): boolean {
  return minted.has(runId);
}

/** When an id of newRunId's shape says it was made (ms since 1970); undefined for any other id. */
export function mintedAtOf(runId: string): number | undefined {
  const m = FRESH_SHAPE.exec(runId);
  return m ? parseInt(m[1]!, 36) : undefined;
}
