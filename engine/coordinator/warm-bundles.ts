/**
 * The bundles of the deployed workflows, told to the workers on weft.v1.coord.up (a
 * CoordinatorUp message) so that each fetches and imports them before their first run (the
 * worker's pre-import, engine/worker/prewarm.ts). Workers need no access to the deployments
 * bucket for it (it holds trigger settings, URLs with credentials among them): the leader,
 * which reads it anyway for the triggers, sends the hashes alone. Sent when the leader starts
 * serving, when the set of deployed bundles changes, and when a worker joins (coord.up also
 * makes every worker beat at once: cheap, and only then).
 */
import type { Bus } from "../bus/bus.js";
import { subjects } from "../subjects.js";
import { encodeMessage, pb } from "../wire/protocol.js";

export class WarmBundles {
  private hashes: string[] = [];

  constructor(private readonly bus: Bus) {}

  /** The deployments were read: announces the list if it changed. */
  deployed(hashes: readonly string[]): void {
    const next = [...new Set(hashes)].sort();
    if (next.length === this.hashes.length && next.every((h, i) => h === this.hashes[i])) return;
    this.hashes = next;
    this.announce();
  }

  /** The bundles of the deployed workflows, as last announced. */
  get list(): readonly string[] {
    return this.hashes;
  }

  /** A worker joined: it learns the list (the others beat once more). */
  joined(): void {
    if (this.hashes.length > 0) this.announce();
  }

  announce(): void {
    try {
      this.bus.publish(subjects.coordinatorUp(), encodeMessage(pb.CoordinatorUp, { warmBundles: this.hashes }));
    } catch {
      // Disconnected: the next change or joining says it again.
    }
  }
}
