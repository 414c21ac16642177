/** Durations as people write them ("90s", "5m", "1500ms"): shared by the SDK and the engine. */

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * "1500ms", "90s", "2.5m", "1h", "7d", or a bare number of seconds, in ms; undefined when the text is
 * none of these (the caller says which flag was wrong).
 */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(text);
  if (!m) return undefined;
  const ms = Number(m[1]) * UNIT_MS[(m[2] ?? "s") as keyof typeof UNIT_MS];
  return Number.isFinite(ms) ? ms : undefined;
}
