/** A request body as a run's input: JSON text of an object, checked against the inline limit. */
import { ErrorCode, WeftError } from "../errors.js";
import { assertInputDepth } from "../model/json-depth.js";
import { inlineLimitBytes } from "../wire/value-codec.js";
import { HttpError } from "./http-errors.js";

/**
 * The input JSON (canonical) of a body: empty means `{}`; anything but a JSON object is E_INVALID_INPUT
 * (400); more than half of NATS max_payload (the limit `weft submit` enforces) is 413.
 */
export function runInputOf(body: unknown, maxPayload: number): string {
  const text = typeof body === "string" ? body : body === undefined || body === null ? "" : String(body);
  if (text.trim() === "") return "{}";
  assertInputDepth(text, "the body");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new WeftError(ErrorCode.InvalidInput, `the body is not valid JSON (${(err as Error).message}): send the run's input as a JSON object such as {"n": 3}`);
  }
  // A workflow reads its input's fields (ctx.input.n): anything but an object would fail there.
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new WeftError(ErrorCode.InvalidInput, `the body must be a JSON object such as {"n": 3}, got ${text.trim().slice(0, 40)}`);
  }
  const json = JSON.stringify(value);
  const limit = inlineLimitBytes(maxPayload);
  const bytes = Buffer.byteLength(json);
  if (bytes > limit) {
    throw new HttpError(413, ErrorCode.PayloadTooLarge, `the input is ${bytes} bytes of JSON, more than ${limit} (half of NATS max_payload): pass where the data is (a URL, an object name) instead of the data`);
  }
  return json;
}
