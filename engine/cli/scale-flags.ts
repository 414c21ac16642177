/**
 * The autoscaling flags of `weft dev` and `weft coordinator`: `--workers N` (a fixed count) or
 * `--workers MIN..MAX` (autoscaled), `--idle DURATION`, `--warm K`, `--worker-node-options`.
 * Each mistake is a usage error (exit 2) that says what is wrong and what to pass.
 */
import { ErrorCode, WeftError } from "../errors.js";
import { durationFlag } from "./options.js";
import type { ScaleLimits } from "../core/autoscale-policy.js";

/** How long a surplus worker may stay idle before it is stopped, when --idle is not given. */
export const DEFAULT_IDLE_MS = 30_000;

export interface WorkerRange {
  readonly min: number;
  readonly max: number;
  /** `--workers N`: MIN = MAX = N, not a range. */
  readonly fixed: boolean;
}

/** `--workers N` or `--workers MIN..MAX` (MIN may be 0; MAX at least 1 and at most `limit`). */
export function parseWorkerRange(raw: string, limit: number): WorkerRange {
  const usage = (why: string) =>
    new WeftError(ErrorCode.Usage, `--workers ${why}: pass a count such as 2, or a range MIN..MAX such as 0..4 (MIN >= 0, 1 <= MAX <= ${limit}, MIN <= MAX).`);
  const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);
  const m = /^(.*)\.\.(.*)$/.exec(raw);
  if (!m) {
    const n = whole(raw);
    if (!Number.isInteger(n) || n < 1 || n > limit) throw usage(`must be a whole number from 1 to ${limit} or a range, got "${raw}"`);
    return { min: n, max: n, fixed: true };
  }
  const min = whole(m[1]!);
  const max = whole(m[2]!);
  if (!Number.isInteger(min) || !Number.isInteger(max)) throw usage(`"${raw}" is not a range of two whole numbers`);
  if (min > max) throw usage(`"${raw}" has MIN (${min}) above MAX (${max})`);
  if (max < 1 || max > limit) throw usage(`"${raw}": MAX must be from 1 to ${limit}`);
  return { min, max, fixed: false };
}

export interface ScaleFlags {
  workers?: string;
  idle?: string;
  warm?: string;
  slots?: string;
  workerNodeOptions?: string;
}

/** The autoscaler's limits from the flags, or undefined when --workers is absent. */
export function scaleLimitsOf(flags: ScaleFlags, slotsPerWorker: number, limit: number): ScaleLimits | undefined {
  if (flags.workers === undefined) {
    for (const [flag, given] of [["--idle", flags.idle], ["--warm", flags.warm], ["--worker-node-options", flags.workerNodeOptions]] as const) {
      if (given !== undefined) throw new WeftError(ErrorCode.Usage, `${flag} needs --workers MIN..MAX (the workers this process starts and stops).`);
    }
    return undefined;
  }
  const range = parseWorkerRange(flags.workers, limit);
  if (range.fixed) {
    // A fixed count never scales: --idle and --warm would be silently ignored.
    for (const [flag, given] of [["--idle", flags.idle], ["--warm", flags.warm]] as const) {
      if (given !== undefined) throw new WeftError(ErrorCode.Usage, `${flag} needs a range of workers, but --workers ${flags.workers} is a fixed count: pass --workers MIN..MAX (such as 0..${range.max}) to scale, or drop ${flag}.`);
    }
  }
  const idleMs = durationFlag("--idle", flags.idle) ?? DEFAULT_IDLE_MS;
  let warm = 0;
  if (flags.warm !== undefined) {
    warm = /^\s*\d+\s*$/.test(flags.warm) ? Number(flags.warm) : NaN;
    if (!Number.isInteger(warm)) throw new WeftError(ErrorCode.Usage, `--warm must be a whole number >= 0 (idle workers kept ready), got "${flags.warm}".`);
    if (warm > range.max) throw new WeftError(ErrorCode.Usage, `--warm ${warm} is above MAX (${range.max}) of --workers ${flags.workers}: keep --warm at most MAX.`);
  }
  return { min: range.min, max: range.max, warm, idleMs, slotsPerWorker };
}

/** How many workers `weft dev` starts when --workers is not given. */
export const DEV_WORKERS = 2;

/**
 * `weft dev`'s limits: `--workers` defaults to a count of {@link DEV_WORKERS}, but `--idle` and
 * `--warm` still need the flag given (docs/autoscaling.md), as for `weft coordinator`: alone
 * they would scale nothing.
 */
export function devScaleLimitsOf(flags: ScaleFlags, slotsPerWorker: number, limit: number): ScaleLimits {
  if (flags.workers === undefined) scaleLimitsOf({ idle: flags.idle, warm: flags.warm }, slotsPerWorker, limit);
  return scaleLimitsOf({ ...flags, workers: flags.workers ?? String(DEV_WORKERS) }, slotsPerWorker, limit)!;
}

/** `--worker-node-options "--max-old-space-size=4096 ..."`: node flags of each started worker. */
export function workerNodeOptions(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  const parts = raw.split(/\s+/).filter((s) => s !== "");
  const bad = parts.find((p) => !p.startsWith("-"));
  if (bad !== undefined) throw new WeftError(ErrorCode.Usage, `--worker-node-options takes node flags (each starting with -, such as --max-old-space-size=4096), got "${bad}".`);
  return parts;
}
