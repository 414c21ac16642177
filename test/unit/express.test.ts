/**
 * Express runs (docs/express.md), the pure parts: the workflow option and its wire form, the
 * `--express` deploy flag, and the run table ending an express run at once (no log settling)
 * and never asking for its record to be written (the shell drops RecordRun for it).
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import { triggersOf } from "../../engine/cli/trigger-flags.js";
import { RunTable, type CoordinatorEvent, type CoordinatorEventBody } from "../../engine/coordinator/run-table.js";
import { WorkerRegistry } from "../../engine/coordinator/worker-registry.js";
import { graphFromWire, graphToWire } from "../../engine/wire/protocol.js";
import { describeTrigger } from "../../model/trigger.js";
import { workflow } from "../../sdk/index.js";
import { node } from "../helpers/graph.js";

describe("express runs: the workflow option", () => {
  it('durability "express" is in the graph and survives its wire form; durable (or none) leaves the graph as before', () => {
    const express = workflow("e", (wf) => wf.node("a", async () => 1), { durability: "express" });
    assert.equal(express.graph.durability, "express");
    assert.equal(graphFromWire(graphToWire(express.graph)).durability, "express");
    const durable = workflow("d", (wf) => wf.node("a", async () => 1), { durability: "durable" });
    assert.equal("durability" in durable.graph, false);
    assert.equal("durability" in graphFromWire(graphToWire(durable.graph)), false);
  });

  it("an unknown durability is refused, naming the choices", () => {
    assert.throws(
      () => workflow("x", (wf) => wf.node("a", async () => 1), { durability: "fast" as "express" }),
      (err: Error & { code?: string }) => err.code === "E_INVALID_WORKFLOW" && /durability must be "durable" or "express", got "fast"/.test(err.message),
    );
  });
});

describe("express runs: weft deploy --express", () => {
  it("marks every trigger given by a flag express (and says so in listings); alone it is a usage error", () => {
    const [t] = triggersOf({ http: "POST /quote", express: true });
    assert.deepEqual(t, { kind: "http", method: "POST", path: "/quote", express: true });
    assert.equal(describeTrigger(t!), "http:POST /quote [express]");
    const [b] = triggersOf({ subject: "a.>", batch: "10", express: true });
    assert.equal(b?.express, true);
    assert.throws(() => triggersOf({ express: true }), /--express makes the runs of a trigger given by a flag/);
  });
});

describe("express runs: the run table", () => {
  const graph = { name: "one", nodes: [node("only")] };
  const placement = { workers: ["w1"], nodeWorker: { only: 0 }, mapWeights: [1], strategy: "locality" as const };
  function started(express: boolean) {
    const clock = new SimulatedClock(1000);
    const registry = new WorkerRegistry(3000, clock);
    const table = new RunTable(registry, { name: "c1", workerWaitMs: 10_000, maxPayload: 1 << 20 });
    let n = 0;
    const feed = (body: CoordinatorEventBody) => table.handle({ ...body, at: clock.now(), stimulusId: `${body.type}#${++n}` } as CoordinatorEvent);
    feed({ type: "worker.heard", name: "w1", slots: 2, running: 0, incarnation: "w1/1", pid: 1, host: "h" });
    const setup = { runId: "r1", graph, bundleHash: "sha", inputJson: "{}", submittedAt: 1000, placement, deadlineAt: 0, ...(express ? { express: true } : {}) };
    feed({ type: "submission.received", setup });
    feed({ type: "submission.accepted", runId: "r1" });
    return feed({ type: "sink.arrived", runId: "r1", worker: "w1", epoch: 0, node: "only", valueJson: "42", error: undefined });
  }

  it("an express run's end is published at once, with its result, and the run released (no log settling)", () => {
    const out = started(true);
    assert.deepEqual(
      out.map((i) => i.type),
      ["PublishRunEvent", "DisarmDeadline", "PublishControl", "Forget"],
    );
    const end = out[0]!;
    assert.ok(end.type === "PublishRunEvent" && end.end && end.entry.to === "succeeded" && end.entry.resultJson === "42");
  });

  it("a durable run's end waits for its log to settle (as before)", () => {
    assert.deepEqual(
      started(false).map((i) => i.type),
      ["SettleLog"],
    );
  });
});
