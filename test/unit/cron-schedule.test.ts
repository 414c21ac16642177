import assert from "node:assert/strict";
import { catchUpOf, cronSchedule, takeOver } from "../../engine/triggers/cron-schedule.js";
import { WeftError } from "../../engine/errors.js";

const at = (s: string) => Date.parse(s);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const usage = (pattern: RegExp) => (err: unknown) => (err as WeftError).code === "E_USAGE" && pattern.test((err as Error).message);

describe("cron schedules (pure)", () => {
  it("reads 5 fields (minutes) and 6 (seconds first), in a time zone", () => {
    const nightly = cronSchedule("0 3 * * *", "Europe/Paris");
    assert.equal(iso(nightly.after(at("2026-01-01T00:00:00Z"))), "2026-01-01T02:00:00.000Z", "03:00 in Paris is 02:00 UTC in winter");
    assert.equal(iso(nightly.after(at("2026-07-01T00:00:00Z"))), "2026-07-01T01:00:00.000Z", "and 01:00 UTC in summer");
    const everySecond = cronSchedule("*/1 * * * * *");
    assert.equal(everySecond.tz, "UTC");
    assert.equal(iso(everySecond.after(at("2026-01-01T00:00:05Z"))), "2026-01-01T00:00:06.000Z", "after is strictly after");
    assert.equal(iso(everySecond.atOrBefore(at("2026-01-01T00:00:05Z"))), "2026-01-01T00:00:05.000Z", "atOrBefore includes the time itself");
    assert.equal(iso(everySecond.atOrBefore(at("2026-01-01T00:00:05.999Z"))), "2026-01-01T00:00:05.000Z");
  });

  it("refuses an unreadable expression or an unknown zone with E_USAGE naming it and showing a valid example", () => {
    assert.throws(() => cronSchedule("61 * * * *"), usage(/cannot read the expression "61 \* \* \* \*".*"0 3 \* \* \*"/));
    assert.throws(() => cronSchedule("* * *"), usage(/"\* \* \*".*e\.g\./));
    assert.throws(() => cronSchedule("0 0 0 1 1 * 2030"), usage(/5 or 6 parts|"0 0 0 1 1 \* 2030"/), "7 fields (years) are not a cron of this trigger");
    assert.throws(() => cronSchedule("0 0 31 2 *"), usage(/"0 0 31 2 \*" never fires/), "February 31st reads, but never comes");
    assert.throws(() => cronSchedule(""), usage(/must be a cron expression/));
    assert.throws(() => cronSchedule(42), usage(/must be a cron expression, got 42/));
    assert.throws(() => cronSchedule("0 3 * * *", "Mars/Olympus"), usage(/"0 3 \* \* \*": unknown time zone "Mars\/Olympus".*Europe\/Paris/));
  });

  it("catch-up is skip (the default) or once; anything else is E_USAGE", () => {
    assert.equal(catchUpOf(undefined), "skip");
    assert.equal(catchUpOf("skip"), "skip");
    assert.equal(catchUpOf("once"), "once");
    assert.throws(() => catchUpOf("all"), usage(/"all" is not a policy.*"skip".*"once"/));
  });

  describe("takeOver: what a new leader fires of the ticks since the last fired", () => {
    const s = cronSchedule("*/1 * * * * *");
    const T0 = at("2026-01-01T00:00:00Z");
    const handoverMs = 15_000;

    it("a trigger never fired starts from now: no tick of the past runs", () => {
      assert.deepEqual(takeOver(s, { firedThrough: undefined, now: T0, catchUp: "once", handoverMs }), { resumeAfter: T0 });
    });

    it("a leader change within the hand-over window: every tick after the last fired runs (late), whatever the policy", () => {
      for (const catchUp of ["skip", "once"] as const) {
        const plan = takeOver(s, { firedThrough: T0, now: T0 + 8_000, catchUp, handoverMs });
        assert.deepEqual(plan, { resumeAfter: T0 }, catchUp);
        assert.equal(s.after(plan.resumeAfter), T0 + 1000, "the tick the old leader did not fire is the first");
      }
    });

    it("skip: ticks missed before the window do not run; those in the window do", () => {
      const now = T0 + 60_000;
      const plan = takeOver(s, { firedThrough: T0, now, catchUp: "skip", handoverMs });
      assert.deepEqual(plan, { resumeAfter: now - handoverMs, skipped: { first: T0 + 1000, last: now - handoverMs } });
    });

    it("once: the latest missed tick runs, the earlier ones are skipped", () => {
      const now = T0 + 60_000;
      const plan = takeOver(s, { firedThrough: T0, now, catchUp: "once", handoverMs });
      assert.deepEqual(plan, { catchUp: now - handoverMs, resumeAfter: now - handoverMs, skipped: { first: T0 + 1000, last: now - handoverMs - 1000 } });
    });

    it("once with a single missed tick: it runs, nothing is skipped", () => {
      const daily = cronSchedule("0 3 * * *");
      const fired = at("2026-01-01T03:00:00Z");
      const now = at("2026-01-02T09:00:00Z");
      assert.deepEqual(takeOver(daily, { firedThrough: fired, now, catchUp: "once", handoverMs }), { catchUp: at("2026-01-02T03:00:00Z"), resumeAfter: now - handoverMs });
      assert.deepEqual(takeOver(daily, { firedThrough: fired, now, catchUp: "skip", handoverMs }), {
        resumeAfter: now - handoverMs,
        skipped: { first: at("2026-01-02T03:00:00Z"), last: at("2026-01-02T03:00:00Z") },
      });
    });

    it("a long gap with no tick in it: nothing missed", () => {
      const daily = cronSchedule("0 3 * * *");
      const fired = at("2026-01-01T03:00:00Z");
      const now = at("2026-01-01T20:00:00Z");
      assert.deepEqual(takeOver(daily, { firedThrough: fired, now, catchUp: "once", handoverMs }), { resumeAfter: now - handoverMs });
    });

    it("a last fired tick ahead of this leader's clock: it goes on from there", () => {
      assert.deepEqual(takeOver(s, { firedThrough: T0 + 5000, now: T0, catchUp: "once", handoverMs }), { resumeAfter: T0 + 5000 });
    });
  });
});
