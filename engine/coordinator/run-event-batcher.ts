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
 *
 * A durable run that ended while its record was being created (record-gate.ts) has all of its
 * events decided by the time they may go out: they wait for its end and go out with it, one
 * stored batch (and its ack, and one delivery per reader) instead of two.
 */
import type { Bus } from "../bus/bus.js";
import type { DurablePublisher } from "../bus/durable-publisher.js";
import type { weft } from "../gen/weft.js";
import { subjects } from "../subjects.js";
import { runEventOnWire } from "../wire/compact-accounting.js";
import { encodeMessage, pb } from "../wire/protocol.js";
import type { RunEventEntry } from "./run-table.js";

interface Pending {
  owner: string;
  express: boolean;
  entries: weft.v1.LogEntry.$Properties[];
}

export class RunEventBatcher {
  /** Run events of this turn, per run, not yet published. */
  private readonly pending = new Map<string, Pending>();
  /** Runs whose events wait for their end (see toEnd). */
  private readonly toEnds = new Set<string>();

  constructor(
    private readonly publisher: DurablePublisher,
    private readonly bus: Bus,
  ) {}

  /** `owner`: the run's owner, whose subjects carry its history ("" for a run without one); `express`: sent without an ack. */
  publish(runId: string, owner: string, run: RunEventEntry, end: boolean, express = false): void {
    const waiting = this.pending.get(runId);
    const batch = waiting ?? { owner, express, entries: [] };
    batch.entries.push({ run: runEventOnWire(run) });
    if (!waiting) this.pending.set(runId, batch);
    if (end) this.send(runId, batch);
    else if (!waiting && !this.toEnds.has(runId)) queueMicrotask(() => this.send(runId, batch));
  }

  /**
   * The run has ended (its end is being settled): its events from now on go out with its end,
   * in one batch. `settled` sends them if the end does not come.
   */
  toEnd(runId: string): void {
    this.toEnds.add(runId);
  }

  /** The run's log is settled: what still waits for its end goes out now (its end normally took it already). */
  settled(runId: string): void {
    if (!this.toEnds.delete(runId)) return;
    const batch = this.pending.get(runId);
    if (batch) this.send(runId, batch);
  }

  /** Drops what `runId` has not sent (an express run withdrawn in the turn it was submitted: nothing of it is said). */
  forget(runId: string): void {
    this.pending.delete(runId);
    this.toEnds.delete(runId);
  }

  /** Drops what is not out yet (the leadership was lost). */
  clear(): void {
    this.pending.clear();
    this.toEnds.clear();
  }

  private send(runId: string, batch: Pending): void {
    if (this.pending.get(runId) !== batch) return; // already out
    this.pending.delete(runId);
    this.toEnds.delete(runId);
    const subject = subjects.runState(runId, batch.owner);
    const data = encodeMessage(pb.LogBatch, { runId, entries: batch.entries });
    if (batch.express) this.bus.publish(subject, data);
    else void this.publisher.publish(subject, data);
  }
}
