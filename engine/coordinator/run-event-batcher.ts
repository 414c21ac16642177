/**
 * Publishes the coordinator's run events on each run's state subject (only the coordinator may
 * publish there, and readers believe a run's state from nowhere else): the events of one turn
 * (submitted, then running) go out as one batch; an end goes out at once, with any of the turn before it,
 * ahead of the controls and the record that follow it (followers wait for it).
 *
 * An express run's events go out once, at its end, in one batch (docs/express.md): its client
 * waits only for the end, and nothing resumes it from its log. The batch is published without
 * waiting for JetStream's ack: the stream still stores it as it passes (so `weft logs RUN`
 * shows the run's events), its client reads it over core NATS, and nothing of the run is
 * retried anyway. Per express run that is one message, its two deliveries (this coordinator's
 * feed, the client) and two acks fewer.
 */
import type { Bus } from "../bus/bus.js";
import type { DurablePublisher } from "../bus/durable-publisher.js";
import type { weft } from "../gen/weft.js";
import { subjects } from "../subjects.js";
import { encodeMessage, pb } from "../wire/protocol.js";
import type { RunEventEntry } from "./run-table.js";

export class RunEventBatcher {
  /** Run events of this turn, per run, not yet published. */
  private readonly pending = new Map<string, weft.v1.LogEntry.$Properties[]>();

  constructor(
    private readonly publisher: DurablePublisher,
    private readonly bus: Bus,
  ) {}

  /** `owner`: the run's owner, whose subjects carry its history ("" for a run without one); `express`: sent without an ack. */
  publish(runId: string, owner: string, run: RunEventEntry, end: boolean, express = false): void {
    const waiting = this.pending.get(runId);
    const entries = waiting ?? [];
    entries.push({ run });
    const send = () => {
      if (this.pending.get(runId) !== entries) return; // already out
      this.pending.delete(runId);
      const subject = subjects.runState(runId, owner);
      const batch = encodeMessage(pb.LogBatch, { runId, entries });
      if (express) this.bus.publish(subject, batch);
      else void this.publisher.publish(subject, batch);
    };
    if (!waiting) this.pending.set(runId, entries);
    if (end) send();
    else if (!waiting && !express) queueMicrotask(send);
  }

  /** Drops what `runId` has not sent (an express run given up before its end). */
  forget(runId: string): void {
    this.pending.delete(runId);
  }

  /** Drops what is not out yet (the leadership was lost). */
  clear(): void {
    this.pending.clear();
  }
}
