/// <reference types="mocha" />
import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { ColdStart } from "../../engine/worker/cold-start.js";
import { registerColdStartMetrics } from "../../engine/observability/cold-start-metrics.js";

describe("a worker's cold-start report (engine/worker/cold-start.ts)", () => {
  const said: { event: string; fields: Record<string, unknown> }[] = [];
  const make = () => {
    said.length = 0;
    return new ColdStart("w1", { event: (event, _msg, fields = {}) => said.push({ event, fields }) }, () => 1234.5, () => 321.04);
  };

  it("says its start split, each bundle's fetch and import, and only the first task's end", () => {
    const c = make();
    c.started({ processStartMs: 400.04, natsConnectMs: 20, serveMs: 30 }, { bundledCli: true, extraCaCerts: false, codeCache: "used" });
    c.bundleLoaded({ bundle: "ab".repeat(32), fetchMs: 5, importMs: 60, bytes: 1000, prewarmed: true, fromHostCache: false });
    c.taskChanged("inc", "ready", 0);
    assert.equal(c.firstTaskDone, false, "a task that did not run is not the first task");
    c.taskChanged("inc", "running", 7);
    c.taskChanged("other", "running", 9);
    assert.deepEqual(
      said.map((s) => s.event),
      ["worker.cold_start", "bundle.loaded", "worker.first_task"],
    );
    assert.deepEqual(said[0]!.fields, { processStartMs: 400, natsConnectMs: 20, serveMs: 30, bundledCli: true, extraCaCerts: false, codeCache: "used" });
    assert.equal(said[1]!.fields.prewarmed, true);
    assert.equal(c.firstTaskDone, true);
    assert.deepEqual(said[2]!.fields, { node: "inc", runMs: 7, sinceProcessStartMs: 1234.5, cpuMs: 321 });
  });

  it("is read out as gauges in seconds", async () => {
    const c = make();
    const registry = new Registry();
    registerColdStartMetrics(registry, c);
    assert.doesNotMatch(await registry.metrics(), /weft_worker_cold_start_seconds\{/, "nothing before the start");
    c.started({ processStartMs: 400, natsConnectMs: 20, serveMs: 30 }, { bundledCli: false, extraCaCerts: true, codeCache: "none" });
    c.bundleLoaded({ bundle: "ab".repeat(32), fetchMs: 5, importMs: 60, bytes: 1000, prewarmed: false, fromHostCache: true });
    c.taskChanged("inc", "running", 7);
    const text = await registry.metrics();
    assert.match(text, /weft_worker_cold_start_seconds\{phase="process_start"\} 0\.4\b/);
    assert.match(text, /weft_worker_cold_start_seconds\{phase="first_task"\} 0\.007\b/);
    assert.match(text, /weft_worker_bundle_load_seconds\{bundle="abababababab",step="import",prewarmed="false"\} 0\.06\b/);
  });
});
