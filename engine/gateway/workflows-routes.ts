/**
 * `GET /v1/workflows` (the deployments) and `POST /v1/workflows/NAME/runs[?wait=DURATION]`
 * (start a run of a deployment's current version, and with `wait`, answer with its end).
 */
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Bus } from "../bus/bus.js";
import { readRunRecord } from "../coordinator/run-store.js";
import { DeploymentStore, type Deployment } from "../deploy/deployment-store.js";
import { ErrorCode, WeftError } from "../errors.js";
import { isName } from "../../model/names.js";
import { isTerminalRunState } from "../../model/status.js";
import { describeTrigger } from "../../model/trigger.js";
import { parseDuration } from "../model/duration.js";
import { newRunId } from "../model/run-id.js";
import { deploymentNamed, invokeVersion } from "../client/invoke.js";
import { followRun } from "../client/run-client.js";
import { HttpError } from "./http-errors.js";
import { runInputOf } from "./run-input.js";

/** The longest `wait` a request may ask for. */
export const MAX_WAIT_MS = 5 * 60_000;

/** A deployment as GET /v1/workflows lists it. */
function deploymentJson(d: Deployment) {
  return {
    name: d.name,
    version: d.version,
    workflow: d.workflow,
    triggers: d.triggers.map((t) => ({ ...t, description: describeTrigger(t) })),
    deployed: new Date(d.deployedAtMs).toISOString(),
  };
}

/**
 * The run id of an Idempotency-Key: derived from the deployment and the key, so the same key
 * names the same run on every gateway.
 */
export function idempotentRunId(deployment: string, key: string): string {
  return `i-${createHash("sha256").update(JSON.stringify([deployment, key]), "utf8").digest("hex").slice(0, 32)}`;
}

function waitMs(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const ms = parseDuration(raw);
  if (ms === undefined || ms > MAX_WAIT_MS) {
    throw new WeftError(ErrorCode.InvalidInput, `wait must be a duration such as 500ms, 30s or 2m (at most 5m), got ${JSON.stringify(raw)}`);
  }
  return ms;
}

/** Submits unless the run exists already (a repeated Idempotency-Key): the same run either way. */
async function startRun(bus: Bus, d: Deployment, inputJson: string, runId: string, idempotent: boolean): Promise<void> {
  if (idempotent && (await readRunRecord(bus, runId))) return;
  try {
    await invokeVersion(bus, d, inputJson, { runId, submitter: "gateway" });
  } catch (err) {
    // Two requests with one key at once: the coordinator took the other (its record may not be
    // written yet), and refuses this id as taken.
    if (idempotent && (err as { code?: string }).code === ErrorCode.Usage && /already taken/.test((err as Error).message)) return;
    throw err;
  }
}

function accepted(reply: FastifyReply, runId: string) {
  return reply.code(202).header("location", `/v1/runs/${runId}`).send({ run_id: runId });
}

export function workflowsRoutes(app: FastifyInstance, bus: Bus): void {
  app.get("/v1/workflows", async () => ({ workflows: (await (await DeploymentStore.open(bus)).list()).map(deploymentJson) }));

  app.post<{ Params: { name: string }; Querystring: { wait?: string } }>("/v1/workflows/:name/runs", async (req, reply) => {
    const { name } = req.params;
    if (!isName(name)) throw new WeftError(ErrorCode.NotFound, `no deployment named ${JSON.stringify(name)}`);
    const wait = waitMs(req.query.wait);
    const inputJson = runInputOf(req.body, bus.maxPayload);
    const d = await deploymentNamed(bus, name);
    const key = req.headers["idempotency-key"];
    if (Array.isArray(key) || (typeof key === "string" && key.trim() === "")) {
      throw new HttpError(400, ErrorCode.InvalidInput, "Idempotency-Key must be given once, and not empty");
    }
    const idempotent = typeof key === "string";
    const runId = idempotent ? idempotentRunId(d.name, key) : newRunId();
    await startRun(bus, d, inputJson, runId, idempotent);
    if (wait === undefined) return accepted(reply, runId);
    const ended = (state: string, resultJson: string | null | undefined, error: { code?: string | null; message?: string | null } | null | undefined) =>
      reply.code(200).send({
        run_id: runId,
        state,
        result: resultJson ? (JSON.parse(resultJson) as unknown) : null,
        ...(error?.code ? { error: { code: error.code, message: error.message } } : {}),
      });
    // A repeated key of a run that has ended: its record says how (its log may be pruned by now).
    const record = idempotent ? await readRunRecord(bus, runId) : undefined;
    if (record && isTerminalRunState(record.state)) return ended(record.state, record.resultJson, record.error);
    // The log is replayed from its first entry: an end that came before this is seen too.
    const handle = await followRun(bus, runId, () => {});
    let timer: NodeJS.Timeout | undefined;
    try {
      const timedOut = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), wait)));
      const end = await Promise.race([handle.ended, timedOut]);
      return end?.to ? ended(end.to, end.resultJson, end.error) : accepted(reply, runId);
    } finally {
      clearTimeout(timer);
      handle.stop();
    }
  });
}
