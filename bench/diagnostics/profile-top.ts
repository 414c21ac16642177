/**
 * Where a .cpuprofile's time went, optionally inside a time window:
 *
 *   node dist/bench/diagnostics/profile-top.js FILE.cpuprofile [START_US END_US] [--top N]
 *
 * START_US/END_US are CLOCK_MONOTONIC microseconds, the clock of V8's profile timestamps: the
 * benchmark prints each timed run's window with --profile. Prints self time and inclusive time
 * per function (name, file, line), largest first.
 */
import { readFileSync } from "node:fs";
import { parseFlags, UsageError } from "../runner/flags.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

function main(): number {
  const usage = "usage: node dist/bench/diagnostics/profile-top.js FILE.cpuprofile [START_US END_US] [--top N]";
  let parsed;
  try {
    parsed = parseFlags(process.argv.slice(2), { top: { kind: "whole", min: 1 } }, { positional: true });
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`profile-top: ${err.message}\n${usage}\n`);
    return 2;
  }
  const top = typeof parsed.values.top === "number" ? parsed.values.top : 30;
  const [file, lo, hi] = parsed.positional;
  if (!file || (lo !== undefined && hi === undefined)) {
    process.stderr.write(usage + "\n");
    return 2;
  }
  const start = lo === undefined ? -Infinity : Number(lo);
  const end = hi === undefined ? Infinity : Number(hi);
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => {
    const cf = n.callFrame;
    return `${cf.functionName || "(anonymous)"} ${cf.url.split("/").slice(-3).join("/")}:${cf.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    t += dt;
    if (t < start || t > end) continue;
    total += dt;
    const leaf = nodes.get(p.samples[i]!)!;
    self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const k = key(nodes.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + dt);
    }
  }
  const show = (title: string, m: Map<string, number>) => {
    process.stdout.write(`-- ${title}\n`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      process.stdout.write(`${(v / 1000).toFixed(1).padStart(9)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}\n`);
    }
  };
  process.stdout.write(`${file}: ${(total / 1000).toFixed(0)} ms sampled in the window\n`);
  show("self", self);
  show("inclusive", incl);
  return 0;
}

process.exitCode = main();
