/**
 * The web view's own JSON routes, beside the gateway's run routes it reuses (GET /v1/runs/ID,
 * POST /v1/runs/ID/cancel, GET /v1/runs/ID/events): the runs list, a run's graph, the workers,
 * the deployments and the streaming jobs. Each request reads NATS (the run records, deployments
 * and streaming jobs' KV); the workers come from the heartbeats this process hears.
 */
import type { FastifyInstance } from "fastify";
import type { Bus } from "../bus/bus.js";
import { listRunRecords } from "../coordinator/run-store.js";
import { DeploymentStore } from "../deploy/deployment-store.js";
import { ErrorCode, WeftError } from "../errors.js";
import { RUN_STATES } from "../../model/status.js";
import { deploymentJson } from "../gateway/workflows-routes.js";
import { findRun } from "../gateway/run-lookup.js";
import type { RunParams } from "../gateway/runs-routes.js";
import { listStreamJobs, readStreamJob } from "../stream/stream-status.js";
import { filterRuns, runGraphJson } from "./run-list.js";
import type { WorkerBoard } from "./worker-board.js";

/** The runs list shows at most this many runs unless asked for more (?limit=). */
const DEFAULT_LIMIT = 200;

interface RunsQuery {
  state?: string;
  workflow?: string;
  limit?: string;
}

export function uiRoutes(app: FastifyInstance, bus: Bus, workers: WorkerBoard): void {
  app.get<{ Querystring: RunsQuery }>("/v1/runs", async (req) => {
    const { state, workflow, limit } = req.query;
    if (state && !(RUN_STATES as readonly string[]).includes(state)) {
      throw new WeftError(ErrorCode.InvalidInput, `state must be one of ${RUN_STATES.join(", ")}, got ${JSON.stringify(state)}`);
    }
    const max = limit === undefined ? DEFAULT_LIMIT : Number(limit);
    if (!Number.isInteger(max) || max < 1) throw new WeftError(ErrorCode.InvalidInput, `limit must be a whole number >= 1, got ${JSON.stringify(limit)}`);
    const records = await listRunRecords(bus);
    return {
      runs: filterRuns(records, { ...(state ? { state } : {}), ...(workflow ? { workflow } : {}) }, max),
      // Every workflow name seen, for the list's filter.
      workflows: [...new Set(records.map((r) => r.workflow))].sort(),
    };
  });

  app.get<{ Params: RunParams }>("/v1/runs/:id/graph", async (req) => runGraphJson(await findRun(bus, req.params.id)));

  app.get("/v1/workers", async () => ({ workers: workers.list() }));

  app.get("/v1/deployments", async () => ({ deployments: (await (await DeploymentStore.open(bus)).list()).map(deploymentJson) }));

  // Streaming jobs, as `weft status NAME --json` shows each (the same reader).
  app.get("/v1/streams", async () => ({ streams: await listStreamJobs(bus, Date.now()) }));

  app.get<{ Params: { name: string } }>("/v1/streams/:name", async (req) => {
    const job = await readStreamJob(bus, req.params.name, Date.now());
    if (!job) throw new WeftError(ErrorCode.NotFound, `no streaming job named ${JSON.stringify(req.params.name)}: deploy one with \`weft deploy FILE\``);
    return job;
  });
}
