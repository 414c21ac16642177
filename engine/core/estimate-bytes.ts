/**
 * A cheap estimate of a value's size, for accounting what was handed over in memory (those
 * values are never serialised, so their size is never measured). Exact for buffers and typed
 * arrays, close for strings and numbers, sampled for large arrays and objects.
 */
const SAMPLE = 16;

export function estimateBytes(value: unknown, depth = 0): number {
  switch (typeof value) {
    case "number":
      return 8;
    case "string":
      return value.length;
    case "boolean":
      return 1;
    case "bigint":
      return 16;
    case "object": {
      if (value === null) return 1;
      if (ArrayBuffer.isView(value)) return value.byteLength;
      if (value instanceof ArrayBuffer) return value.byteLength;
      if (depth > 6) return 16;
      if (Array.isArray(value)) return sampled(value.length, (i) => value[i], depth);
      if (value instanceof Map) {
        const entries: [unknown, unknown][] = []; // the first SAMPLE only (copying a map of millions holds the loop)
        for (const e of value.entries()) if (entries.push(e) >= SAMPLE) break;
        return entries.length === 0 ? 0 : (entries.reduce((n, e) => n + estimateBytes(e, depth + 1), 0) / entries.length) * value.size;
      }
      const keys = Object.keys(value);
      return sampled(keys.length, (i) => (value as Record<string, unknown>)[keys[i]!], depth) + keys.length * 8;
    }
    default:
      return 0;
  }
}

function sampled(length: number, at: (i: number) => unknown, depth: number): number {
  if (length === 0) return 0;
  const n = Math.min(length, SAMPLE);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += estimateBytes(at(Math.floor((i * length) / n)), depth + 1);
  return Math.round((sum / n) * length);
}
