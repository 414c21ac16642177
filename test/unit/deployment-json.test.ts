/**
 * GET /v1/workflows lists deployments in the JSON every weft output uses: snake_case keys,
 * also inside the trigger specs that weft keeps in camelCase.
 */
import assert from "node:assert/strict";
import { deploymentJson } from "../../engine/gateway/workflows-routes.js";

describe("deploymentJson (GET /v1/workflows)", () => {
  it("writes trigger specs with snake_case keys and a description", () => {
    const json = deploymentJson({
      name: "nightly",
      version: "0123456789ab",
      workflow: "nightly",
      bundleSha256: "0".repeat(64),
      triggers: [{ kind: "cron", cron: "0 3 * * *", tz: "UTC", catchUp: "once", batch: { max: 10, waitMs: 500 } }],
      deployedAtMs: Date.UTC(2026, 11, 7),
      graph: { name: "nightly", nodes: [] } as never,
    });
    const [t] = json.triggers as Record<string, unknown>[];
    assert.equal(t!.catch_up, "once");
    assert.deepEqual(t!.batch, { max: 10, wait_ms: 500 });
    assert.ok(!("catchUp" in t!), JSON.stringify(t));
    assert.match(String(t!.description), /cron/);
    assert.equal(json.deployed, "2026-12-07T00:00:00.000Z");
  });
});
