/**
 * The coordinator's resource history (docs/cost.md): at each run's end, one sample per node
 * (per attempt means; a map node's items summarised in one) is added to the node's bounded
 * history and the run's cost to its scope's totals, in KV (resource-store.ts). What it wrote and
 * what it found at start is kept in memory, so placement reads it without a round trip.
 */
import type { Bus, KvBucket } from "../bus/bus.js";
import type { RunCost } from "../core/run-usage.js";
import { emptyHistory, profileOf, withSample, type NodeHistory, type NodeProfile, type NodeSample } from "../core/usage-figures.js";
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

export class ResourceHistory implements RunObserver {
  /** Per scope, per node: its history as last read or written. */
  private readonly cache = new Map<string, Map<string, NodeHistory>>();
  /** Writes one after the other: a run's samples never race this coordinator's next run's. */
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    private readonly kv: KvBucket,
    private readonly say: (line: string) => void,
    private readonly now: () => number,
  ) {}

  /** Opens the bucket (with the bus's replicas); `load` reads what it holds. */
  static async open(bus: Bus, say: (line: string) => void, now: () => number): Promise<ResourceHistory> {
    return new ResourceHistory(await bus.kv(buckets.resources), say, now);
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
        if (stored?.value.history) this.remember(parsed.scope, parsed.node, stored.value.history);
      }
    } catch (err) {
      this.say(`resource history not read: ${(err as Error).message}; placement uses sizeHints until runs end`);
    }
  }

  /** Per node of the scope, what its history says (empty when it has none). */
  profiles(scope: Scope): Map<string, NodeProfile> {
    const out = new Map<string, NodeProfile>();
    for (const [node, history] of this.cache.get(scopeId(scope)) ?? []) out.set(node, profileOf(history));
    return out;
  }

  /** Settles when every write asked so far is done (tests, shutdown). */
  flushed(): Promise<void> {
    return this.queue;
  }

  logRead(): void {}
  forget(): void {}

  runEnded(run: RunView, end: RunEventEntry): void {
    if (end.cost === undefined) return;
    const scope = scopeOf(run.setup);
    const samples = run.progress.usage.samples();
    const cost = end.cost;
    this.queue = this.queue.then(() => this.write(scope, samples, cost)).catch((err: unknown) => {
      this.say(`resource history of ${scope.kind} ${scope.name} ${scope.version} not written: ${(err as Error).message}`);
    });
  }

  private remember(scope: Scope, node: string, history: NodeHistory): void {
    const id = scopeId(scope);
    let nodes = this.cache.get(id);
    if (nodes === undefined) this.cache.set(id, (nodes = new Map()));
    nodes.set(node, history);
  }

  private async write(scope: Scope, samples: ReadonlyMap<string, NodeSample>, cost: RunCost): Promise<void> {
    const at = this.now();
    for (const [node, sample] of samples) {
      const history = await this.change<StoredNode>(nodeKey(scope, node), (old) => ({
        node,
        history: withSample(old?.history ?? emptyHistory(), sample),
        updatedAtMs: at,
      }));
      this.remember(scope, node, history.history);
    }
    await this.change<CostTotals>(costKey(scope), (old) => {
      const t = old ?? emptyTotals();
      return {
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
      };
    });
  }

  /** Read, change, write back if nobody wrote meanwhile (else again). */
  private async change<T>(key: string, next: (old: T | undefined) => T): Promise<T> {
    for (let tries = 1; ; tries++) {
      const old = await readJson<T>(this.kv, key);
      const value = next(old?.value);
      try {
        if (old === undefined) await this.kv.create(key, encodeJson(value));
        else await this.kv.update(key, encodeJson(value), old.revision);
        return value;
      } catch (err) {
        if ((err as { code?: string }).code !== ErrorCode.KvConflict || tries >= CONFLICT_TRIES) throw err;
      }
    }
  }
}
