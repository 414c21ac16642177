/**
 * What a worker keeps of its stage partitions from one epoch of a run into the next, when the
 * run is placed again after a loss (core/stage-recovery.ts decides which are kept). Per chain of
 * stages: the partitions that ended here, and per edge leaving the chain the accumulator they
 * were folded into (or, once it was sent, what was sent). The book below tracks which partitions
 * are wholly in those accumulators: a partition whose hand-over was under way when the epoch
 * stopped may be half in them, and then nothing of that chain is kept (it all runs again).
 */
import type { EndedChain } from "../../core/stage-recovery.js";
import type { KeyFold } from "./key-fold.js";

/**
 * A shuffle part sent in an earlier epoch: its keys and accumulators as they are when no merge
 * can change them (plain values), else encoded.
 */
export type KeptPart = Uint8Array | { keys: unknown[]; accs: unknown[] };

/** One edge's accumulated output, carried into the next epoch. */
export type EdgeCarry =
  /** A shuffle: what was not sent yet (`fold`) and what was, per consumer partition (`parts`). */
  | { kind: "keyed"; fold: KeyFold; parts: ReadonlyMap<number, KeptPart> }
  /** An aggregate's partial over the ended partitions. */
  | { kind: "aggregate"; value: unknown }
  /** A collect's records, per producer partition. */
  | { kind: "gather"; value: Map<number, unknown[]> };

/** A chain's ended partitions and its edges' accumulated output. */
export interface CarriedChain extends EndedChain {
  /** Consumer node -> what the chain's tail accumulated for it. */
  edges: ReadonlyMap<string, EdgeCarry>;
}

/** What a worker carries of a run's stages into the next epoch, by chain head. */
export type StageCarry = ReadonlyMap<string, CarriedChain>;

/** Which partitions of each chain (by tail) are wholly folded into this worker's accumulators. */
export class CarryBook {
  // Arrays, made sets only after a loss: a million partitions cost 8 MB here, not a Set's 40.
  private readonly done = new Map<string, { head: string; partitions: number[] }>();
  private readonly handing = new Map<string, number>();
  private readonly broken = new Set<string>();
  /** Per edge "from->to", what its accumulator held when it was sent (kept only when `on`). */
  readonly sent = new Map<string, EdgeCarry>();

  /** `on`: whether anything is kept (a run on one worker has no survivor to keep it). */
  constructor(readonly on: boolean) {}

  /** Partitions carried in from the previous epoch: already in the accumulators. */
  seed(tail: string, head: string, partitions: ReadonlySet<number>): void {
    if (partitions.size > 0) this.done.set(tail, { head, partitions: [...partitions] });
  }

  /** A partition's outputs start going into the accumulators. */
  began(tail: string): void {
    this.handing.set(tail, (this.handing.get(tail) ?? 0) + 1);
  }

  /** They all went in. */
  finished(tail: string, head: string, partition: number): void {
    this.handing.set(tail, this.handing.get(tail)! - 1);
    let d = this.done.get(tail);
    if (!d) this.done.set(tail, (d = { head, partitions: [] }));
    d.partitions.push(partition);
  }

  /** Taking them in failed part way: what the accumulators hold is no partition's whole. */
  failed(tail: string): void {
    this.handing.set(tail, this.handing.get(tail)! - 1);
    this.broken.add(tail);
  }

  /** What the chain's accumulators hold cannot be kept (it cannot be encoded): it runs again after a loss. */
  refuse(tail: string): void {
    this.broken.add(tail);
  }

  /** The chains (by tail) whose accumulators hold exactly their ended partitions. */
  whole(): Map<string, EndedChain> {
    const out = new Map<string, EndedChain>();
    for (const [tail, d] of this.done) {
      if (this.broken.has(tail) || (this.handing.get(tail) ?? 0) > 0) continue;
      out.set(tail, { head: d.head, tail, partitions: new Set(d.partitions) });
    }
    return out;
  }
}
