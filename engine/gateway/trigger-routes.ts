/**
 * The routes of HTTP triggers (`POST /quote`), served like `POST /v1/workflows/NAME/runs`: the
 * body is the input, `?wait=` and `Idempotency-Key` work the same, and the run carries
 * `ctx.trigger = {kind: "http", eventId, source: "POST /quote", receivedAtMs}`.
 *
 * The gateway stays stateless: it learns the routes from the deployments bucket. The table is
 * read again in the background once it is older than TABLE_TTL_MS, and at once (at most every
 * MISS_REREAD_MS) for a request no route matches, so a new deployment's route is served right
 * away. A matched route is confirmed on the deployment read fresh for the request, so a removed
 * deployment's route is 404 at once, and a run always starts the version current then.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { HttpTriggerSpec, TriggerInfo } from "../../model/trigger.js";
import type { Clock } from "../base/clock.js";
import type { Bus } from "../bus/bus.js";
import { DeploymentStore, type Deployment } from "../deploy/deployment-store.js";
import type { DeploymentCache } from "./deployment-cache.js";
import { HTTP_TRIGGER_METHODS, routeOf } from "../triggers/http-trigger.js";
import { eventRunId } from "../triggers/trigger-event.js";
import { GatewayCode, HttpError } from "./http-errors.js";
import { apiMethodsOf, OPENAPI_PATH } from "./openapi.js";
import { answerRunRequest, readRunRequest } from "./run-request.js";
import type { RunEnds } from "../client/run-ends.js";

/** After this long the table is read again (in the background: requests use the one there is). */
const TABLE_TTL_MS = 500;
/** A request that matches no route reads the table again first, unless it was read this recently. */
const MISS_REREAD_MS = 200;

/** A served route: the deployment and its trigger. */
export interface RouteTarget {
  readonly deployment: string;
  readonly spec: HttpTriggerSpec;
}

/**
 * The route table of a set of deployments, by `METHOD /path`. Two deployments may only declare
 * one route when they raced past the deploy check: the one deployed first keeps it. Pure.
 */
export function routeTable(deployments: readonly Deployment[]): Map<string, RouteTarget> {
  const table = new Map<string, RouteTarget & { at: number }>();
  for (const d of deployments) {
    for (const spec of d.triggers) {
      if (spec.kind !== "http") continue;
      const route = routeOf(spec);
      const held = table.get(route);
      if (!held || d.deployedAtMs < held.at) table.set(route, { deployment: d.name, spec, at: d.deployedAtMs });
    }
  }
  return new Map([...table].map(([route, { deployment, spec }]) => [route, { deployment, spec }]));
}

/** The deployments' routes, read from the bucket and kept a short while. */
export class TriggerRouteCache {
  private table = new Map<string, RouteTarget>();
  private readAtMs = -Infinity;
  private reading: Promise<void> | undefined;

  constructor(
    private readonly bus: Bus,
    private readonly clock: Clock,
  ) {}

  /** The target of `METHOD /path`, or undefined when no deployment declares it. */
  async find(method: string, path: string): Promise<RouteTarget | undefined> {
    const route = `${method} ${path}`;
    const age = this.clock.now() - this.readAtMs;
    if (age > TABLE_TTL_MS && !Number.isFinite(this.readAtMs)) await this.read();
    else if (age > TABLE_TTL_MS) void this.read().catch(() => {}); // this request uses the table there is
    if (!this.table.has(route) && this.clock.now() - this.readAtMs > MISS_REREAD_MS) await this.read();
    return this.table.get(route);
  }

  /**
   * Every route served now (the table read again when older than TABLE_TTL_MS, unless `reread`
   * is false; the one there is when that read fails).
   */
  async list(reread = true): Promise<{ method: string; path: string }[]> {
    if (reread && this.clock.now() - this.readAtMs > TABLE_TTL_MS) await this.read().catch(() => {});
    return [...this.table.values()].map((t) => ({ method: t.spec.method, path: t.spec.path }));
  }

  /** The methods the table serves `path` with (none: no deployment declares the path). */
  methodsOf(path: string): string[] {
    return [...this.table.values()].filter((t) => t.spec.path === path).map((t) => t.spec.method);
  }

  /** Drops a route found stale (its deployment no longer declares it): the next find reads the table. */
  forget(method: string, path: string): void {
    this.table.delete(`${method} ${path}`);
  }

  /** Reads the table; concurrent callers share one read. */
  private read(): Promise<void> {
    this.reading ??= (async () => {
      try {
        const deployments = await (await DeploymentStore.open(this.bus)).list();
        this.table = routeTable(deployments);
        this.readAtMs = this.clock.now();
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }
}

function noRoute(method: string, path: string): HttpError {
  return new HttpError(404, GatewayCode.RouteNotFound, `no route ${method} ${path}: see ${OPENAPI_PATH}, and \`weft deployments\` for the HTTP triggers deployed`);
}

/** Serves every deployed HTTP trigger's route: one catch-all route below the gateway's own. Returns the route table. */
export function triggerRoutes(app: FastifyInstance, bus: Bus, clock: Clock, deployments?: DeploymentCache, ends?: RunEnds): TriggerRouteCache {
  const cache = new TriggerRouteCache(bus, clock);
  /** The deployment serving the route, as it is now (changes are followed): a route is served only while its deployment still declares it. */
  const served = async (method: string, path: string): Promise<{ d: Deployment; spec: HttpTriggerSpec } | undefined> => {
    const target = await cache.find(method, path);
    if (!target) return undefined;
    const d = await (deployments ? deployments.get(target.deployment) : (await DeploymentStore.open(bus)).get(target.deployment));
    const spec = d?.triggers.find((t): t is HttpTriggerSpec => t.kind === "http" && t.method === method && t.path === path);
    return d && spec ? { d, spec } : undefined;
  };
  app.route({
    method: [...HTTP_TRIGGER_METHODS],
    url: "/*",
    handler: async (req, reply) => {
      const receivedAtMs = clock.now();
      const path = req.url.split("?")[0]!;
      const found = (await served(req.method, path)) ?? (cache.forget(req.method, path), await served(req.method, path));
      if (!found) {
        // A path of the gateway's own API asked with another method is a 405 too, as a trigger's is.
        const allowed = path.startsWith("/v1/") ? apiMethodsOf(path) : cache.methodsOf(path);
        if (allowed.length === 0) throw noRoute(req.method, path);
        void reply.header("allow", allowed.join(", "));
        throw new HttpError(405, GatewayCode.MethodNotAllowed, `${path} is served for ${allowed.join(", ")}, not ${req.method}: send the request with ${allowed.join(" or ")}`);
      }
      const { d, spec } = found;
      const request = readRunRequest(req, bus.maxPayload);
      // The Idempotency-Key is the event's identity: the same key makes the same run id.
      const eventId = request.key ?? `req-${randomUUID()}`;
      const trigger: TriggerInfo = {
        kind: "http",
        eventId,
        source: routeOf(spec),
        receivedAtMs,
        ...(spec.declared !== undefined ? { declared: spec.declared } : {}),
      };
      return answerRunRequest(bus, reply, d, request, eventRunId(d.name, spec, eventId), trigger, spec.express === true, ends);
    },
  });
  return cache;
}
