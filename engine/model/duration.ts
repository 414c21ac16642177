/** Durations as people write them on a command line ("90s", "5m", "1500ms") and as we print them. */

export { parseDuration } from "../../model/duration.js";

/** A duration in the largest unit that keeps it short: "800 ms", "90 s", "2.5 min", "1 h". */
export function formatDuration(ms: number): string {
  const round = (x: number) => Math.round(x * 10) / 10;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${round(ms / 1000)} s`;
  if (ms < 7_200_000) return `${round(ms / 60_000)} min`;
  return `${round(ms / 3_600_000)} h`;
}
