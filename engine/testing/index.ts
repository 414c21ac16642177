/**
 * weft-engine/testing: run a workflow in a unit test. `runLocal(workflow, input, options)` runs the
 * imported workflow through the real engine in this process (no nats-server), on N simulated
 * workers and a simulated clock (retries and timeouts take no wall time), with faults injected
 * where asked. Works under any test runner (mocha, vitest, node:test).
 *
 * @example
 * import { runLocal } from "weft-engine/testing";
 * import hello from "./hello.js";
 *
 * const run = await runLocal(hello, { n: 3 }, { faults: [{ fail: "double", attempt: 1 }] });
 * assert.equal(run.result, 15);
 * assert.equal(run.nodes.double.retries, 1);
 */
export { runLocal, type RunLocalOptions, type LocalRun, type RunError, type InputOf, type ResultOf } from "./run-local.js";
export type { Fault, FailFault, LoseWorkerFault, CancelFault } from "./faults.js";
export type { RunStory, NodeStory, TaskStory, AttemptStory, WorkerStory } from "./run-story.js";
export type { LogEntry } from "../client/run-client.js";
