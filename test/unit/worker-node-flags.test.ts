import assert from "node:assert/strict";
import { workerNodeFlags, WORKER_SEMI_SPACE_MB } from "../../engine/client/worker-node-flags.js";

describe("workerNodeFlags", () => {
  const engine = `--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`;

  it("starts workers with a larger young generation, before the user's flags", () => {
    assert.deepEqual(workerNodeFlags([], ""), [engine]);
    assert.deepEqual(workerNodeFlags(["--cpu-prof"], "--enable-source-maps"), [engine, "--cpu-prof"]);
  });

  it("leaves the young generation to the user when their flags or NODE_OPTIONS set it (either spelling)", () => {
    assert.deepEqual(workerNodeFlags(["--max-semi-space-size=8"], ""), ["--max-semi-space-size=8"]);
    assert.deepEqual(workerNodeFlags(["--max_semi_space_size=8"], ""), ["--max_semi_space_size=8"]);
    assert.deepEqual(workerNodeFlags(["--trace-gc"], "--max-semi-space-size=16"), ["--trace-gc"]);
  });
});
