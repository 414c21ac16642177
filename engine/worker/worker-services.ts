/**
 * What a run executor needs from the worker that hosts it: the bus, the slots, the log's
 * publisher, the isolation threads, the init hooks, the work labeler, the clock and the
 * randomness. The worker (worker.ts) implements it; tests pass their own.
 */
import type { Clock } from "../base/clock.js";
import type { Random } from "../base/random.js";
import type { Bus } from "../bus/bus.js";
import type { DurablePublisher } from "../bus/durable-publisher.js";
import type { Workflow } from "../../model/workflow.js";
import type { IsolatedRunner } from "./isolated-runner.js";
import type { SlotPool } from "./slot-pool.js";
import type { TaskObserver } from "./run/tasks.js";
import type { WorkLabeler } from "./work-labeler.js";

/** What a run executor needs from its worker. */
export interface WorkerServices {
  readonly name: string;
  readonly bus: Bus;
  readonly pool: SlotPool;
  /** Ordered, acknowledged publishing of the run logs. */
  readonly publisher: DurablePublisher;
  /** Runs attempts of isolated nodes in worker threads. */
  readonly isolation: IsolatedRunner;
  /** Isolate every task and map node (`weft worker --isolate`). */
  readonly isolateAll: boolean;
  /** Names user code and engine sections for the loop watchdog. */
  readonly labeler: WorkLabeler;
  /** The node's init hook result on this worker (run once, cached). */
  initState(workflow: Workflow, bundleHash: string, node: string): Promise<unknown>;
  /** The time, and the timers of retries, timeouts and log batches. */
  readonly clock: Clock;
  /** Retry jitter. */
  readonly random: Random;
  /** Throw on an illegal task transition instead of reporting it (tests). */
  readonly strictTransitions?: boolean;
  /** Where diagnostics go (default: stderr). */
  readonly diagnostics?: (line: string) => void;
  /** The observer of a run's task changes (metrics, traces); undefined when neither is on. */
  observeRun?(runId: string, workflow: string): TaskObserver | undefined;
}
