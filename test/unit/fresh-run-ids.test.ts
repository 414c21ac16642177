/**
 * Which claims that a run id was made just now are believed (engine/core/fresh-run-ids.ts): a
 * believed id starts on its workers before its record exists, so a claim on an id a run may
 * hold must not be.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { FRESH_HORIZON_MS, FreshRunIds } from "../../engine/core/fresh-run-ids.js";
import { mintedAtOf, newRunId } from "../../engine/model/run-id.js";

describe("fresh run ids", () => {
  const now = 1_800_000_000_000;

  it("reads the mint time of newRunId's ids only", () => {
    assert.equal(mintedAtOf(newRunId(now)), now);
    for (const chosen of ["my-run", "r-abc", "r-mxdn-1234567", "r-mxdnpava-5463f32c-x", "R-MXDNPAVA-5463F32C"]) assert.equal(mintedAtOf(chosen), undefined, chosen);
  });

  it("believes an unseen fresh id once the stored ids are loaded, and only once", () => {
    const ids = new FreshRunIds();
    const id = newRunId(now);
    assert.equal(ids.claim(id, now), false, "before the records were read");
    const next = newRunId(now);
    ids.load([], now);
    assert.equal(ids.claim(next, now + 5), true);
    assert.equal(ids.claim(next, now + 6), false, "claimed again (a retry, or another client)");
  });

  it("does not believe an id a record holds, one submitted before, a chosen one, or one minted far from now", () => {
    const ids = new FreshRunIds();
    const stored = newRunId(now - 1000);
    const submitted = newRunId(now);
    ids.load([stored], now);
    ids.saw(submitted, now);
    assert.equal(ids.claim(stored, now), false);
    assert.equal(ids.claim(submitted, now), false);
    assert.equal(ids.claim("my-run", now), false);
    assert.equal(ids.claim(newRunId(now - FRESH_HORIZON_MS - 1), now), false);
    assert.equal(ids.claim(newRunId(now + FRESH_HORIZON_MS + 1), now), false);
  });

  it("reads the records again after a lost leadership before believing a claim", () => {
    const ids = new FreshRunIds();
    ids.load([], now);
    ids.clear();
    assert.equal(ids.claim(newRunId(now), now), false);
  });
});
