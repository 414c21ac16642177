/**
 * Which event-time windows a record belongs to: tumbling windows [k·size, (k+1)·size), sliding
 * windows every `slide` of length `size` (a record is in size/slide of them), and a session
 * window [t, t + gap) that merges with its key's overlapping sessions (mergeSessions).
 */
import type { WindowSpec } from "../../../model/stream.js";

/** A window's bounds: start inclusive, end exclusive, ms. */
export interface Span {
  start: number;
  end: number;
}

/** Floors `t` to a multiple of `step` (also for negative times). */
const floorTo = (t: number, step: number): number => t - (((t % step) + step) % step);

/** The windows `spec` puts a record of event time `t` in, oldest first. */
export function windowsFor(spec: WindowSpec, t: number): Span[] {
  switch (spec.kind) {
    case "tumbling": {
      const start = floorTo(t, spec.sizeMs);
      return [{ start, end: start + spec.sizeMs }];
    }
    case "sliding": {
      const spans: Span[] = [];
      for (let start = floorTo(t, spec.slideMs); start > t - spec.sizeMs; start -= spec.slideMs) spans.push({ start, end: start + spec.sizeMs });
      return spans.reverse();
    }
    case "session":
      return [{ start: t, end: t + spec.gapMs }];
  }
}

/** A window with what it holds. */
export interface Held<A> extends Span {
  acc: A;
}

/**
 * Merges session `fresh` into a key's sessions (sorted by start, none overlapping): every session
 * it overlaps or touches becomes one, its accumulators merged in time order. Returns the sessions
 * after the merge and which earlier sessions were absorbed (a fired one must be retracted by
 * its consumer's upsert: the merged session replaces it).
 */
export function mergeSessions<A>(sessions: readonly Held<A>[], fresh: Held<A>, merge: (a: A, b: A) => A): { sessions: Held<A>[]; absorbed: Held<A>[] } {
  const keep: Held<A>[] = [];
  const absorbed: Held<A>[] = [];
  let merged: Held<A> = { ...fresh };
  for (const s of sessions) {
    if (s.end < merged.start || s.start > merged.end) {
      keep.push(s);
      continue;
    }
    absorbed.push(s);
    const [first, second] = s.start <= merged.start ? [s, merged] : [merged, s];
    merged = { start: Math.min(s.start, merged.start), end: Math.max(s.end, merged.end), acc: merge(first.acc, second.acc) };
  }
  keep.push(merged);
  keep.sort((a, b) => a.start - b.start);
  return { sessions: keep, absorbed };
}
