/**
 * A microbenchmark behind the W3 analysis in bench/README.md: the engine's keyed map-side
 * combine (the per-record body of StageFlow.tailEmitter's keyed branch, with the engine's own
 * partitionOfKey and keyIdentity) against a plain Map count, over the words of 4 corpus files.
 *
 *   node dist/bench/micro-keyed.js [--mb 64] [--rounds 4]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { keyIdentity, partitionOfKey } from "../engine/core/record-keys.js";
import { ensureCorpus } from "./corpus.js";
import { countCombiner, partFile, wordsOf } from "./workloads/kernels.js";

type Entry = [unknown, number];

function main(argv: string[]): void {
  const mb = Number(argv[argv.indexOf("--mb") + 1] || 64) || 64;
  const rounds = Number(argv[argv.indexOf("--rounds") + 1] || 4) || 4;
  const corpus = ensureCorpus(mb, 1, 8);
  const lists = [0, 1, 2, 3].map((p) => wordsOf(readFileSync(join(corpus.dir, partFile(p)), "latin1")));
  const parts = 8;
  const keyOf = (w: string) => w;
  const combiner = countCombiner;
  const variants: Record<string, () => number> = {
    // The baseline's kernel.
    plain: () => {
      const m = new Map<string, number>();
      for (const ws of lists) for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
      return m.size;
    },
    // As engine/worker/stage-flow.ts does it today: hash and identity per record, one map per target partition.
    engine: () => {
      let n = 0;
      for (const ws of lists) {
        const maps = Array.from({ length: parts }, () => new Map<unknown, Entry>());
        const sink = (r: string) => {
          const key = keyOf(r);
          const map = maps[partitionOfKey(key, parts)]!;
          const id = keyIdentity(key);
          const entry = map.get(id);
          if (entry) entry[1] = combiner.add(entry[1], r);
          else map.set(id, [key, combiner.add(combiner.zero(), r)]);
        };
        for (const w of ws) sink(w);
        n += maps.reduce((a, m) => a + m.size, 0);
      }
      return n;
    },
    // Proposed: one map per producer partition, the target partition computed per distinct key at flush.
    hashAtFlush: () => {
      let n = 0;
      for (const ws of lists) {
        const acc = new Map<unknown, Entry>();
        for (const r of ws) {
          const key = keyOf(r);
          const id = keyIdentity(key);
          const entry = acc.get(id);
          if (entry) entry[1] = combiner.add(entry[1], r);
          else acc.set(id, [key, combiner.add(combiner.zero(), r)]);
        }
        const maps = Array.from({ length: parts }, () => new Map<unknown, Entry>());
        for (const [id, e] of acc) maps[partitionOfKey(e[0], parts)]!.set(id, e);
        n += acc.size;
      }
      return n;
    },
    // Proposed, for primitive keys: accumulators stored directly, no identity, no tuple.
    directAtFlush: () => {
      let n = 0;
      for (const ws of lists) {
        const acc = new Map<string, number>();
        for (const r of ws) {
          const key = keyOf(r);
          const a = acc.get(key);
          acc.set(key, combiner.add(a === undefined ? combiner.zero() : a, r));
        }
        const maps = Array.from({ length: parts }, () => new Map<string, number>());
        for (const [k, a] of acc) maps[partitionOfKey(k, parts)]!.set(k, a);
        n += acc.size;
      }
      return n;
    },
  };
  const tokens = lists.reduce((a, l) => a + l.length, 0);
  const times: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, f] of Object.entries(variants)) {
      const t0 = performance.now();
      f();
      (times[name] ??= []).push(performance.now() - t0);
    }
  }
  for (const [name, ts] of Object.entries(times)) {
    const s = [...ts].sort((a, b) => a - b);
    process.stdout.write(`${name.padEnd(14)} median ${s[s.length >> 1]!.toFixed(0)} ms over ${tokens} tokens (${((1e6 * s[s.length >> 1]!) / tokens).toFixed(0)} ns/token); rounds ${ts.map((t) => t.toFixed(0)).join(", ")}\n`);
  }
}

main(process.argv.slice(2));
