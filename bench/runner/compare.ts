/**
 * Two builds of weft side by side in one session: the same benchmark cases run by checkout A's
 * runner and by checkout B's, alternately, so that a slow patch of a shared machine hits both.
 *
 *   node dist/bench/runner/compare.js --a DIR|FILE --b DIR|FILE [--rounds 5] [--case "W1 --n 10000" ...]
 *                                     [--out FILE.jsonl] [--timeout-s 900]
 *
 * A and B are checkouts (their runner is dist/bench/runner/run.js, or dist/bench/run.js in a
 * checkout from before the bench was split) or the runner files themselves. Each run is its
 * own process with a fresh stack, exactly as `npm run -s bench -- <case>`; only flags that both
 * runners know may be used in a case (W1/W2: --n, --l, --spread, --repeat, --warmup,
 * --warmup-s, --no-tap; W3–W6 also --ratio, --placement, ...). In round r every case runs on
 * both sides, A first in odd rounds and B first in even ones (A B, B A, A B, ...).
 *
 * stdout: one JSON line per run (`"type": "round"`, with the machine's load average before the
 * run), then one `"type": "summary"` line: per case, the medians of A and B (wall time, rate,
 * for --ratio cases weft's ratio to its baseline, for W9 its cold and warm p50) and B/A. Exit 0 when every run was ok,
 * 1 when one failed, 2 on a usage error.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseFlags, UsageError } from "./flags.js";
import { median, round } from "./numbers.js";

/** The figures of the README's tables (docs/workloads.md), measured by both runners. */
const DEFAULT_CASES = [
  "W1 --n 10000",
  "W2 --l 1000",
  "W2 --l 200 --spread",
  "W3 --mb 64 --ratio --repeat 3",
  "W4 --n 10000000 --ratio --repeat 9",
  "W5 --n 1024 --ratio --repeat 3",
  "W6 --ratio --repeat 3",
];

/** Latency fields (ms, lower is better) some workloads print instead of a rate (W9's cold start and warm run). */
const LATENCY_FIELDS = ["cold_p50_ms", "warm_p50_ms"];

/** The rate fields the runners print (the first one present is the case's rate). */
const RATE_FIELDS = ["tasks_per_s", "per_hop_ms", "MB_per_s", "Mvalues_per_s", "GFLOP_per_s"];

const USAGE = `usage: node dist/bench/runner/compare.js --a DIR|FILE --b DIR|FILE [--rounds 5] [--case "W1 --n 10000" ...] [--out FILE.jsonl] [--timeout-s 900]
  --a, --b      the two checkouts (built: npm run -s build:bench, or npm run -s build before the split) or their runner files
  --rounds R    rounds; each runs every case on both sides (default 5)
  --case "..."  a runner command line, repeatable (default: ${DEFAULT_CASES.map((c) => `"${c}"`).join(", ")})
  --out FILE    also append every JSON line to FILE
  --timeout-s S kill a run after S seconds (default 900)`;

interface Side {
  name: "A" | "B";
  /** The runner file. */
  entry: string;
  /** The checkout it belongs to (the runner's working directory). */
  root: string;
}

/** The runner of a checkout directory (the current layout first, then the one before the split). */
function sideOf(name: "A" | "B", target: string): Side {
  const path = resolve(target);
  if (!existsSync(path)) throw new UsageError(`--${name.toLowerCase()} ${target}: no such file or directory`);
  if (statSync(path).isFile()) return { name, entry: path, root: resolve(dirname(path), path.includes("/dist/bench/runner/") ? "../../.." : "../..") };
  for (const rel of ["dist/bench/runner/run.js", "dist/bench/run.js"]) {
    if (existsSync(join(path, rel))) return { name, entry: join(path, rel), root: path };
  }
  throw new UsageError(`--${name.toLowerCase()} ${target}: no built runner (dist/bench/runner/run.js or dist/bench/run.js): build that checkout first`);
}

function parse(argv: string[]): { a: Side; b: Side; rounds: number; cases: string[]; out: string | undefined; timeoutS: number } {
  const { values } = parseFlags(argv, {
    a: { kind: "text" },
    b: { kind: "text" },
    rounds: { kind: "whole", min: 1 },
    case: { kind: "list" },
    out: { kind: "text" },
    "timeout-s": { kind: "whole", min: 1 },
  });
  if (typeof values.a !== "string" || typeof values.b !== "string") throw new UsageError("--a and --b are required");
  return {
    a: sideOf("A", values.a),
    b: sideOf("B", values.b),
    rounds: typeof values.rounds === "number" ? values.rounds : 5,
    cases: Array.isArray(values.case) ? values.case : DEFAULT_CASES,
    out: typeof values.out === "string" ? values.out : undefined,
    timeoutS: typeof values["timeout-s"] === "number" ? values["timeout-s"] : 900,
  };
}

/** One run's figures, as the round line carries them. */
interface RunLine {
  type: "round";
  round: number;
  case: string;
  side: "A" | "B";
  ok: boolean;
  exit: number | null;
  wall_s: number | null;
  rate_field: string | null;
  rate: number | null;
  /** weft's rate / the baseline's, for --ratio cases. */
  ratio: number | null;
  /** The LATENCY_FIELDS the run printed. */
  latency_ms: Record<string, number>;
  /** The machine's 1, 5 and 15-minute load averages just before the run. */
  load_avg: number[];
  /** The runner's own load_1m (before, after), when it prints one. */
  load_1m: unknown;
  engine_rev: unknown;
  error?: string;
}

function runOnce(side: Side, round: number, c: string, timeoutS: number): RunLine {
  const load = loadavg().map((x) => round2(x));
  const p = spawnSync(process.execPath, [side.entry, ...c.split(/\s+/).filter(Boolean)], {
    cwd: side.root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: timeoutS * 1000,
    maxBuffer: 64 * 2 ** 20,
  });
  const last = (p.stdout ?? "").trim().split("\n").pop() ?? "";
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(last) as Record<string, unknown>;
  } catch {
    // no line: a usage error, a crash or the timeout; the stderr tail says which
  }
  const num = (k: string) => (typeof json[k] === "number" ? (json[k] as number) : null);
  const rateField = RATE_FIELDS.find((f) => typeof json[f] === "number") ?? null;
  const ok = json.ok === true && p.status === 0;
  return {
    type: "round",
    round,
    case: c,
    side: side.name,
    ok,
    exit: p.status,
    wall_s: num("wall_s"),
    rate_field: rateField,
    rate: rateField ? num(rateField) : null,
    ratio: num("ratio"),
    latency_ms: Object.fromEntries(LATENCY_FIELDS.flatMap((f) => (typeof json[f] === "number" ? [[f, json[f] as number]] : []))),
    load_avg: load,
    load_1m: json.load_1m ?? null,
    engine_rev: json.engine_rev ?? null,
    ...(ok ? {} : { error: String(json.error ?? (p.error?.message || (p.stderr ?? "").trim().split("\n").slice(-3).join(" | "))) }),
  };
}

const round2 = (x: number) => round(x, 2);

/** Median of the non-null figures, or null. */
function med(xs: (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? round(median(v), 6) : null;
}

const over = (b: number | null, a: number | null) => (a !== null && b !== null && a !== 0 ? round(b / a, 3) : null);

function summary(lines: RunLine[], cases: string[], a: Side, b: Side): Record<string, unknown> {
  const loads = lines.map((l) => l.load_avg[0] ?? 0);
  return {
    type: "summary",
    a: a.entry,
    b: b.entry,
    a_rev: lines.find((l) => l.side === "A" && l.engine_rev)?.engine_rev ?? null,
    b_rev: lines.find((l) => l.side === "B" && l.engine_rev)?.engine_rev ?? null,
    load_1m: { min: round2(Math.min(...loads)), median: round2(median(loads)), max: round2(Math.max(...loads)) },
    failed_runs: lines.filter((l) => !l.ok).length,
    cases: cases.map((c) => {
      const of = (side: "A" | "B") => lines.filter((l) => l.case === c && l.side === side && l.ok);
      const [la, lb] = [of("A"), of("B")];
      const aWall = med(la.map((l) => l.wall_s));
      const bWall = med(lb.map((l) => l.wall_s));
      const aRate = med(la.map((l) => l.rate));
      const bRate = med(lb.map((l) => l.rate));
      const aRatio = med(la.map((l) => l.ratio));
      const bRatio = med(lb.map((l) => l.ratio));
      return {
        case: c,
        runs: { a: la.length, b: lb.length },
        a_median_wall_s: aWall,
        b_median_wall_s: bWall,
        // Above 1: B took longer than A.
        b_over_a_wall: over(bWall, aWall),
        rate_field: la[0]?.rate_field ?? lb[0]?.rate_field ?? null,
        a_median_rate: aRate,
        b_median_rate: bRate,
        b_over_a_rate: over(bRate, aRate),
        ...(aRatio !== null || bRatio !== null ? { a_median_ratio: aRatio, b_median_ratio: bRatio, b_over_a_ratio: over(bRatio, aRatio) } : {}),
        ...Object.fromEntries(
          LATENCY_FIELDS.flatMap((f) => {
            const [am, bm] = [med(la.map((l) => l.latency_ms[f] ?? null)), med(lb.map((l) => l.latency_ms[f] ?? null))];
            return am === null && bm === null ? [] : [[`a_median_${f}`, am], [`b_median_${f}`, bm], [`b_over_a_${f}`, over(bm, am)]];
          }),
        ),
        a_walls_s: la.map((l) => l.wall_s),
        b_walls_s: lb.map((l) => l.wall_s),
      };
    }),
  };
}

function main(): number {
  let opts;
  try {
    opts = parse(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`compare: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  const { a, b, rounds, cases, out, timeoutS } = opts;
  const print = (line: object) => {
    const text = JSON.stringify(line);
    process.stdout.write(text + "\n");
    if (out) appendFileSync(out, text + "\n");
  };
  process.stderr.write(`compare: A = ${a.entry}\ncompare: B = ${b.entry}\n`);
  const lines: RunLine[] = [];
  for (let r = 1; r <= rounds; r++) {
    for (const c of cases) {
      // Alternate which side goes first, so that neither always runs in the other's aftermath.
      for (const side of r % 2 === 1 ? [a, b] : [b, a]) {
        const line = runOnce(side, r, c, timeoutS);
        lines.push(line);
        print(line);
        process.stderr.write(`compare: round ${r}/${rounds} ${side.name} "${c}": ${line.ok ? `wall_s ${line.wall_s}${line.ratio !== null ? `, ratio ${line.ratio}` : ""}` : `FAILED (${line.error})`}, load ${line.load_avg[0]}\n`);
      }
    }
  }
  print(summary(lines, cases, a, b));
  return lines.every((l) => l.ok) ? 0 : 1;
}

process.exitCode = main();
