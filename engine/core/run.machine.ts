/**
 * The lifecycle of one run, as an xstate v5 machine. Pure, like the task machine; the
 * coordinator's run table (engine/coordinator/run-table.ts) decides what each change means
 * (start on workers, broadcast a cancel, record) and the coordinator carries it out.
 */
import { assign, setup, type SnapshotFrom } from "xstate";
import type { ErrorInfoLike } from "../errors.js";

import { END_RUN_STATES, RUN_STATES, isTerminalRunState, type EndRunState, type RunState } from "../../model/status.js";

export { RUN_STATES, isTerminalRunState, type RunState };

/** The states a run ends in. */
export type EndState = EndRunState;

export type RunEvent =
  | { type: "workers.assigned"; at: number }
  /** No worker could take it: it waits, recorded, until one can (see engine/core/admission.ts). */
  | { type: "run.queued"; at: number }
  | { type: "sinks.completed"; at: number; resultJson: string }
  | { type: "task.failed"; at: number; taskId: string; error: ErrorInfoLike }
  | { type: "assignment.failed"; at: number; error: ErrorInfoLike }
  | { type: "cancel.requested"; at: number; reason: string }
  /** The run's deadline (the submission's timeout) passed before it ended. */
  | { type: "deadline.passed"; at: number; error: ErrorInfoLike }
  /** Placed again on the live workers (one was lost, or the coordinator resumed it): a new epoch. */
  | { type: "run.replaced"; at: number; reason: string }
  /**
   * A coordinator took the run up from its record: a fresh machine enters the recorded state
   * (with its epoch, error and result) in one step, not by replaying made-up events.
   */
  | { type: "run.restored"; at: number; state: RunState; epoch: number; error?: ErrorInfoLike; resultJson?: string }
  /**
   * The run's end, read from its log: a coordinator before this one (or one that finished it
   * after losing the leadership) ended it and said so. The first end in the log is the run's.
   */
  | { type: "end.logged"; at: number; state: EndState; error?: ErrorInfoLike; resultJson?: string };

const restoredTo =
  (state: RunState) =>
  ({ event }: { event: RunEvent }): boolean =>
    event.type === "run.restored" && event.state === state;
const endedIn =
  (state: EndState) =>
  ({ event }: { event: RunEvent }): boolean =>
    event.type === "end.logged" && event.state === state;

export interface RunContext {
  runId: string;
  /** How many times the run was placed: data and events of older epochs are ignored. */
  epoch: number;
  /** Why it was last placed again. */
  replacedBecause: string | undefined;
  submittedAt: number;
  endedAt: number;
  resultJson: string | undefined;
  error: ErrorInfoLike | undefined;
}

export interface RunInput {
  runId: string;
  submittedAt: number;
  /** A resumed run continues from its recorded epoch. */
  epoch?: number;
}

export const runMachine = setup({
  types: {
    context: {} as RunContext,
    events: {} as RunEvent,
    input: {} as RunInput,
  },
  actions: {
    markEnded: assign({ endedAt: ({ event }) => event.at }),
    recordCancel: assign({
      error: ({ event }) =>
        event.type === "cancel.requested" ? { code: "E_CANCELLED", message: event.reason, stack: "", terminal: true } : undefined,
    }),
    recordError: assign({
      error: ({ event }) => {
        if (event.type === "task.failed") return { ...event.error, message: `task ${event.taskId} failed: ${event.error.message}` };
        if (event.type === "assignment.failed" || event.type === "deadline.passed") return event.error;
        return undefined;
      },
    }),
    recordResult: assign({ resultJson: ({ event }) => (event.type === "sinks.completed" ? event.resultJson : undefined) }),
    restore: assign({
      epoch: ({ context, event }) => (event.type === "run.restored" ? event.epoch : context.epoch),
      error: ({ event }) => (event.type === "run.restored" || event.type === "end.logged" ? event.error : undefined),
      resultJson: ({ event }) => (event.type === "run.restored" || event.type === "end.logged" ? event.resultJson : undefined),
      endedAt: ({ event }) => (event.type === "run.restored" && !isTerminalRunState(event.state) ? 0 : event.at),
    }),
    nextEpoch: assign({
      epoch: ({ context }) => context.epoch + 1,
      replacedBecause: ({ event }) => (event.type === "run.replaced" ? event.reason : undefined),
    }),
  },
}).createMachine({
  id: "run",
  initial: "submitted",
  context: ({ input }) => ({
    runId: input.runId,
    epoch: input.epoch ?? 0,
    replacedBecause: undefined,
    submittedAt: input.submittedAt,
    endedAt: 0,
    resultJson: undefined,
    error: undefined,
  }),
  states: {
    submitted: {
      on: {
        "workers.assigned": "running",
        "run.queued": "queued",
        "assignment.failed": { target: "failed", actions: ["markEnded", "recordError"] },
        "deadline.passed": { target: "failed", actions: ["markEnded", "recordError"] },
        "cancel.requested": { target: "cancelled", actions: ["markEnded", "recordCancel"] },
        "run.restored": RUN_STATES.map((target) => ({ target, guard: restoredTo(target), reenter: true, actions: ["restore"] as const })),
        "end.logged": END_RUN_STATES.map((target) => ({ target, guard: endedIn(target), actions: ["restore"] as const })),
      },
    },
    queued: {
      on: {
        "workers.assigned": "running",
        "assignment.failed": { target: "failed", actions: ["markEnded", "recordError"] },
        "deadline.passed": { target: "failed", actions: ["markEnded", "recordError"] },
        "cancel.requested": { target: "cancelled", actions: ["markEnded", "recordCancel"] },
        "end.logged": END_RUN_STATES.map((target) => ({ target, guard: endedIn(target), actions: ["restore"] as const })),
      },
    },
    running: {
      on: {
        "sinks.completed": { target: "succeeded", actions: ["markEnded", "recordResult"] },
        // A self-transition: the run stays running, in a new epoch.
        "run.replaced": { target: "running", reenter: true, actions: ["nextEpoch"] },
        "task.failed": { target: "failed", actions: ["markEnded", "recordError"] },
        "assignment.failed": { target: "failed", actions: ["markEnded", "recordError"] },
        "deadline.passed": { target: "failed", actions: ["markEnded", "recordError"] },
        "cancel.requested": { target: "cancelled", actions: ["markEnded", "recordCancel"] },
        "end.logged": END_RUN_STATES.map((target) => ({ target, guard: endedIn(target), actions: ["restore"] as const })),
      },
    },
    succeeded: { type: "final" },
    failed: { type: "final" },
    cancelled: { type: "final" },
  },
});

export type RunSnapshot = SnapshotFrom<typeof runMachine>;
