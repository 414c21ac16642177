// A nightly batch job: at 03:00 Paris time, a report over the previous day's orders, the day's
// 24 hourly shards summarised in parallel (wf.map) and combined into one report.
//   weft deploy examples/nightly.ts      ->  nightly@<version>   (trigger cron:0 3 * * * (Europe/Paris))
//   weft runs --json                     ->  one run a night, its result the report
// By hand, for any day: weft run examples/nightly.ts --input '{"day": "2026-12-05"}'
//
// Where the day's data comes from: a real job reads the day's records from its store (a
// database, a bucket, the results of the day's runs). So that this example runs with no other
// service, and a test can check its report, each hour's orders are generated here from the day
// and the hour (the same orders every time for the same hour). Reading earlier runs' results from
// inside a run was the other choice; weft gives workflow code no handle on its run records (a
// workflow would have to connect to weft's NATS itself), so it is left out of an example.
//
// The tick's time decides the day: the cron trigger's map turns the tick (CronTick: cron, tz,
// scheduledAt) into the input, the day before the tick's date in the schedule's zone.
import { TerminalError, workflow, type CronTick } from "weft";

export interface NightlyInput {
  /** The day reported on, YYYY-MM-DD. */
  day: string;
  /** The tick that started the run, when a tick did. */
  scheduledAt?: string;
}

/** One order: its amount in cents (integers: sums are exact). */
export interface Order {
  id: string;
  cents: number;
}

/** One hour's summary. */
export interface HourSummary {
  hour: number;
  orders: number;
  cents: number;
  largestCents: number;
}

/** The report a run returns. */
export interface NightlyReport {
  day: string;
  orders: number;
  revenueCents: number;
  busiestHour: number;
  largestOrderCents: number;
  scheduledAt: string | null;
}

/** The date (YYYY-MM-DD) before the one `at` falls on in `tz`. */
export function dayBefore(at: string, tz: string): string {
  const local = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(at));
  const [y, m, d] = local.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** The orders of one hour of a day: the same for the same day and hour, 5 to 24 of them. */
export function ordersOf(day: string, hour: number): Order[] {
  const random = seeded(`${day}T${String(hour).padStart(2, "0")}`);
  const count = 5 + Math.floor(random() * 20);
  return Array.from({ length: count }, (_, i) => ({ id: `${day}-${hour}-${i}`, cents: 100 + Math.floor(random() * 20_000) }));
}

/** The workflow with its schedule: the default export runs at 03:00 Paris time; tests run it every second. */
export function nightly(schedule: { cron: string; tz: string }) {
  return workflow<NightlyInput>("nightly", (wf) => {
    wf.trigger({ kind: "cron", cron: schedule.cron, tz: schedule.tz }, (tick: CronTick) => ({ day: dayBefore(tick.scheduledAt, tick.tz), scheduledAt: tick.scheduledAt }));
    const hours = wf.node("hours", async (ctx) => {
      const { day } = ctx.input;
      if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new TerminalError(`"day" must be a date like "2026-12-05", got ${JSON.stringify(day)}`);
      return Array.from({ length: 24 }, (_, hour) => ({ day, hour }));
    });
    const perHour = wf.map("hour", hours, async ({ day, hour }): Promise<HourSummary> => {
      const orders = ordersOf(day, hour);
      return { hour, orders: orders.length, cents: orders.reduce((s, o) => s + o.cents, 0), largestCents: Math.max(...orders.map((o) => o.cents)) };
    });
    wf.node("report", perHour, async (summaries, ctx): Promise<NightlyReport> => {
      const busiest = summaries.reduce((a, b) => (b.orders > a.orders ? b : a));
      const report: NightlyReport = {
        day: ctx.input.day,
        orders: summaries.reduce((s, h) => s + h.orders, 0),
        revenueCents: summaries.reduce((s, h) => s + h.cents, 0),
        busiestHour: busiest.hour,
        largestOrderCents: Math.max(...summaries.map((h) => h.largestCents)),
        scheduledAt: ctx.input.scheduledAt ?? null,
      };
      ctx.log.info(`report for ${report.day}: ${report.orders} orders, ${(report.revenueCents / 100).toFixed(2)} in all`);
      return report;
    });
  });
}

export default nightly({ cron: "0 3 * * *", tz: "Europe/Paris" });

/** A small seeded generator (FNV-1a of the seed, then mulberry32): numbers in [0, 1). */
function seeded(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
