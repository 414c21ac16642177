/**
 * What a coordinator or worker says about itself, as events with fields (a worker joined, was
 * lost...). The engine reports them through this port; the `weft coordinator` and `weft worker`
 * commands log them (engine/cli/service-log.ts: JSON lines off a terminal, readable on one).
 * Embedded uses (`weft run`'s private stack, tests) leave them unsaid.
 */
export interface ServiceEvents {
  /** `event`: a fact in the past tense ("worker.joined"); `msg`: it in words; `fields`: its details. */
  event(event: string, msg: string, fields?: Record<string, unknown>, level?: "info" | "warn"): void;
}

/** Says nothing. */
export const unsaid: ServiceEvents = { event: () => {} };
