/**
 * Stage fusion (engine/plan/fusion.ts): one predicate, each condition shown to matter.
 */
import assert from "node:assert/strict";
import type { NodeSpec, WorkflowGraph } from "../../model/graph.js";
import { fusionPlan, isFusable } from "../../engine/plan/fusion.js";

const stage = (name: string, deps: string[] = [], routing: string[] = deps.map(() => "forward")): NodeSpec =>
  ({ name, kind: "stage", deps, routing, op: "map" }) as unknown as NodeSpec;
const task = (name: string, deps: string[] = []): NodeSpec => ({ name, kind: "task", deps, routing: [] }) as unknown as NodeSpec;

const same = new Map([
  ["a", [0, 1]],
  ["b", [0, 1]],
  ["c", [0, 1]],
]);

describe("isFusable: when a stage continues the pipeline of the one before it", () => {
  it("a forward stage reading its only-consumed producer, laid out alike, is fused", () => {
    assert.equal(isFusable(stage("a"), stage("b", ["a"]), 1, same), true);
  });
  it("not when the producer has another consumer", () => {
    assert.equal(isFusable(stage("a"), stage("b", ["a"]), 2, same), false);
  });
  it("not when partition p of each runs on different workers", () => {
    assert.equal(isFusable(stage("a"), stage("b", ["a"]), 1, new Map([["a", [0, 1]], ["b", [1, 0]]])), false);
  });
  it("not when the consumer regroups (a shuffle to a keyed stage) or reads another node first", () => {
    assert.equal(isFusable(stage("a"), stage("b", ["a"], ["shuffle"]), 1, same), false);
    assert.equal(isFusable(stage("a"), stage("b", ["c", "a"]), 1, same), false);
  });
  it("not between a task and a stage", () => {
    assert.equal(isFusable(task("a"), stage("b", ["a"]), 1, same), false);
  });
  it("fusionPlan: every fused stage with the stage it continues; a fan-out is not fused", () => {
    const chain: WorkflowGraph = { nodes: [stage("a"), stage("b", ["a"]), stage("c", ["b"])] } as unknown as WorkflowGraph;
    assert.deepEqual([...fusionPlan(chain, same)], [["b", "a"], ["c", "b"]]);
    const fan: WorkflowGraph = { nodes: [stage("a"), stage("b", ["a"]), stage("c", ["a"])] } as unknown as WorkflowGraph;
    assert.deepEqual([...fusionPlan(fan, same)], []);
  });
});
