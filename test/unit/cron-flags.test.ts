import assert from "node:assert/strict";
import { triggersOf } from "../../engine/cli/trigger-flags.js";
import type { WeftError } from "../../engine/errors.js";

const usage = (pattern: RegExp) => (err: unknown) => (err as WeftError).code === "E_USAGE" && pattern.test((err as Error).message);

describe("weft deploy --cron flags (engine/cli/trigger-flags.ts)", () => {
  it("--cron [--tz] [--catch-up] make one cron trigger; skip, the default, is left out of the spec", () => {
    assert.deepEqual(triggersOf({ cron: "0 3 * * *" }), [{ kind: "cron", cron: "0 3 * * *" }]);
    assert.deepEqual(triggersOf({ cron: "0 3 * * *", tz: "Europe/Paris", catchUp: "once" }), [{ kind: "cron", cron: "0 3 * * *", tz: "Europe/Paris", catchUp: "once" }]);
    assert.deepEqual(triggersOf({ cron: "0 3 * * *", catchUp: "skip" }), [{ kind: "cron", cron: "0 3 * * *" }]);
    assert.deepEqual(triggersOf({ cron: "*/5 * * * * *", batch: "10" }), [{ kind: "cron", cron: "*/5 * * * * *", batch: { max: 10, waitMs: 1000 } }]);
  });

  it("--tz or --catch-up without --cron, or a catch-up that is not skip|once, is E_USAGE", () => {
    assert.throws(() => triggersOf({ tz: "Europe/Paris" }), usage(/--tz and --catch-up go with --cron/));
    assert.throws(() => triggersOf({ catchUp: "once" }), usage(/--tz and --catch-up go with --cron/));
    assert.throws(() => triggersOf({ cron: "0 3 * * *", catchUp: "always" }), usage(/"always" is not a policy/));
  });
});
