#!/usr/bin/env node
// weft beside the peers (plain Node, Dask, BullMQ), each system running the same kernel, in one
// interleaved run of the peers' harness; the table of medians, with the load it was measured
// under, goes into bench/README.md between the side-by-side markers.
//
//   npm run -s bench:peers -- --reps 3 [--workloads "W1 W2 W3 W4 W5 W6"] [--systems "node dask dask-bag bullmq weft"]
//                             [--w3-kernels scan,words] [--w3-mb 64] [--peers DIR] [--no-readme]
//
// The harness (--peers, default ../shared/peers next to this checkout) is copied to a temporary
// folder, never edited in place; its npm dependencies are installed there with `npm ci`. Fair kernels
// (bench/peers/fair-kernels.mjs, copied in as lib/fair-kernels.mjs):
// - W4: the peers' leaves run weft's kernel (values generated inside the summing loop).
// - W3 "scan" pass: every system runs the peers' kernel (weft: bench/workloads/w3-scan.ts).
// - W3 "words" pass: plain Node and BullMQ run weft's idiomatic kernel (`text.match(/[a-z]+/g)`,
//   then a count per word); weft runs bench/workloads/w3.ts. Dask keeps `Counter(text.split())`
//   in both (a list of the words, then the counts: the "words" form, in C).
// Stdout: the table; stderr: progress. Exit 2 on a usage error, 1 when a run failed.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ALL_WORKLOADS = ["W1", "W2", "W3", "W4", "W5", "W6"];
const ALL_SYSTEMS = ["node", "dask", "dask-bag", "bullmq", "weft"];
const KERNELS = ["scan", "words"];
const RATE = { W1: "tasks_per_s", W2: "per_hop_ms", W3: "MB_per_s", W4: "Mvalues_per_s", W5: "GFLOP_per_s", W6: "MB_per_s" };
const UNIT = { W1: "tasks/s", W2: "ms/hop", W3: "MB/s", W4: "Mvalues/s", W5: "GFLOP/s", W6: "MB/s" };
const LOWER_IS_BETTER = new Set(["W2"]);
const BEGIN = "<!-- side-by-side:begin -->";
const END = "<!-- side-by-side:end -->";

function usage(message) {
  process.stderr.write(`side-by-side: ${message}\n` +
    'usage: npm run -s bench:peers -- [--reps 3] [--workloads "W1 ... W6"] [--systems "node dask dask-bag bullmq weft"] [--w3-kernels scan,words] [--w3-mb 64]' +
      " [--peers DIR] [--no-readme]\n");
  process.exit(2);
}

function parseArgs(argv) {
  const o = { reps: 3, workloads: ALL_WORKLOADS, systems: ALL_SYSTEMS, kernels: KERNELS, w3mb: 64, peers: resolve(REPO, "../shared/peers"), readme: true };
  const list = (v, allowed, what) => {
    const xs = v.split(/[\s,]+/).filter(Boolean);
    const bad = xs.filter((x) => !allowed.includes(x));
    if (xs.length === 0 || bad.length) usage(`${what}: unknown ${bad.join(", ") || "(empty)"}; choose from ${allowed.join(" ")}`);
    return xs;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--no-readme") { o.readme = false; continue; }
    const v = argv[++i];
    if (v === undefined) usage(`${flag} needs a value`);
    if (flag === "--reps") {
      o.reps = Number(v);
      if (!Number.isInteger(o.reps) || o.reps < 1) usage(`--reps must be a whole number >= 1, got ${v}`);
    } else if (flag === "--workloads") o.workloads = list(v.toUpperCase(), ALL_WORKLOADS, "--workloads");
    else if (flag === "--systems") o.systems = list(v, ALL_SYSTEMS, "--systems");
    else if (flag === "--w3-kernels") o.kernels = list(v, KERNELS, "--w3-kernels");
    else if (flag === "--w3-mb") {
      o.w3mb = Number(v);
      if (!Number.isInteger(o.w3mb) || o.w3mb < 1) usage(`--w3-mb must be a whole number >= 1, got ${v}`);
    } else if (flag === "--peers") o.peers = resolve(v);
    else usage(`unknown flag ${flag}`);
  }
  if (!existsSync(join(o.peers, "run-all.sh"))) usage(`no peers harness at ${o.peers} (no run-all.sh): give its folder with --peers DIR`);
  if (!existsSync(join(REPO, "dist/bench/runner/run.js"))) usage("weft's bench is not built: run `npm run -s build:bench` (npm run bench:peers does)");
  return o;
}

/** Replaces `export function NAME(` in the peers' common.mjs by a re-export from fair-kernels.mjs. */
function withFairKernel(common, names) {
  let s = common;
  for (const name of names) {
    const from = `export function ${name}(`;
    if (!s.includes(from)) throw new Error(`the peers' lib/common.mjs has no "${from}": the harness changed, update bench/peers/side-by-side.mjs`);
    s = s.replace(from, `function ${name}Peers(`);
  }
  return `${s}\n// side-by-side.mjs: the same kernel as weft's (bench/peers/fair-kernels.mjs)\nexport { ${names.join(", ")} } from "./fair-kernels.mjs";\n`;
}

/**
 * The harness's weft driver with its `npm run -s bench` replaced by the built runner itself (no
 * rebuild per round) and the tap's untimed extra run left out (it only adds minutes to a round).
 */
function weftDriver(script) {
  const from = 'npm run -s bench -- "$w" "$@"';
  if (!script.includes(from)) throw new Error(`the peers' weft/bench.sh has no '${from}': the harness changed, update bench/peers/side-by-side.mjs`);
  return script.replace(from, 'node dist/bench/runner/run.js "$w" --no-tap "$@"');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => (!Number.isFinite(x) ? "–" : x >= 1000 ? Math.round(x).toLocaleString("en-US") : x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toPrecision(2));

/** The Markdown table of medians: one row per workload (W3 once per kernel), one column per system. */
function table(rows, o) {
  const systems = o.systems;
  const out = [];
  out.push(`| workload | kernel | ${systems.join(" | ")} | weft against the best peer | load 1m at start, median (min–max) |`);
  out.push(`| --- | --- | ${systems.map(() => "---").join(" | ")} | --- | --- |`);
  const passes = [...new Set(rows.map((r) => `${r.workload}|${r.tag}`))].sort();
  for (const key of passes) {
    const [w, tag] = key.split("|");
    const rs = rows.filter((r) => r.workload === w && r.tag === tag);
    const rate = RATE[w];
    const cell = {};
    for (const sys of systems) {
      const mine = rs.filter((r) => r.system === sys);
      cell[sys] = { value: median(mine.map((r) => r[rate])), n: mine.length, ok: mine.every((r) => r.ok) };
    }
    const peers = systems.filter((s) => s !== "weft" && Number.isFinite(cell[s].value));
    let versus = "–";
    if (cell.weft && Number.isFinite(cell.weft.value) && peers.length) {
      const lower = LOWER_IS_BETTER.has(w);
      const best = peers.reduce((a, b) => ((lower ? cell[a].value < cell[b].value : cell[a].value > cell[b].value) ? a : b));
      const x = lower ? cell[best].value / cell.weft.value : cell.weft.value / cell[best].value;
      versus = `${x.toFixed(2)}× ${best}`;
    }
    const loads = rs.map((r) => (r.loadavg_start ?? r.load_start ?? [NaN])[0]).filter(Number.isFinite);
    const kernel = w === "W3" ? tag.replace(/^fair-/, "") : w === "W4" ? "weft's (fused)" : "same";
    const cells = systems.map((s) => (cell[s].n === 0 ? "–" : `${fmt(cell[s].value)}${cell[s].ok ? "" : " (NOT ok)"}`));
    out.push(`| ${w} ${UNIT[w]} | ${kernel} | ${cells.join(" | ")} | ${versus} | ${fmt(median(loads))} (${fmt(Math.min(...loads))}–${fmt(Math.max(...loads))}) |`);
  }
  return out.join("\n");
}

/** The flags that gave these figures, as a command (not --peers: a path of this machine). */
function command(o) {
  const q = (xs) => `"${xs.join(" ")}"`;
  const parts = [`--reps ${o.reps}`];
  if (o.workloads.length !== ALL_WORKLOADS.length) parts.push(`--workloads ${q(o.workloads)}`);
  if (o.systems.length !== ALL_SYSTEMS.length) parts.push(`--systems ${q(o.systems)}`);
  if (o.kernels.length !== KERNELS.length) parts.push(`--w3-kernels ${o.kernels.join(",")}`);
  if (o.w3mb !== 64) parts.push(`--w3-mb ${o.w3mb}`);
  return parts.join(" ");
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const say = (m) => process.stderr.write(`side-by-side: ${m}\n`);
  const work = mkdtempSync(join(tmpdir(), "weft-peers-"));
  const peers = join(work, "peers");
  cpSync(o.peers, peers, { recursive: true, filter: (src) => !/\/(node_modules|data|results)$/.test(src) });
  say(`peers copied to ${peers}; npm ci there`);
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: peers, stdio: ["ignore", 2, 2] });
  copyFileSync(join(REPO, "bench/peers/fair-kernels.mjs"), join(peers, "lib/fair-kernels.mjs"));
  // The harness's weft/bench.sh runs `npm run -s bench`, which rebuilds the whole project (tsc and
  // vite, about 40 s of both cores) before every weft round, and measures whatever the checkout
  // holds at that moment. The copy gets a driver that runs the bench built once, above.
  writeFileSync(join(peers, "weft/bench.sh"), weftDriver(readFileSync(join(peers, "weft/bench.sh"), "utf8")));
  const commonPath = join(peers, "lib/common.mjs");
  const common = readFileSync(commonPath, "utf8");
  const outDir = join(REPO, "bench/out/peers");
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const jsonl = join(outDir, `side-by-side-${stamp}.jsonl`);

  // Pass 1: every workload; W4 with weft's kernel everywhere, W3 with the peers' scan kernel everywhere.
  // Pass 2 (W3 only): weft's idiomatic "words" kernel everywhere.
  const passes = [];
  const first = o.workloads.filter((w) => w !== "W3" || o.kernels.includes("scan"));
  if (first.length) passes.push({ tag: "fair-scan", workloads: first, fair: ["w4Partition", "w4Partial"], w3Source: "bench/workloads/w3-scan.ts" });
  if (o.workloads.includes("W3") && o.kernels.includes("words")) passes.push({ tag: "fair-words", workloads: ["W3"], fair: ["countWords"], w3Source: "bench/workloads/w3.ts" });
  let failed = false;
  for (const pass of passes) {
    writeFileSync(commonPath, withFairKernel(common, pass.fair));
    say(`pass ${pass.tag}: ${pass.workloads.join(" ")} × ${o.systems.join(" ")}, ${o.reps} interleaved reps`);
    const r = spawnSync("bash", ["run-all.sh", String(o.reps), jsonl], {
      cwd: peers,
      stdio: ["ignore", 2, 2],
      env: { ...process.env, WEFT_DIR: REPO, SYSTEMS: o.systems.join(" "), WORKLOADS: pass.workloads.join(" "), BENCH_TAG: pass.tag, W3_MB: String(o.w3mb), WEFT_BENCH_W3_SOURCE: pass.w3Source },
    });
    if (r.status !== 0) failed = true;
  }
  writeFileSync(commonPath, common);
  const rows = existsSync(jsonl) ? readFileSync(jsonl, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
  if (rows.length === 0) {
    say(`no results (see ${join(peers, "results")})`);
    process.exit(1);
  }
  if (readFileSync(join(peers, "results/runs.log"), "utf8").includes("FAILED")) failed = true;
  const rev = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO, encoding: "utf8" }).trim();
  const md = [
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC at ${rev} on a ${availableParallelism()}-core machine: ` +
      `medians of ${o.reps} interleaved rounds (\`npm run -s bench:peers -- ${command(o)}\`), W3 over ${o.w3mb} MB; rates (higher is better, W2: lower).`,
    "",
    table(rows, o),
    "",
    `Raw lines: \`bench/out/peers/side-by-side-<date>.jsonl\` (not committed); the peers' own table: \`node summarize.mjs\` on it.`,
  ].join("\n");
  process.stdout.write(`${md}\n`);
  if (o.readme) {
    const readme = join(REPO, "bench/README.md");
    const text = readFileSync(readme, "utf8");
    const a = text.indexOf(BEGIN), b = text.indexOf(END);
    if (a < 0 || b < a) throw new Error(`bench/README.md has no ${BEGIN} … ${END} markers`);
    writeFileSync(readme, `${text.slice(0, a + BEGIN.length)}\n${md}\n${text.slice(b)}`);
    say("table written into bench/README.md");
  }
  say(`raw lines: ${jsonl}`);
  rmSync(work, { recursive: true, force: true });
  if (failed) process.exit(1);
}

main();
