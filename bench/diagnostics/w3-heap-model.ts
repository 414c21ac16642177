/**
 * Diagnosis only: what a W3 worker's heap settings and the order of its partitions cost the
 * words kernel, with no engine. One child process per case counts `--files` of the corpus
 * (wordsOf, then a Map count per word, the fold of key-fold.ts in its simplest form) and reports its own CPU time
 * (all threads: the parallel scavenger's too), so a loaded machine's wait for a core is not in
 * it. Cases, interleaved in each round: node's default young generation (16 MB semi-space) and
 * the workers' (engine/client/worker-node-flags.ts), each with the files counted one after the
 * other ("seq", as the CPU turn runs them) or two at a time slice by slice ("inter", as two
 * slots did before it). Prints one JSON line: per case, the median CPU ms and ms per MB.
 *
 *   node dist/bench/diagnostics/w3-heap-model.js [--mb 64] [--files 4] [--rounds 3]
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { WORKER_SEMI_SPACE_MB } from "../../engine/client/worker-node-flags.js";
import { parseFlags } from "../runner/flags.js";
import { median, round } from "../runner/numbers.js";
import { ensureCorpus } from "../workloads/corpus.js";
import { partFile, wordsOf } from "../workloads/kernels.js";

/** Words counted between switches in "inter": about one 5 ms slice of this kernel. */
const SLICE_WORDS = 20_000;

type Entry = [string, number];

function countInto(counts: Map<string, Entry>, words: string[], lo: number, hi: number): void {
  for (let i = lo; i < hi; i++) {
    const w = words[i]!;
    const e = counts.get(w);
    if (e !== undefined) e[1]++;
    else counts.set(w, [w, 1]);
  }
}

/** The child: counts the texts `reps` + 1 times (the first warms up); prints the CPU ms of each timed one. */
function child(dir: string, files: number, order: string, reps: number): void {
  const texts = Array.from({ length: files }, (_, p) => readFileSync(join(dir, partFile(p)), "latin1"));
  const once = (): number => {
    const counts = [new Map<string, Entry>(), new Map<string, Entry>()];
    for (let f = 0; f < files; f += order === "seq" ? 1 : 2) {
      if (order === "seq" || f + 1 >= files) {
        const ws = wordsOf(texts[f]!);
        countInto(counts[0]!, ws, 0, ws.length);
        continue;
      }
      const a = wordsOf(texts[f]!);
      const b = wordsOf(texts[f + 1]!);
      for (let lo = 0; lo < Math.max(a.length, b.length); lo += SLICE_WORDS) {
        countInto(counts[0]!, a, lo, Math.min(lo + SLICE_WORDS, a.length));
        countInto(counts[1]!, b, lo, Math.min(lo + SLICE_WORDS, b.length));
      }
    }
    return counts[0]!.size + counts[1]!.size;
  };
  once();
  const ms: number[] = [];
  for (let r = 0; r < reps; r++) {
    const c0 = process.cpuUsage();
    once();
    const c = process.cpuUsage(c0);
    ms.push((c.user + c.system) / 1000);
  }
  process.stdout.write(JSON.stringify(ms) + "\n");
}

function parent(argv: string[]): void {
  const { values } = parseFlags(argv, { mb: { kind: "whole", min: 1 }, files: { kind: "whole", min: 1 }, rounds: { kind: "whole", min: 1 } });
  const { mb, files, rounds } = { mb: 64, files: 4, rounds: 3, ...(values as Record<string, number>) };
  const maps = 8;
  if (files > maps) throw new Error(`--files must be at most ${maps}`);
  const corpus = ensureCorpus(mb, 1, maps);
  const fileMb = (mb / maps) * files;
  const cases = ["16", String(WORKER_SEMI_SPACE_MB)].flatMap((semi) => ["seq", "inter"].map((order) => ({ semi, order })));
  const ms = new Map<string, number[]>(cases.map((c) => [`semi${c.semi}-${c.order}`, []]));
  const load = [loadavg()[0]!];
  for (let r = 0; r < rounds; r++) {
    for (const c of r % 2 === 0 ? cases : [...cases].reverse()) {
      const self = fileURLToPath(import.meta.url);
      const out = spawnSync(process.execPath, [`--max-semi-space-size=${c.semi}`, self, "--child", corpus.dir, String(files), c.order, "2"], { encoding: "utf8" });
      if (out.status !== 0) throw new Error(`case ${JSON.stringify(c)} failed: ${out.stderr}`);
      ms.get(`semi${c.semi}-${c.order}`)!.push(...(JSON.parse(out.stdout) as number[]));
      process.stderr.write(`w3-heap-model: round ${r + 1}/${rounds} semi ${c.semi} MB ${c.order}\n`);
    }
  }
  load.push(loadavg()[0]!);
  const result = Object.fromEntries([...ms].map(([k, v]) => [k, { cpu_ms: round(median(v), 0), cpu_ms_per_mb: round(median(v) / fileMb, 1) }]));
  process.stdout.write(JSON.stringify({ diagnostic: "w3-heap-model", mb_counted: fileMb, rounds, cases: result, load_1m: load }) + "\n");
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") child(argv[1]!, Number(argv[2]), argv[3]!, Number(argv[4]));
else parent(argv);
