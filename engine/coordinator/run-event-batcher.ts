/**
 * Publishes the coordinator's run events on each run's state subject (only the coordinator may
 * publish there, and readers believe a run's state from nowhere else): the events of one turn
 * (submitted, then running) go out as one batch; an end goes out at once, with any of the turn before it,
 * ahead of the controls and the record that follow it (followers wait for it).
 *
 * An express run's batches are published without waiting for JetStream's ack (docs/express.md):
 * the stream still stores them as they pass (so `weft logs RUN` shows them, in order with its
 * tasks), its client reads them over core NATS, and nothing resumes the run from its log. That
 * is two acks (and two message ids the server keeps) fewer per express run.
 */
import type { Bus } from "../bus/bus.js";
import type { DurablePublisher } from "../bus/durable-publisher.js";
import type { weft } from "../gen/weft.js";
import { subjects } from "../subjects.js";
import { runEventOnWire } from "../wire/compact-accounting.js";
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
    entries.push({ run: runEventOnWire(run) });
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
    else if (!waiting) queueMicrotask(send);
  }

  /** Drops what `runId` has not sent (an express run withdrawn in the turn it was submitted: nothing of it is said). */
  forget(runId: string): void {
    this.pending.delete(runId);
  }

  /** Drops what is not out yet (the leadership was lost). */
  clear(): void {
    this.pending.clear();
  }
}
