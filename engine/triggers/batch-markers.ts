/**
 * Which batch run holds an event, for one batched trigger: one marker per batch run in KV bucket
 * weft_trigger_events, key `<trigger key>.<run id>`, its value the batch's event ids (consecutive
 * stream sequences as one range, event-id-ranges.ts) and when it was written. Written once per
 * batch, BEFORE its run is submitted, so that a redelivery regrouping the events (e1, e2, e3 after
 * a run of e0, e1, e2) finds each event's run, not only the batch's first. A marker naming a run
 * that does not exist (or does not list the event) is the intent of an attempt that died before
 * submitting: its events are free.
 *
 * The live markers are the batches in flight: a marker is deleted once its source says none of
 * its events comes again (a JetStream consumer's ack floor passed them all, read one sweep
 * earlier, so that the server has written it down). A source that cannot say (MQTT, the outbox)
 * leaves its markers to the bucket, which drops them after MARKER_MAX_AGE_MS.
 *
 * The leader follows the trigger's markers with a KV watch, started with the trigger (what a
 * coordinator taking over loads once), into an in-memory index event → run. Only events that may
 * have been handled before are looked up (batch-runs.ts), after a barrier: a write of the
 * trigger's sync key, waited for on the watch, so every marker written before the lookup (by any
 * coordinator) is in the index.
 */
import type { Clock, TimerId } from "../base/clock.js";
import type { Bus, KvBucket, KvChange, KvWatch } from "../bus/bus.js";
import { ErrorCode, WeftError } from "../errors.js";
import { buckets } from "../subjects.js";
import { compactIds, everyId, expandIds, type CompactIds } from "./event-id-ranges.js";

/** A day: redeliveries come within seconds to minutes (ack wait, a leader change). */
export const MARKER_MAX_AGE_MS = 24 * 3600 * 1000;
/** How often markers whose events never come again are looked for (while there are markers). */
const SWEEP_MS = 5000;
/** How long a lookup waits for the watch to see its barrier before the batch is tried again. */
const CATCH_UP_MS = 15_000;
/** The key, under the trigger's, whose writes are the barriers. Run ids start with `t-`. */
const SYNC = "sync";

/** Tells, as of now, whether the source will never deliver an event (by id) again. */
export type DoneTest = (eventId: string) => boolean;

/** A marker as stored (and kept in memory): its events compact, expanded only to be looked up. */
interface Marker {
  readonly at: number;
  readonly ids: CompactIds;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();

export class BatchMarkers {
  private readonly byRun = new Map<string, Marker>();
  private watching: Promise<KvWatch> | undefined;
  private syncSeen = 0;
  private waiters: { revision: number; resolve: () => void; reject: (err: Error) => void }[] = [];
  private sweepTimer: TimerId | undefined;
  private done: (() => Promise<DoneTest>) | undefined;
  /** The source's answer at the previous sweep: what this sweep deletes by. */
  private doneBefore: DoneTest | undefined;
  private stopped = false;

  constructor(
    private readonly bus: Bus,
    /** triggerKey(deployment, spec). */
    private readonly key: string,
    private readonly clock: Clock,
    private readonly say: (line: string) => void,
  ) {}

  /** Loads the trigger's markers and follows them (call when the trigger starts). */
  start(): Promise<void> {
    return this.watch().then(() => {});
  }

  /** Deletes, from now on, the markers whose events `done` says never come again. */
  sweepWith(done: () => Promise<DoneTest>): void {
    this.done = done;
    this.scheduleSweep();
  }

  stop(): void {
    this.stopped = true;
    this.clock.clearTimeout(this.sweepTimer);
    void this.watching?.then((w) => w.stop(), () => {});
    // A lookup cut short must not answer: its batch is delivered again.
    for (const w of this.waiters.splice(0)) w.reject(new WeftError(ErrorCode.Closed, `the event markers of trigger ${this.key} stopped`));
  }

  /** Marks the events as taken by `runId` (with those an earlier marker of the same run named); resolves once stored. */
  async mark(runId: string, eventIds: readonly string[]): Promise<void> {
    const earlier = this.byRun.get(runId);
    const ids = earlier ? [...new Set([...expandIds(earlier.ids), ...eventIds])] : eventIds;
    const marker: Marker = { at: this.clock.now(), ids: compactIds(ids) };
    await (await this.kv()).put(`${this.key}.${runId}`, utf8.encode(JSON.stringify(marker)));
    this.byRun.set(runId, marker);
    this.scheduleSweep();
  }

  /** The run each event is marked for (undefined: none), counting every marker written before this call. */
  async holders(eventIds: readonly string[]): Promise<(string | undefined)[]> {
    await this.watch();
    const revision = await (await this.kv()).put(`${this.key}.${SYNC}`, new Uint8Array(0));
    if (this.syncSeen < revision) {
      await new Promise<void>((resolve, reject) => {
        const timer = this.clock.setTimeout(() => reject(new WeftError(ErrorCode.Timeout, `the event markers of trigger ${this.key} did not catch up within ${CATCH_UP_MS} ms`)), CATCH_UP_MS);
        const settled = (f: () => void) => () => {
          this.clock.clearTimeout(timer);
          f();
        };
        this.waiters.push({ revision, resolve: settled(resolve), reject: (err) => settled(() => reject(err))() });
      });
    }
    // Built here, not kept: the live markers are few, and most batches never look.
    const byEvent = new Map<string, string>();
    for (const [runId, m] of [...this.byRun].sort((a, b) => a[1].at - b[1].at)) for (const id of expandIds(m.ids)) byEvent.set(id, runId);
    return eventIds.map((id) => byEvent.get(id));
  }

  private kv(): Promise<KvBucket> {
    return this.bus.kv(buckets.triggerEvents, { maxAgeMs: MARKER_MAX_AGE_MS });
  }

  private watch(): Promise<KvWatch> {
    this.watching ??= this.kv().then((kv) => kv.watch((c) => this.changed(c), { filter: `${this.key}.>` }));
    // A watch that could not start is started again by the next caller.
    this.watching.catch(() => (this.watching = undefined));
    return this.watching;
  }

  private changed({ key, entry }: KvChange): void {
    const name = key.slice(this.key.length + 1);
    if (name === SYNC) {
      if (!entry) return;
      this.syncSeen = Math.max(this.syncSeen, entry.revision);
      const ready = this.waiters.filter((w) => w.revision <= this.syncSeen);
      this.waiters = this.waiters.filter((w) => w.revision > this.syncSeen);
      for (const w of ready) w.resolve();
      return;
    }
    if (!entry) {
      this.byRun.delete(name);
      return;
    }
    try {
      const m = JSON.parse(text.decode(entry.value)) as Marker;
      this.byRun.set(name, { at: m.at, ids: m.ids });
      this.scheduleSweep();
    } catch (err) {
      this.say(`weft coordinator: event marker ${key} is not readable (${(err as Error).message}); ignored`);
    }
  }

  private scheduleSweep(): void {
    if (this.stopped || this.sweepTimer !== undefined || this.byRun.size === 0) return;
    this.sweepTimer = this.clock.setTimeout(() => void this.sweep(), SWEEP_MS);
    (this.sweepTimer as { unref?: () => void }).unref?.();
  }

  private async sweep(): Promise<void> {
    try {
      // The bucket has dropped markers older than its age: so does the index.
      const oldest = this.clock.now() - MARKER_MAX_AGE_MS;
      for (const [runId, m] of this.byRun) if (m.at < oldest) this.byRun.delete(runId);
      const before = this.doneBefore;
      this.doneBefore = this.done ? await this.done() : undefined;
      if (!before) return;
      const gone = [...this.byRun].filter(([, m]) => everyId(m.ids, before)).map(([runId]) => runId);
      if (gone.length === 0) return;
      const kv = await this.kv();
      await Promise.all(
        gone.map(async (runId) => {
          // Erased, not deleted: a delete's marker would stay a day for every watch to read.
          await kv.erase(`${this.key}.${runId}`);
          this.byRun.delete(runId);
        }),
      );
    } catch (err) {
      if (!this.stopped) this.say(`weft coordinator: event markers of trigger ${this.key}: ${(err as Error).message}; swept again later`);
    } finally {
      this.sweepTimer = undefined;
      this.scheduleSweep();
    }
  }
}
