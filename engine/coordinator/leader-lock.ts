/**
 * One active coordinator per NATS: leadership is one KV key, created with compare-and-set and
 * renewed while the leader lives. The bucket's max_age makes the key of a dead leader expire
 * (per-key TTLs do nothing on nats-server 2.9), so a standby takes over within `ttlMs`.
 */
import type { Bus, KvBucket } from "../bus/bus.js";
import { buckets } from "../subjects.js";

const KEY = "coordinator";

export class LeaderLock {
  private revision = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

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
   * called once with the holder's name. `onLost` fires if a renewal finds the lock taken.
   */
  async acquire(onWaiting: (holder: string) => void, onLost: () => void): Promise<void> {
    let told = false;
    while (!this.stopped) {
      try {
        this.revision = await this.kv.create(KEY, new TextEncoder().encode(this.name));
        break;
      } catch {
        const holder = (await this.holder()) ?? "another coordinator";
        if (!told) onWaiting(holder);
        told = true;
        await new Promise((r) => setTimeout(r, Math.min(2000, this.ttlMs / 3)));
      }
    }
    if (this.stopped) return;
    this.timer = setInterval(() => {
      this.kv.update(KEY, new TextEncoder().encode(this.name), this.revision).then(
        (rev) => (this.revision = rev),
        (err: unknown) => {
          if ((err as { code?: string }).code === "E_KV_CONFLICT") {
            this.release();
            onLost();
          }
          // Other errors (a reconnect in progress) are retried at the next tick.
        },
      );
    }, Math.max(200, this.ttlMs / 4));
  }

  /** Gives the lock up (deletes the key if we hold it). */
  async release(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.revision > 0) {
      this.revision = 0;
      await this.kv.delete(KEY).catch(() => {});
    }
  }
}
