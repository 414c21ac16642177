/**
 * One active coordinator per NATS: leadership is one KV key, created with compare-and-set and
 * renewed while the leader lives. The bucket's max_age makes the key of a dead leader expire
 * (per-key TTLs do nothing on nats-server 2.9), so a standby takes over within `ttlMs`.
 */
import type { Bus, KvBucket } from "../bus/bus.js";
import { ErrorCode } from "../errors.js";
import { buckets } from "../subjects.js";

const KEY = "coordinator";

export class LeaderLock {
  private revision = 0;
  private timer: NodeJS.Timeout | undefined;
  private renewing = false;
  private closed = false;

  private constructor(
    private readonly kv: KvBucket,
    private readonly name: string,
    private readonly ttlMs: number,
  ) {}

  static async open(bus: Bus, name: string, ttlMs = 6_000): Promise<LeaderLock> {
    return new LeaderLock(await bus.kv(buckets.leader, { maxAgeMs: ttlMs }), name, ttlMs);
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
   */
  async acquire(onWaiting: (holder: string) => void, onLost: () => void): Promise<void> {
    let told = false;
    while (!this.closed) {
      try {
        this.revision = await this.kv.create(KEY, new TextEncoder().encode(this.name));
        break;
      } catch {
        const holder = (await this.holder().catch(() => undefined)) ?? "another coordinator";
        if (!told) onWaiting(holder);
        told = true;
        await new Promise((r) => setTimeout(r, Math.min(2000, this.ttlMs / 3)));
      }
    }
    if (this.closed) return;
    this.timer = setInterval(() => void this.renew(onLost), Math.max(200, this.ttlMs / 4));
  }

  /** One renewal; a renewal still under way (a reconnect) is not overtaken by the next. */
  private async renew(onLost: () => void): Promise<void> {
    if (this.renewing || this.revision === 0) return;
    this.renewing = true;
    try {
      this.revision = await this.kv.update(KEY, new TextEncoder().encode(this.name), this.revision);
    } catch (err) {
      // Other errors (a reconnect in progress) are retried at the next tick.
      if ((err as { code?: string }).code === ErrorCode.KvConflict && !(await this.stillOurs())) {
        this.stopRenewing();
        this.revision = 0;
        onLost();
      }
    } finally {
      this.renewing = false;
    }
  }

  /**
   * After a conflicting renewal: true if the lock is still this coordinator's. An earlier
   * renewal may have been stored with its reply lost (a NATS restart), or the key may have
   * expired while NATS was down and nobody else took it: then it is taken again.
   */
  private async stillOurs(): Promise<boolean> {
    try {
      const entry = await this.kv.get(KEY);
      if (entry) {
        if (new TextDecoder().decode(entry.value) !== this.name) return false;
        this.revision = entry.revision;
        return true;
      }
      this.revision = await this.kv.create(KEY, new TextEncoder().encode(this.name));
      return true;
    } catch (err) {
      // Someone created it first: theirs. NATS away: not known yet, try again at the next tick.
      return (err as { code?: string }).code !== ErrorCode.KvConflict;
    }
  }

  private stopRenewing(): void {
    if (this.timer) clearInterval(this.timer);
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
