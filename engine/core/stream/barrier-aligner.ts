/**
 * Barrier alignment, the Chandy–Lamport snapshot as Flink runs it, as a pure state machine. An
 * operator with several input channels takes a checkpoint's barrier from each: once a channel
 * has delivered barrier n, its further records belong after the snapshot, so they are held
 * back (buffered) until every channel has delivered barrier n; then the operator snapshots its
 * state, forwards the barrier downstream, and releases the held records in order. A barrier of a
 * newer checkpoint before the current one aligned aborts the older one (it cannot complete).
 */

/** What the aligner tells its operator to do, in order. */
export type AlignAction<R> =
  | { readonly kind: "process"; readonly channel: number; readonly records: readonly R[] }
  | { readonly kind: "snapshot"; readonly checkpoint: number }
  | { readonly kind: "abort"; readonly checkpoint: number };

export class BarrierAligner<R> {
  /** The checkpoint being aligned, and which channels have delivered its barrier. */
  private pending: { id: number; arrived: Set<number> } | undefined;
  private readonly held = new Map<number, R[][]>();
  private lastSnapshot = 0;

  constructor(private readonly channels: number) {
    if (!Number.isInteger(channels) || channels < 1) throw new RangeError(`channels: ${channels}`);
  }

  /** Records from `channel`: processed at once, or held while that channel is blocked. */
  records(channel: number, records: readonly R[]): AlignAction<R>[] {
    if (this.pending?.arrived.has(channel)) {
      const list = this.held.get(channel) ?? [];
      list.push([...records]);
      this.held.set(channel, list);
      return [];
    }
    return [{ kind: "process", channel, records }];
  }

  /** Barrier `id` from `channel`. */
  barrier(channel: number, id: number): AlignAction<R>[] {
    if (id <= this.lastSnapshot) return []; // a stale barrier (a checkpoint already taken or aborted)
    const actions: AlignAction<R>[] = [];
    if (this.pending && id > this.pending.id) {
      actions.push({ kind: "abort", checkpoint: this.pending.id }, ...this.release());
    }
    if (!this.pending) this.pending = { id, arrived: new Set() };
    if (id < this.pending.id) return actions;
    this.pending.arrived.add(channel);
    if (this.pending.arrived.size === this.channels) {
      this.lastSnapshot = id;
      actions.push({ kind: "snapshot", checkpoint: id }, ...this.release());
    }
    return actions;
  }

  /** Is `channel` held back (waiting for the others' barriers)? */
  blocked(channel: number): boolean {
    return this.pending?.arrived.has(channel) ?? false;
  }

  private release(): AlignAction<R>[] {
    const out: AlignAction<R>[] = [];
    for (const [channel, batches] of [...this.held].sort((a, b) => a[0] - b[0])) {
      for (const records of batches) out.push({ kind: "process", channel, records });
    }
    this.held.clear();
    this.pending = undefined;
    return out;
  }
}
