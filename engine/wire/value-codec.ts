/**
 * How user values cross workers: node:v8 structured clone inside a protobuf `bytes` field.
 * It keeps what JSON loses (typed arrays for matrices and buffers, Map, Set, Date, BigInt)
 * at protobuf-like speed. Values handed over on one worker are never encoded.
 */
import { deserialize, serialize } from "node:v8";
import { ErrorCode, WeftError } from "../errors.js";

/** Encodes a value, or throws E_NOT_SERIALIZABLE naming what was being sent. */
export function encodeValue(value: unknown, what: string): Uint8Array {
  try {
    return serialize(value);
  } catch (err) {
    throw new WeftError(
      ErrorCode.NotSerializable,
      `${what} returned a value that cannot be sent to another worker (${(err as Error).message}): return plain data (objects, arrays, numbers, strings, typed arrays, Map, Set), not functions, class instances with methods or symbols.`,
      { cause: err },
    );
  }
}

export function decodeValue(data: Uint8Array): unknown {
  return deserialize(data);
}

/** Encodes a value as JSON text for the run's result, or throws E_NOT_SERIALIZABLE. */
export function encodeResultJson(value: unknown, what: string): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    return text === undefined ? "null" : text;
  } catch (err) {
    throw new WeftError(
      ErrorCode.NotSerializable,
      `${what} returned a value that cannot be written as JSON (${(err as Error).message}): a run's result must be JSON data.`,
      { cause: err },
    );
  }
}
