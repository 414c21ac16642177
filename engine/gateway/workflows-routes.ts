/**
 * `GET /v1/workflows` (the deployments) and `POST /v1/workflows/NAME/runs[?wait=DURATION]`
 * (start a run of a deployment's current version, and with `wait`, answer with its end).
 */
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Bus } from "../bus/bus.js";
import { DeploymentStore, type Deployment } from "../deploy/deployment-store.js";
import { ErrorCode, WeftError } from "../errors.js";
import { isName } from "../../model/names.js";
import { describeTrigger, publicSpec } from "../../model/trigger.js";
import { newRunId } from "../model/run-id.js";
import { snakeKeys } from "../model/snake-keys.js";
import { deploymentNamed } from "../client/invoke.js";
import { answerRunRequest, readRunRequest } from "./run-request.js";
import type { RunEnds } from "../client/run-ends.js";
import type { DeploymentCache } from "./deployment-cache.js";

/** A deployment as GET /v1/workflows lists it (and the web view): snake_case keys, as every JSON weft writes (docs/json.md). */
export function deploymentJson(d: Deployment) {
  return {
    name: d.name,
    version: d.version,
    workflow: d.workflow,
    triggers: d.triggers.map((t) => snakeKeys({ ...publicSpec(t), description: describeTrigger(t) })),
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

/** `deployments`: where a run request finds its deployment (the gateway keeps them, deployment-cache.ts). */
export function workflowsRoutes(app: FastifyInstance, bus: Bus, deployments?: DeploymentCache, ends?: RunEnds): void {
  app.get("/v1/workflows", async () => ({ workflows: (await (await DeploymentStore.open(bus)).list()).map(deploymentJson) }));

  app.post<{ Params: { name: string } }>("/v1/workflows/:name/runs", async (req, reply) => {
    const { name } = req.params;
    if (!isName(name)) throw new WeftError(ErrorCode.NotFound, `no deployment named ${JSON.stringify(name)}`);
    const request = readRunRequest(req, bus.maxPayload);
    const d = await deploymentNamed(bus, name, deployments && ((n) => deployments.get(n)));
    const runId = request.key !== undefined ? idempotentRunId(d.name, request.key) : newRunId();
    return answerRunRequest(bus, reply, d, request, runId, undefined, false, ends);
  });
}
