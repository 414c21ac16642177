/**
 * The coordinator's resource history (docs/cost.md): at each run's end, one sample per node
 * (per attempt means; a map node's items summarised in one) is added to the node's bounded
 * history and the run's cost to its scope's totals, in KV (resource-store.ts). What it wrote and
 * what it found at start is kept in memory, so placement reads it without a round trip, and so
 * is each key's revision, so a write needs no read before it.
 *
 * Written behind the runs: a run's samples go to KV at once when the history was idle, else with
 * the others that ended meanwhile, WRITE_EVERY_MS after the previous write began, and count for
 * placement once written (its profiles are then made once per write, not once per run): a steady
 * stream of short runs costs one write per key per period instead of a read and a write per key
 * per run (three JetStream round trips per run of a one-node workflow, with its node's 1.5 KB of
 * JSON each way) and the profiles' sorts per run. A write takes a round trip per key, so the
 * pause after it also grows with its length (IDLE_PER_BUSY): a workflow of a thousand nodes
 * wrote a thousand histories of up to 200 samples back to back, for ever, while its runs went
 * on (half the CPU of a W2 run of 1000 hops, in the coordinator and nats-server).
 */
import type { Clock, TimerId } from "../base/clock.js";
import type { Bus, KvBucket } from "../bus/bus.js";
import type { RunCost, RunUsage } from "../core/run-usage.js";
import { emptyHistory, HISTORY_SAMPLES, profileOf, withSamples, type NodeHistory, type NodeProfile, type NodeSample } from "../core/usage-figures.js";
import { ErrorCode } from "../errors.js";
import { buckets } from "../subjects.js";
import type { RunObserver } from "./run-observer.js";
import type { RunEventEntry, RunView } from "./run-table.js";
import type { RunSetup } from "./run-setup.js";
import { costKey, emptyTotals, encodeJson, nodeKey, parseKey, readJson, type CostTotals, type Scope, type StoredNode } from "./resource-store.js";

/** The scope of a run: its deployment's version, else its workflow and bundle. */
export function scopeOf(setup: Pick<RunSetup, "graph" | "bundleHash" | "origin">): Scope {
  const o = setup.origin;
  return o?.deployment ? { kind: "deployment", name: o.deployment, version: o.version } : { kind: "workflow", name: setup.graph.name, version: setup.bundleHash.slice(0, 12) };
}

const scopeId = (s: Scope) => `${s.kind}\u0000${s.name}\u0000${s.version}`;

/** How many times a write is tried again when another writer got there first. */
const CONFLICT_TRIES = 3;

/** The shortest time between two writes of the history (ended runs wait at least this long to be written). */
export const WRITE_EVERY_MS = 100;

/** After a write, the history waits this many times as long as the write took: it writes at most a tenth of the time. */
export const IDLE_PER_BUSY = 9;

/** What ended runs added to one scope and is not written yet. */
interface PendingScope {
  scope: Scope;
  /** Per node, the newest samples (at most HISTORY_SAMPLES: a history keeps no more) and how many runs ended. */
  samples: Map<string, { samples: NodeSample[]; runs: number }>;
  costs: RunCost[];
  at: number;
}

export class ResourceHistory implements RunObserver {
  /** Per scope, per node: its history as last read or written. */
  private readonly cache = new Map<string, Map<string, NodeHistory>>();
  /** Each history's profile, made once (a history is replaced, never changed). */
  private readonly profileCache = new WeakMap<NodeHistory, NodeProfile>();
  /** Each key's value and revision as this coordinator last read or wrote it. */
  private readonly known = new Map<string, { value: unknown; revision: number }>();
  private pending = new Map<string, PendingScope>();
  /** The write under way (samples that end meanwhile wait for the next). */
  private writing: Promise<void> = Promise.resolve();
  private busy = false;
  private timer: TimerId | undefined;
  private lastWriteAt = -Infinity;
  /** When the next write may begin at the earliest, for its pause after the last one (see IDLE_PER_BUSY). */
  private restedAt = -Infinity;

  private constructor(
    private readonly kv: KvBucket,
    private readonly say: (line: string) => void,
    private readonly clock: Clock,
  ) {}

  /** Opens the bucket (with the bus's replicas); `load` reads what it holds. */
  static async open(bus: Bus, say: (line: string) => void, clock: Clock): Promise<ResourceHistory> {
    return new ResourceHistory(await bus.kv(buckets.resources), say, clock);
  }

  /**
   * Reads every node history in the bucket: when this coordinator becomes the leader (a standby
   * taking over learns what the leader before it wrote). A failure is said, not thrown: placement
   * then goes on with what is known.
   */
  async load(): Promise<void> {
    try {
      for (const key of await this.kv.keys()) {
        const parsed = parseKey(key);
        if (parsed?.node === undefined) continue;
        const stored = await readJson<StoredNode>(this.kv, key).catch(() => undefined);
        if (!stored?.value.history) continue;
        this.known.set(key, stored);
        this.remember(parsed.scope, parsed.node, stored.value.history);
      }
    } catch (err) {
      this.say(`resource history not read: ${(err as Error).message}; placement uses sizeHints until runs end`);
    }
  }

  /** Per node of the scope, what its history says (empty when it has none). */
  profiles(scope: Scope): Map<string, NodeProfile> {
    const out = new Map<string, NodeProfile>();
    for (const [node, history] of this.cache.get(scopeId(scope)) ?? []) {
      let profile = this.profileCache.get(history);
      if (profile === undefined) this.profileCache.set(history, (profile = profileOf(history)));
      out.set(node, profile);
    }
    return out;
  }

  /** Writes what is pending now; settles when every run ended so far is written (tests, shutdown). */
  async flushed(): Promise<void> {
    while (this.busy || this.pending.size > 0) {
      if (!this.busy) this.writeNow();
      await this.writing;
    }
  }

  forget(): void {}

  runEnded(run: RunView, end: RunEventEntry): void {
    if (end.cost !== undefined) this.record(run.setup, run.progress.usage, end.cost);
  }

  /** A run ended: its nodes' samples and its cost count (a coordinated run's, or a direct run's read from its log: direct-run-costs.ts). */
  record(setup: Pick<RunSetup, "graph" | "bundleHash" | "origin">, usage: Pick<RunUsage, "samples">, cost: RunCost): void {
    const scope = scopeOf(setup);
    const id = scopeId(scope);
    let p = this.pending.get(id);
    if (p === undefined) this.pending.set(id, (p = { scope, samples: new Map(), costs: [], at: this.clock.now() }));
    for (const [node, sample] of usage.samples()) {
      const waiting = p.samples.get(node);
      if (!waiting) p.samples.set(node, { samples: [sample], runs: 1 });
      else if ((waiting.runs++, waiting.samples.push(sample) > HISTORY_SAMPLES)) waiting.samples.shift();
    }
    p.costs.push(cost);
    this.schedule();
  }

  /** Writes now when idle for a period, else when the period since the last write is over. */
  private schedule(): void {
    if (this.busy || this.timer !== undefined) return;
    const wait = Math.max(this.lastWriteAt + WRITE_EVERY_MS, this.restedAt) - this.clock.now();
    if (wait <= 0) return this.writeNow();
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.writeNow();
    }, wait);
    (this.timer as { unref?: () => void }).unref?.();
  }

  private writeNow(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = new Map();
    this.busy = true;
    const began = (this.lastWriteAt = this.clock.now());
    this.writing = (async () => {
      for (const p of batch.values()) {
        await this.write(p).catch((err: unknown) => {
          this.say(`resource history of ${p.scope.kind} ${p.scope.name} ${p.scope.version} not written: ${(err as Error).message}`);
        });
      }
    })().finally(() => {
      const now = this.clock.now();
      this.restedAt = now + IDLE_PER_BUSY * (now - began);
      this.busy = false;
      if (this.pending.size > 0) this.schedule();
    });
  }

  private remember(scope: Scope, node: string, history: NodeHistory): void {
    const id = scopeId(scope);
    let nodes = this.cache.get(id);
    if (nodes === undefined) this.cache.set(id, (nodes = new Map()));
    nodes.set(node, history);
  }

  private async write(p: PendingScope): Promise<void> {
    const at = p.at;
    for (const [node, { samples, runs }] of p.samples) {
      const stored = await this.change<StoredNode>(nodeKey(p.scope, node), (old) => ({
        node,
        history: withSamples(old?.history ?? emptyHistory(), samples, HISTORY_SAMPLES, runs),
        updatedAtMs: at,
      }));
      this.remember(p.scope, node, stored.history);
    }
    await this.change<CostTotals>(costKey(p.scope), (old) =>
      p.costs.reduce<CostTotals>(
        (t, cost) => ({
          runs: t.runs + 1,
          wallMs: t.wallMs + cost.wallMs,
          durationMs: t.durationMs + cost.durationMs,
          billedMs: t.billedMs + cost.billedMs,
          cpuMs: t.cpuMs + cost.cpuMs,
          memoryMbS: t.memoryMbS + cost.memoryMbS,
          natsMsgs: t.natsMsgs + cost.natsMsgs,
          natsBytes: t.natsBytes + cost.natsBytes,
          attempts: t.attempts + cost.attempts,
          updatedAtMs: at,
        }),
        old ?? emptyTotals(),
      ),
    );
  }

  /** Change from the value last known (read first only when there is none), write back if nobody wrote meanwhile (else read and again). */
  private async change<T>(key: string, next: (old: T | undefined) => T): Promise<T> {
    for (let tries = 1; ; tries++) {
      const old = (this.known.get(key) as { value: T; revision: number } | undefined) ?? (await readJson<T>(this.kv, key));
      const value = next(old?.value);
      try {
        const revision = old === undefined ? await this.kv.create(key, encodeJson(value)) : await this.kv.update(key, encodeJson(value), old.revision);
        this.known.set(key, { value, revision });
        return value;
      } catch (err) {
        this.known.delete(key); // read afresh
        if ((err as { code?: string }).code !== ErrorCode.KvConflict || tries >= CONFLICT_TRIES) throw err;
      }
    }
  }
}
