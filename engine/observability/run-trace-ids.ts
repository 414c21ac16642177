/**
 * The OpenTelemetry ids of a run's trace, derived from its run id: the coordinator and every
 * worker compute the same ids on their own, so no message carries a trace context and nothing
 * changes on the wire; anyone who knows a run id can find its trace (see docs/observability.md).
 *
 *   trace id       = SHA-256("weft.run:" + runId), first 16 bytes
 *   run span id    = SHA-256("weft.run:" + runId), bytes 16 to 24
 *   node span id   = SHA-256("weft.node:" + runId + "\0" + node), first 8 bytes
 *
 * Pure.
 */
import { createHash } from "node:crypto";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The run's trace id: 32 lowercase hex digits. */
export function traceIdOf(runId: string): string {
  return sha256(`weft.run:${runId}`).slice(0, 32);
}

/** The id of the run's root span: 16 hex digits. */
export function runSpanIdOf(runId: string): string {
  return sha256(`weft.run:${runId}`).slice(32, 48);
}

/** The id of a node's span in the run (the parent of its attempts' spans): 16 hex digits. */
export function nodeSpanIdOf(runId: string, node: string): string {
  return sha256(`weft.node:${runId}\u0000${node}`).slice(0, 16);
}
