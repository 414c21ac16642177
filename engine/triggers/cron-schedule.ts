/**
 * Cron schedules, pure: which ticks an expression has in a time zone (croner reads the
 * expression), and what a coordinator that takes over the trigger fires of the ticks due since
 * the last one fired. No timers and no I/O here: engine/triggers/cron-trigger.ts does those.
 */
import { Cron } from "croner";
import type { CronTriggerSpec } from "../../model/trigger.js";
import { ErrorCode, WeftError } from "../errors.js";

/** The zone a schedule without `tz` is read in. */
export const DEFAULT_TZ = "UTC";

/** What missed ticks do: none runs (`skip`) or the latest one runs (`once`). */
export type CatchUp = NonNullable<CronTriggerSpec["catchUp"]>;

const CATCH_UPS: readonly CatchUp[] = ["skip", "once"];

const EXAMPLES = `e.g. "0 3 * * *" (03:00 every day: minute hour day-of-month month day-of-week) or "*/10 * * * * *" (every 10 seconds: 6 fields, seconds first)`;

/** A parsed schedule: its ticks, as ms since the epoch. */
export interface CronSchedule {
  readonly cron: string;
  readonly tz: string;
  /** The first tick strictly after `ms`; undefined when the schedule has no more (a date in the past). */
  after(ms: number): number | undefined;
  /** The latest tick at or before `ms`; undefined when there is none. */
  atOrBefore(ms: number): number | undefined;
}

/**
 * Reads `cron` (5 fields, or 6 with seconds first; croner's nicknames such as `@daily` too) in
 * the IANA zone `tz`. E_USAGE naming the expression or zone, with a valid example, when either
 * cannot be read.
 */
export function cronSchedule(cron: unknown, tz: unknown = DEFAULT_TZ): CronSchedule {
  if (typeof cron !== "string" || cron.trim() === "") {
    throw new WeftError(ErrorCode.Usage, `cron trigger: the schedule must be a cron expression, got ${JSON.stringify(cron)}: ${EXAMPLES}.`);
  }
  if (typeof tz !== "string" || !isTimeZone(tz)) {
    throw new WeftError(
      ErrorCode.Usage,
      `cron trigger "${cron}": unknown time zone ${JSON.stringify(tz)}: give an IANA zone name such as "Europe/Paris", "America/New_York" or "UTC".`,
    );
  }
  let job: Cron;
  try {
    job = new Cron(cron, { timezone: tz, mode: "5-or-6-parts" }); // no function: computes ticks, arms no timer
  } catch (err) {
    throw new WeftError(ErrorCode.Usage, `cron trigger: cannot read the expression "${cron}" (${(err as Error).message}): ${EXAMPLES}.`, { cause: err });
  }
  // croner reads "0 0 31 2 *" (February 31st) and then never fires: refused here, not deployed silent.
  if (job.nextRun() === null) {
    throw new WeftError(ErrorCode.Usage, `cron trigger: the expression "${cron}" never fires (no such date comes in ${tz}): ${EXAMPLES}.`);
  }
  return {
    cron,
    tz,
    after: (ms) => job.nextRun(new Date(ms))?.getTime(),
    // previousRuns is strictly before its reference: one ms later makes it "at or before".
    atOrBefore: (ms) => job.previousRuns(1, new Date(ms + 1))[0]?.getTime(),
  };
}

/** The catch-up policy of a spec (default `skip`); E_USAGE for any other value. */
export function catchUpOf(value: unknown): CatchUp {
  if (value === undefined) return "skip";
  if (typeof value === "string" && (CATCH_UPS as readonly string[]).includes(value)) return value as CatchUp;
  throw new WeftError(
    ErrorCode.Usage,
    `cron trigger: catch-up ${JSON.stringify(value)} is not a policy: give "skip" (ticks missed while no coordinator was up do not run; the default) or "once" (the latest of them runs once).`,
  );
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** What a coordinator that starts the trigger does with the ticks due since the last one fired. */
export interface TakeOver {
  /** A missed tick to run now (catch-up once), before the schedule goes on. */
  readonly catchUp?: number;
  /** The schedule goes on with the ticks after this time: those already due run at once, in order. */
  readonly resumeAfter: number;
  /** The missed ticks that do not run: the first and the last of them. */
  readonly skipped?: { readonly first: number; readonly last: number };
}

export interface TakeOverInput {
  /** Every tick at or before this time was fired (or decided on) by an earlier leader; undefined: none ever was. */
  readonly firedThrough: number | undefined;
  readonly now: number;
  readonly catchUp: CatchUp;
  /**
   * How long a leader change takes (the leader lock's expiry plus the trigger poll): a tick due
   * within this window before `now` came while a leader was thought alive, so it is late, not
   * missed, and runs whatever the policy.
   */
  readonly handoverMs: number;
}

/**
 * The take-over decision. Ticks after `firedThrough` and due in the hand-over window run late,
 * in order; older ones were missed while no coordinator was up: with `skip` none of them runs,
 * with `once` the latest runs. Without `firedThrough` the trigger is new: it starts from `now`.
 */
export function takeOver(schedule: CronSchedule, input: TakeOverInput): TakeOver {
  const { firedThrough, now, catchUp, handoverMs } = input;
  if (firedThrough === undefined) return { resumeAfter: now };
  const horizon = Math.max(firedThrough, now - handoverMs);
  const lastMissed = schedule.atOrBefore(horizon);
  if (lastMissed === undefined || lastMissed <= firedThrough) return { resumeAfter: horizon };
  const firstMissed = schedule.after(firedThrough)!; // lastMissed is one, so there is a first
  if (catchUp === "skip") return { resumeAfter: horizon, skipped: { first: firstMissed, last: lastMissed } };
  const beforeLast = firstMissed < lastMissed ? schedule.atOrBefore(lastMissed - 1) : undefined;
  return { catchUp: lastMissed, resumeAfter: horizon, ...(beforeLast !== undefined ? { skipped: { first: firstMissed, last: beforeLast } } : {}) };
}
