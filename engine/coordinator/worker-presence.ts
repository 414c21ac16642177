/**
 * Which workers the coordinator has said are there: a worker's first heartbeat is its joining,
 * its absence from the live ones at a check its loss, a heartbeat after that its return. Pure:
 * the coordinator feeds heartbeats and checks, and logs what this returns.
 */
export class WorkerPresence {
  private readonly present = new Set<string>();

  /** A heartbeat of `name`: true when that is news (it joined, or came back). */
  heard(name: string): boolean {
    if (this.present.has(name)) return false;
    this.present.add(name);
    return true;
  }

  /** The workers live now: those said present before and not among them are lost. */
  checked(live: Iterable<string>): string[] {
    const now = new Set(live);
    const lost = [...this.present].filter((w) => !now.has(w));
    for (const w of lost) this.present.delete(w);
    return lost;
  }
}
