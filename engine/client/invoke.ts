/**
 * Runs a deployed workflow: the deployment's current version (its stored bundle and graph) is
 * submitted as a run whose record carries the deployment, the version and, when a trigger
 * started it, the trigger event. The run is pinned to that version: deploying a new one later
 * changes nothing for it.
 */
import type { RunOrigin, TriggerInfo } from "../../model/trigger.js";
import type { Bus } from "../bus/bus.js";
import { DeploymentStore, type Deployment } from "../deploy/deployment-store.js";
import { ErrorCode, WeftError } from "../errors.js";
import { newRunId } from "../model/run-id.js";
import { requestRun, type RunOptions } from "./run-client.js";

export interface InvokeOptions {
  /** The run's id (default: a new one). A trigger derives it from the event, so a repeat is refused. */
  runId?: string;
  /** The event that started the run (absent for `weft invoke`). */
  trigger?: TriggerInfo;
  timeoutMs?: number;
  submitter?: string;
  /** An express run (docs/express.md); absent: the deployed workflow's own durability. */
  express?: boolean;
  /** `runId` was made for this run (a request's random event id), not chosen: no run holds it. */
  freshRunId?: boolean;
}

/** The deployment named `name`; E_NOT_FOUND (exit 2) when there is none. */
export async function deploymentNamed(bus: Bus, name: string, read?: (name: string) => Promise<Deployment | undefined>): Promise<Deployment> {
  const d = await (read ? read(name) : (await DeploymentStore.open(bus)).get(name));
  if (!d) throw new WeftError(ErrorCode.NotFound, `no deployment named "${name}": list them with \`weft deployments\`, deploy one with \`weft deploy FILE\`.`);
  return d;
}

/** The origin of a run of `d`, started by `trigger` (none for `weft invoke`). */
export function originOf(d: Deployment, trigger?: TriggerInfo): RunOrigin {
  return { deployment: d.name, version: d.version, ...(trigger ? { trigger } : {}) };
}

/** Submits a run of the deployment's current version; returns the run id. */
export async function invokeDeployment(bus: Bus, name: string, inputJson: string, opts: InvokeOptions = {}): Promise<string> {
  return invokeVersion(bus, await deploymentNamed(bus, name), inputJson, opts);
}

/** Submits a run of exactly this deployment version (already read). */
export async function invokeVersion(bus: Bus, d: Deployment, inputJson: string, opts: InvokeOptions = {}): Promise<string> {
  const runOptions: RunOptions = { origin: originOf(d, opts.trigger), submitter: opts.submitter ?? `pid-${process.pid}` };
  if (opts.timeoutMs !== undefined) runOptions.timeoutMs = opts.timeoutMs;
  if (opts.express !== undefined) runOptions.express = opts.express;
  if (opts.freshRunId) runOptions.freshRunId = true;
  return requestRun(bus, { graph: d.graph, bundle: { hash: d.bundleSha256 } }, inputJson, opts.runId ?? newRunId(), runOptions);
}
