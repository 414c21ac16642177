/**
 * How the gateway answers an error: `{"error": {"code", "message"}}` with the HTTP status its
 * code means. weft's own error codes (E_…) travel as they are, so a client reads the same code
 * the CLI would print.
 */
import { ErrorCode, WeftError } from "../errors.js";

/** Codes the gateway adds to weft's own. */
export const GatewayCode = {
  Unauthorized: "E_UNAUTHORIZED",
  Conflict: "E_CONFLICT",
  Unavailable: "E_UNAVAILABLE",
  RouteNotFound: "E_ROUTE_NOT_FOUND",
  MethodNotAllowed: "E_METHOD_NOT_ALLOWED",
  Internal: "E_INTERNAL",
} as const;

/** An error with the HTTP status to answer it with. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** The JSON body of an error answer. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** weft error codes that mean NATS or the coordinator cannot serve the request now. */
const UNAVAILABLE = new Set<string>([
  ErrorCode.NoResponders,
  ErrorCode.NatsUnreachable,
  ErrorCode.Infrastructure,
  ErrorCode.Closed,
  ErrorCode.Timeout,
  ErrorCode.NotLeader,
]);

/**
 * The status and body for anything a route threw (a WeftError, an HttpError, Fastify's own).
 * `inputLimitBytes`: the most a run's input may take, named when Fastify refuses a body over its
 * limit (that limit has room for JSON whitespace over it, so it is not the figure a user needs).
 */
export function errorAnswer(err: unknown, inputLimitBytes?: number): { status: number; body: ErrorBody } {
  const answer = (status: number, code: string, message: string) => ({ status, body: { error: { code, message } } });
  if (err instanceof HttpError) return answer(err.status, err.code, err.message);
  if (err instanceof WeftError) {
    if (err.code === ErrorCode.NotFound) return answer(404, err.code, err.message);
    if (err.code === ErrorCode.InvalidInput) return answer(400, err.code, err.message);
    if (err.code === ErrorCode.PayloadTooLarge) return answer(413, err.code, err.message);
    if (UNAVAILABLE.has(err.code)) return answer(503, err.code, err.message);
    return answer(500, err.code, err.message);
  }
  // Fastify's own errors (a body over the limit, unreadable JSON) carry a 4xx statusCode.
  const { statusCode, code, message } = (err ?? {}) as { statusCode?: unknown; code?: unknown; message?: unknown };
  const text = typeof message === "string" ? message : String(err);
  if (statusCode === 413) {
    // Fastify's own text ("Request body is too large") says neither the limit nor what to do.
    const limit = inputLimitBytes === undefined ? "" : `, ${inputLimitBytes} bytes of JSON`;
    return answer(
      413,
      ErrorCode.PayloadTooLarge,
      `the request body is over the most a run's input may take${limit} (half of NATS max_payload): pass where the data is (a URL, an object name) instead of the data`,
    );
  }
  if (typeof statusCode === "number" && statusCode >= 400 && statusCode < 500) {
    return answer(statusCode, statusCode === 400 ? ErrorCode.InvalidInput : typeof code === "string" ? code : ErrorCode.InvalidInput, text);
  }
  return answer(500, GatewayCode.Internal, text);
}
