/**
 * The gateway's OpenAPI 3.1 document, served at /v1/openapi.json. Written by hand; the e2e test
 * requests every operation in it, so a route listed here and not served fails the suite.
 */

export const OPENAPI_PATH = "/v1/openapi.json";

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const json = (description: string, schema: object) => ({ description, content: { "application/json": { schema } } });
const runIdParam = { name: "id", in: "path", required: true, description: "the run id", schema: { type: "string" } };

const COMMON_ERRORS = {
  "401": errorResponse("a token is set and the request does not carry it (`Authorization: Bearer TOKEN`)"),
  "503": {
    ...errorResponse("NATS is down or no coordinator answers"),
    headers: { "Retry-After": { description: "seconds to wait before trying again", schema: { type: "integer" } } },
  },
};

/** A route of an HTTP trigger, as the document lists it. */
export interface TriggerRouteDoc {
  readonly method: string;
  readonly path: string;
}

const TRIGGER_ROUTES = [
  "Besides /v1/, the gateway serves the route of every deployed HTTP trigger (`weft deploy --http \"POST /quote\"`,",
  "or `wf.trigger({kind: \"http\", ...})` in the file) the way it serves POST /v1/workflows/{name}/runs:",
  "the body is the input, `?wait=` and `Idempotency-Key` work the same (the same key on the same route gives the same run),",
  "and the run reads `ctx.trigger` = {kind: \"http\", eventId: the key or a request id, source: \"POST /quote\", receivedAtMs}.",
  "The routes deployed when this document was requested are listed under paths.",
].join(" ");

/** An HTTP trigger's route: the same request and answers as startRun, but the deployment is the route's. */
function triggerOperation(route: TriggerRouteDoc, startRun: { parameters: object[]; [k: string]: unknown }) {
  return {
    ...startRun,
    operationId: `trigger ${route.method} ${route.path}`,
    // The deployment's name is not said: this document is served without the token.
    summary: "an HTTP trigger: start a run of its deployment's current version; the body is its input",
    parameters: startRun.parameters.filter((p) => (p as { in?: string }).in !== "path"),
  };
}

/** The gateway's own routes, as this document lists them: a path matcher and its methods. */
let apiRoutes: { match: RegExp; methods: string[] }[] | undefined;

/**
 * The methods the gateway's own API serves `path` with (`["POST"]` for /v1/workflows/x/runs),
 * none for a path it does not serve: what a 405's `Allow` says for a request with another method.
 */
export function apiMethodsOf(path: string): string[] {
  apiRoutes ??= Object.entries(staticDocument().paths as Record<string, object>).map(([template, item]) => ({
    match: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`),
    methods: Object.keys(item).map((m) => m.toUpperCase()),
  }));
  return apiRoutes.find((r) => r.match.test(path))?.methods ?? [];
}

/** The document (a fresh object each call), with the HTTP triggers' routes deployed now. */
export function openApiDocument(triggerRoutes: readonly TriggerRouteDoc[] = []): Record<string, unknown> {
  const doc = staticDocument();
  const paths = doc.paths as Record<string, Record<string, unknown>>;
  const startRun = paths["/v1/workflows/{name}/runs"]!.post as { parameters: object[] };
  for (const r of triggerRoutes) (paths[r.path] ??= {})[r.method.toLowerCase()] = triggerOperation(r, startRun);
  return doc;
}

function staticDocument(): Record<string, unknown> & { paths: object } {
  return {
    openapi: "3.1.0",
    info: { title: "weft gateway", version: "1", description: `Start, watch and cancel weft runs over HTTP. ${TRIGGER_ROUTES}` },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } },
        },
        Deployment: {
          type: "object",
          required: ["name", "version", "workflow", "triggers", "deployed"],
          properties: {
            name: { type: "string" },
            version: { type: "string" },
            workflow: { type: "string" },
            triggers: { type: "array", items: { type: "object" } },
            deployed: { type: "string", format: "date-time" },
          },
        },
        RunEnd: {
          type: "object",
          required: ["run_id", "state", "result"],
          properties: {
            run_id: { type: "string" },
            state: { type: "string", enum: ["succeeded", "failed", "cancelled"] },
            result: { description: "the run's result (null unless it succeeded)" },
            error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } },
          },
        },
        RunStatus: {
          type: "object",
          description: "the run as `weft status --json` prints it",
          required: ["run", "workflow", "state"],
          properties: { run: { type: "string" }, workflow: { type: "string" }, state: { type: "string" }, result: {}, error: {} },
        },
      },
    },
    security: [{ bearer: [] }],
    paths: {
      [OPENAPI_PATH]: {
        get: { operationId: "openapi", summary: "this document (needs no token)", security: [], responses: { "200": json("the OpenAPI document", { type: "object" }) } },
      },
      "/v1/workflows": {
        get: {
          operationId: "listWorkflows",
          summary: "the deployments",
          responses: {
            "200": json("every deployment, by name", {
              type: "object",
              required: ["workflows"],
              properties: { workflows: { type: "array", items: { $ref: "#/components/schemas/Deployment" } } },
            }),
            ...COMMON_ERRORS,
          },
        },
      },
      "/v1/workflows/{name}/runs": {
        post: {
          operationId: "startRun",
          summary: "start a run of the deployment's current version; the body is its input (a JSON object; empty: {})",
          parameters: [
            { name: "name", in: "path", required: true, description: "the deployment's name", schema: { type: "string" } },
            { name: "wait", in: "query", required: false, description: "wait this long for the run to end (500ms, 30s, 2m; at most 5m)", schema: { type: "string" } },
            {
              name: "durability",
              in: "query",
              required: false,
              description: "express: no run record, not resumed if its coordinator is lost (docs/express.md); durable; default: the trigger's, else the workflow's (durable)",
              schema: { type: "string", enum: ["durable", "express"] },
            },
            { name: "Idempotency-Key", in: "header", required: false, description: "the same key (for this deployment) gives the same run", schema: { type: "string" } },
          ],
          requestBody: { required: false, content: { "application/json": { schema: { type: "object" } } } },
          responses: {
            "200": json("with wait: the run ended in time (succeeded, failed or cancelled)", { $ref: "#/components/schemas/RunEnd" }),
            "202": {
              description: "the run started (without wait, or it had not ended in time); Location: /v1/runs/ID (none for an express run: it has no status)",
              headers: { Location: { schema: { type: "string" } } },
              content: { "application/json": { schema: { type: "object", required: ["run_id"], properties: { run_id: { type: "string" } } } } },
            },
            "400": errorResponse("the body is not a JSON object, or wait / durability / Idempotency-Key is malformed"),
            "404": errorResponse("no such deployment"),
            "413": errorResponse("the input is over half of NATS max_payload"),
            ...COMMON_ERRORS,
          },
        },
      },
      "/v1/runs/{id}": {
        get: {
          operationId: "getRun",
          summary: "a run's status, as `weft status --json` prints it",
          parameters: [runIdParam],
          responses: { "200": json("the run", { $ref: "#/components/schemas/RunStatus" }), "404": errorResponse("no such run"), ...COMMON_ERRORS },
        },
      },
      "/v1/runs/{id}/events": {
        get: {
          operationId: "runEvents",
          summary: "the run's log as Server-Sent Events (one JSON object per entry, as `weft logs --json`); ends when the run ends; an express run's too",
          parameters: [
            runIdParam,
            { name: "Last-Event-ID", in: "header", required: false, description: "resume after this event id (SEQ.INDEX)", schema: { type: "string" } },
          ],
          responses: {
            "200": { description: "the event stream", content: { "text/event-stream": { schema: { type: "string" } } } },
            "400": errorResponse("Last-Event-ID is not an id this stream sends"),
            "404": errorResponse("no such run"),
            ...COMMON_ERRORS,
          },
        },
      },
      "/v1/runs/{id}/cancel": {
        post: {
          operationId: "cancelRun",
          summary: "cancel a run",
          parameters: [runIdParam],
          responses: {
            "202": json("cancellation requested", { type: "object", required: ["run_id"], properties: { run_id: { type: "string" } } }),
            "404": errorResponse("no such run"),
            "409": errorResponse("the run has already ended"),
            ...COMMON_ERRORS,
          },
        },
      },
    },
  };
}
