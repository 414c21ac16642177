/**
 * The gateway's deployments, read once and kept until they change, instead of a KV read before
 * every run request (a round trip on each request's path, issue 14 W7). The bucket's changes are
 * followed (its stream, from now on): any change of a key drops that key's entry, and the next
 * request reads it again. Safe against a change racing a read (a read that began before the
 * change is not kept), a NATS outage (everything is dropped on a reconnect: changes may have been
 * missed meanwhile), and a follow that silently lost messages (an entry is kept MAX_AGE_MS at
 * most). Without a follow (the memory bus, or permissions that refuse it) every request reads.
 */
import type { Bus } from "../bus/bus.js";
import { kvAllKeysSubject, kvKeyOf, kvStreamName } from "../bus/kv-layout.js";
import type { Clock } from "../base/clock.js";
import { DeploymentStore, type Deployment } from "../deploy/deployment-store.js";
import { buckets } from "../subjects.js";

/** The longest an entry is trusted without a change seen (a lost follow message is bounded so). */
const MAX_AGE_MS = 5000;

export class DeploymentCache {
  private readonly entries = new Map<string, { d: Deployment | undefined; atMs: number }>();
  /** Bumped on every change seen: a read that began before one is not kept. */
  private generation = 0;
  /** Followed, connected and not stopped: only then are entries kept. */
  private following = false;
  private stopped = false;
  private stopFollow: (() => void) | undefined;

  constructor(
    private readonly bus: Bus,
    private readonly clock: Clock,
  ) {}

  /** Starts following the bucket's changes (NATS only); without it, every get reads. */
  async follow(): Promise<void> {
    if (this.bus.kind !== "nats") return;
    const bucket = buckets.deployments;
    await this.bus.kv(bucket); // the bucket (and its stream) exists before it is followed
    const handle = await this.bus.replay(
      kvStreamName(bucket),
      kvAllKeysSubject(bucket),
      (_data, subject) => {
        const key = kvKeyOf(bucket, subject);
        this.generation++;
        if (key !== undefined) this.entries.delete(key);
      },
      { from: "new" },
    );
    this.stopFollow = () => handle.stop();
    if (this.stopped) return handle.stop();
    this.following = true;
    this.bus.onStatus((s) => {
      this.generation++;
      this.entries.clear();
      this.following = !this.stopped && s === "reconnected";
    });
  }

  /** The deployment named `name` (undefined: none), from the cache while it is followed. */
  async get(name: string): Promise<Deployment | undefined> {
    const now = this.clock.now();
    const hit = this.following ? this.entries.get(name) : undefined;
    if (hit && now - hit.atMs < MAX_AGE_MS) return hit.d;
    const generation = this.generation;
    const d = await (await DeploymentStore.open(this.bus)).get(name);
    if (this.following && generation === this.generation) this.entries.set(name, { d, atMs: now });
    return d;
  }

  stop(): void {
    this.stopped = true;
    this.following = false;
    this.entries.clear();
    this.stopFollow?.();
  }
}
