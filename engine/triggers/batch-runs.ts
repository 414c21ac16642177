/**
 * A batch of events becomes one run, each event in exactly one run however the events come again
 * (issue 14). Before the run is submitted, its marker names its events (batch-markers.ts). An
 * event the source may have handed over before is looked up: one whose marked run exists and
 * lists it is acknowledged, and the others form a new batch. An event delivered for the first
 * time cannot be in any run: a batch of only those costs one marker write and the submission.
 *
 * Order: a batch of first deliveries is submitted as soon as its marker is written, beside the
 * batches before it (none of its events can be in their runs, and the source acknowledges in
 * order whatever order the runs are made in): the submissions' round trips overlap, which is what
 * bounds a trigger's events per second (bench/README.md, W8). A batch with an event that may have
 * been handled waits for every batch before it to finish before it looks, so their runs are
 * found. Express triggers write no marker: an express run keeps no record to find it by, and
 * express is at-least-once (docs/express.md).
 */
import type { TriggerSpec } from "../../model/trigger.js";
import type { BatchMarkers } from "./batch-markers.js";
import { eventRunId, type EventOutcome, type GoodEvent, type TriggerEvent, type TriggerEvents } from "./trigger-event.js";

export class BatchRuns {
  constructor(
    private readonly events: TriggerEvents,
    private readonly deployment: string,
    private readonly trigger: TriggerSpec,
    /** Undefined for an express trigger. */
    private readonly markers: BatchMarkers | undefined,
  ) {}

  /**
   * Each event's outcome, in order. `previous` settles once every batch cut before this one is
   * done (submitted, or given up); only a batch that looks up waits for it.
   */
  async accept(batch: readonly TriggerEvent[], previous: Promise<unknown>): Promise<EventOutcome[]> {
    const { deployment, trigger } = this;
    const outcomes: EventOutcome[] = batch.map(() => "retry");
    const good = await this.events.wellFormed(deployment, trigger, batch, outcomes);
    const seen = good.some((g) => g.event.firstDelivery !== true);
    if (seen) await previous;
    let rest = seen && this.markers ? await this.unheld(good, outcomes) : good;
    while (rest.length > 0) {
      const runId = eventRunId(deployment, trigger, rest[0]!.event.info.eventId);
      const taken = seen ? await this.events.takenBy(runId) : undefined;
      if (taken) {
        // Accepted before (a redelivery): its events are done; any others make a new batch.
        const left: GoodEvent[] = [];
        for (const g of rest) {
          if (taken.has(g.event.info.eventId)) outcomes[g.index] = "ack";
          else left.push(g);
        }
        rest = left;
        continue;
      }
      const deployed = this.events.deployed(deployment);
      deployed.catch(() => {}); // awaited by submit
      // The intent first: a redelivery regrouped in any way finds each of these events' run.
      const ids = rest.map((g) => g.event.info.eventId);
      await this.markers?.mark(runId, ids);
      // No wait for `previous` here: a batch that looked up has waited for it above.
      if (!(await this.events.submit(deployment, trigger, runId, rest, ids, deployed))) return outcomes;
      for (const g of rest) outcomes[g.index] = "ack";
      rest = [];
    }
    return outcomes;
  }

  /**
   * The events no run holds yet; those a run holds (by their markers) are acknowledged. A marker
   * whose run does not exist, or does not list the event, is a stale intent: the event is free.
   */
  private async unheld(good: readonly GoodEvent[], outcomes: EventOutcome[]): Promise<GoodEvent[]> {
    const marked = await this.markers!.holders(good.map((g) => g.event.info.eventId));
    const runIds = [...new Set(marked.filter((r): r is string => r !== undefined))]; // each marked run read once
    const runs = new Map(await Promise.all(runIds.map(async (r) => [r, await this.events.takenBy(r)] as const)));
    const free: GoodEvent[] = [];
    for (const [i, g] of good.entries()) {
      const runId = marked[i];
      if (runId !== undefined && runs.get(runId)?.has(g.event.info.eventId)) outcomes[g.index] = "ack";
      else free.push(g);
    }
    return free;
  }
}
