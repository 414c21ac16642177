/**
 * `weft deploy`, as a library call: a prepared workflow's bundle is stored by its sha256 and the
 * deployment (name, version, graph, triggers) written over any earlier one of that name. A
 * trigger naming a stream that does not exist is refused (E_USAGE), nothing stored.
 */
import { assertName } from "../../model/names.js";
import type { TriggerSpec } from "../../model/trigger.js";
import type { Bus } from "../bus/bus.js";
import { assertSubject } from "../bus/subject-match.js";
import type { PreparedWorkflow } from "../client/prepare-workflow.js";
import { ErrorCode, WeftError } from "../errors.js";
import { buckets } from "../subjects.js";
import { DeploymentStore, versionOf, type Deployment } from "./deployment-store.js";

export interface DeployOptions {
  /** The deployment's name (default: the workflow's own). */
  name?: string;
  triggers?: TriggerSpec[];
  /** When it is deployed (default: now). */
  now?: number;
}

/** Checks that every trigger can work on this NATS before anything is stored. */
async function checkTriggers(bus: Bus, triggers: readonly TriggerSpec[]): Promise<void> {
  for (const t of triggers) {
    assertSubject(t.subject, { wildcards: true });
    if (t.stream === undefined) continue;
    assertName("stream", t.stream);
    if (!(await bus.streamExists(t.stream))) {
      throw new WeftError(
        ErrorCode.Usage,
        `stream "${t.stream}" does not exist on this NATS: create it first, capturing ${t.subject} (e.g. \`nats stream add ${t.stream} --subjects '${t.subject}'\`), or deploy without --stream.`,
      );
    }
  }
}

/** Deploys `prepared`; returns the deployment as stored. */
export async function deployWorkflow(bus: Bus, prepared: PreparedWorkflow, opts: DeployOptions = {}): Promise<Deployment> {
  const name = assertName("deployment name", opts.name ?? prepared.graph.name);
  const triggers = opts.triggers ?? [];
  await checkTriggers(bus, triggers);
  await (await bus.objects(buckets.bundles)).put(prepared.bundle.hash, prepared.bundle.code);
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
