/**
 * The states a task and a run can be in, and which of them are final. The machines in
 * engine/core move between these states; the coordinator, the client and the CLI ask
 * `isTerminal*` instead of spelling the final states out again.
 */

/** Every state a task can be in: a closed union of lowercase words. */
export const TASK_STATES = ["pending", "ready", "running", "retrying", "succeeded", "failed", "cancelled", "skipped"] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** Every state a run can be in. */
/** `queued`: accepted and recorded, waiting for a worker to take it (none was live). */
export const RUN_STATES = ["submitted", "queued", "running", "succeeded", "failed", "cancelled"] as const;
export type RunState = (typeof RUN_STATES)[number];

const TERMINAL_TASK_STATES: ReadonlySet<string> = new Set<TaskState>(["succeeded", "failed", "cancelled", "skipped"]);
/** The states a run ends in: the run's final states. */
export const END_RUN_STATES = ["succeeded", "failed", "cancelled"] as const satisfies readonly RunState[];
export type EndRunState = (typeof END_RUN_STATES)[number];

const TERMINAL_RUN_STATES: ReadonlySet<string> = new Set<string>(END_RUN_STATES);

/** True for states a task never leaves. Takes any string, so a state read off the wire can be asked too. */
export function isTerminalTaskState(state: string): boolean {
  return TERMINAL_TASK_STATES.has(state);
}

/** True for states a run never leaves. Takes any string, so a state read off the wire can be asked too. */
export function isTerminalRunState(state: string): boolean {
  return TERMINAL_RUN_STATES.has(state);
}
