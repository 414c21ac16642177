/**
 * Deployments in JetStream KV (bucket weft_deployments, one key per deployment name): the
 * workflow, its current version (a prefix of its bundle's sha256; the bundle itself lives in the
 * bundle object store, weft_bundles) and its triggers. They survive coordinator and NATS
 * restarts; the leader coordinator watches this bucket to run the triggers.
 */
import type { WorkflowGraph } from "../../model/graph.js";
import { assertName, isName } from "../../model/names.js";
import type { TriggerSpec } from "../../model/trigger.js";
import type { Bus, KvBucket } from "../bus/bus.js";
import { decodedView } from "../bus/kv-decoded-view.js";
import { ErrorCode, WeftError } from "../errors.js";
import { buckets } from "../subjects.js";

/** A deployed workflow, as stored. */
export interface Deployment {
  /** The deployment's name (a valid name: letters, digits, "-", "_"); `weft invoke NAME`. */
  name: string;
  /** versionOf(bundleSha256): changes whenever the code changes, never otherwise. */
  version: string;
  /** The workflow's own name. */
  workflow: string;
  bundleSha256: string;
  triggers: TriggerSpec[];
  deployedAtMs: number;
  /** The workflow's graph, as validated at deploy time: what a run of this version submits. */
  graph: WorkflowGraph;
}

/** How many hex digits of the bundle's sha256 make a version. */
const VERSION_DIGITS = 12;

/** A deployment's version: a short prefix of its bundle's sha256. */
export function versionOf(bundleSha256: string): string {
  return bundleSha256.slice(0, VERSION_DIGITS);
}

export class DeploymentStore {
  private constructor(private readonly kv: KvBucket) {}

  static async open(bus: Bus): Promise<DeploymentStore> {
    return new DeploymentStore(await bus.kv(buckets.deployments));
  }

  /** Stores (or replaces) a deployment. */
  async put(d: Deployment): Promise<void> {
    assertName("deployment name", d.name);
    await this.kv.put(d.name, new TextEncoder().encode(JSON.stringify(d)));
  }

  /** The deployment of that name; undefined for none, and for a name no deployment can have. */
  async get(name: string): Promise<Deployment | undefined> {
    if (!isName(name)) return undefined;
    const entry = await this.kv.get(name);
    return entry ? decodeDeployment(name, entry.value) : undefined;
  }

  /** Every deployment, by name. */
  async list(): Promise<Deployment[]> {
    const all = await Promise.all((await this.kv.keys()).map((k) => this.get(k)));
    return all.filter((d): d is Deployment => d !== undefined).sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * Follows the bucket (one KV watch): `changed` is called after each deployment put or removed;
   * `list()` gives the deployments as last seen, without asking NATS.
   */
  async watch(changed: () => void): Promise<DeploymentsWatch> {
    const view = decodedView(await this.kv.watch(() => changed()), decodeDeployment);
    return { list: () => view.all().sort((a, b) => a.name.localeCompare(b.name)), stop: () => view.stop() };
  }

  /** Removes a deployment; false when there was none of that name. */
  async remove(name: string): Promise<boolean> {
    if (!isName(name) || !(await this.kv.get(name))) return false;
    await this.kv.delete(name);
    return true;
  }
}

/** The deployments as a watch last saw them. */
export interface DeploymentsWatch {
  /** Every deployment, by name; throws E_DECODE for one that does not decode. */
  list(): Deployment[];
  stop(): void;
}

/** A stored deployment; a value that does not decode is an E_DECODE error naming the key. */
export function decodeDeployment(name: string, value: Uint8Array): Deployment {
  try {
    const d = JSON.parse(new TextDecoder().decode(value)) as Deployment;
    if (typeof d.name !== "string" || typeof d.bundleSha256 !== "string" || !Array.isArray(d.triggers)) throw new Error("missing fields");
    return d;
  } catch (err) {
    throw new WeftError(ErrorCode.Decode, `deployment ${name} in ${buckets.deployments} does not decode: ${(err as Error).message}`, { cause: err });
  }
}
