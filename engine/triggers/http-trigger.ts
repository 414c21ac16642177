/**
 * The HTTP trigger: each request to the gateway on `METHOD /path` starts a run whose input is the
 * request body. The gateway serves these routes (engine/gateway/trigger-routes.ts), not the
 * coordinator: it reads them from the deployments bucket, so any number of stateless gateways
 * serve every deployed route. Here: the rules a route must follow, checked at deploy.
 */
import type { HttpTriggerSpec } from "../../model/trigger.js";
import type { Bus } from "../bus/bus.js";
import { DeploymentStore } from "../deploy/deployment-store.js";
import { ErrorCode, WeftError } from "../errors.js";
import type { TriggerKindRunner } from "./trigger-kind.js";

/** The methods a route may have. */
export const HTTP_TRIGGER_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** The longest path a route may have. */
const MAX_PATH = 200;
/** A path segment: unreserved URL characters only, so a path needs no percent-encoding and matches as written. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** `METHOD /path`, as `ctx.trigger.source` and messages write a route. */
export function routeOf(spec: Pick<HttpTriggerSpec, "method" | "path">): string {
  return `${spec.method} ${spec.path}`;
}

/** What is wrong with a route, or undefined when it can be served. Pure: the deploy check and the flag parser use it. */
export function httpRouteProblem(method: string, path: string): string | undefined {
  if (!(HTTP_TRIGGER_METHODS as readonly string[]).includes(method)) {
    return `the method must be one of ${HTTP_TRIGGER_METHODS.join(", ")} (in capitals), got ${JSON.stringify(method)}`;
  }
  if (typeof path !== "string" || !path.startsWith("/")) return `the path must start with "/", got ${JSON.stringify(path)}`;
  if (path.length > MAX_PATH) return `the path is ${path.length} characters long, more than ${MAX_PATH}`;
  // The gateway's own API lives under /v1: a trigger there would shadow it, or be shadowed.
  if (path === "/v1" || path.startsWith("/v1/")) return `the path ${path} is under /v1/, which is the gateway's own API: choose another, such as /quote`;
  if (path === "/") return undefined;
  for (const segment of path.slice(1).split("/")) {
    // Parameters (/orders/:id) and wildcards are not served: a run's input is the body alone.
    if (segment.startsWith(":") || segment.includes("*")) {
      return `the path ${path} has a parameter or wildcard ("${segment}"), which HTTP triggers do not support: use a fixed path and put the value in the body`;
    }
    if (segment === "" || segment === "." || segment === ".." || !SEGMENT.test(segment)) {
      return `the path ${path} has an invalid segment ${JSON.stringify(segment)}: use letters, digits and . _ ~ - between single slashes, no trailing slash`;
    }
  }
  return undefined;
}

/** The deployment other than `deployment` that already declares the route, if any. */
async function declaredElsewhere(bus: Bus, deployment: string, spec: HttpTriggerSpec): Promise<string | undefined> {
  for (const d of await (await DeploymentStore.open(bus)).list()) {
    if (d.name === deployment) continue; // a redeploy keeps its own routes
    if (d.triggers.some((t) => t.kind === "http" && t.method === spec.method && t.path === spec.path)) return d.name;
  }
  return undefined;
}

export const httpTrigger: TriggerKindRunner<HttpTriggerSpec> = {
  async check(bus, spec, deployment) {
    const problem = httpRouteProblem(spec.method, spec.path);
    if (problem) throw new WeftError(ErrorCode.Usage, `http trigger ${JSON.stringify(routeOf(spec))}: ${problem}.`);
    if (spec.batch) {
      throw new WeftError(ErrorCode.Usage, `http trigger ${routeOf(spec)}: a request is answered by its own run, so it cannot be batched: deploy it without --batch.`);
    }
    const other = deployment === undefined ? undefined : await declaredElsewhere(bus, deployment, spec);
    if (other !== undefined) {
      throw new WeftError(
        ErrorCode.Usage,
        `http trigger ${routeOf(spec)}: deployment "${other}" already serves that route: choose another path, or remove it first (\`weft undeploy ${other}\`).`,
      );
    }
  },

  // Nothing runs on the coordinator: the gateways serve the routes, reading them from the
  // deployments bucket, and each request submits its run itself (answering it needs the run's
  // end, which the gateway holding the connection follows). So there is nothing to stop either.
  async start() {
    return { stop: () => {} };
  },
};
