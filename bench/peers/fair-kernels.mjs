// Kernels that make the peers (../shared/peers, plain Node and BullMQ) run what weft runs, so
// that a side-by-side figure compares engines, not kernels. side-by-side.mjs copies this file
// into the peers' copy as lib/fair-kernels.mjs and re-exports from it in place of the peers' own
// definitions in lib/common.mjs (the shared harness itself is never edited). Self-contained: it
// imports nothing, so lib/common.mjs can re-export it without a cycle.

// ---------- W3, the "words" kernel ----------
// weft's idiomatic word count (examples/wordcount.ts, bench/workloads/w3.ts) tokenises with
// `text.match(/[a-z]+/g)`: an array of every word, then one record per word. The peers' own
// kernel (a character scan counting as it goes, never holding the words) is the "scan" kernel;
// weft runs that one in bench/workloads/w3-scan.ts.
export function countWords(text, counts = new Map()) {
  for (const w of text.match(/[a-z]+/g) ?? []) counts.set(w, (counts.get(w) || 0) + 1);
  return counts;
}

// ---------- W4 ----------
// weft's bench kernel (bench/workloads/kernels.ts `partialSum`): the values are generated inside
// the summing loop, with int32 bounds, and no 1.2 MB Float64Array per partition. The peers'
// leaves call w4Partial(w4Partition(n, parts, p)); with these two they run the same loop.
export function w4Partition(n, parts, p) {
  const lo = Math.floor((p * n) / parts), hi = Math.floor(((p + 1) * n) / parts);
  return { lo, hi, length: hi - lo };
}
export function w4Partial({ lo, hi }) {
  let s = 0, count = 0;
  for (let i = lo | 0; i < (hi | 0); i = (i + 1) | 0) {
    s += (Math.imul(i, 2654435761) >>> 12) / 1024;
    count = (count + 1) | 0;
  }
  return { sum: s, count };
}
