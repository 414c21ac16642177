/**
 * The zygote idea for workers: at start, fetch and import the bundle of every deployed
 * workflow (KV weft_deployments) once, so the first run of a deployment here pays no import;
 * then follow the bucket and import each new version as it is deployed (followDeployments).
 * It runs after the worker serves (a task asking meanwhile shares the import under way) and
 * never fails the worker: a worker whose NATS user may not read the deployments (a role
 * configuration keeping trigger settings from workers) only says so.
 */
import type { Workflow } from "../../model/workflow.js";
import type { Bus } from "../bus/bus.js";
import { decodeDeployment, DeploymentStore } from "../deploy/deployment-store.js";
import { buckets } from "../subjects.js";

/** Fetches and imports a bundle once per process (Worker.workflow). */
export type BundleLoader = (bundleHash: string) => Promise<Workflow>;

/** How long reading the deployments may take before the worker gives up on pre-warming. */
const LIST_TIMEOUT_MS = 5000;

export interface PrewarmReport {
  /** Bundles imported (or already there). */
  readonly warmed: string[];
  /** What went wrong: the deployments could not be read, or a bundle did not load. */
  readonly problems: string[];
}

/**
 * Follows the deployments from now on, then pre-imports the bundles of those there are; what is
 * said is said through `say`. Resolves once the first imports are done; `stop()` ends the follow.
 */
export async function keepDeploymentsWarm(bus: Bus, load: BundleLoader, say: (problem: string) => void): Promise<{ stop(): void }> {
  let follow: { stop(): void } | undefined;
  let stopped = false;
  const handle = {
    stop: () => {
      stopped = true;
      follow?.stop();
    },
  };
  const report = await prewarmDeployments(bus, load, async () => {
    follow = await followDeployments(bus, load, say);
    if (stopped) follow.stop();
  });
  for (const problem of report.problems) say(problem);
  return handle;
}

/** Pre-imports the bundles of the deployments there are; `opened` runs once the bucket is open, before the listing. */
export async function prewarmDeployments(bus: Bus, load: BundleLoader, opened: () => Promise<void> = async () => {}): Promise<PrewarmReport> {
  let hashes: string[];
  try {
    const list = (async () => {
      const store = await DeploymentStore.open(bus);
      await opened();
      return (await store.list()).map((d) => d.bundleSha256);
    })();
    list.catch(() => {});
    hashes = await Promise.race([
      list,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${LIST_TIMEOUT_MS} ms`)), LIST_TIMEOUT_MS).unref()),
    ]);
  } catch (err) {
    return { warmed: [], problems: [`could not read the deployments to pre-import their bundles: ${(err as Error).message}`] };
  }
  const warmed: string[] = [];
  const problems: string[] = [];
  // One at a time: imports run on this thread anyway, and a burst of them would delay the first task.
  for (const hash of new Set(hashes)) {
    try {
      await load(hash);
      warmed.push(hash);
    } catch (err) {
      problems.push(`bundle ${hash.slice(0, 12)} did not pre-import: ${(err as Error).message}`);
    }
  }
  return { warmed, problems };
}

/**
 * Imports the bundle of each deployment put from now on (the bucket's KV stream, read as it
 * grows); an undeploy or an entry that does not decode is passed over. Stop it with `stop()`.
 */
export async function followDeployments(bus: Bus, load: BundleLoader, say: (problem: string) => void): Promise<{ stop(): void }> {
  const prefix = `$KV.${buckets.deployments}.`;
  return bus.replay(
    `KV_${buckets.deployments}`,
    `${prefix}>`,
    (data, subject) => {
      if (data.byteLength === 0) return; // a delete or purge marker
      let hash: string;
      try {
        hash = decodeDeployment(subject.slice(prefix.length), data).bundleSha256;
      } catch {
        return;
      }
      load(hash).catch((err: unknown) => say(`bundle ${hash.slice(0, 12)} of a new deployment did not pre-import: ${(err as Error).message}`));
    },
    { from: "new" },
  );
}
