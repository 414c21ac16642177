/** `GET /v1/runs/ID` (the run as `weft status --json` shows it) and `POST /v1/runs/ID/cancel`. */
import type { FastifyInstance } from "fastify";
import type { Bus } from "../bus/bus.js";
import { ErrorCode } from "../errors.js";
import { isTerminalRunState } from "../../model/status.js";
import { cancelRun } from "../client/run-client.js";
import { runStatusJson } from "../client/run-json.js";
import { GatewayCode, HttpError } from "./http-errors.js";
import { findRun } from "./run-lookup.js";

/** Path parameters of the run routes. */
export interface RunParams {
  id: string;
}

export function runsRoutes(app: FastifyInstance, bus: Bus): void {
  app.get<{ Params: RunParams }>("/v1/runs/:id", async (req) => runStatusJson(await findRun(bus, req.params.id)));

  app.post<{ Params: RunParams }>("/v1/runs/:id/cancel", async (req, reply) => {
    const record = await findRun(bus, req.params.id);
    const ended = () => new HttpError(409, GatewayCode.Conflict, `run ${record.runId} already ended: ${record.state}`);
    if (isTerminalRunState(record.state)) throw ended();
    try {
      await cancelRun(bus, record.runId, "cancelled through the HTTP gateway");
    } catch (err) {
      // The run ended between the read and the request: the coordinator says so as a usage error.
      if ((err as { code?: string }).code === ErrorCode.Usage) throw new HttpError(409, GatewayCode.Conflict, (err as Error).message);
      throw err;
    }
    return reply.code(202).send({ run_id: record.runId });
  });
}
