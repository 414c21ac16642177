/**
 * `weft deploy`, `weft deployments`, `weft undeploy` and `weft invoke`: deployed workflows,
 * stored in NATS (engine/deploy), run on demand or by their triggers (engine/triggers).
 */
import { describeTrigger, publicSpec } from "../../../model/trigger.js";
import { prepareWorkflow } from "../../client/prepare-workflow.js";
import { listRunRecords } from "../../coordinator/run-store.js";
import { DeploymentStore } from "../../deploy/deployment-store.js";
import { ErrorCode, WeftError } from "../../errors.js";
import { assertName } from "../../../model/names.js";
import { triggersOf, type TriggerFlags } from "../trigger-flags.js";
import { refuseFlagsOfOtherKind, refuseNameOfOtherKind } from "../deploy-kind-flags.js";
import { cliClient, withClient, type NatsFlags } from "../connect.js";
import { durabilityOf, parseInput, runTimeout } from "../options.js";
import { printAnswer } from "../stdout.js";
import { snakeKeys } from "../../model/snake-keys.js";
import { JSON_SCHEMA_VERSION } from "../../client/run-json.js";
import { submitOrFollow } from "./submit.js";
import type { StreamJobJson } from "../../stream/stream-status.js";

export interface DeployFlags extends NatsFlags, TriggerFlags {
  name?: string;
}

/** Prints NAME@VERSION. */
export async function deployCommand(file: string, flags: DeployFlags): Promise<number> {
  // Before anything is bundled or looked up: a workflow's deployment and a streaming job share names.
  if (flags.name !== undefined) assertName("deployment name", flags.name);
  const streamed = await (await import("./stream.js")).deployStreamIfStreaming(file, flags);
  if (streamed !== undefined) return streamed;
  refuseFlagsOfOtherKind(file, "workflow", flags);
  const triggers = triggersOf(flags);
  const prepared = await prepareWorkflow(file);
  const client = await cliClient(flags);
  const d = await refuseNameOfOtherKind(client.bus, "workflow", flags.name ?? prepared.graph.name)
    .then(() => client.deploy(prepared, { ...(flags.name !== undefined ? { name: flags.name } : {}), triggers }))
    .finally(() => client.close());
  printAnswer(`${d.name}@${d.version}\n`);
  return 0;
}

export async function deploymentsCommand(flags: NatsFlags & { json?: boolean }): Promise<number> {
  const rows = await withClient(flags, async (bus) => {
    const deployments = await (await DeploymentStore.open(bus)).list();
    const runs = new Map<string, number>();
    // The runs this user may read: its own (a trigger's runs are the coordinator's user's: an admin's count has them).
    for (const r of await listRunRecords(bus, bus.identity || undefined)) {
      const name = r.origin?.deployment;
      if (name) runs.set(name, (runs.get(name) ?? 0) + 1);
    }
    const workflows = deployments.map((d) => ({
      name: d.name,
      version: d.version,
      workflow: d.workflow,
      triggers: d.triggers.map(publicSpec),
      deployedAt: new Date(d.deployedAtMs).toISOString(),
      runs: runs.get(d.name) ?? 0,
      stream: undefined as StreamJobJson | undefined,
    }));
    // Streaming jobs too, with their state (a failed or restarting one says why).
    const { listStreamJobs } = await import("../../stream/stream-status.js");
    const streams = (await listStreamJobs(bus, Date.now()).catch(() => [])).map((s) => ({
      name: s.job,
      version: s.bundle.slice(0, 12),
      workflow: s.job,
      triggers: [],
      deployedAt: s.deployed_at,
      runs: 0,
      stream: s,
    }));
    return [...workflows, ...streams];
  });
  if (flags.json) {
    const json = rows.map((r) => ({
      v: JSON_SCHEMA_VERSION,
      name: r.name,
      version: r.version,
      workflow: r.workflow,
      triggers: snakeKeys(r.triggers),
      deployed_at: r.deployedAt,
      runs: r.runs,
      kind: r.stream ? "stream" : "workflow",
      ...(r.stream ? { state: r.stream.state, failure: r.stream.failure?.summary ?? null } : {}),
    }));
    printAnswer(json.map((r) => JSON.stringify(r) + "\n").join(""));
    return 0;
  }
  if (rows.length === 0) {
    process.stderr.write("no deployments: deploy one with `weft deploy FILE`\n");
    return 0;
  }
  const streamLine = (s: StreamJobJson) => `streaming job, ${s.failure && s.state !== "running" ? s.failure.summary : s.state}`;
  const lines = rows.map((r) => [r.name, r.version, r.deployedAt, r.stream ? "-" : String(r.runs), r.stream ? streamLine(r.stream) : r.triggers.map(describeTrigger).join(", ") || "-"]);
  const header = ["NAME", "VERSION", "DEPLOYED", "RUNS", "TRIGGERS"];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cols: string[]) => cols.map((c, i) => (i === cols.length - 1 ? c : c.padEnd(widths[i]!))).join("  ") + "\n";
  printAnswer(fmt(header) + lines.map(fmt).join(""));
  return 0;
}

export async function undeployCommand(name: string, flags: NatsFlags): Promise<number> {
  const { undeployStream } = await import("./stream.js");
  if (await withClient(flags, (bus) => undeployStream(bus, name))) {
    process.stderr.write(`weft: undeployed streaming job ${name} (its tasks stop)\n`);
    return 0;
  }
  const removed = await withClient(flags, async (bus) => (await DeploymentStore.open(bus)).remove(name));
  if (!removed) throw new WeftError(ErrorCode.NotFound, `no deployment named "${name}": list them with \`weft deployments\`.`);
  process.stderr.write(`weft: undeployed ${name} (its triggers stop; runs in flight finish)\n`);
  return 0;
}

export interface InvokeFlags extends NatsFlags {
  input?: string;
  follow?: boolean;
  json?: boolean;
  timeout?: string;
  express?: boolean;
}

/** Runs the deployment's current version; output and exit codes as `weft submit`. */
export async function invokeCommand(name: string, flags: InvokeFlags): Promise<number> {
  const input = JSON.parse(parseInput(flags.input)) as object;
  const timeoutMs = runTimeout(flags.timeout);
  const client = await cliClient(flags);
  try {
    const d = await client.deployment(name);
    return await submitOrFollow(client, d.graph, flags, (opts) =>
      client.invoke(d, input, { ...opts, ...(timeoutMs !== undefined ? { timeoutMs } : {}), ...durabilityOf(flags) }),
    );
  } finally {
    await client.close();
  }
}
