/**
 * The HTTP gateway: a Fastify app over a Bus. It keeps no state of its own (runs and logs are
 * read from NATS on each request, deployments kept only while no change of theirs is seen:
 * deployment-cache.ts, the ends of the runs it waits on read by one follower: engine/client/run-ends.ts), so several can serve behind one load
 * balancer. Routes are in files by concept; errors are JSON (http-errors.ts).
 */
import Fastify, { type FastifyInstance } from "fastify";
import { systemClock, type Clock } from "../base/clock.js";
import type { Bus, BusStatus } from "../bus/bus.js";
import { inlineLimitBytes } from "../wire/value-codec.js";
import { bearerCheck } from "./auth.js";
import { errorAnswer, GatewayCode, HttpError } from "./http-errors.js";
import { OPENAPI_PATH, openApiDocument } from "./openapi.js";
import { runEventsRoute } from "./run-events-route.js";
import { runsRoutes } from "./runs-routes.js";
import { triggerRoutes } from "./trigger-routes.js";
import { DeploymentCache } from "./deployment-cache.js";
import { RunEnds } from "../client/run-ends.js";
import { workflowsRoutes } from "./workflows-routes.js";

/** Seconds a 503 asks a client to wait before trying again (`Retry-After`). */
const RETRY_AFTER_S = 2;

export interface GatewayOptions {
  /** When set, every route but the OpenAPI document needs `Authorization: Bearer TOKEN`. */
  token?: string;
  /** The clock of HTTP triggers' receivedAtMs and the route table's age (default: the system's). */
  clock?: Clock;
}

/** Room for a body's JSON whitespace over the input limit; the input itself is checked exactly. */
const BODY_SLACK_BYTES = 1024;

/** The gateway's Fastify app on `bus`, ready to `listen`. Closing it ends open event streams; the bus stays open. */
export async function buildGateway(bus: Bus, opts: GatewayOptions = {}): Promise<FastifyInstance> {
  const inputLimit = inlineLimitBytes(bus.maxPayload);
  const bodyLimit = inputLimit + BODY_SLACK_BYTES;
  const app = Fastify({ logger: false, bodyLimit });

  // A body is a run's input whatever its content type says: read as text, parsed by the route.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_req, body, done) => done(null, body));

  let status: BusStatus | undefined;
  bus.onStatus((s) => (status = s));
  const busDown = (): boolean => status === "disconnected" || status === "reconnecting" || status === "closed";
  const authorized = opts.token === undefined ? undefined : bearerCheck(opts.token);
  app.addHook("onRequest", async (req) => {
    if (authorized && req.routeOptions.url !== OPENAPI_PATH && !authorized(req.headers.authorization)) {
      throw new HttpError(401, GatewayCode.Unauthorized, "this gateway needs `Authorization: Bearer TOKEN` with its token");
    }
    // The OpenAPI document is served while NATS is away too (its trigger routes as last read).
    if (busDown() && req.routeOptions.url !== OPENAPI_PATH) {
      throw new HttpError(503, GatewayCode.Unavailable, `the gateway's NATS connection is ${status}: try again shortly`);
    }
  });

  app.setErrorHandler(async (err, _req, reply) => {
    const { status: code, body } = errorAnswer(err, inputLimit);
    if (code === 401) void reply.header("www-authenticate", 'Bearer realm="weft"');
    // NATS reconnecting or a coordinator taking over: a client (or a load balancer) may try again soon.
    if (code === 503) void reply.header("retry-after", String(RETRY_AFTER_S));
    return reply.code(code).send(body);
  });
  app.setNotFoundHandler(async (req, reply) =>
    reply.code(404).send({ error: { code: GatewayCode.RouteNotFound, message: `no route ${req.method} ${req.url.split("?")[0]}: see ${OPENAPI_PATH}` } }),
  );

  // Deployments kept until they change (no KV read per request). Not awaited: until the follow
  // is up (or when it cannot be, e.g. no right to read the bucket's stream), each request reads.
  const clock = opts.clock ?? systemClock;
  const deployments = new DeploymentCache(bus, clock);
  void deployments.follow().catch(() => deployments.stop());
  app.addHook("onClose", async () => deployments.stop());
  // Run ends read by one follower for every `?wait` (engine/client/run-ends.ts), up before the first request;
  // when it cannot be (no right to read the run log so), each wait follows its own run.
  const ends = new RunEnds(bus);
  await ends.follow().catch(() => ends.stop());
  app.addHook("onClose", async () => ends.stop());
  workflowsRoutes(app, bus, deployments, ends);
  runsRoutes(app, bus);
  // Below the routes above: a trigger path never shadows the gateway's own API (/v1/ is refused at deploy too).
  const routes = triggerRoutes(app, bus, clock, deployments, ends);
  app.get(OPENAPI_PATH, async () => openApiDocument(await routes.list(!busDown())));
  const endStreams = runEventsRoute(app, bus);
  app.addHook("preClose", async () => endStreams());
  await app.ready();
  return app;
}
