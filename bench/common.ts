/**
 * What both benchmark runners share (bench/run.ts for W1–W2, bench/w3-w6.ts for W3–W6): flag
 * parsing helpers, medians, the submission without a bundle upload, and the engine revision
 * each JSON line records.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Bus } from "../engine/bus/bus.js";
import type { PreparedWorkflow } from "../engine/cli/prepare-workflow.js";
import { requestRun } from "../engine/cli/run-client.js";

/** A bad command line: the runners print it and exit 2. */
export class UsageError extends Error {}

export const MB = 2 ** 20;
export const round = (x: number, digits: number) => Number(x.toFixed(digits));
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Which engine was measured: the commit, and when engine/ or sdk/ differ from it (other work in
 * progress), a short hash of those differences. null outside a git checkout.
 */
export function engineRevision(root: string): string | null {
  const git = (...a: string[]) => spawnSync("git", ["-C", root, ...a], { encoding: "utf8", timeout: 5000 });
  const head = git("rev-parse", "--short", "HEAD");
  if (head.status !== 0) return null;
  const diff = git("diff", "HEAD", "--", "engine", "sdk");
  const untracked = git("ls-files", "--others", "--exclude-standard", "--", "engine", "sdk");
  if (!diff.stdout && !untracked.stdout) return head.stdout.trim();
  const h = createHash("sha256").update(diff.stdout ?? "");
  for (const f of (untracked.stdout ?? "").split("\n").filter(Boolean)) {
    h.update(f);
    try {
      h.update(readFileSync(`${root}/${f}`));
    } catch {
      // removed meanwhile
    }
  }
  return `${head.stdout.trim()}+dirty.${h.digest("hex").slice(0, 8)}`;
}

/**
 * Whether to do another warm-up run: fewer than `warmup` done, or less than `warmupS` seconds
 * spent since `since` (performance.now()). A short workload needs many runs before its code
 * paths are optimised (JIT) as they are in a long-lived worker.
 */
export function warming(args: { warmup: number; warmupS: number }, done: number, since: number): boolean {
  return done < args.warmup || performance.now() - since < args.warmupS * 1000;
}

/** Warm-ups are not measured: a short pause after each is enough. */
export const WARMUP_GAP_MS = 10;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function wholeNumber(flag: string, raw: string | undefined, min: number): number {
  if (raw === undefined || raw.startsWith("--")) throw new UsageError(`${flag} needs a value`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number >= ${min}, got "${raw}"`);
  return n;
}

/**
 * `--name value` pairs of whole numbers over `defaults` (a diagnostic's flags); `min` gives
 * each flag's smallest value. An unknown flag or a bad value is a UsageError.
 */
export function wholeNumberFlags<T extends Record<string, number>>(argv: string[], defaults: T, min: (key: keyof T) => number = () => 1): T {
  const opts = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const key = flag.replace(/^--/, "") as keyof T;
    if (!(key in opts)) throw new UsageError(`unknown flag ${flag}: use ${Object.keys(defaults).map((k) => `--${k}`).join(", ")}`);
    opts[key] = wholeNumber(flag, argv[i + 1], min(key)) as T[keyof T];
  }
  return opts;
}

/** Runs a diagnostic's main and exits with its code: 2 for a usage error, 1 for any other. */
export function exitWith(name: string, run: Promise<number>): void {
  run.then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${name}: ${(err as Error).message}\n`);
      process.exit(err instanceof UsageError ? 2 : 1);
    },
  );
}

/** submitRun without its bundle upload: the bundle was uploaded before the timed runs. */
export async function submitOnly(bus: Bus, prepared: PreparedWorkflow, inputJson: string, runId: string): Promise<void> {
  await requestRun(bus, prepared, inputJson, runId, { submitter: `bench-pid-${process.pid}` });
}
