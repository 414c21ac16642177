/**
 * The zygote idea for workers: the leader coordinator names the bundles of the deployed
 * workflows on weft.v1.coord.up (engine/coordinator/warm-bundles.ts) when it starts, when they
 * change and when a worker joins; the worker fetches and imports each one it does not hold yet,
 * one at a time, so the first run of a deployment here pays no import. A worker the local
 * autoscaler starts is given the list at spawn: the ones this host's cache holds are imported
 * while it connects (`importHeldBundles`), the others fetched once it is connected. Worker.workflow
 * imports a bundle once per process: a task asking while its import is under way shares it.
 */
import type { Workflow } from "../../model/workflow.js";
import { cachedBundle, loadBundle } from "../bundle/load-bundle.js";
import { decodeMessage, pb } from "../wire/protocol.js";
import type { BundleLoad } from "./cold-start.js";

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

/**
 * Reads bundle `hash` (this host's cache, else `fetch`: undefined when it has no such bundle),
 * imports it and reports both steps. Without `fetch`, a bundle this host does not hold gives
 * undefined.
 */
export async function importWorkflow(
  hash: string,
  fetch: (() => Promise<Uint8Array | undefined>) | undefined,
  prewarmed: boolean,
  report: ((load: BundleLoad) => void) | undefined,
): Promise<Workflow | undefined> {
  const fetchFrom = performance.now();
  // A bundle this host holds already (another worker here, or the client that submitted it) is not fetched again.
  const cached = cachedBundle(hash);
  const code = cached ?? (await fetch?.());
  if (!code) return undefined;
  const importFrom = performance.now();
  const workflow = await loadBundle(code, hash, `bundle ${hash.slice(0, 12)}`);
  const importMs = performance.now() - importFrom;
  report?.({ bundle: hash, fetchMs: importFrom - fetchFrom, importMs, bytes: code.byteLength, prewarmed, fromHostCache: cached !== undefined });
  return workflow;
}

/**
 * Starts importing each of `hashes` this host's cache holds, one after another, before the
 * worker connects: a cold start's import then runs while NATS connects and the worker
 * subscribes, not after. Call it only once the process's credentials are out of its
 * environment (workflow code runs here). Each promise gives undefined for a bundle not held
 * here (the worker fetches it); a failed import rejects it (the worker tries again when asked).
 */
export function importHeldBundles(hashes: readonly string[], report: (load: BundleLoad) => void): Map<string, Promise<Workflow | undefined>> {
  const imports = new Map<string, Promise<Workflow | undefined>>();
  let queue: Promise<unknown> = Promise.resolve();
  for (const hash of hashes) {
    const p = queue.then(() => importWorkflow(hash, undefined, true, report));
    // Known here, so a failure is not an unhandled rejection; whoever asks for it sees it.
    p.catch(() => {});
    imports.set(hash, p);
    queue = p.catch(() => undefined);
  }
  return imports;
}
