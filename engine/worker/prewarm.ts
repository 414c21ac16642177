/**
 * The zygote idea for workers: the leader coordinator names the bundles of the deployed
 * workflows on weft.v1.coord.up (engine/coordinator/warm-bundles.ts) when it starts, when they
 * change and when a worker joins; the worker fetches and imports each one it does not hold yet,
 * one at a time, so the first run of a deployment here pays no import. A worker the local
 * autoscaler starts is given the list at spawn and begins while it connects and subscribes. Worker.workflow imports a
 * bundle once per process: a task asking while its import is under way shares it.
 */
import type { Workflow } from "../../model/workflow.js";
import { decodeMessage, pb } from "../wire/protocol.js";

/** The bundles a spawned worker pre-imports from its start (comma-separated hashes; `weft worker` reads it). */
export const PREWARM_ENV = "WEFT_PREWARM_BUNDLES";

/** Fetches and imports a bundle once per process (Worker.workflow). */
export type BundleLoader = (bundleHash: string) => Promise<Workflow>;

export class Prewarm {
  /** Bundles asked for already (loaded, loading, or failed once: a failure is said once). */
  private readonly asked = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly load: BundleLoader,
    private readonly say: (line: string) => void,
  ) {}

  /** A coord.up body: imports the bundles it names that were not asked for before. Empty (an older coordinator): nothing. */
  told(body: Uint8Array): void {
    if (body.byteLength === 0) return;
    const up = decodeMessage(pb.CoordinatorUp, body, (reason) => this.say(`dropped a coord.up message: ${reason}`));
    this.named(up?.warmBundles ?? []);
  }

  /** Imports the bundles named that were not asked for before (coord.up, or the list its autoscaler gave the worker at spawn). */
  named(hashes: readonly string[]): void {
    for (const hash of hashes) {
      if (this.asked.has(hash)) continue;
      this.asked.add(hash);
      // One at a time: imports run on the worker's thread, and a burst of them would delay its tasks.
      this.queue = this.queue.then(() =>
        this.load(hash).then(
          () => undefined,
          (err: unknown) => this.say(`bundle ${hash.slice(0, 12)} of a deployment did not pre-import: ${(err as Error).message}`),
        ),
      );
    }
  }
}
