/** The restart strategy of streaming jobs (engine/core/stream/restart-policy.ts): backoff doubling per failure in a row, then failed; a long healthy run starts the count again. */
import assert from "node:assert/strict";
import { afterFailure, describeFailure, type RestartPolicy } from "../../engine/core/stream/restart-policy.js";

const policy: RestartPolicy = { maxAttempts: 3, initialBackoffMs: 1000, maxBackoffMs: 3000, resetAfterMs: 60_000 };

describe("stream restart policy", () => {
  it("restarts after 1 s, 2 s, then the cap, and fails at the failure past maxAttempts", () => {
    let prev = undefined;
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const next = afterFailure(policy, prev, 10_000, "boom", "s0", 20_000);
      assert.equal(next.state, "restarting");
      waits.push((next.failure.retryAt ?? 0) - 20_000);
      prev = next.failure;
    }
    assert.deepEqual(waits, [1000, 2000, 3000]);
    const last = afterFailure(policy, prev, 10_000, "boom", "s0", 20_000);
    assert.equal(last.state, "failed");
    assert.equal(last.failure.attempt, 4);
    assert.equal(last.failure.retryAt, undefined);
    assert.equal(describeFailure(last.state, last.failure, policy, 20_000), "failed after 4 failures in a row: s0: boom");
  });

  it("an epoch that ran past resetAfterMs counts as a first failure again", () => {
    const prev = { reason: "boom", attempt: 3, at: 0 };
    const next = afterFailure(policy, prev, 0, "again", undefined, 60_000);
    assert.equal(next.state, "restarting");
    assert.equal(next.failure.attempt, 1);
    assert.equal(describeFailure(next.state, next.failure, policy, 60_000), "restarting (attempt 1 of 3, in 1 s): again");
  });

  it("a wait that is not a failure of the job's own (no worker) reads without an attempt", () => {
    assert.equal(describeFailure("restarting", { reason: "no live worker: waiting up to 60 s for one", attempt: 0, at: 0 }, policy, 5), "restarting: no live worker: waiting up to 60 s for one");
  });

  it("with no restarts allowed the first failure fails the job", () => {
    assert.equal(afterFailure({ ...policy, maxAttempts: 0 }, undefined, 0, "boom", "w1", 5).state, "failed");
  });
});
