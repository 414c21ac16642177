/**
 * What the shape of a keyed fold costs W3's words, in one process, no engine: the words of
 * `--files` corpus files (wordsOf) folded in batches of 256, as a worker's pipeline does, by:
 * - "pair": a Map from key to a `[key, acc]` pair updated in place (the fold before its slots),
 * - "slot": a Map from key to a slot, keys and accumulators in two arrays (key-fold.ts until
 *   string keys got a table of their own),
 * - "table": the same slots, a string key's slot found in the engine's string table
 *   (engine/worker/stages/string-slots.ts, key-fold.ts now),
 * - "getset": a Map from key to the accumulator, `get` then `set` (two lookups per record),
 * and "words" alone (the tokeniser, what every case pays). The key function and the combiner are
 * called as the engine calls them. Cases interleaved per round; CPU ms of this process per case.
 *
 *   node dist/bench/diagnostics/w3-fold-shape.js [--mb 64] [--files 4] [--rounds 7]
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseFlags } from "../runner/flags.js";
import { median, round } from "../runner/numbers.js";
import { StringSlots } from "../../engine/worker/stages/string-slots.js";
import { ensureCorpus } from "../workloads/corpus.js";
import { countCombiner, partFile, wordsOf } from "../workloads/kernels.js";

const BATCH = 256;
const keyOf = (w: string): string => w;

type Fold = (words: string[], lo: number, hi: number) => void;

const shapes: Record<string, () => Fold> = {
  pair: () => {
    const m = new Map<string, [string, number]>();
    return (ws, lo, hi) => {
      for (let j = lo; j < hi; j++) {
        const r = ws[j]!;
        const key = keyOf(r);
        const e = m.get(key);
        if (e !== undefined) e[1] = countCombiner.add(e[1], r);
        else m.set(key, [key, countCombiner.add(countCombiner.zero(), r)]);
      }
    };
  },
  slot: () => {
    const m = new Map<string, number>();
    const keys: string[] = [];
    const accs: number[] = [];
    return (ws, lo, hi) => {
      for (let j = lo; j < hi; j++) {
        const r = ws[j]!;
        const key = keyOf(r);
        const slot = m.get(key);
        if (slot !== undefined) accs[slot] = countCombiner.add(accs[slot]!, r);
        else {
          m.set(key, keys.length);
          keys.push(key);
          accs.push(countCombiner.add(countCombiner.zero(), r));
        }
      }
    };
  },
  table: () => {
    const keys: string[] = [];
    const slots = new StringSlots(keys);
    const accs: number[] = [];
    return (ws, lo, hi) => {
      for (let j = lo; j < hi; j++) {
        const r = ws[j]!;
        const key = keyOf(r);
        const slot = slots.get(key);
        if (slot >= 0) accs[slot] = countCombiner.add(accs[slot]!, r);
        else {
          keys.push(key);
          slots.add(key, keys.length - 1);
          accs.push(countCombiner.add(countCombiner.zero(), r));
        }
      }
    };
  },
  getset: () => {
    const m = new Map<string, number>();
    return (ws, lo, hi) => {
      for (let j = lo; j < hi; j++) {
        const r = ws[j]!;
        const key = keyOf(r);
        m.set(key, countCombiner.add(m.get(key) ?? countCombiner.zero(), r));
      }
    };
  },
  words: () => () => {},
};

function main(): void {
  const { values } = parseFlags(process.argv.slice(2), { mb: { kind: "whole", min: 1 }, files: { kind: "whole", min: 1 }, rounds: { kind: "whole", min: 1 } });
  const { mb, files, rounds } = { mb: 64, files: 4, rounds: 7, ...(values as Record<string, number>) };
  const maps = 8;
  if (files > maps) throw new Error(`--files must be at most ${maps}`);
  const corpus = ensureCorpus(mb, 1, maps);
  const texts = Array.from({ length: files }, (_, p) => readFileSync(join(corpus.dir, partFile(p)), "latin1"));
  const once = (shape: () => Fold): void => {
    for (const text of texts) {
      const ws = wordsOf(text);
      const fold = shape();
      for (let lo = 0; lo < ws.length; lo += BATCH) fold(ws, lo, Math.min(lo + BATCH, ws.length));
    }
  };
  const names = Object.keys(shapes);
  for (const n of names) once(shapes[n]!); // warm-up
  const ms = new Map<string, number[]>(names.map((n) => [n, []]));
  const load = [loadavg()[0]!];
  for (let r = 0; r < rounds; r++) {
    for (const n of r % 2 === 0 ? names : [...names].reverse()) {
      const c0 = process.cpuUsage();
      once(shapes[n]!);
      const c = process.cpuUsage(c0);
      ms.get(n)!.push((c.user + c.system) / 1000);
    }
  }
  load.push(loadavg()[0]!);
  const mbCounted = (mb / maps) * files;
  const cases = Object.fromEntries([...ms].map(([k, v]) => [k, { cpu_ms: round(median(v), 0), cpu_ms_per_mb: round(median(v) / mbCounted, 1) }]));
  process.stdout.write(JSON.stringify({ diagnostic: "w3-fold-shape", mb_counted: mbCounted, rounds, cases, load_1m: load }) + "\n");
}

main();
