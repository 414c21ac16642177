/**
 * The items of a map node that still need a result, as ranges of positions, and how a split
 * over them (by count) maps back to positions. Pure: the worker that splits a list again after
 * a loss (it kept the results gathered so far) fans out only these; a worker that kept the
 * results of items it computed sends them as the ranges it holds.
 */

/** A half-open range of item positions. */
export type Range = readonly [start: number, end: number];

/** The ranges of positions whose flag in `have` is 0, in order. */
export function missingRanges(have: Uint8Array): Range[] {
  return rangesWhere(have, false);
}

/** The ranges of positions whose flag in `have` is set, in order. */
export function heldRanges(have: Uint8Array): Range[] {
  return rangesWhere(have, true);
}

function rangesWhere(have: Uint8Array, set: boolean): Range[] {
  const out: Range[] = [];
  let start = -1;
  for (let i = 0; i < have.length; i++) {
    const wanted = (have[i] !== 0) === set;
    if (wanted && start < 0) start = i;
    if (!wanted && start >= 0) {
      out.push([start, i]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, have.length]);
  return out;
}

/** How many positions `ranges` hold. */
export function rangesLength(ranges: readonly Range[]): number {
  return ranges.reduce((n, [s, e]) => n + (e - s), 0);
}

/** The positions of the `from`-th to the `to`-th (exclusive) item of `ranges` counted in order, as ranges. */
export function rangesSlice(ranges: readonly Range[], from: number, to: number): Range[] {
  const out: Range[] = [];
  let seen = 0;
  for (const [s, e] of ranges) {
    const len = e - s;
    const a = Math.max(from, seen);
    const b = Math.min(to, seen + len);
    if (a < b) out.push([s + (a - seen), s + (b - seen)]);
    seen += len;
    if (seen >= to) break;
  }
  return out;
}
