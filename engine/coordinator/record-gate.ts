/**
 * Holds what the run table decides about a run whose record is still being created: a run
 * whose id its client made just now is started on its workers at once, in parallel with the
 * record's create (one JetStream round trip off its path), but nothing else of it leaves the
 * coordinator before the record exists. Its run events ("submitted", "running", an end), its
 * record writes, deadline, controls, a re-placement: all wait, and go out in order once the
 * create succeeds, or are dropped if it fails (then no line of the run was ever published).
 */
import type { CoordinatorInstruction } from "./run-table.js";

export class RecordGate {
  private readonly held = new Map<string, CoordinatorInstruction[]>();

  /** From now on the run's instructions are held. */
  close(runId: string): void {
    this.held.set(runId, []);
  }

  /** Whether `instruction` is held (it is then kept, in order). */
  holds(instruction: CoordinatorInstruction): boolean {
    const queue = "runId" in instruction ? this.held.get(instruction.runId) : undefined;
    if (!queue) return false;
    queue.push(instruction);
    return true;
  }

  /** Takes the held instructions that `pick` chooses out of the run's queue (it stays closed). */
  take(runId: string, pick: (i: CoordinatorInstruction) => boolean): CoordinatorInstruction[] {
    const queue = this.held.get(runId) ?? [];
    const taken = queue.filter(pick);
    this.held.set(runId, queue.filter((i) => !pick(i)));
    return taken;
  }

  /** The record exists: the run's instructions go through again; returns those held, in order. */
  open(runId: string): CoordinatorInstruction[] {
    const queue = this.held.get(runId) ?? [];
    this.held.delete(runId);
    return queue;
  }

  /** Drops everything held (the leadership was lost). */
  clear(): void {
    this.held.clear();
  }
}
