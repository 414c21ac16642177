/**
 * The local autoscaler's decisions (`weft coordinator --workers MIN..MAX`): from the demand
 * (tasks asking for slots), the workers it started and their state, and the time, how many
 * workers to start and which to stop. Pure: the shell (engine/client/worker-autoscaler.ts)
 * spawns, signals and watches the processes, and passes the time in.
 *
 * The rule: want ceil(demand / slots per worker) + warm workers, within MIN..MAX. Below that,
 * start the difference at once (unless a crash loop holds starts back). Above it, stop a worker
 * only once it has had no work (no busy slot, no unended run placed on it) for the idle time,
 * the longest idle first: a burst that pauses for a moment keeps its workers.
 */

export interface ScaleLimits {
  readonly min: number;
  readonly max: number;
  /** Idle workers kept beyond those the demand needs (still within max). */
  readonly warm: number;
  /** How long a surplus worker stays without work before it is stopped. */
  readonly idleMs: number;
  /** Slots of each worker started (its --slots). */
  readonly slotsPerWorker: number;
}

/** starting: spawned, not heard yet; live: heartbeating; stopping: sent SIGTERM, not exited yet. */
export type ScaledWorkerPhase = "starting" | "live" | "stopping";

export interface ScaledWorker {
  readonly name: string;
  readonly phase: ScaledWorkerPhase;
  /** A busy slot in its last heartbeat, or an unended run placed on it. */
  readonly busy: boolean;
  /** Since when it has had no work (its start if it never had any). */
  readonly idleSince: number;
}

export interface ScaleInput {
  readonly limits: ScaleLimits;
  /** Tasks asking for slots: engine/observability/demand.ts `tasks`. */
  readonly demandTasks: number;
  readonly workers: readonly ScaledWorker[];
  readonly now: number;
  /** No start before this time (a crash loop's back-off; 0: none). */
  readonly startsBlockedUntil: number;
}

export interface ScaleDecision {
  /** Workers wanted now. */
  readonly want: number;
  /** How many to start. */
  readonly start: number;
  /** Which to stop (SIGTERM). */
  readonly stop: readonly string[];
}

/** Workers the demand asks for, plus the warm ones, within min..max. */
export function wantedWorkers(limits: ScaleLimits, demandTasks: number): number {
  const forWork = demandTasks > 0 ? Math.ceil(demandTasks / Math.max(1, limits.slotsPerWorker)) : 0;
  return Math.min(limits.max, Math.max(limits.min, forWork + limits.warm));
}

export function decideScale(input: ScaleInput): ScaleDecision {
  const { limits, now } = input;
  const want = wantedWorkers(limits, input.demandTasks);
  const active = input.workers.filter((w) => w.phase !== "stopping");
  const start = input.now >= input.startsBlockedUntil ? Math.max(0, want - active.length) : 0;
  const surplus = active.length - want;
  if (surplus <= 0) return { want, start, stop: [] };
  const idleLongEnough = active
    .filter((w) => w.phase === "live" && !w.busy && now - w.idleSince >= limits.idleMs)
    .sort((a, b) => a.idleSince - b.idleSince || (a.name < b.name ? -1 : 1));
  return { want, start, stop: idleLongEnough.slice(0, surplus).map((w) => w.name) };
}

/** The first pause after a crash; each crash in a row doubles it, up to MAX_BACKOFF_MS. */
export const FIRST_BACKOFF_MS = 500;
export const MAX_BACKOFF_MS = 30_000;
/** A worker that ran at least this long before it crashed starts a new streak. */
export const STABLE_AFTER_MS = 10_000;

/** How long starts wait after the `streak`-th crash in a row (0: no crash). */
export function crashBackoffMs(streak: number): number {
  if (streak <= 0) return 0;
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.min(streak - 1, 20));
}

/** The crash streak after a worker that lived `livedMs` crashed. */
export function nextCrashStreak(streak: number, livedMs: number): number {
  return livedMs >= STABLE_AFTER_MS ? 1 : streak + 1;
}
