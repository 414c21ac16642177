/**
 * One active coordinator per NATS: leadership is one KV key, created with compare-and-set and
 * renewed while the leader lives. The bucket's max_age makes the key of a dead leader expire
 * (per-key TTLs do nothing on nats-server 2.9), so a standby takes over within `ttlMs`.
 */
import { systemClock, type Clock, type TimerId } from "../base/clock.js";
import type { Bus, KvBucket } from "../bus/bus.js";
import { ErrorCode } from "../errors.js";
import { buckets } from "../subjects.js";

const KEY = "coordinator";

/** How long a leader's lock outlives its last renewal: a dead leader is replaced within about this long. */
export const LEADER_TTL_MS = 6_000;

export class LeaderLock {
  private revision = 0;
  private timer: TimerId | undefined;
  private renewing: Promise<void> | undefined;
  private closed = false;
  /** When the lock was last known to be ours (acquired or renewed). */
  private confirmedAt = 0;
  private onLost: () => void = () => {};

  private constructor(
    private readonly kv: KvBucket,
    private readonly name: string,
    private readonly ttlMs: number,
    private readonly clock: Clock,
  ) {}

  /** `clock` times the renewals and the lock's age (the key's expiry is the server's, in real time). */
  static async open(bus: Bus, name: string, ttlMs = LEADER_TTL_MS, clock: Clock = systemClock): Promise<LeaderLock> {
    // On disk, not in memory: a memory stream is gone after a NATS restart, and the leader with it.
    return new LeaderLock(await bus.kv(buckets.leader, { maxAgeMs: ttlMs }), name, ttlMs, clock);
  }

  /** Who holds the lock now, if anyone. */
  async holder(): Promise<string | undefined> {
    const e = await this.kv.get(KEY);
    return e ? new TextDecoder().decode(e.value) : undefined;
  }

  /**
   * Becomes the leader, waiting as a standby while another holds the lock. `onWaiting` is
   * called once with the holder's name. `onLost` fires once if another coordinator holds the
   * lock at a renewal; this one then no longer renews it (acquire again to stand by).
   * `onStoreFull` is called once if JetStream storage is full (the lock cannot be written; it
   * is tried again until it can).
   */
  async acquire(onWaiting: (holder: string) => void, onLost: () => void, onStoreFull: (detail: string) => void = () => {}): Promise<void> {
    let told = false;
    let toldFull = false;
    while (!this.closed) {
      try {
        this.revision = await this.kv.create(KEY, new TextEncoder().encode(this.name));
        this.confirmedAt = this.clock.now();
        break;
      } catch (err) {
        // A full store refuses the lock's write: no one holds it, and saying "another
        // coordinator is active" would send the operator after the wrong cause.
        if ((err as { code?: string }).code === ErrorCode.StorageFull) {
          if (!toldFull) onStoreFull((err as Error).message);
          toldFull = true;
        } else {
          const holder = (await this.holder().catch(() => undefined)) ?? "another coordinator";
          if (!told) onWaiting(holder);
          told = true;
        }
        await new Promise((r) => this.clock.setTimeout(() => r(undefined), Math.min(2000, this.ttlMs / 3)));
      }
    }
    if (this.closed) return;
    this.onLost = onLost;
    this.renewEvery(Math.max(200, this.ttlMs / 4));
  }

  /** Renews every `ms` until stopRenewing. */
  private renewEvery(ms: number): void {
    this.timer = this.clock.setTimeout(() => {
      this.renewEvery(ms);
      void this.renew();
    }, ms);
  }

  /**
   * True if this coordinator still holds the lock. Free while renewals are recent; after a
   * pause longer than half the lock's life (the process was frozen, say, and another may have
   * taken over meanwhile) it renews first, and a lost lock is then reported to onLost.
   */
  async confirm(): Promise<boolean> {
    if (this.revision > 0 && this.clock.now() - this.confirmedAt < this.ttlMs / 2) return true;
    await this.renew();
    return this.revision > 0 && this.clock.now() - this.confirmedAt < this.ttlMs / 2;
  }

  /** One renewal; one still under way (a reconnect) is joined, not overtaken. */
  private renew(): Promise<void> {
    if (this.revision === 0) return Promise.resolve();
    this.renewing ??= this.renewOnce().finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  private async renewOnce(): Promise<void> {
    try {
      this.revision = await this.kv.update(KEY, new TextEncoder().encode(this.name), this.revision);
      this.confirmedAt = this.clock.now();
    } catch (err) {
      // Other errors (a reconnect in progress) are retried at the next tick.
      if ((err as { code?: string }).code !== ErrorCode.KvConflict) return;
      const holder = await this.holderAfterConflict();
      if (holder === "ours") this.confirmedAt = this.clock.now();
      if (holder !== "theirs") return;
      this.stopRenewing();
      this.revision = 0;
      this.onLost();
    }
  }

  /**
   * After a conflicting renewal: whose the lock is. Still ours when an earlier renewal was
   * stored with its reply lost (a NATS restart), or when the key expired while NATS was down
   * and nobody else took it (then it is taken again); "unknown" while NATS does not answer.
   */
  private async holderAfterConflict(): Promise<"ours" | "theirs" | "unknown"> {
    try {
      const entry = await this.kv.get(KEY);
      if (entry) {
        if (new TextDecoder().decode(entry.value) !== this.name) return "theirs";
        this.revision = entry.revision;
        return "ours";
      }
      this.revision = await this.kv.create(KEY, new TextEncoder().encode(this.name));
      return "ours";
    } catch (err) {
      return (err as { code?: string }).code === ErrorCode.KvConflict ? "theirs" : "unknown"; // someone created it first
    }
  }

  private stopRenewing(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Gives the lock up for good: deletes the key if this coordinator still holds it. */
  async release(): Promise<void> {
    this.closed = true;
    this.stopRenewing();
    if (this.revision > 0) {
      const revision = this.revision;
      this.revision = 0;
      // At our revision only: a lock another coordinator holds by now stays its own.
      await this.kv.delete(KEY, revision).catch(() => {});
    }
  }
}
