/**
 * The lifecycle of one task (one instance of a node in one run), as an xstate v5 machine.
 * Pure: no timers, no I/O, no actions with side effects. What each new state means (wait for
 * a slot, arm a retry timer for context.dueAt, fail the run…) is decided by task-step.ts as
 * instructions, which the worker carries out. `dueAt` is kept in context because xstate does
 * not persist pending `after` timers.
 */
import { assign, setup, type SnapshotFrom } from "xstate";
import type { ErrorInfoLike } from "../errors.js";
import type { RetrySpec } from "../../model/graph.js";
import { retryDelayMs } from "./retry-policy.js";

export { TASK_STATES, isTerminalTaskState, type TaskState } from "../../model/status.js";

/** Events are facts, in the past tense. */
export type TaskEvent =
  | { type: "deps.met" }
  | { type: "deps.failed" }
  /** A map node's input cannot be fanned out (not a list, or too long): it fails before any attempt. */
  | { type: "map.input.rejected"; at: number; error: ErrorInfoLike }
  | { type: "attempt.started"; at: number }
  | { type: "attempt.succeeded"; at: number }
  /** `draw` in [0,1) sets the jitter of the backoff. A timeout arrives as a failure with code E_TIMEOUT. */
  | { type: "attempt.failed"; at: number; error: ErrorInfoLike; draw: number }
  /**
   * Another stage of the same fused pipeline failed and may retry: this one, which did not fail,
   * retries with it, at its due time, whatever its own retry policy.
   */
  | { type: "attempt.interrupted"; at: number; dueAt: number; error: ErrorInfoLike }
  | { type: "retry.due"; at: number }
  /** Its output survived from an earlier placement of the run (a lost worker): not run again. */
  | { type: "output.recovered"; at: number }
  | { type: "run.cancelled"; at: number };

/**
 * The machine's context holds nothing that tells tasks of a node apart (the worker knows the
 * task id), so tasks in the same step of their lives share snapshots: see MachineStepper's memo.
 */
export interface TaskContext {
  retry: RetrySpec;
  /** Attempts started so far. */
  attempt: number;
  /** When a task in `retrying` becomes ready again (epoch ms). */
  dueAt: number;
  lastError: ErrorInfoLike | undefined;
}

export interface TaskInput {
  retry: RetrySpec;
}

/**
 * Events whose effect does not depend on their payload (the machine reads only their type):
 * the same snapshot and event type always give the same next snapshot, so it is memoised.
 */
export const PAYLOAD_FREE_TASK_EVENTS: ReadonlySet<TaskEvent["type"]> = new Set([
  "deps.met",
  "deps.failed",
  "attempt.started",
  "attempt.succeeded",
  "retry.due",
  "run.cancelled",
  "output.recovered",
]);

export const taskMachine = setup({
  types: {
    context: {} as TaskContext,
    events: {} as TaskEvent,
    input: {} as TaskInput,
  },
  guards: {
    // A terminal error (user code said "do not retry") and the last attempt both end in failed.
    canRetry: ({ context, event }) =>
      event.type === "attempt.failed" && !event.error.terminal && context.attempt < context.retry.maxAttempts,
  },
}).createMachine({
  id: "task",
  initial: "pending",
  context: ({ input }) => ({ retry: input.retry, attempt: 0, dueAt: 0, lastError: undefined }),
  states: {
    pending: {
      on: {
        "deps.met": "ready",
        "deps.failed": "skipped",
        "map.input.rejected": { target: "failed", actions: assign({ lastError: ({ event }) => event.error }) },
        "output.recovered": "succeeded",
        "run.cancelled": "cancelled",
      },
    },
    ready: {
      on: {
        "attempt.started": { target: "running", actions: assign({ attempt: ({ context }) => context.attempt + 1 }) },
        "run.cancelled": "cancelled",
      },
    },
    running: {
      on: {
        "attempt.succeeded": "succeeded",
        "attempt.failed": [
          {
            guard: "canRetry",
            target: "retrying",
            actions: assign({
              lastError: ({ event }) => event.error,
              dueAt: ({ context, event }) => event.at + retryDelayMs(context.retry, context.attempt, event.draw),
            }),
          },
          { target: "failed", actions: assign({ lastError: ({ event }) => event.error }) },
        ],
        "attempt.interrupted": { target: "retrying", actions: assign({ dueAt: ({ event }) => event.dueAt, lastError: ({ event }) => event.error }) },
        "run.cancelled": "cancelled",
      },
    },
    retrying: {
      on: {
        "retry.due": "ready",
        "run.cancelled": "cancelled",
      },
    },
    succeeded: { type: "final" },
    failed: { type: "final" },
    cancelled: { type: "final" },
    skipped: { type: "final" },
  },
});

export type TaskSnapshot = SnapshotFrom<typeof taskMachine>;
