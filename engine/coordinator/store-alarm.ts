/**
 * The shell around StoreHealth: told of each JetStream write of the coordinator, it says once
 * when the store became full and when it stores again, and keeps a notice on every unfinished
 * run meanwhile (client/run-notice.ts: `weft status` and followers show it), so a stalled run
 * names its cause instead of waiting silently. While the store is full it probes it with a
 * small write every PROBE_MS (KV weft_store_probe): with every run stalled, nothing else may
 * write.
 */
import type { Clock, TimerId } from "../base/clock.js";
import type { Bus, KvBucket } from "../bus/bus.js";
import { encodeNotice, runNotices } from "../client/run-notice.js";
import { ErrorCode } from "../errors.js";
import { StoreHealth, storageFullNotice, type StoreWatch } from "../core/store-health.js";
import { buckets } from "../subjects.js";

/** How often a full store is probed. */
const PROBE_MS = 1500;

export class StoreAlarm implements StoreWatch {
  private readonly health = new StoreHealth();
  /** Runs that carry a notice now. */
  private readonly noticed = new Set<string>();
  private notices: Promise<KvBucket> | undefined;
  private probe: Promise<KvBucket> | undefined;
  private probing: TimerId | undefined;
  private stopped = false;

  constructor(
    private readonly bus: Bus,
    private readonly say: (line: string) => void,
    private readonly clock: Clock,
    /** The unfinished runs of this coordinator. */
    private readonly unfinished: () => string[],
  ) {}

  failed(err: unknown): void {
    const change = this.health.failed(err, this.clock.now());
    const full = this.health.full;
    if (!full) return;
    if (change) {
      this.say(
        `weft coordinator: JetStream storage on the NATS server is full (${full.detail}): runs cannot be recorded and wait. Free space on the disk of nats-server's store_dir or raise its jetstream max_file_store (and restart it); they go on by themselves then.`,
      );
      this.probeUntilStored();
    }
    // Each failure (the probe fails every 1.5 s) notices the runs started since.
    for (const runId of this.unfinished()) {
      if (this.noticed.has(runId)) continue;
      this.noticed.add(runId);
      void this.bucket()
        .then((kv) => kv.put(runId, encodeNotice({ code: ErrorCode.StorageFull, message: storageFullNotice(full.detail), sinceMs: full.since })))
        .catch((e: unknown) => {
          this.noticed.delete(runId); // tried again at the next failure
          this.say(`weft coordinator: could not put the stalled notice on run ${runId}: ${(e as Error).message}`);
        });
    }
  }

  stored(): void {
    const change = this.health.stored(this.clock.now());
    if (!change) return;
    this.say(`weft coordinator: JetStream stores writes again (it was full for ${(change.fullForMs / 1000).toFixed(1)} s); the runs go on.`);
    for (const runId of this.noticed) void this.bucket().then((kv) => kv.delete(runId)).catch(() => {});
    this.noticed.clear();
  }

  /** No more probes (the coordinator stops). */
  stop(): void {
    this.stopped = true;
    if (this.probing !== undefined) this.clock.clearTimeout(this.probing);
    this.probing = undefined;
  }

  private probeUntilStored(): void {
    if (this.probing !== undefined || this.stopped) return;
    this.probing = this.clock.setTimeout(() => {
      void this.probeOnce().finally(() => {
        this.probing = undefined;
        if (this.health.full) this.probeUntilStored();
      });
    }, PROBE_MS);
  }

  private async probeOnce(): Promise<void> {
    try {
      this.probe ??= this.bus.kv(buckets.storeProbe).catch((err: unknown) => {
        this.probe = undefined;
        throw err;
      });
      await (await this.probe).put("probe", new TextEncoder().encode(String(this.clock.now())));
      this.stored();
    } catch (err) {
      this.failed(err);
    }
  }

  private bucket(): Promise<KvBucket> {
    this.notices ??= runNotices(this.bus).catch((err: unknown) => {
      this.notices = undefined;
      throw err;
    });
    return this.notices;
  }
}
