/**
 * Which batch run holds an event: one key per event (its own run id, eventRunId, which is unique
 * per deployment, trigger and event and a valid KV key) in KV bucket weft_trigger_events, whose
 * value is the id of the batch run that takes it. Written for all the events of a batch BEFORE
 * the run is submitted, so a redelivery that regroups the events (e1, e2, e3 after a run of e0,
 * e1, e2) finds each event's run, not only the batch's first. A marker naming a run that does not
 * exist (or does not list the event) is the intent of an attempt that died before submitting:
 * the event is free. Markers expire after MARKER_MAX_AGE_MS, far above any redelivery window
 * (a JetStream ack wait, a coordinator restart); past that, a redelivered batch is still found
 * by its first event's run. Only batched triggers write them: an unbatched event's run id is
 * its own.
 */
import type { Bus, KvBucket } from "../bus/bus.js";
import { buckets } from "../subjects.js";

/** A day: redeliveries come within seconds to minutes (ack wait, a leader change). */
export const MARKER_MAX_AGE_MS = 24 * 3600 * 1000;

const utf8 = new TextEncoder();
const text = new TextDecoder();

export class EventMarkers {
  constructor(private readonly bus: Bus) {}

  /** The run each event key was marked for (undefined: none), in order; read in parallel. */
  async runsOf(keys: readonly string[]): Promise<(string | undefined)[]> {
    const kv = await this.kv();
    return Promise.all(keys.map(async (k) => {
      const entry = await kv.get(k);
      return entry ? text.decode(entry.value) : undefined;
    }));
  }

  /** Marks each event key as taken by `runId` (pipelined writes: KvBucket.putAll). */
  async mark(keys: readonly string[], runId: string): Promise<void> {
    await (await this.kv()).putAll(keys, utf8.encode(runId));
  }

  /** The bucket, made on first use by the leader coordinator (the bus keeps it open). */
  private kv(): Promise<KvBucket> {
    return this.bus.kv(buckets.triggerEvents, { maxAgeMs: MARKER_MAX_AGE_MS });
  }
}
