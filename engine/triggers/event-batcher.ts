/**
 * Micro-batching (`--batch N --batch-wait DURATION`): events gather until N have come or the
 * wait since the first has passed, whichever is first; then the batch goes to `flush` as one,
 * and each event's `accept` settles with its own outcome. A batch goes to `flush` as soon as it
 * is cut, with the previous batch's flush (settled) to wait for where order matters: a batch
 * that may hold events handled before looks only once every batch before it is done, while
 * batches of first deliveries are submitted beside each other (batch-runs.ts).
 */
import type { TriggerBatch, TriggerSpec } from "../../model/trigger.js";
import type { Clock, TimerId } from "../base/clock.js";
import type { EventOutcome, TriggerEvent } from "./trigger-event.js";
import type { EventSink } from "./trigger-kind.js";

/** Batches a source may have with the sink at once (gathering, marking or being submitted). */
const BATCHES_IN_FLIGHT = 4;

/**
 * How many events a source should have with its sink at once: one without batching (events are
 * taken in order, one by one); BATCHES_IN_FLIGHT batches' worth with it (at most 20,000), so the
 * next batches gather, write their markers and are submitted while one is being submitted.
 */
export function eventsInFlight(spec: TriggerSpec): number {
  return spec.batch ? Math.min(BATCHES_IN_FLIGHT * spec.batch.max, 20_000) : 1;
}


interface Waiting {
  readonly event: TriggerEvent;
  readonly settle: (outcome: EventOutcome) => void;
}

export class EventBatcher implements EventSink {
  private pending: Waiting[] = [];
  private timer: TimerId | undefined;
  /** Settles once every batch cut so far is flushed. */
  private chain: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly batch: TriggerBatch,
    private readonly clock: Clock,
    /** `previous` settles once the batch cut before this one is flushed. */
    private readonly flush: (events: readonly TriggerEvent[], previous: Promise<unknown>) => Promise<EventOutcome[]>,
  ) {}

  accept(event: TriggerEvent): Promise<EventOutcome> {
    if (this.stopped) return Promise.resolve("retry");
    return new Promise<EventOutcome>((settle) => {
      this.pending.push({ event, settle });
      if (this.pending.length >= this.batch.max) this.cut();
      else if (this.pending.length === 1) this.timer = this.clock.setTimeout(() => this.cut(), this.batch.waitMs);
    });
  }

  /** Events not yet in a batch are delivered again (the source keeps them, or says it cannot). */
  stop(): void {
    this.stopped = true;
    this.clock.clearTimeout(this.timer);
    for (const w of this.pending.splice(0)) w.settle("retry");
  }

  private cut(): void {
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending.splice(0, this.batch.max);
    if (batch.length === 0) return;
    // What came meanwhile beyond the batch starts the next one's wait.
    if (this.pending.length > 0) this.timer = this.clock.setTimeout(() => this.cut(), this.batch.waitMs);
    const previous = this.chain;
    const flushed = (async () => {
      let outcomes: EventOutcome[];
      try {
        outcomes = await this.flush(
          batch.map((w) => w.event),
          previous,
        );
      } catch {
        outcomes = batch.map(() => "retry");
      }
      batch.forEach((w, i) => w.settle(outcomes[i] ?? "retry"));
    })();
    this.chain = Promise.all([previous, flushed]).then(() => {});
  }
}
