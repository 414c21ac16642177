/**
 * The compute kernels of W3–W6 (see docs/workloads.md), shared by the weft workflows
 * (bench/workloads/w3.ts … w6.ts, bundled and run on the workers) and the single-process
 * baseline (bench/workloads/baseline.ts): each figure is then a ratio of the same code run two ways.
 * Its one import is the SDK's own block multiply (weft/kernels), bundled with it as it is.
 */
import { matmulBlock } from "../../sdk/kernels/index.js";

// ---------- W3 word count ----------

/** FNV-1a, 32-bit, over the ASCII bytes of `word` (start 0x811c9dc5, h ^= byte; h = imul(h, 0x01000193)). */
export function fnv1a32(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Words are runs of [a-z]; the corpus separates them with spaces and newlines. */
export const WORD = /[a-z]+/g;

/** The words of one text, in order (the tokenising kernel of W3). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The peers' tokenising kernel (the character scan of ../shared/peers/lib/common.mjs
 * `countWords`): counts the runs of non-whitespace into `counts` as it scans, with no array of
 * words. bench/workloads/w3-scan.ts runs it, so that weft and the peers can run the same kernel.
 */
export function countWordsScan(text: string, counts: Map<string, number> = new Map()): Map<string, number> {
  let start = -1;
  for (let i = 0, n = text.length; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      if (start >= 0) {
        const w = text.slice(start, i);
        counts.set(w, (counts.get(w) ?? 0) + 1);
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  return counts;
}

/** Per word, a count: a combiner over [word, count] pairs (counted map-side by countWordsScan). */
export const pairCountCombiner = {
  zero: (): number => 0,
  add: (n: number, pair: [string, number]): number => n + pair[1],
  merge: (a: number, b: number): number => a + b,
};

/** What W3 answers. `top`: the 20 most frequent words, count descending, then word ascending. */
export interface WordSummary {
  tokens: number;
  distinct: number;
  checksum: number;
  top: [string, number][];
}

export const TOP = 20;
const CHECKSUM_MOD = 1000003;

/** True when (w1, c1) ranks before (w2, c2): count descending, then word ascending. */
function before(w1: string, c1: number, w2: string, c2: number): boolean {
  return c1 > c2 || (c1 === c2 && w1 < w2);
}

/** Inserts (word, count) into a sorted top list, keeping at most TOP entries. */
function pushTop(top: [string, number][], word: string, count: number): void {
  const n = top.length;
  if (n === TOP) {
    const last = top[n - 1]!;
    if (!before(word, count, last[0], last[1])) return;
  }
  let i = n;
  while (i > 0 && before(word, count, top[i - 1]![0], top[i - 1]![1])) i--;
  top.splice(i, 0, [word, count]);
  if (top.length > TOP) top.pop();
}

/**
 * Folds [word, count] pairs (distinct words) into the answer: tokens, distinct,
 * checksum = sum(count * (fnv1a32(word) % 1000003)), top 20. Associative and commutative.
 */
export const summaryCombiner = {
  zero: (): WordSummary => ({ tokens: 0, distinct: 0, checksum: 0, top: [] }),
  add: (acc: WordSummary, [word, count]: [string, number]): WordSummary => {
    acc.tokens += count;
    acc.distinct += 1;
    acc.checksum += count * (fnv1a32(word) % CHECKSUM_MOD);
    pushTop(acc.top, word, count);
    return acc;
  },
  merge: (a: WordSummary, b: WordSummary): WordSummary => {
    a.tokens += b.tokens;
    a.distinct += b.distinct;
    a.checksum += b.checksum;
    for (const [w, c] of b.top) pushTop(a.top, w, c);
    return a;
  },
};

/** Per word, a count: a combiner over words. */
export const countCombiner = {
  zero: (): number => 0,
  add: (n: number, _word: string): number => n + 1,
  merge: (a: number, b: number): number => a + b,
};

/** W3's run input: the corpus directory, its map partitions (files), the reduce partitions. */
export interface W3Input {
  dir: string;
  maps: number;
  reduces: number;
}

/** The file of map partition p: part-00.txt, part-01.txt, … */
export function partFile(p: number): string {
  return `part-${String(p).padStart(2, "0")}.txt`;
}

// ---------- W4 tree aggregation ----------

/**
 * The (sum, count) of value(i) = (((i * 2654435761) mod 2^32) >> 12) / 1024 over [lo, hi).
 * Math.imul gives the exact low 32 bits of the product (i * 2654435761 itself exceeds 2^53, so
 * the plain product would lose them); `>>> 12` reads them unsigned. Every value is a multiple of
 * 1/1024 and the sums stay far below 2^53 / 1024, so the float64 sum is exact in any order.
 */
export function partialSum(lo: number, hi: number): [sum: number, count: number] {
  // Int32 bounds keep the loop counter an int32 in optimised code. Without the `| 0`, V8 may
  // type the bounds as float64 (they come from Math.floor) and run the loop about 1.7x slower,
  // in some processes and not others. Math.imul only reads i modulo 2^32 either way.
  if (hi <= 0x7fffffff) return partialSumInt32(lo | 0, hi | 0);
  let s = 0;
  let n = 0;
  for (let i = lo; i < hi; i++) {
    s += (Math.imul(i, 2654435761) >>> 12) / 1024;
    n++;
  }
  return [s, n];
}

function partialSumInt32(lo: number, hi: number): [sum: number, count: number] {
  let s = 0;
  let n = 0;
  for (let i = lo; i < hi; i = (i + 1) | 0) {
    s += (Math.imul(i, 2654435761) >>> 12) / 1024;
    n = (n + 1) | 0;
  }
  return [s, n];
}

/** Partition p of `parts` over n indices: [floor(p*n/parts), floor((p+1)*n/parts)). */
export function partitionRange(p: number, n: number, parts: number): [lo: number, hi: number] {
  return [Math.floor((p * n) / parts), Math.floor(((p + 1) * n) / parts)];
}

export const sumCountCombiner = {
  zero: (): [number, number] => [0, 0],
  add: (a: [number, number], r: [number, number]): [number, number] => {
    a[0] += r[0];
    a[1] += r[1];
    return a;
  },
  merge: (a: [number, number], b: [number, number]): [number, number] => {
    a[0] += b[0];
    a[1] += b[1];
    return a;
  },
};

// ---------- W5 blocked matrix multiply ----------

/**
 * A[i][j] = ((31i + 17j) mod 13) - 4 and B[i][j] = ((7i + 29j) mod 11) - 3, global indices.
 * Along a row the residue steps by 17 mod 13 (A) or 29 mod 11 (B): one add and one compare per
 * element instead of a division, so generating a block costs less than multiplying it.
 */
export function blockOf(which: "A" | "B", bi: number, bj: number, bs: number): Float64Array {
  const out = new Float64Array(bs * bs);
  const [ri, rj, mod, shift] = which === "A" ? [31, 17, 13, 4] : [7, 29, 11, 3];
  const step = rj % mod;
  for (let r = 0; r < bs; r++) {
    const i = bi * bs + r;
    let v = (ri * i + rj * bj * bs) % mod;
    const row = r * bs;
    for (let c = 0; c < bs; c++) {
      out[row + c] = v - shift;
      v += step;
      if (v >= mod) v -= mod;
    }
  }
  return out;
}

/**
 * C += A * B for bs x bs blocks: the SDK's kernel (`matmulBlock` from weft/kernels, WebAssembly
 * SIMD), the one the workflow and the baseline both run. The plain i-k-j loop it replaced ran
 * at about 1/25 of its speed on one core (bench/README.md, W5).
 */
export function multiplyInto(c: Float64Array, a: Float64Array, b: Float64Array, bs: number): void {
  matmulBlock(c, a, b, bs, bs, bs);
}

/** sum C[i][j] * (((3i + 5j) mod 7) + 1) over one block, global indices (the weight steps by 5 mod 7 along a row). */
export function blockChecksum(c: Float64Array, bi: number, bj: number, bs: number): number {
  let sum = 0;
  for (let r = 0; r < bs; r++) {
    const i = bi * bs + r;
    let w = (3 * i + 5 * bj * bs) % 7;
    const row = r * bs;
    for (let col = 0; col < bs; col++) {
      sum += c[row + col]! * (w + 1);
      w += 5;
      if (w >= 7) w -= 7;
    }
  }
  return sum;
}

// ---------- W6 pipeline locality ----------

/** source(p)[j] = (31j + 7p) & 255. */
export function sourceBuffer(p: number, bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const base = 7 * p;
  for (let j = 0; j < bytes; j++) out[j] = (31 * j + base) & 255;
  return out;
}

/** The XOR key of stage s (1-based): (37s + 11) & 255. */
export function stageKey(s: number): number {
  return (37 * s + 11) & 255;
}

/** Stage s: a NEW buffer, every byte XORed with the stage's key. */
export function xorStage(buf: Uint8Array, key: number): Uint8Array {
  const n = buf.length;
  const out = new Uint8Array(n);
  for (let j = 0; j < n; j++) out[j] = buf[j]! ^ key;
  return out;
}

/** digest(buf) = sum buf[j] * ((j mod 251) + 1). */
export function digest(buf: Uint8Array): number {
  let sum = 0;
  let w = 1;
  for (let j = 0; j < buf.length; j++) {
    sum += buf[j]! * w;
    if (++w === 252) w = 1;
  }
  return sum;
}

export const sumCombiner = {
  zero: (): number => 0,
  add: (a: number, x: number): number => a + x,
  merge: (a: number, b: number): number => a + b,
};
