/**
 * Interleaved rounds of benchmark invocations, for the README's table:
 *
 *   node dist/bench/runner/suite.js [--rounds 5] [--out FILE.jsonl] [--case "W1 --n 10000" ...]
 *
 * Each round runs every case once, as its own `node dist/bench/runner/run.js ...` process (a fresh
 * stack each time, as `npm run -s bench -- ...` does), in the same order; cases are interleaved
 * so that a slow patch of a shared machine hits every case rather than one. Prints one
 * Markdown row per case with the median wall time and rate over the rounds (and each round's
 * figure), and appends every JSON line to --out.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseFlags, UsageError } from "./flags.js";
import { median } from "./numbers.js";

const DEFAULT_CASES = ["W1 --n 10000", "W2 --l 1000", "W2 --l 200 --spread", "W1 --n 100000"];

const USAGE = `usage: node dist/bench/runner/suite.js [--rounds 5] [--out FILE.jsonl] [--case "W1 --n 10000" ...]`;

function parse(argv: string[]): { rounds: number; out: string | undefined; cases: string[] } {
  try {
    const { values } = parseFlags(argv, { rounds: { kind: "whole", min: 1 }, out: { kind: "text" }, case: { kind: "list" } });
    const cases = Array.isArray(values.case) ? values.case : DEFAULT_CASES;
    return { rounds: typeof values.rounds === "number" ? values.rounds : 5, out: typeof values.out === "string" ? values.out : undefined, cases };
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`suite: ${err.message}\n${USAGE}\n`);
    process.exit(2);
  }
}

const RATE_FIELDS = ["tasks_per_s", "per_hop_ms"] as const;

function main(): number {
  const { rounds, out, cases } = parse(process.argv.slice(2));
  const runJs = fileURLToPath(new URL("./run.js", import.meta.url));
  const results = new Map<string, Record<string, unknown>[]>(cases.map((c) => [c, []]));
  let failures = 0;
  for (let r = 1; r <= rounds; r++) {
    for (const c of cases) {
      const started = Date.now();
      const p = spawnSync(process.execPath, [runJs, ...c.split(/\s+/).filter(Boolean)], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      const line = (p.stdout ?? "").trim().split("\n").pop() ?? "";
      let json: Record<string, unknown> | undefined;
      try {
        json = JSON.parse(line) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      if (!json || json.ok !== true || p.status !== 0) {
        failures++;
        process.stderr.write(`suite: round ${r} "${c}" failed (exit ${p.status}):\n${(p.stderr ?? "").split("\n").slice(-15).join("\n")}\n${line}\n`);
      }
      if (json) {
        results.get(c)!.push(json);
        if (out) appendFileSync(out, JSON.stringify({ round: r, case: c, ...json }) + "\n");
      }
      process.stderr.write(`suite: round ${r}/${rounds} ${c}: wall_s ${String(json?.wall_s)} (${((Date.now() - started) / 1000).toFixed(1)} s with start-up)\n`);
    }
  }
  process.stdout.write(`| command | median wall_s | median rate | each round | median nats_msgs | median nats_bytes | median coordinator_peak_rss_mb |\n| --- | --- | --- | --- | --- | --- | --- |\n`);
  for (const c of cases) {
    const rs = results.get(c)!.filter((j) => j.ok === true);
    if (rs.length === 0) {
      process.stdout.write(`| \`npm run -s bench -- ${c}\` | failed | | | | | |\n`);
      continue;
    }
    const field = RATE_FIELDS.find((f) => typeof rs[0]![f] === "number") ?? "wall_s";
    const num = (k: string) => rs.map((j) => j[k]).filter((x): x is number => typeof x === "number");
    const rate = median(num(field));
    process.stdout.write(
      `| \`npm run -s bench -- ${c}\` | ${median(num("wall_s")).toFixed(4)} | ${field === "per_hop_ms" ? rate.toFixed(4) : Math.round(rate).toLocaleString("en-US")} ${field} | ${num(field)
        .map((x) => (field === "per_hop_ms" ? x.toFixed(4) : Math.round(x).toLocaleString("en-US")))
        .join(", ")} | ${median(num("nats_msgs"))} | ${Math.round(median(num("nats_bytes"))).toLocaleString("en-US")} | ${median(num("coordinator_peak_rss_mb"))} |\n`,
    );
  }
  return failures ? 1 : 0;
}

process.exitCode = main();
