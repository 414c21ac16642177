/**
 * Micro-batching (`--batch N --batch-wait DURATION`): events gather until N have come or the
 * wait since the first has passed, whichever is first; then the batch goes to `flush` as one,
 * and each event's `accept` settles with its own outcome. Batches are flushed one at a time, in
 * order: a source that redelivers in order (a JetStream consumer, an MQTT session, the outbox)
 * then offers a batch's first event first, and its run is found by that event.
 */
import type { TriggerBatch, TriggerSpec } from "../../model/trigger.js";
import type { Clock, TimerId } from "../base/clock.js";
import type { EventOutcome, TriggerEvent } from "./trigger-event.js";
import type { EventSink } from "./trigger-kind.js";

/**
 * How many events a source should have with its sink at once: one without batching (events are
 * taken in order, one by one); two batches' worth with it, so the next batch gathers while one
 * is being submitted.
 */
export function eventsInFlight(spec: TriggerSpec): number {
  return spec.batch ? Math.min(2 * spec.batch.max, 20_000) : 1;
}

interface Waiting {
  readonly event: TriggerEvent;
  readonly settle: (outcome: EventOutcome) => void;
}

export class EventBatcher implements EventSink {
  private pending: Waiting[] = [];
  private timer: TimerId | undefined;
  /** The flush under way: batches go one after the other. */
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly batch: TriggerBatch,
    private readonly clock: Clock,
    private readonly flush: (events: readonly TriggerEvent[]) => Promise<EventOutcome[]>,
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
    this.chain = this.chain.then(async () => {
      let outcomes: EventOutcome[];
      try {
        outcomes = await this.flush(batch.map((w) => w.event));
      } catch {
        outcomes = batch.map(() => "retry");
      }
      batch.forEach((w, i) => w.settle(outcomes[i] ?? "retry"));
    });
  }
}
