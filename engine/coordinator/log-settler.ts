/**
 * Settles an ended run's log before its end is published: what the run's workers logged is
 * read by this coordinator first, so the run's last line (with its accounting) comes after all
 * of its task events in the stream (followers stop reading at the end).
 *
 * A worker publishes its log before any data it sends, so everything that led to a run's result
 * entered the stream before the coordinator's marker (an empty batch): once the marker is read
 * here, so is all that. The settler owns its waits: the coordinator tells it what it read
 * (`read`), and each wait resolves itself.
 */
import type { Bus } from "../bus/bus.js";
import type { DurablePublisher } from "../bus/durable-publisher.js";
import type { Clock } from "../base/clock.js";
import { subjects } from "../subjects.js";
import { encodeMessage, pb } from "../wire/protocol.js";

/** How long a success waits for its last task entries before asking for a marker instead. */
const ALL_READ_GRACE_MS = 20;
/** How long the end of a run waits for a worker to say its log is stored (a batch retrying after an outage takes up to a few seconds). */
const FLUSH_WAIT_MS = 5000;
/** How long after the marker is stored its reading is waited for. */
const MARKER_WAIT_MS = 1000;

interface Waits {
  /** Resolves when the coordinator's marker of the run comes back through the log. */
  marker?: () => void;
  /** Resolves when a batch of the run completes the reading of every task's end. */
  allRead?: () => void;
}

export class LogSettler {
  private readonly waits = new Map<string, Waits>();

  constructor(
    private readonly bus: Bus,
    private readonly publisher: DurablePublisher,
    private readonly clock: Clock,
  ) {}

  /** A batch of the run was read (and taken in): `marker` when it had no entries. */
  read(runId: string, marker: boolean, allTasksRead: () => boolean): void {
    const w = this.waits.get(runId);
    if (!w) return;
    if (marker) w.marker?.();
    if (w.allRead && allTasksRead()) w.allRead();
  }

  /**
   * Waits (briefly, at most ~2 s, more while a worker's flush is slow) until what the run's
   * workers logged has been read here. `askFlush` (a failure or cancel) also waits for what the
   * workers logged while stopping; otherwise a success whose every task's end was read is done.
   */
  async settle(runId: string, owner: string, epoch: number, workers: readonly string[], askFlush: boolean, allTasksRead: () => boolean): Promise<void> {
    // Those entries left the workers before the result did, so they are usually read within a
    // millisecond or two: waiting a little for them saves the marker's round trip.
    if (!askFlush && (allTasksRead() || (await this.allReadWithin(runId, ALL_READ_GRACE_MS)))) return;
    // Entries are missing (or the run failed): each worker flushes, and answers once its whole
    // log so far is stored. After a NATS outage a batch may still be retrying in a worker: the
    // end must not enter the stream before it (readers stop at the end).
    const ask = encodeMessage(pb.RunControl, { runId, epoch });
    await Promise.all(workers.map((w) => this.bus.request(subjects.workerFlush(w), ask, { timeoutMs: FLUSH_WAIT_MS }).catch(() => {})));
    // A marker after those entries in the stream: once this coordinator reads it, it has read
    // them. A success also settles as soon as every task's end has been read.
    const seen = new Promise<void>((resolve) => this.waits.set(runId, askFlush ? { marker: resolve } : { marker: resolve, allRead: resolve }));
    const stored = this.publisher.publish(subjects.runState(runId, owner), encodeMessage(pb.LogBatch, { runId, entries: [] }));
    await Promise.race([seen, stored.then(() => new Promise((r) => this.clock.setTimeout(() => r(undefined), MARKER_WAIT_MS)))]);
    this.waits.delete(runId);
  }

  /** Resolves true once every task's end of the run has been read, false after `ms`. */
  private allReadWithin(runId: string, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = this.clock.setTimeout(() => {
        this.waits.delete(runId);
        resolve(false);
      }, ms);
      this.waits.set(runId, {
        allRead: () => {
          this.clock.clearTimeout(timer);
          this.waits.delete(runId);
          resolve(true);
        },
      });
    });
  }
}
