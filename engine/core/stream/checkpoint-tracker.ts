/**
 * The coordinator's view of checkpoints, pure: it triggers checkpoint n (barriers go into every
 * source), collects the acknowledgement of every task (its state stored), and declares n
 * complete when all have acknowledged; only then may sources acknowledge their records up to
 * the positions n recorded. A checkpoint that does not complete within its timeout, or whose
 * state could not be stored, fails: it is reported, and the next one is triggered at the next
 * interval while the job keeps running.
 */

export interface CheckpointAck {
  readonly task: string;
  /** Where the task's state for this checkpoint is stored. */
  readonly stateRef: string;
  /** Source positions (for source tasks): what a restore replays from. */
  readonly positions?: Record<string, number>;
}

export interface CompletedCheckpoint {
  readonly id: number;
  readonly at: number;
  readonly acks: readonly CheckpointAck[];
}

export type CheckpointEvent =
  | { readonly kind: "completed"; readonly checkpoint: CompletedCheckpoint }
  | { readonly kind: "failed"; readonly id: number; readonly reason: string };

interface Pending {
  readonly id: number;
  readonly startedAt: number;
  readonly acks: Map<string, CheckpointAck>;
}

export class CheckpointTracker {
  private pending: Pending | undefined;
  private nextId: number;
  private lastCompleted: CompletedCheckpoint | undefined;
  private failures = 0;

  constructor(
    private readonly tasks: readonly string[],
    private readonly timeoutMs: number,
    /** The last completed checkpoint when the job was restored from one. */
    restoredFrom?: CompletedCheckpoint,
  ) {
    this.lastCompleted = restoredFrom;
    this.nextId = (restoredFrom?.id ?? 0) + 1;
  }

  /** Starts the next checkpoint unless one is under way; returns its id. */
  trigger(at: number): number | undefined {
    if (this.pending) return undefined;
    const id = this.nextId++;
    this.pending = { id, startedAt: at, acks: new Map() };
    return id;
  }

  ack(id: number, ack: CheckpointAck, at: number): CheckpointEvent | undefined {
    const p = this.pending;
    if (!p || p.id !== id || !this.tasks.includes(ack.task)) return undefined;
    p.acks.set(ack.task, ack);
    if (p.acks.size < this.tasks.length) return undefined;
    this.pending = undefined;
    this.lastCompleted = { id, at, acks: this.tasks.map((t) => p.acks.get(t) as CheckpointAck) };
    this.failures = 0;
    return { kind: "completed", checkpoint: this.lastCompleted };
  }

  /** A task could not store its state for `id`. */
  decline(id: number, task: string, reason: string): CheckpointEvent | undefined {
    if (!this.pending || this.pending.id !== id) return undefined;
    this.pending = undefined;
    this.failures++;
    return { kind: "failed", id, reason: `${task}: ${reason}` };
  }

  /** Fails the pending checkpoint when it has run past its timeout. */
  tick(at: number): CheckpointEvent | undefined {
    const p = this.pending;
    if (!p || at - p.startedAt < this.timeoutMs) return undefined;
    this.pending = undefined;
    this.failures++;
    const missing = this.tasks.filter((t) => !p.acks.has(t));
    return { kind: "failed", id: p.id, reason: `not acknowledged within ${this.timeoutMs} ms by ${missing.join(", ")}` };
  }

  get completed(): CompletedCheckpoint | undefined {
    return this.lastCompleted;
  }

  get inFlight(): number | undefined {
    return this.pending?.id;
  }

  /** Checkpoints failed in a row since the last completed one. */
  get consecutiveFailures(): number {
    return this.failures;
  }
}
