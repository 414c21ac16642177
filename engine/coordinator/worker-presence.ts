/**
 * Which workers the coordinator has said are there: a worker's first heartbeat is its joining,
 * its absence from the live ones at a check its loss, a heartbeat after that its return. Pure:
 * the coordinator feeds heartbeats and checks, and logs what this returns.
 */
/** How many names of workers that left on purpose are remembered (the autoscaler never reuses one). */
const LEFT_KEPT = 1000;

export class WorkerPresence {
  private readonly present = new Set<string>();
  /** Workers that left on purpose: a last heartbeat still on its way is not a joining (the newest LEFT_KEPT). */
  private readonly left = new Set<string>();

  /** A heartbeat of `name`: true when that is news (it joined, or came back). */
  heard(name: string): boolean {
    if (this.present.has(name) || this.left.has(name)) return false;
    this.present.add(name);
    return true;
  }

  /** `name` left on purpose (stopped by the autoscaler): not said lost. */
  leaving(name: string): void {
    this.present.delete(name);
    this.left.add(name);
    if (this.left.size > LEFT_KEPT) this.left.delete(this.left.values().next().value!);
  }

  /** The workers live now: those said present before and not among them are lost. */
  checked(live: Iterable<string>): string[] {
    const now = new Set(live);
    const lost = [...this.present].filter((w) => !now.has(w));
    for (const w of lost) this.present.delete(w);
    return lost;
  }
}
