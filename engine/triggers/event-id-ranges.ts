/**
 * A batch's event ids, written compactly for its marker (batch-markers.ts): ids that end in
 * consecutive numbers after the same prefix (a JetStream stream's `STREAM:SEQ`, which a batch
 * mostly is) become one `[prefix, first, last]`; any other id stays as it is. Pure (a list is
 * compacted once: its marker and its run's record share the result; neither changes it).
 */

export type CompactIds = (string | [prefix: string, first: number, last: number])[];

/** Longest number `split` takes (safe integers). */
const MAX_DIGITS = 15;

/**
 * A prefix and a number written without leading zeros (so `prefix + n` gives the id back), or
 * none: the longest such number the id ends in. A scan, not a regular expression: it runs for
 * every event of every batch.
 */
function split(id: string): [string, number] | undefined {
  const end = id.length;
  let start = end;
  while (start > 0 && end - start < MAX_DIGITS && isDigit(id.charCodeAt(start - 1))) start--;
  if (start === end) return undefined;
  // No leading zero, unless the number is 0 itself.
  while (start < end - 1 && id.charCodeAt(start) === 48) start++;
  return [id.slice(0, start), Number(id.slice(start))];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Lists compacted before, by identity: a batch's ids are compacted for its marker and again for its run's record. */
const compacted = new WeakMap<readonly string[], CompactIds>();

export function compactIds(ids: readonly string[]): CompactIds {
  const known = compacted.get(ids);
  if (known) return known;
  const out: CompactIds = [];
  compacted.set(ids, out);
  for (const id of ids) {
    const parts = split(id);
    const last = out[out.length - 1];
    if (parts && Array.isArray(last) && last[0] === parts[0] && last[2] + 1 === parts[1]) {
      last[2] = parts[1];
      continue;
    }
    if (parts && typeof last === "string") {
      const before = split(last);
      if (before && before[0] === parts[0] && before[1] + 1 === parts[1]) {
        out[out.length - 1] = [parts[0], before[1], parts[1]];
        continue;
      }
    }
    out.push(id);
  }
  return out;
}

export function expandIds(compact: CompactIds): string[] {
  const out: string[] = [];
  for (const c of compact) {
    if (typeof c === "string") out.push(c);
    else for (let n = c[1]; n <= c[2]; n++) out.push(`${c[0]}${n}`);
  }
  return out;
}

/** True when `test` holds for every id (a marker's events, tested without listing them). */
export function everyId(compact: CompactIds, test: (id: string) => boolean): boolean {
  for (const c of compact) {
    if (typeof c === "string") {
      if (!test(c)) return false;
    } else for (let n = c[1]; n <= c[2]; n++) if (!test(`${c[0]}${n}`)) return false;
  }
  return true;
}
