/**
 * `weft deploy`, as a library call: a prepared workflow's bundle is stored by its sha256 and the
 * deployment (name, version, graph, triggers) written over any earlier one of that name. Every
 * trigger is checked first by its kind (engine/triggers/kinds.ts): a stream, bucket or table that
 * does not exist is refused (E_USAGE), an unreachable broker or database too
 * (E_SERVICE_UNREACHABLE); nothing is stored then. A kind that captures events at their source
 * (PostgreSQL) installs that capture after every check passed, before the deployment is stored.
 */
import { assertName } from "../../model/names.js";
import type { TriggerSpec } from "../../model/trigger.js";
import type { Bus } from "../bus/bus.js";
import { openBundles } from "../bundle/bundle-store.js";
import type { PreparedWorkflow } from "../client/prepare-workflow.js";
import { buckets } from "../subjects.js";
import { runnerOf } from "../triggers/kinds.js";
import { triggerKey } from "../triggers/trigger-event.js";
import { DeploymentStore, versionOf, type Deployment } from "./deployment-store.js";

export interface DeployOptions {
  /** The deployment's name (default: the workflow's own). */
  name?: string;
  /** Triggers given at deploy time, besides those the workflow file declares. */
  triggers?: TriggerSpec[];
  /** When it is deployed (default: now). */
  now?: number;
}

/**
 * Checks that every trigger can work, then installs what the kinds that need it keep events in
 * (the PostgreSQL trigger's outbox capture), before anything is stored: a trigger refused by its
 * check installs nothing.
 */
async function prepareTriggers(bus: Bus, deployment: string, triggers: readonly TriggerSpec[]): Promise<void> {
  for (const t of triggers) await runnerOf(t.kind).check(bus, t as never, deployment);
  for (const t of triggers) await runnerOf(t.kind).install?.(bus, t as never, triggerKey(deployment, t));
}

/** Deploys `prepared`; returns the deployment as stored. */
export async function deployWorkflow(bus: Bus, prepared: PreparedWorkflow, opts: DeployOptions = {}): Promise<Deployment> {
  const name = assertName("deployment name", opts.name ?? prepared.graph.name);
  const triggers = [...prepared.triggers, ...(opts.triggers ?? [])];
  await prepareTriggers(bus, name, triggers);
  await (await openBundles(bus)).put(prepared.bundle.hash, prepared.bundle.code);
  const deployment: Deployment = {
    name,
    version: versionOf(prepared.bundle.hash),
    workflow: prepared.graph.name,
    bundleSha256: prepared.bundle.hash,
    triggers,
    deployedAtMs: opts.now ?? Date.now(),
    graph: prepared.graph,
  };
  await (await DeploymentStore.open(bus)).put(deployment);
  return deployment;
}
