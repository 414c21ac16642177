/**
 * What one kind of trigger must provide (engine/triggers/kinds.ts lists them): a check run by
 * `weft deploy` before anything is stored, and a source started by the leader coordinator that
 * hands each event it receives to a sink and acknowledges the event only when the sink says so.
 */
import type { TriggerSpec } from "../../model/trigger.js";
import type { Clock } from "../base/clock.js";
import type { Bus } from "../bus/bus.js";
import type { EventOutcome, TriggerEvent } from "./trigger-event.js";

/** A started trigger source. */
export interface RunningTrigger {
  /** Stops receiving; events not yet acknowledged are left for the next leader (or lost, where the source cannot keep them: say so in its docs). */
  stop(): void | Promise<void>;
  /**
   * For a source that knows which events it will never deliver again (a JetStream consumer: the
   * sequences at or below its ack floor): a test of event ids, as of now. A batched trigger's
   * markers are deleted by it (batch-markers.ts); without it they age out of their bucket.
   */
  doneWith?(): Promise<(eventId: string) => boolean>;
}

/** Where a source hands its events: each becomes a run (or joins a batch run). */
export interface EventSink {
  /**
   * Settles once the event is taken: "ack" when its run exists (made now or before), "retry"
   * when it could not be accepted now and must be delivered again (or kept and offered again).
   */
  accept(event: TriggerEvent): Promise<EventOutcome>;
}

export interface TriggerContext<S extends TriggerSpec> {
  readonly bus: Bus;
  readonly deployment: string;
  readonly spec: S;
  /** triggerKey(deployment, spec): stable across restarts, for consumer, session and slot names. */
  readonly key: string;
  readonly sink: EventSink;
  readonly clock: Clock;
  /** A line for the operator (the coordinator's stderr). */
  readonly say: (line: string) => void;
}

export interface TriggerKindRunner<S extends TriggerSpec> {
  /**
   * Run by `weft deploy` before anything is stored: throws a WeftError E_USAGE (exit 2) naming
   * what is wrong and what to do (a bad expression, a bucket, stream or table that does not
   * exist), or E_SERVICE_UNREACHABLE (exit 3) for a broker or database that cannot be reached.
   * `deployment` is the name being deployed (an HTTP route may not be another deployment's).
   */
  check(bus: Bus, spec: S, deployment?: string): Promise<void>;
  /**
   * Run by `weft deploy` once every trigger passed its check, before the deployment is stored,
   * for a source that must start keeping events from now on (the PostgreSQL trigger's capture
   * into its outbox): idempotent, and all or nothing. `key` is the trigger's
   * triggerKey(deployment, spec), the same the started source gets. Errors as for check.
   */
  install?(bus: Bus, spec: S, key: string): Promise<void>;
  /** Starts the source on the leader coordinator. */
  start(ctx: TriggerContext<S>): Promise<RunningTrigger>;
}
