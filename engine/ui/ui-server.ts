/**
 * The web view's server (`weft ui`): a Fastify app over a Bus serving the built front-end and
 * the JSON it reads. It reuses the gateway's run routes (status, cancel, the log as
 * Server-Sent Events) and adds the runs list, a run's graph, the workers and the deployments
 * (ui-routes.ts). Everything comes from NATS: no database, nothing kept but the workers'
 * last heartbeats.
 */
import Fastify, { type FastifyInstance } from "fastify";
import type { Bus, BusStatus } from "../bus/bus.js";
import { errorAnswer, GatewayCode, HttpError } from "../gateway/http-errors.js";
import { listenApp, type ListeningGateway } from "../gateway/listen.js";
import { runEventsRoute } from "../gateway/run-events-route.js";
import { runsRoutes } from "../gateway/runs-routes.js";
import { defaultUiDir, staticFiles } from "./static-files.js";
import { uiRoutes } from "./ui-routes.js";
import { WorkerBoard } from "./worker-board.js";

export interface UiOptions {
  /** The built front-end (default: dist/ui of this installation). */
  dir?: string;
}

/** The web view's app on `bus`, ready to `listen`. Closing it ends open event streams and the heartbeat subscription; the bus stays open. */
export async function buildUi(bus: Bus, opts: UiOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  let status: BusStatus | undefined;
  bus.onStatus((s) => (status = s));
  app.addHook("onRequest", async (req) => {
    if (!req.url.startsWith("/v1/")) return;
    if (status === "disconnected" || status === "reconnecting" || status === "closed") {
      throw new HttpError(503, GatewayCode.Unavailable, `the web view's NATS connection is ${status}: try again shortly`);
    }
  });
  app.setErrorHandler(async (err, _req, reply) => {
    const { status: code, body } = errorAnswer(err);
    return reply.code(code).send(body);
  });
  // POST /v1/runs/ID/cancel has no body; one sent anyway is not refused for its content type.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_req, body, done) => done(null, body));

  const workers = new WorkerBoard(bus);
  uiRoutes(app, bus, workers);
  runsRoutes(app, bus);
  const endStreams = runEventsRoute(app, bus);
  staticFiles(app, opts.dir ?? defaultUiDir());
  app.addHook("preClose", async () => {
    endStreams();
    workers.close();
  });
  await app.ready();
  return app;
}

/** Builds the web view on `bus` and listens; an address in use is E_INFRASTRUCTURE naming it. */
export async function listenUi(bus: Bus, where: { port: number; host: string }, opts: UiOptions = {}): Promise<ListeningGateway> {
  return listenApp(await buildUi(bus, opts), where, "the web view");
}
