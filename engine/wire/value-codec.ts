/**
 * How user values cross workers: node:v8 structured clone inside a protobuf `bytes` field.
 * It keeps what JSON loses (typed arrays for matrices and buffers, Map, Set, Date, BigInt)
 * at protobuf-like speed. Values handed over on one worker are never encoded.
 *
 * Typed-array blocks (the fast path of docs/kernels.md; after the version header 0xff 0x0f): Node's serializer writes every typed
 * array or DataView as a host object, wherever it sits in the value: the tag `\` (0x5c), the
 * view's type index (varint: 0 Int8Array, 1 Uint8Array, 2 Uint8ClampedArray, 3 Int16Array,
 * 4 Uint16Array, 5 Int32Array, 6 Uint32Array, 7 Float32Array, 8 Float64Array, 9 DataView,
 * 10 Buffer, 11 BigInt64Array, 12 BigUint64Array), its byte length (varint), then its bytes as they are in
 * memory (little-endian), only the view's own part of its ArrayBuffer. No JSON, no per-element
 * work: a 256x256 Float64Array block costs its 512 KiB plus a few bytes. Decoding is zero-copy
 * when those bytes are aligned in the received message (the array is a view of it); otherwise
 * they are copied once.
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

/** Decodes a value; bytes that are not one throw WeftError E_DECODE. */
export function decodeValue(data: Uint8Array): unknown {
  try {
    return deserialize(data);
  } catch (err) {
    throw new WeftError(ErrorCode.Decode, `a value did not decode (${(err as Error).message})`, { cause: err });
  }
}

/**
 * The largest run input or result, in bytes of JSON. Both travel inside single NATS messages
 * (the submission, StartRun, the run's record, its end event), next to the rest of them:
 * half of NATS max_payload.
 */
export function inlineLimitBytes(maxPayload: number): number {
  return Math.floor(maxPayload / 2);
}

/**
 * Throws `code` when `json` is over the inline limit, saying how large it is, the limit, and
 * `advice` (what to do instead).
 */
function assertFitsInline(json: string, what: string, maxPayload: number, code: string, advice: string): void {
  const limit = inlineLimitBytes(maxPayload);
  if (json.length * 3 <= limit) return; // fits even at 3 bytes per UTF-16 unit: no need to count
  const bytes = Buffer.byteLength(json);
  if (bytes <= limit) return;
  const kib = (n: number) => `${Math.round(n / 1024).toLocaleString("en")} KiB`;
  throw new WeftError(code, `${what} is ${kib(bytes)} of JSON, more than ${kib(limit)}: ${advice}`);
}

/** A result (or part of one) over the inline limit: E_PAYLOAD_TOO_LARGE. */
export function assertResultFits(json: string, what: string, maxPayload: number): void {
  assertFitsInline(
    json,
    what,
    maxPayload,
    ErrorCode.PayloadTooLarge,
    "a run's result travels in its log; return less, e.g. write large outputs with a sink stage or to files, and return where they are.",
  );
}

/** A run input over the inline limit: E_INVALID_INPUT. */
export function assertInputFits(json: string, maxPayload: number): void {
  assertFitsInline(
    json,
    "the input",
    maxPayload,
    ErrorCode.InvalidInput,
    "a run's input travels with the submission; pass where the data is (a path, a URL) instead of the data.",
  );
}

/** What JSON.stringify would empty without a word (`{}`), with the way to keep it. */
const EMPTIED_BY_JSON: ReadonlyArray<[new (...args: never[]) => object, string]> = [
  [Map, "a Map (return Object.fromEntries(map) or [...map])"],
  [Set, "a Set (return [...set])"],
  [WeakMap, "a WeakMap"],
  [WeakSet, "a WeakSet"],
  [ArrayBuffer, "an ArrayBuffer (return an array of numbers, or a base64 string)"],
  [DataView, "a DataView (return an array of numbers, or a base64 string)"],
];

/**
 * Encodes a value as JSON text for the run's result, or throws E_NOT_SERIALIZABLE. Unlike
 * JSON.stringify, a function, a symbol, a Map or a Set anywhere in the value is an error, not
 * silently dropped or emptied; `undefined` at the top (a node that returns nothing) is `null`;
 * BigInt becomes a decimal string; a typed array becomes an array of numbers. NaN and ±Infinity
 * become null, as in JSON.
 */
export function encodeResultJson(value: unknown, what: string): string {
  if (value === undefined) return "null";
  try {
    return JSON.stringify(value, (key, v: unknown) => {
      const at = key === "" ? "the value" : `"${key}"`;
      if (typeof v === "bigint") return v.toString();
      if (typeof v === "function" || typeof v === "symbol") throw new TypeError(`${at} is a ${typeof v}`);
      if (typeof v !== "object" || v === null) return v;
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<unknown>);
      for (const [type, name] of EMPTIED_BY_JSON) if (v instanceof type) throw new TypeError(`${at} is ${name}`);
      return v;
    });
  } catch (err) {
    throw new WeftError(
      ErrorCode.NotSerializable,
      `${what} returned a value that cannot be written as JSON (${(err as Error).message}): a run's result must be JSON data.`,
      { cause: err },
    );
  }
}
