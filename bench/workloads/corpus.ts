/**
 * The W3 corpus (see docs/workloads.md, "The W3 corpus"): deterministic from
 * (mb, seed), written as `maps` files part-00.txt … with a manifest.json holding the exact
 * answer (bytes, tokens, distinct, checksum, top 20).
 *
 *   node dist/bench/workloads/corpus.js [--mb 64] [--seed 1] [--maps 8] [--dir DIR] [--force]
 *
 * prints the manifest as one JSON line. The benchmark calls ensureCorpus(), which generates a
 * corpus once and reuses it: it is cached under bench/out/corpus/mb<mb>-seed<seed>-maps<maps>/
 * (bench/out/ is git-ignored), written to a temporary directory and renamed into place, the
 * manifest last, so a half-written corpus is never used and concurrent runs do not collide.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFlags, UsageError } from "../runner/flags.js";
import { fnv1a32, partFile, summaryCombiner, TOP, type WordSummary } from "./kernels.js";

export const VOCABULARY = 50_000;
const WORDS_PER_LINE = 12;
const MANIFEST_VERSION = 1;

export interface CorpusManifest extends WordSummary {
  version: number;
  mb: number;
  seed: number;
  maps: number;
  /** Total bytes of all files. */
  bytes: number;
  files: { name: string; bytes: number }[];
}

export interface Corpus {
  dir: string;
  files: string[];
  manifest: CorpusManifest;
  /** True when this call generated it (false: it was cached). */
  generated: boolean;
  /** Seconds spent generating (0 when cached). */
  seconds: number;
}

/** mulberry32, as the spec gives it. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates the corpus in memory: the text of each file and the exact answer. */
export function generateCorpus(mb: number, seed: number, maps: number): { texts: string[]; manifest: CorpusManifest } {
  if (!(mb > 0) || !Number.isInteger(seed) || !Number.isInteger(maps) || maps < 1) throw new Error(`bad corpus parameters: mb ${mb}, seed ${seed}, maps ${maps}`);
  const rand = mulberry32(seed);
  // Vocabulary: rank k (1-based) is the k-th distinct word drawn.
  const vocab: string[] = [];
  const seen = new Set<string>();
  while (vocab.length < VOCABULARY) {
    const len = 3 + Math.floor(rand() * 8);
    let w = "";
    for (let i = 0; i < len; i++) w += String.fromCharCode(97 + Math.floor(rand() * 26));
    if (seen.has(w)) continue;
    seen.add(w);
    vocab.push(w);
  }
  // Zipf, s = 1: the CDF of 1/k, normalised.
  const cdf = new Float64Array(VOCABULARY);
  let acc = 0;
  for (let k = 1; k <= VOCABULARY; k++) {
    acc += 1 / k;
    cdf[k - 1] = acc;
  }
  for (let k = 0; k < VOCABULARY; k++) cdf[k] = cdf[k]! / acc;
  const draw = (): number => {
    // The first rank whose CDF is >= u.
    const u = rand();
    let lo = 0;
    let hi = VOCABULARY - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! >= u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const counts = new Float64Array(VOCABULARY);
  const target = Math.floor((mb * 2 ** 20) / maps);
  const texts: string[] = [];
  const files: { name: string; bytes: number }[] = [];
  let bytes = 0;
  for (let p = 0; p < maps; p++) {
    const lines: string[] = [];
    let size = 0;
    while (size < target) {
      let line = "";
      for (let i = 0; i < WORDS_PER_LINE; i++) {
        const r = draw();
        counts[r]!++;
        line += i === 0 ? vocab[r]! : " " + vocab[r]!;
      }
      line += "\n";
      size += line.length; // ASCII: one byte per character
      lines.push(line);
    }
    texts.push(lines.join(""));
    files.push({ name: partFile(p), bytes: size });
    bytes += size;
  }
  const summary = summaryCombiner.zero();
  for (let r = 0; r < VOCABULARY; r++) if (counts[r]! > 0) summaryCombiner.add(summary, [vocab[r]!, counts[r]!]);
  return { texts, manifest: { version: MANIFEST_VERSION, mb, seed, maps, bytes, files, ...summary } };
}

/** Where corpora are cached: bench/out/corpus (resolved from dist/bench/workloads/corpus.js or bench/workloads/corpus.ts). */
export function defaultCorpusRoot(): string {
  return fileURLToPath(new URL(import.meta.url.includes("/dist/bench/") ? "../../../bench/out/corpus/" : "../out/corpus/", import.meta.url));
}

function readManifest(dir: string, mb: number, seed: number, maps: number): CorpusManifest | undefined {
  const file = join(dir, "manifest.json");
  if (!existsSync(file)) return undefined;
  try {
    const m = JSON.parse(readFileSync(file, "utf8")) as CorpusManifest;
    if (m.version !== MANIFEST_VERSION || m.mb !== mb || m.seed !== seed || m.maps !== maps) return undefined;
    // The files must still be there, whole.
    for (const f of m.files) if (statSync(join(dir, f.name), { throwIfNoEntry: false })?.size !== f.bytes) return undefined;
    return m;
  } catch {
    return undefined;
  }
}

/** The corpus for (mb, seed, maps), generated once and cached on disk. */
export function ensureCorpus(mb: number, seed: number, maps: number, opts: { root?: string; force?: boolean } = {}): Corpus {
  const root = opts.root ?? defaultCorpusRoot();
  const dir = join(root, `mb${mb}-seed${seed}-maps${maps}`);
  const cached = opts.force ? undefined : readManifest(dir, mb, seed, maps);
  if (cached) return { dir, files: cached.files.map((f) => join(dir, f.name)), manifest: cached, generated: false, seconds: 0 };
  const t0 = performance.now();
  const { texts, manifest } = generateCorpus(mb, seed, maps);
  mkdirSync(root, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  texts.forEach((t, p) => writeFileSync(join(tmp, partFile(p)), t, "latin1"));
  writeFileSync(join(tmp, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(tmp, dir);
  } catch (err) {
    // Another process renamed its copy first: use that one if it is whole.
    rmSync(tmp, { recursive: true, force: true });
    const theirs = readManifest(dir, mb, seed, maps);
    if (!theirs) throw err;
  }
  return { dir, files: manifest.files.map((f) => join(dir, f.name)), manifest, generated: true, seconds: (performance.now() - t0) / 1000 };
}

/** Compares a W3 answer with the manifest, exactly (tokens, distinct, checksum, top 20). */
export function sameAnswer(a: WordSummary, m: WordSummary): boolean {
  if (!a || a.tokens !== m.tokens || a.distinct !== m.distinct || a.checksum !== m.checksum) return false;
  if (!Array.isArray(a.top) || a.top.length !== Math.min(TOP, m.top.length)) return false;
  return a.top.every(([w, c], i) => w === m.top[i]![0] && c === m.top[i]![1]);
}

export { fnv1a32 };

const USAGE = "usage: node dist/bench/workloads/corpus.js [--mb 64] [--seed 1] [--maps 8] [--dir DIR] [--force]";

function cli(argv: string[]): number {
  let values;
  try {
    ({ values } = parseFlags(argv, { mb: { kind: "whole", min: 1 }, seed: { kind: "whole", min: 0 }, maps: { kind: "whole", min: 1 }, dir: { kind: "text" }, force: { kind: "switch" } }));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`corpus: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  const num = (k: string, d: number) => (typeof values[k] === "number" ? (values[k] as number) : d);
  const dir = typeof values.dir === "string" ? values.dir : undefined;
  const c = ensureCorpus(num("mb", 64), num("seed", 1), num("maps", 8), { ...(dir ? { root: dir } : {}), force: values.force === true });
  process.stderr.write(`corpus: ${c.generated ? `generated in ${c.seconds.toFixed(2)} s` : "cached"} at ${c.dir}\n`);
  process.stdout.write(JSON.stringify({ dir: c.dir, ...c.manifest }) + "\n");
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = cli(process.argv.slice(2));
