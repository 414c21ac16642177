/**
 * The cron trigger: each tick of a schedule starts a run whose input is the tick (CronTick:
 * expression, zone, scheduled time). The event id is the tick's scheduled time (ISO, UTC), so
 * two leaders firing the same tick make one run (the run id derives from it).
 *
 * The leader keeps the last tick it fired in KV (weft_trigger_state): a new leader goes on from
 * there, so a tick the old leader did not fire is fired late, not lost. Ticks due while no
 * coordinator was up (older than the hand-over window of cron-schedule.ts's takeOver) follow the
 * spec's catch-up policy: `skip` (default) none runs, `once` the latest runs. A tick whose run
 * cannot be accepted now is tried again every second until it is (later ticks wait behind it).
 */
import type { CronTick, CronTriggerSpec } from "../../model/trigger.js";
import { LEADER_TTL_MS } from "../coordinator/leader-lock.js";
import { DeploymentStore } from "../deploy/deployment-store.js";
import type { TimerId } from "../base/clock.js";
import { catchUpOf, cronSchedule, DEFAULT_TZ, takeOver, type CronSchedule } from "./cron-schedule.js";
import type { TriggerContext, TriggerKindRunner, RunningTrigger } from "./trigger-kind.js";
import { TriggerState } from "./trigger-state.js";

/**
 * A leader change takes up to the lock's life (a standby sees the dead leader's key expire) plus
 * the standby's poll (2 s) and the trigger poll (1 s): ticks due this long before a leader starts
 * are taken as late across a hand-over, and fire whatever the catch-up policy.
 */
export const HANDOVER_MS = LEADER_TTL_MS * 2.5;

/** A tick whose run was not accepted is offered again after this long. */
const RETRY_MS = 1000;

/** What the trigger keeps in weft_trigger_state. */
export interface CronState {
  /** Every tick at or before this time (ISO) has been fired. */
  readonly firedThrough: string;
}

export const cronTrigger: TriggerKindRunner<CronTriggerSpec> = {
  async check(_bus, spec) {
    cronSchedule(spec.cron, spec.tz ?? DEFAULT_TZ);
    catchUpOf(spec.catchUp);
  },

  async start(ctx) {
    return CronTicker.start(ctx);
  },
};

/** The shell: reads where the last leader got to, decides (takeOver), then fires ticks on the clock. */
export class CronTicker implements RunningTrigger {
  private timer: TimerId | undefined;
  private stopped = false;
  /** The latest tick fired (or decided on): the schedule goes on after it. */
  private cursor: number;

  private constructor(
    private readonly ctx: TriggerContext<CronTriggerSpec>,
    private readonly schedule: CronSchedule,
    private readonly state: TriggerState<CronState>,
    resumeAfter: number,
  ) {
    this.cursor = resumeAfter;
  }

  static async start(ctx: TriggerContext<CronTriggerSpec>): Promise<CronTicker> {
    const { bus, spec, key, clock, deployment } = ctx;
    const schedule = cronSchedule(spec.cron, spec.tz ?? DEFAULT_TZ);
    const state = await TriggerState.open<CronState>(bus);
    const kept = await state.get(key);
    // Ticks before the latest `weft deploy` of this name never run: after an undeploy and a
    // deploy again, the old deployment's missed ticks are not this one's.
    const deployedAt = (await (await DeploymentStore.open(bus)).get(deployment))?.deployedAtMs;
    const firedThrough = maxOf(kept ? Date.parse(kept.firedThrough) : undefined, deployedAt);
    const plan = takeOver(schedule, { firedThrough, now: clock.now(), catchUp: catchUpOf(spec.catchUp), handoverMs: HANDOVER_MS });
    const ticker = new CronTicker(ctx, schedule, state, plan.resumeAfter);
    const what = `${deployment}: cron ${spec.cron} (${schedule.tz})`;
    if (plan.skipped) {
      ctx.say(`weft coordinator: ${what}: skipped the ticks missed while no coordinator was up, ${iso(plan.skipped.first)} to ${iso(plan.skipped.last)}`);
    }
    if (plan.catchUp !== undefined) {
      ctx.say(`weft coordinator: ${what}: runs the latest missed tick ${iso(plan.catchUp)} once (catch-up once)`);
      ticker.fire(plan.catchUp);
    } else {
      ticker.armNext();
    }
    return ticker;
  }

  stop(): void {
    this.stopped = true;
    this.ctx.clock.clearTimeout(this.timer);
  }

  /** Arms the timer of the next tick after the cursor (at once when it is due already). */
  private armNext(): void {
    if (this.stopped) return;
    const next = this.schedule.after(this.cursor);
    if (next === undefined) {
      this.ctx.say(`weft coordinator: ${this.ctx.deployment}: cron ${this.ctx.spec.cron} has no more ticks after ${iso(this.cursor)}`);
      return;
    }
    this.timer = this.ctx.clock.setTimeout(() => this.fire(next), next - this.ctx.clock.now());
  }

  /** Offers the tick until it is accepted, then records it and goes on with the schedule. */
  private fire(tick: number): void {
    if (this.stopped) return;
    const { spec, sink, clock } = this.ctx;
    const scheduledAt = iso(tick);
    const body: CronTick = { cron: spec.cron, tz: this.schedule.tz, scheduledAt };
    const event = {
      data: new TextEncoder().encode(JSON.stringify(body)),
      info: { kind: "cron" as const, eventId: scheduledAt, source: `${spec.cron} (${this.schedule.tz})`, receivedAtMs: clock.now() },
    };
    void sink
      .accept(event)
      .catch((err: unknown) => {
        this.ctx.say(`weft coordinator: ${this.ctx.deployment}: cron tick ${scheduledAt} failed: ${(err as Error).message}; tried again`);
        return "retry" as const;
      })
      .then(async (outcome) => {
        if (this.stopped) return;
        if (outcome === "retry") {
          this.timer = clock.setTimeout(() => this.fire(tick), RETRY_MS);
          return;
        }
        this.cursor = Math.max(this.cursor, tick);
        await this.record(tick);
        this.armNext();
      });
  }

  /** Keeps the tick as fired, for the next leader; a failed write only makes it fire again (a duplicate the run id refuses). */
  private async record(tick: number): Promise<void> {
    try {
      await this.state.put(this.ctx.key, { firedThrough: iso(tick) });
    } catch (err) {
      this.ctx.say(`weft coordinator: ${this.ctx.deployment}: could not keep cron tick ${iso(tick)} as fired (${(err as Error).message})`);
    }
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.max(a, b);
}
