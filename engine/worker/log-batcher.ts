/**
 * Coalesces a run's log entries (task state changes, user log lines) into LogBatch messages:
 * one durable publish per few milliseconds instead of one per transition, which keeps the log
 * cheap at 100k tasks a run. Flushes early when a batch grows large.
 */
import { systemClock, type Clock, type TimerId } from "../base/clock.js";
import type { DurablePublisher } from "../bus/durable-publisher.js";
import type { weft } from "../gen/weft.js";
import { subjects } from "../subjects.js";
import { encodeLogBatch } from "../wire/log-batch-encoding.js";
import type { AttemptFigures } from "./attempt-meter.js";
import { MapSuccessRange } from "./map-success-range.js";

const FLUSH_MS = 15;
const SETTLED: Promise<void> = Promise.resolve();
/**
 * A batch goes out once it holds this many entries, without waiting for the timer: the
 * coordinator then reads a long run's log while it is written. At 2000 a 1,000-hop chain (four
 * entries a hop, ~20 ms) reached it in two or three batches, the last read after the last hop.
 */
const MAX_ENTRIES = 256;
/** Stay well under max_payload: an entry's size is estimated, not measured. */
const MAX_BYTES = 512 * 1024;

export class LogBatcher {
  private entries: weft.v1.LogEntry.$Properties[] = [];
  private bytes = 0;
  private timer: TimerId | undefined;
  private last: Promise<void> = SETTLED;
  private readonly subject: string;
  /** Map instances that succeeded plainly, logged as ranges (map-success-range.ts). */
  private readonly successes = new MapSuccessRange();
  /** Set while `collect` runs: what it adds goes into the batch being made (no flush of its own). */
  private collecting = false;

  /**
   * `collect`: called before each batch goes out, for entries kept aside until then (the edge
   * accounting, summed per edge rather than logged per hand-over).
   */
  constructor(
    private readonly publisher: DurablePublisher,
    private readonly runId: string,
    /** The run's owner ("" for none): its log goes on the owner's subjects. */
    owner: string,
    /** This worker's name: its log of the run goes on a subject of its own. */
    worker: string,
    private readonly collect: () => weft.v1.LogEntry.$Properties[] = () => [],
    private readonly clock: Clock = systemClock,
  ) {
    this.subject = subjects.runLog(runId, worker, owner);
  }

  add(entry: weft.v1.LogEntry.$Properties, sizeEstimate = 96): void {
    // A range of successes open before this entry is logged before it.
    const closed = this.successes.close();
    if (closed !== undefined) this.entries.push(closed);
    this.entries.push(entry);
    this.bytes += sizeEstimate;
    if (this.collecting) return;
    if (this.entries.length >= MAX_ENTRIES || this.bytes >= MAX_BYTES) void this.flush();
    else this.timer ??= this.clock.setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** A map instance succeeded on its first attempt: it joins (or starts) a range of successes. */
  mapSucceeded(node: string, worker: string, epoch: number, index: number, atMs: number, durationMs: number, usage: AttemptFigures | undefined): void {
    const closed = this.successes.add(node, worker, epoch, index, atMs, durationMs, usage);
    if (closed === undefined) return this.touch();
    this.entries.push(closed);
    this.bytes += 96;
    if (this.entries.length >= MAX_ENTRIES || this.bytes >= MAX_BYTES) void this.flush();
    else this.touch();
  }

  /** Something will be collected at the next flush: make sure there is one. */
  touch(): void {
    this.timer ??= this.clock.setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** Publishes what is pending; resolves when it (and everything before it) is stored. */
  flush(): Promise<void> {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    const closed = this.successes.close();
    if (closed !== undefined) this.entries.push(closed);
    this.collecting = true;
    try {
      for (const e of this.collect()) this.entries.push(e);
    } finally {
      this.collecting = false;
    }
    if (this.entries.length === 0) return this.last;
    const batch = encodeLogBatch(this.runId, this.entries);
    this.entries = [];
    this.bytes = 0;
    // Joined with the earlier batches: after an outage an earlier one may still be retrying
    // when this one is stored, and a flush must mean the whole log so far is in the stream.
    const stored = this.publisher.publish(this.subject, batch);
    const before = this.last;
    this.last = before === SETTLED ? stored : Promise.all([before, stored]).then(() => {});
    void stored.then(() => {
      if (this.last === stored) this.last = SETTLED; // keeps the chain short on long runs
    });
    return this.last;
  }
}
