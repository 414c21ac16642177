/**
 * End to end, record-style dataflow: the three examples (wordcount, matmul, sgd) against plain
 * single-process computations written here, bad input for record nodes (fixtures in
 * test/fixtures/dataflow-*.ts), locality vs round-robin placement on a real cluster, and
 * `weft graph`. Spawns the COMPILED CLI (`node bin/weft.js`): build first (`npm run -s build`).
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Bus, connectNatsBus, type NatsServerProcess } from "../../engine/internal.js";
import { ITERATIONS, shard } from "../../examples/sgd.js";
import { describeResult, parseLogLines, runCli, startCli, stopAll, type CliProcess, type CliResult, type LogLine } from "../helpers/cli.js";
import { hasNatsServer, startNats } from "../helpers/nats.js";

// ---------- helpers ----------

interface Edge {
  from: string;
  to: string;
  records: number;
  nats_msgs: number;
  nats_bytes: number;
  local_records: number;
  local_bytes: number;
}

interface RunData {
  nats_msgs: number;
  nats_bytes: number;
  local_bytes: number;
}

/** The run's terminal line (succeeded, failed or cancelled). */
function finalRunLine(r: CliResult): LogLine {
  const lines = parseLogLines(r.stderr).filter((l) => l.type === "run" && ["succeeded", "failed", "cancelled"].includes(String(l.to)));
  const last = lines[lines.length - 1];
  assert.ok(last, `no terminal run line on stderr\n${describeResult(r)}`);
  return last;
}

function edgesOf(line: LogLine): Edge[] {
  assert.ok(Array.isArray(line.edges), `the run line has no edges: ${JSON.stringify(line)}`);
  return line.edges as Edge[];
}

function edge(line: LogLine, from: string, to: string): Edge {
  const e = edgesOf(line).find((x) => x.from === from && x.to === to);
  assert.ok(e, `no edge ${from}->${to} on the run line: ${JSON.stringify(line.edges)}`);
  return e;
}

/** Runs the CLI and asserts exit 0; returns the parsed result and the terminal run line. */
async function runOk<T = unknown>(args: string[], timeoutMs = 30_000): Promise<{ result: T; line: LogLine; r: CliResult }> {
  const r = await runCli(args, { timeoutMs });
  assert.equal(r.code, 0, describeResult(r));
  const result = JSON.parse(r.stdout) as T;
  return { result, line: finalRunLine(r), r };
}

/** Runs the CLI expecting a failure with `code`, stderr matching every pattern, nothing on stdout. */
async function runFails(args: string[], code: number, patterns: RegExp[], timeoutMs = 30_000): Promise<CliResult> {
  const r = await runCli(args, { timeoutMs });
  assert.equal(r.code, code, `expected exit ${code}\n${describeResult(r)}`);
  for (const p of patterns) assert.match(r.stderr, p, `stderr should match ${p}\n${describeResult(r)}`);
  assert.equal(r.stdout, "", `nothing on stdout\n${describeResult(r)}`);
  return r;
}

/** mulberry32. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- wordcount: corpus and reference ----------

interface WordcountResult {
  tokens: number;
  distinct: number;
  top: [string, number][];
}

/** Writes a seeded random corpus plus edge-case files into `dir`; returns the text files' total bytes. */
function writeCorpus(dir: string, seed: number, files: number, bytesPerFile: number): number {
  const rand = prng(seed);
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const vocab = Array.from({ length: 1500 }, () => {
    const len = 1 + Math.floor(rand() * 9);
    let w = "";
    for (let i = 0; i < len; i++) w += letters[Math.floor(rand() * 26)]!;
    return w;
  });
  const seps = [" ", " ", " ", " ", "\t", "\n", ", ", ". ", "! ", "? ", "; ", " - ", " (", ") ", ' "', '" ', "'", " 42 ", "7", "_", "  \t "];
  let total = 0;
  for (let f = 0; f < files; f++) {
    const parts: string[] = [];
    let size = 0;
    while (size < bytesPerFile) {
      // Zipf-ish: a few words are very frequent.
      let w = vocab[Math.floor(vocab.length * rand() ** 3)]!;
      const c = rand();
      if (c < 0.1) w = w.toUpperCase();
      else if (c < 0.25) w = w[0]!.toUpperCase() + w.slice(1);
      else if (c < 0.28) w = [...w].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch)).join("");
      const s = seps[Math.floor(rand() * seps.length)]!;
      parts.push(w, s);
      size += w.length + s.length;
    }
    const text = parts.join("");
    writeFileSync(join(dir, `part-${String(f).padStart(2, "0")}.txt`), text);
    total += Buffer.byteLength(text);
  }
  const edge =
    "Don't\tSTOP\t\tbelieving123again\nIt's O'Brien's 2nd-to-last e-mail...\r\nALLCAPS MiXeD mixed\tMIXED\n" +
    "café naïve ÉCOLE Zürich\u00a0nbsp 3.14159 x2y3z\n\n'quoted' \"double\" [brackets] {braces} <angle> a/b/c under_score\n";
  writeFileSync(join(dir, "edge-cases.txt"), edge);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "only-digits.txt"), "123 456\t789 --- !!! 0\n");
  return total + Buffer.byteLength(edge) + 22;
}

/** The text files of a directory, as the spec reads them (every regular file). */
function filesIn(dir: string, filter: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir)
    .filter(filter)
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** Plain single-process word count: words are runs of [a-z]+ after lower-casing. */
function countWords(files: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of files) {
    const text = readFileSync(f, "utf8").toLowerCase();
    for (const w of text.match(/[a-z]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

function expectedWordcount(counts: Map<string, number>, top: number): WordcountResult {
  let tokens = 0;
  for (const n of counts.values()) tokens += n;
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { tokens, distinct: counts.size, top: sorted.slice(0, top) };
}

// ---------- matmul reference ----------

/** The checksum of C = A * B, with A, B and the weights defined on global indices, by a plain triple loop. */
function matmulChecksum(n: number): number {
  const A = (i: number, j: number) => ((31 * i + 17 * j) % 13) - 4;
  const B = (i: number, j: number) => ((7 * i + 29 * j) % 11) - 3;
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => A(i, j)));
  const b = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => B(i, j)));
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const ai = a[i]!;
    for (let j = 0; j < n; j++) {
      let c = 0;
      for (let k = 0; k < n; k++) c += ai[k]! * b[k]![j]!;
      sum += c * (((3 * i + 5 * j) % 7) + 1);
    }
  }
  return sum;
}

// ---------- sgd reference ----------

interface SgdInput {
  points?: number;
  features?: number;
  partitions?: number;
  rate?: number;
  seed?: number;
}

interface SgdResult {
  iterations: number;
  losses: number[];
  weights: number[];
}

/** Full-batch logistic-regression gradient descent over every shard, in one process. */
function sgdReference(input: SgdInput): SgdResult {
  const d = input.features ?? 10;
  const parts = input.partitions ?? 8;
  const rate = input.rate ?? 0.5;
  let w = new Array<number>(d).fill(0);
  const losses: number[] = [];
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array<number>(d).fill(0);
    let loss = 0;
    let count = 0;
    for (let p = 0; p < parts; p++) {
      const { x, y } = shard(input, p);
      for (let i = 0; i < x.length; i++) {
        const row = x[i]!;
        let z = 0;
        for (let j = 0; j < d; j++) z += row[j]! * w[j]!;
        const prob = 1 / (1 + Math.exp(-z));
        const label = y[i]!;
        for (let j = 0; j < d; j++) grad[j]! += (prob - label) * row[j]!;
        loss += label ? -Math.log(Math.max(prob, 1e-12)) : -Math.log(Math.max(1 - prob, 1e-12));
        count++;
      }
    }
    losses.push(loss / count);
    w = w.map((v, j) => v - (rate * grad[j]!) / count);
  }
  return { iterations: ITERATIONS, losses, weights: w };
}

function assertClose(got: number[], want: number[], tol: number, what: string): void {
  assert.equal(got.length, want.length, `${what}: length`);
  got.forEach((g, i) => assert.ok(Math.abs(g - want[i]!) <= tol, `${what}[${i}]: got ${g}, want ${want[i]} (tolerance ${tol})`));
}

// ---------- a cluster with a chosen placement ----------

interface PlacedCluster {
  url: string;
  stop(): Promise<void>;
}

/** nats-server, `weft coordinator --placement P` and two workers; waits until every worker has sent a heartbeat. */
async function startPlacedCluster(placement: "locality" | "round-robin", workerNames = ["wa", "wb"]): Promise<PlacedCluster> {
  const nats: NatsServerProcess = await startNats();
  const procs: CliProcess[] = [];
  let bus: Bus | undefined;
  const stop = async () => {
    await stopAll(procs);
    await bus?.close().catch(() => {});
    await nats.stop().catch(() => {});
  };
  try {
    bus = await connectNatsBus(nats.url, { name: "weft-e2e-dataflow" });
    const heard = new Set<string>();
    const sub = bus.subscribe("weft.v1.worker.*.heartbeat", (m) => {
      const name = m.subject.split(".")[3];
      if (name) heard.add(name);
    });
    const coordinator = startCli(["coordinator", "--nats", nats.url, "--placement", placement]);
    procs.push(coordinator);
    await coordinator.waitForStderr(/active on/, 20_000);
    for (const name of workerNames) procs.push(startCli(["worker", "--nats", nats.url, "--name", name]));
    const deadline = Date.now() + 20_000;
    while (!workerNames.every((n) => heard.has(n))) {
      const dead = procs.find((p) => !p.running());
      if (dead) throw new Error(`\`weft ${dead.args.join(" ")}\` exited during start-up\n${dead.stderr()}`);
      if (Date.now() > deadline) throw new Error(`workers sent no heartbeat within 20 s`);
      await new Promise((r) => setTimeout(r, 25));
    }
    sub.unsubscribe();
    return { url: nats.url, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

// ---------- the tests ----------

describe("e2e: dataflow", function () {
  this.timeout(60_000);
  let tmp: string;
  let corpus: string;
  let corpusBytes: number;
  let allCounts: Map<string, number>;
  let textFiles: number;

  before(function () {
    if (!hasNatsServer()) this.skip();
    tmp = mkdtempSync(join(tmpdir(), "weft-e2e-dataflow-"));
    corpus = join(tmp, "corpus");
    mkdirSync(corpus);
    corpusBytes = writeCorpus(corpus, 20240611, 7, 60_000);
    allCounts = countWords(filesIn(corpus));
    textFiles = filesIn(corpus).length;
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  describe("examples/wordcount.ts", function () {
    it("the generated corpus is what the tests think it is (sanity of the reference)", () => {
      assert.equal(textFiles, 10);
      assert.ok(corpusBytes > 400_000, `corpus of ${corpusBytes} bytes`);
      const edge = countWords([join(corpus, "edge-cases.txt")]);
      // Apostrophes, digits, tabs and case split and merge words as the spec says.
      assert.equal(edge.get("don"), 1);
      assert.equal(edge.get("t"), 1);
      assert.equal(edge.get("believing"), 1);
      assert.equal(edge.get("again"), 1);
      assert.equal(edge.get("mixed"), 3);
      assert.equal(edge.get("s"), 2);
      assert.equal(edge.get("caf"), 1);
      assert.equal(countWords([join(corpus, "only-digits.txt")]).size, 0);
    });

    for (const [maps, reduces, top] of [
      [3, 2, 25],
      [16, 1, 40], // more maps than files; a single reduce partition
      [4, 5, 1_000_000], // the whole table, every count compared
    ] as const) {
      it(`maps=${maps}, reduces=${reduces}, top=${top}: equals a single-process count; accounting on the run line`, async () => {
        const { result, line } = await runOk<WordcountResult>([
          "run",
          "examples/wordcount.ts",
          "--input",
          JSON.stringify({ input: corpus, maps, reduces, top }),
        ]);
        const want = expectedWordcount(allCounts, top);
        assert.equal(result.tokens, want.tokens, "tokens");
        assert.equal(result.distinct, want.distinct, "distinct");
        assert.deepEqual(result.top, want.top, "top");
        assert.ok(want.distinct > 1000 && want.tokens > 50_000, `a real corpus: ${want.distinct} words, ${want.tokens} tokens`);

        // read -> words: fused on one worker, in memory: one record per file, nothing over NATS.
        const rw = edge(line, "read", "words");
        assert.equal(rw.nats_bytes, 0, `read->words over NATS: ${JSON.stringify(rw)}`);
        assert.equal(rw.nats_msgs, 0);
        assert.equal(rw.local_records, textFiles, `read->words local records: ${JSON.stringify(rw)}`);
        // words -> count: a shuffle, combined per worker: each worker sends each word at most once.
        const wc = edge(line, "words", "count");
        const sent = wc.records + wc.local_records;
        assert.ok(sent >= want.distinct && sent <= 2 * want.distinct, `words->count entries ${sent} for ${want.distinct} distinct words: ${JSON.stringify(wc)}`);
        assert.ok(wc.nats_msgs >= 1 && wc.nats_msgs <= 2, `one message per (sender, receiver) worker pair: ${JSON.stringify(wc)}`);
        assert.ok(wc.nats_bytes > 0);
        // count -> gather: every distinct word exactly once.
        const cg = edge(line, "count", "gather");
        assert.equal(cg.records + cg.local_records, want.distinct, `count->gather: ${JSON.stringify(cg)}`);
        const data = line.data as RunData;
        assert.ok(data.nats_bytes > 0 && data.nats_bytes < corpusBytes * 0.3, `NATS bytes ${data.nats_bytes} for an input of ${corpusBytes} bytes`);
        assert.ok(wc.nats_bytes < corpusBytes * 0.15, `shuffle bytes ${wc.nats_bytes} for an input of ${corpusBytes} bytes`);
      });
    }

    it("a glob input (DIR/*.txt) reads only the matching files", async () => {
      const dir = join(tmp, "glob");
      mkdirSync(dir);
      writeFileSync(join(dir, "a.txt"), "Alpha beta\tGAMMA alpha\n");
      writeFileSync(join(dir, "b.txt"), "beta, beta; delta's 99 alpha!\n");
      writeFileSync(join(dir, "c.TXT"), "uppercase extension: not matched zeta zeta zeta zeta\n");
      writeFileSync(join(dir, "notes.md"), "zeta zeta zeta zeta zeta\n");
      writeFileSync(join(dir, "a.txt.bak"), "zeta zeta zeta\n");
      writeFileSync(join(dir, "txt"), "zeta\n");
      mkdirSync(join(dir, "nested.txt")); // a directory that matches the pattern: skipped
      writeFileSync(join(dir, "nested.txt", "inner.txt"), "zeta\n");
      const { result } = await runOk<WordcountResult>([
        "run",
        "examples/wordcount.ts",
        "--input",
        JSON.stringify({ input: `${dir}/*.txt`, maps: 3, reduces: 2, top: 10 }),
      ]);
      const want = expectedWordcount(countWords(filesIn(dir, (f) => /^.*\.txt$/.test(f))), 10);
      assert.deepEqual(result, want);
      assert.deepEqual(result, {
        tokens: 9,
        distinct: 5,
        top: [
          ["alpha", 3],
          ["beta", 3],
          ["delta", 1],
          ["gamma", 1],
          ["s", 1],
        ],
      });
    });

    it("UTF-8 text: lower-casing follows Unicode (K, the Kelvin sign, is k; accented letters split words)", async () => {
      const dir = join(tmp, "unicode");
      mkdirSync(dir);
      writeFileSync(join(dir, "u.txt"), "The \u212Aelvin sign, \u00C9cole caf\u00E9 CAFE na\u00EFve \u5B57 zone\n");
      const { result } = await runOk<WordcountResult>(["run", "examples/wordcount.ts", "--input", JSON.stringify({ input: dir, maps: 2, reduces: 2, top: 50 })]);
      assert.deepEqual(result, expectedWordcount(countWords(filesIn(dir)), 50));
      assert.ok(result.top.some(([w]) => w === "kelvin"), JSON.stringify(result));
    });

    it("globs across directories (*, ? and **) count exactly the files they name; hidden files only when named", async () => {
      const root = join(tmp, "glob-tree");
      const files: Record<string, string> = {
        "a/part-1.txt": "Alpha beta\nbeta\n",
        "b/part-2.txt": "gamma GAMMA gamma\n",
        "b/deep/part-3.txt": "delta\n",
        "b/notes.md": "epsilon\n",
        "b/.hidden.txt": "zeta\n",
        "top.txt": "eta\n",
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(root, path, ".."), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      symlinkSync(root, join(root, "b", "deep", "up")); // a link back up: "**" must not loop through it
      const expect = async (glob: string, names: string[]) => {
        const { result } = await runOk<WordcountResult>(["run", "examples/wordcount.ts", "--input", JSON.stringify({ input: join(root, glob), maps: 3, reduces: 2, top: 10 })]);
        assert.deepEqual(result, expectedWordcount(countWords(names.map((n) => join(root, n))), 10), glob);
      };
      await expect("*/part-?.txt", ["a/part-1.txt", "b/part-2.txt"]);
      await expect("**/*.txt", ["a/part-1.txt", "b/part-2.txt", "b/deep/part-3.txt", "top.txt"]);
      await expect("b/.*", ["b/.hidden.txt"]);
      await expect("b", ["b/part-2.txt", "b/notes.md"]);
    });

    it("an empty directory gives the empty result", async () => {
      const dir = join(tmp, "empty-dir");
      mkdirSync(dir);
      const { result, line } = await runOk<WordcountResult>([
        "run",
        "examples/wordcount.ts",
        "--input",
        JSON.stringify({ input: dir, maps: 4, reduces: 3, top: 20 }),
      ]);
      assert.deepEqual(result, { tokens: 0, distinct: 0, top: [] });
      assert.equal(line.to, "succeeded");
    });

    it("a missing input, a path that does not exist or a bad count: exit 1, saying which and what to give", async () => {
      await runFails(["run", "examples/wordcount.ts", "--input", JSON.stringify({ maps: 2 })], 1, [/"input" must name the text files: a directory, a file or a glob/]);
      await runFails(["run", "examples/wordcount.ts", "--input", JSON.stringify({ input: join(tmp, "no-such-dir") })], 1, [/no-such-dir does not exist/]);
      await runFails(["run", "examples/wordcount.ts", "--input", JSON.stringify({ input: corpus, reduces: 0 })], 1, [/"reduces" must be a whole number >= 1, got 0/]);
      // An entry the input names but that cannot be read (a dangling link) is an error, not a silent skip.
      const dangling = join(tmp, "dangling-dir");
      mkdirSync(dangling);
      symlinkSync(join(tmp, "nowhere.txt"), join(dangling, "gone.txt"));
      await runFails(["run", "examples/wordcount.ts", "--input", JSON.stringify({ input: dangling })], 1, [/cannot read .*gone\.txt: remove it, or name the files with a glob that leaves it out/]);
    });

    it("--workers 1 and --workers 2 give identical results", async () => {
      const input = JSON.stringify({ input: corpus, maps: 5, reduces: 3, top: 30 });
      const [one, two] = await Promise.all([
        runOk<WordcountResult>(["run", "examples/wordcount.ts", "--workers", "1", "--input", input], 40_000),
        runOk<WordcountResult>(["run", "examples/wordcount.ts", "--workers", "2", "--input", input], 40_000),
      ]);
      assert.deepEqual(one.result, two.result);
      assert.deepEqual(one.result, expectedWordcount(allCounts, 30));
      // One worker: nothing crosses NATS at all.
      const data = one.line.data as RunData;
      assert.equal(data.nats_bytes, 0, `one worker, NATS bytes: ${JSON.stringify(one.line.data)}`);
      assert.ok((two.line.data as RunData).nats_bytes > 0);
    });
  });

  describe("examples/matmul.ts", function () {
    for (const [n, bs] of [
      [128, 32],
      [96, 48],
      [100, 30], // ragged: the last row and column of blocks are 10 wide
      [37, 64], // one block, smaller than bs
    ] as const) {
      it(`n=${n}, bs=${bs}: the checksum equals a plain triple loop's`, async () => {
        const { result } = await runOk<{ n: number; bs: number; checksum: number }>([
          "run",
          "examples/matmul.ts",
          "--input",
          JSON.stringify({ n, bs }),
        ]);
        const want = matmulChecksum(n);
        assert.deepEqual(result, { n, bs, checksum: want });
      });
    }

    it("bs=0 fails with exit 1 and says what n and bs must be", async () => {
      await runFails(["run", "examples/matmul.ts", "--input", JSON.stringify({ n: 100, bs: 0 })], 1, [
        /n \(100\) and bs \(0\) must be whole numbers >= 1/,
        /^weft: run \S+ failed: .*whole numbers/m,
      ]);
    });
  });

  describe("examples/sgd.ts", function () {
    for (const input of [{}, { points: 5000, features: 5, partitions: 3 }] as SgdInput[]) {
      it(`input ${JSON.stringify(input)}: ${ITERATIONS} iterations, losses fall, equal to a single-process run within 1e-9`, async () => {
        const { result } = await runOk<SgdResult>(["run", "examples/sgd.ts", "--input", JSON.stringify(input)]);
        assert.equal(result.iterations, 10);
        assert.equal(result.losses.length, 10);
        for (let i = 1; i < result.losses.length; i++) {
          assert.ok(result.losses[i]! < result.losses[i - 1]!, `loss ${i} (${result.losses[i]}) < loss ${i - 1} (${result.losses[i - 1]})`);
        }
        assert.ok(result.losses[9]! < result.losses[0]! - 0.01, `losses fall: ${result.losses.join(", ")}`);
        const want = sgdReference(input);
        assertClose(result.losses, want.losses, 1e-9, "losses");
        assertClose(result.weights, want.weights, 1e-9, "weights");
        assert.equal(result.weights.length, input.features ?? 10);
      });
    }
  });

  describe("examples/sgd.ts: bad input", function () {
    it("a rate that is not a number or no points: exit 1, naming the field", async () => {
      await runFails(["run", "examples/sgd.ts", "--input", JSON.stringify({ rate: "x" })], 1, [/"rate" must be a number > 0, got "x"/]);
      await runFails(["run", "examples/sgd.ts", "--input", JSON.stringify({ points: 0 })], 1, [/"points" must be a whole number >= 1, got 0/]);
    });
  });

  describe("record nodes: bad input and edge cases", function () {
    it("a key function that throws: exit 1, the message, and the stage that ran it", async () => {
      const r = await runFails(["run", "test/fixtures/dataflow-key-throws.ts"], 1, [/bad key for record 137/]);
      const line = finalRunLine(r);
      assert.equal(line.to, "failed");
      const err = line.error as { code?: string; message?: string };
      assert.match(String(err.message), /nums\[2\].*bad key for record 137/, JSON.stringify(err));
      const failed = parseLogLines(r.stderr).find((l) => l.type === "task" && l.to === "failed" && l.error?.message?.includes("bad key"));
      assert.ok(failed, `a task line names the failed stage\n${describeResult(r)}`);
      assert.equal(failed.node, "nums");
      assert.equal(failed.task, "nums[2]"); // 137 is in partition 2 (records 100..149)
    });

    it("a combiner whose add throws (map-side): exit 1, the message, the stage", async () => {
      const r = await runFails(["run", "test/fixtures/dataflow-combiner-throws.ts", "--input", '{"where":"add"}'], 1, [/combiner add refused record 99/]);
      const failed = parseLogLines(r.stderr).find((l) => l.type === "task" && l.to === "failed");
      assert.ok(failed, describeResult(r));
      assert.equal(failed.task, "nums[1]"); // record 99 is in partition 1
      assert.match(String(failed.error?.message), /combiner add refused record 99/);
    });

    // BUG: a combiner whose `merge` throws hangs the run instead of failing it. StageFlow.dispatch
    // (the per-worker merge of a keyed stage's partials) and StageFlow.shuffleArrived (the
    // receiving side) run outside the attempt; the exception is swallowed by SlotPool
    // (`job().catch(() => {})`) or the data handler, so no task fails and the run never ends.
    //   weft run test/fixtures/dataflow-combiner-throws.ts --input '{"where":"merge"}'
    //   (also with '{"where":"merge","parts":2}' and with --workers 1)
    // expected: exit 1 with "combiner merge refused two partials"; got: no exit (killed after 15 s).
    it("a combiner whose merge throws: exit 1 with the message, no hang", async () => {
      for (const args of [["--input", '{"where":"merge"}'], ["--input", '{"where":"merge","parts":2}'], ["--workers", "1", "--input", '{"where":"merge"}']]) {
        await runFails(["run", "test/fixtures/dataflow-combiner-throws.ts", ...args], 1, [/combiner merge refused two partials/], 15_000);
      }
    });

    // BUG: records that cannot be serialised crossing workers through a shuffle hang the run.
    // StageFlow.flushKeyed calls encodeValue inside dispatch(), after the producer tasks have
    // already succeeded; the E_NOT_SERIALIZABLE error is thrown out of runAttempt and swallowed
    // by SlotPool, so nothing fails and the consumers wait forever.
    //   weft run test/fixtures/dataflow-unserialisable-shuffle.ts
    // expected: exit 1 with E_NOT_SERIALIZABLE naming stage "recs"; got: no exit (killed after 15 s).
    it("records that cannot be serialised crossing workers in a shuffle: exit 1, E_NOT_SERIALIZABLE", async () => {
      await runFails(["run", "test/fixtures/dataflow-unserialisable-shuffle.ts"], 1, [/E_NOT_SERIALIZABLE/, /recs/], 15_000);
    });

    it("records with functions in a shuffle on ONE worker need no serialisation: succeeds", async () => {
      const { result } = await runOk<number>(["run", "test/fixtures/dataflow-unserialisable-shuffle.ts", "--workers", "1"]);
      assert.equal(result, 16); // keys 0..15
    });

    it("a keyed stage with more partitions than keys: empty partitions, correct result, no hang", async () => {
      const { result, r } = await runOk<{ key: string; sum: number; partition: number }[]>([
        "run",
        "test/fixtures/dataflow-sparse-keys.ts",
        "--input",
        '{"parts": 16}',
      ]);
      const sums = new Map<string, number>();
      for (let n = 0; n < 300; n++) sums.set(`k${n % 3}`, (sums.get(`k${n % 3}`) ?? 0) + n);
      assert.deepEqual(
        result.map((x) => [x.key, x.sum]),
        [...sums.entries()],
      );
      for (const x of result) assert.ok(Number.isInteger(x.partition) && x.partition >= 0 && x.partition < 16, JSON.stringify(x));
      // Every one of the 16 partitions of the keyed stage and of its map ran and succeeded.
      const lines = parseLogLines(r.stderr);
      for (const node of ["sum", "tag"]) {
        const done = new Set(lines.filter((l) => l.type === "task" && l.node === node && l.to === "succeeded").map((l) => l.task));
        assert.equal(done.size, 16, `${node}: ${[...done].join(", ")}`);
      }
      assert.equal(lines.find((l) => l.type === "expanded" && l.node === "sum")?.count, 16);
    });

    it("a source with zero partitions: a clear error (exit 2), no hang", async () => {
      await runFails(["run", "test/fixtures/dataflow-zero-partitions.ts"], 2, [/zero partitions/, /"nums"/], 20_000);
    });

    it("partitions from the input: 0, missing or fractional is a clear error (exit 1); 3 works", async () => {
      const [zero, missing, frac, ok] = await Promise.all([
        runCli(["run", "test/fixtures/dataflow-partitions-from-input.ts", "--input", '{"parts": 0}'], { timeoutMs: 30_000 }),
        runCli(["run", "test/fixtures/dataflow-partitions-from-input.ts", "--input", "{}"], { timeoutMs: 30_000 }),
        runCli(["run", "test/fixtures/dataflow-partitions-from-input.ts", "--input", '{"parts": 2.5}'], { timeoutMs: 30_000 }),
        runCli(["run", "test/fixtures/dataflow-partitions-from-input.ts", "--input", '{"parts": 3}'], { timeoutMs: 30_000 }),
      ]);
      for (const [r, shown] of [
        [zero, "0"],
        [missing, "NaN"],
        [frac, "2.5"],
      ] as const) {
        assert.equal(r.code, 1, describeResult(r));
        assert.match(r.stderr, new RegExp(`stage "nums" has ${shown.replace(".", "\\.")} partitions: a source needs a whole number of partitions >= 1`), describeResult(r));
        assert.equal(r.stdout, "");
      }
      assert.equal(ok.code, 0, describeResult(ok));
      assert.deepEqual(JSON.parse(ok.stdout), [3, 13, 23]);
    });

    it("a source that returns a non-iterable: a clear error naming the source", async () => {
      const r = await runFails(["run", "test/fixtures/dataflow-non-iterable.ts"], 1, [
        /source "nums" must return \(or yield\) records: an array, an iterable or an async iterable/,
      ]);
      assert.match(String((finalRunLine(r).error as { message?: string }).message), /nums\[\d\]/);
    });

    it("a sink: every partition writes its records once, under its idempotency key", async () => {
      const out = join(tmp, "sink-out");
      mkdirSync(out);
      const parts = 5;
      const per = 20;
      const { result, r } = await runOk<{ result: { records: number }; write?: unknown }>([
        "run",
        "test/fixtures/dataflow-sink.ts",
        "--input",
        JSON.stringify({ dir: out, parts, per }),
      ]);
      assert.deepEqual(result.result, { records: parts * per });
      assert.ok(result.write === null || result.write === undefined, `the sink has no value: ${JSON.stringify(result)}`);
      const runId = String(parseLogLines(r.stderr)[0]?.run);
      const files = readdirSync(out).sort();
      assert.equal(files.length, parts, files.join(", "));
      const pids = new Set<number>();
      for (let p = 0; p < parts; p++) {
        const key = `${runId}/write/${p}`;
        const file = join(out, `${key.replace(/[^A-Za-z0-9_.-]/g, "_")}.json`);
        const lines = readFileSync(file, "utf8").trim().split("\n");
        assert.equal(lines.length, 1, `partition ${p} wrote ${lines.length} times`);
        const w = JSON.parse(lines[0]!) as { key: string; partition: number; partitions: number; pid: number; records: number[] };
        assert.equal(w.key, key);
        assert.equal(w.partition, p);
        assert.equal(w.partitions, parts);
        assert.deepEqual(w.records, Array.from({ length: per }, (_, i) => (p * 1000 + i) ** 2));
        pids.add(w.pid);
      }
      assert.equal(pids.size, 2, "the sink's partitions ran on both workers");
    });

    // BUG (intermittent, 3 of 4 runs here): the final run line misses the edge accounting of
    // the last sink partition(s) to finish. The sink's fused edge "square->write" is accounted
    // in StageFlow.dispatch after the tasks' "succeeded" transitions, and the run apparently
    // ends (and its last line is written) before those counts are added.
    //   weft run test/fixtures/dataflow-sink.ts --input '{"dir":"/tmp/x","parts":5,"per":4}'
    // expected: edge square->write local_records 20; got: 16 (one partition's 4 records missing).
    it("a sink: the run line accounts for every record handed to it", async () => {
      for (let i = 0; i < 4; i++) {
        const out = join(tmp, `sink-acct-${i}`);
        mkdirSync(out);
        const { line } = await runOk(["run", "test/fixtures/dataflow-sink.ts", "--input", JSON.stringify({ dir: out, parts: 5, per: 4 })]);
        assert.equal(edge(line, "square", "write").local_records, 20, JSON.stringify(line.edges));
        assert.equal(edge(line, "nums", "square").local_records, 20, JSON.stringify(line.edges));
      }
    });

    it("a broadcast value is used by a source on both workers, sent once to the other worker", async () => {
      const { result, line } = await runOk<{ values: number[]; partitions: number[]; pids: number }>([
        "run",
        "test/fixtures/dataflow-broadcast.ts",
        "--input",
        '{"offset": 500, "parts": 6}',
      ]);
      const want: number[] = [];
      for (let p = 0; p < 6; p++) for (let i = 0; i < 10; i++) want.push(500 + p * 100 + i * i + i);
      assert.deepEqual(result.values, want);
      assert.deepEqual(result.partitions, [0, 1, 2, 3, 4, 5]);
      assert.equal(result.pids, 2, "both workers ran partitions of the source");
      const b = edge(line, "table", "rows");
      assert.equal(b.nats_msgs, 1, `the broadcast crosses NATS once (one other worker), not per partition: ${JSON.stringify(b)}`);
    });

    for (const input of [{}, { parts: 5, per: 37 }]) {
      it(`an async-generator source, filter/flatMap/map chains, keyed reduce and aggregate: ${JSON.stringify(input)}`, async () => {
        const { result, line } = await runOk<{ sum: number; count: number; digits: [number, number][] }>([
          "run",
          "test/fixtures/dataflow-async-chains.ts",
          "--input",
          JSON.stringify(input),
        ]);
        const parts = input.parts ?? 3;
        const per = input.per ?? 100;
        let sum = 0;
        let count = 0;
        const max = new Map<number, number>();
        for (let n = 0; n < parts * per; n++) {
          if (n % 2 !== 1) continue;
          for (let k = 0; k < n % 3; k++) {
            if (k === 1 && n % 5 === 0) continue;
            const v = n * 10 + k;
            sum += v;
            count++;
            max.set(v % 10, Math.max(max.get(v % 10) ?? -Infinity, v));
          }
        }
        assert.deepEqual(result, { sum, count, digits: [...max.entries()].sort((a, b) => a[0] - b[0]) });
        // The chain is fused: every forward edge is handed over in memory.
        for (const [from, to] of [
          ["nums", "odd"],
          ["odd", "repeat"],
          ["repeat", "no-k1-of-mult-5"],
          ["no-k1-of-mult-5", "value"],
        ] as const) {
          const e = edge(line, from, to);
          assert.equal(e.nats_bytes, 0, `${from}->${to}`);
        }
        assert.equal(edge(line, "nums", "odd").local_records, parts * per);
        assert.equal(edge(line, "no-k1-of-mult-5", "value").local_records, count);
      });
    }
  });

  describe("placement: locality vs round-robin (source[4] -> map -> map -> aggregate)", function () {
    this.timeout(90_000);
    const input = { parts: 4, per: 5000 };
    let expected: { sum: number; count: number };
    const lines: Partial<Record<"locality" | "round-robin", LogLine>> = {};

    before(() => {
      let sum = 0;
      for (let p = 0; p < input.parts; p++) {
        for (let i = 0; i < input.per; i++) {
          const id = p * input.per + i;
          sum += (id % 97) * `row-${p}-${i}-${"x".repeat(i % 17)}`.length;
        }
      }
      expected = { sum, count: input.parts * input.per };
    });

    for (const placement of ["locality", "round-robin"] as const) {
      it(`${placement}: the same (correct) result on a cluster started with --placement ${placement}`, async () => {
        const cluster = await startPlacedCluster(placement);
        try {
          const r = await runCli(["submit", "test/fixtures/dataflow-pipeline.ts", "--follow", "--json", "--nats", cluster.url, "--input", JSON.stringify(input)], {
            timeoutMs: 30_000,
          });
          assert.equal(r.code, 0, describeResult(r));
          assert.deepEqual(JSON.parse(r.stdout), expected);
          lines[placement] = finalRunLine(r);
        } finally {
          await cluster.stop();
        }
      });
    }

    it("NATS bytes on the forward edges only with round-robin", function () {
      const loc = lines.locality;
      const rr = lines["round-robin"];
      if (!loc || !rr) this.skip();
      for (const [from, to] of [
        ["gen", "parse"],
        ["parse", "score"],
      ] as const) {
        const l = edge(loc, from, to);
        const r = edge(rr, from, to);
        assert.equal(l.nats_bytes, 0, `locality ${from}->${to}: ${JSON.stringify(l)}`);
        assert.equal(l.nats_msgs, 0);
        assert.equal(l.local_records, expected.count, `locality ${from}->${to} in memory: ${JSON.stringify(l)}`);
        assert.ok(r.nats_bytes > 0, `round-robin ${from}->${to}: ${JSON.stringify(r)}`);
        assert.equal(r.records + r.local_records, expected.count, `round-robin ${from}->${to}: every record once: ${JSON.stringify(r)}`);
      }
      // The forward edges carry (far) more over NATS than the whole locality run.
      assert.ok((rr.data as RunData).nats_bytes > 10 * (loc.data as RunData).nats_bytes, `${JSON.stringify(rr.data)} vs ${JSON.stringify(loc.data)}`);
    });
  });

  describe("weft graph", function () {
    it("text: examples/wordcount.ts on 2 workers mentions the shuffle crossing workers", async () => {
      const r = await runCli(["graph", "examples/wordcount.ts", "--workers", "2"], { timeoutMs: 20_000 });
      assert.equal(r.code, 0, describeResult(r));
      assert.match(r.stdout, /locality/);
      assert.match(r.stdout, /read --forward--> words/);
      assert.match(r.stdout, /words --shuffle--> count/);
      const crossing = r.stdout.slice(r.stdout.indexOf("edges crossing workers"));
      assert.ok(crossing.length > 0 && r.stdout.includes("edges crossing workers"), r.stdout);
      assert.match(crossing, /words --shuffle--> count/);
      assert.doesNotMatch(crossing, /read --forward--> words/, "the forward edge stays on its worker");
    });

    it("json: strategy and per-node op/partitions", async () => {
      const r = await runCli(["graph", "examples/wordcount.ts", "--workers", "2", "--format", "json"], { timeoutMs: 20_000 });
      assert.equal(r.code, 0, describeResult(r));
      const g = JSON.parse(r.stdout) as {
        strategy: string;
        workers: { name: string }[];
        nodes: { name: string; kind: string; op: string; partitions: number; partitions_from_input: boolean; routing: string[] }[];
        crossing: { from: string; to: string }[];
      };
      assert.equal(g.strategy, "locality");
      assert.equal(g.workers.length, 2);
      const byName = new Map(g.nodes.map((n) => [n.name, n]));
      assert.deepEqual(
        ["read", "words", "count"].map((n) => [n, byName.get(n)?.kind, byName.get(n)?.op, byName.get(n)?.partitions_from_input]),
        [
          ["read", "stage", "source", true],
          ["words", "stage", "flatMap", true],
          ["count", "stage", "keyed", true],
        ],
      );
      assert.deepEqual(byName.get("count")?.routing, ["shuffle"]);
      assert.deepEqual(byName.get("words")?.routing, ["forward"]);
      assert.equal(byName.get("gather")?.kind, "collect");
      assert.ok(g.crossing.some((c) => c.from === "words" && c.to === "count"), JSON.stringify(g.crossing));
      assert.ok(!g.crossing.some((c) => c.from === "read" && c.to === "words"), JSON.stringify(g.crossing));
    });

    it("json: fixed partition counts; round-robin crosses the forward edges, locality does not", async () => {
      const [fixed, loc, rr] = await Promise.all([
        runCli(["graph", "test/fixtures/dataflow-key-throws.ts", "--format", "json"], { timeoutMs: 20_000 }),
        runCli(["graph", "test/fixtures/dataflow-pipeline.ts", "--workers", "2", "--format", "json"], { timeoutMs: 20_000 }),
        runCli(["graph", "test/fixtures/dataflow-pipeline.ts", "--workers", "2", "--format", "json", "--placement", "round-robin"], { timeoutMs: 20_000 }),
      ]);
      for (const r of [fixed, loc, rr]) assert.equal(r.code, 0, describeResult(r));
      type G = { strategy: string; nodes: { name: string; op: string; partitions: number }[]; crossing: { from: string; to: string }[] };
      const f = JSON.parse(fixed.stdout) as G;
      assert.deepEqual(
        f.nodes.filter((n) => n.op !== "").map((n) => [n.name, n.op, n.partitions]),
        [
          ["nums", "source", 4],
          ["by-residue", "keyed", 3],
        ],
      );
      const l = JSON.parse(loc.stdout) as G;
      const x = JSON.parse(rr.stdout) as G;
      assert.equal(l.strategy, "locality");
      assert.equal(x.strategy, "round-robin");
      const forward = (g: G) => g.crossing.filter((c) => (c.from === "gen" && c.to === "parse") || (c.from === "parse" && c.to === "score")).length;
      assert.equal(forward(l), 0, JSON.stringify(l.crossing));
      assert.equal(forward(x), 2, JSON.stringify(x.crossing));
    });
  });
});
