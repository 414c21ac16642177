/**
 * Every JSON object weft prints uses snake_case keys (docs/json.md). Specs kept in camelCase
 * inside weft (a trigger's `catchUp`, a batch's `waitMs`) are converted as they are printed.
 */

/** "catchUp" → "catch_up", "waitMs" → "wait_ms". */
export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** `value` with the keys of every plain object in it in snake_case (arrays and values kept). */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [snakeCase(k), snakeKeys(v)]));
}
