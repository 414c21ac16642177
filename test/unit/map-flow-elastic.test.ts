/**
 * A worker's map flow (engine/worker/map-flow.ts) under elastic capacity, with fake ports: items
 * not started are handed on (a started one never is), results go to the gatherer in finished
 * slices, each position is gathered once, and results kept from an earlier epoch make a split
 * run only the rest.
 */
/// <reference types="mocha" />
import assert from "node:assert/strict";
import { SimulatedClock } from "../../engine/base/clock.js";
import type { Placement } from "../../engine/model/placement.js";
import { MapFlow, type MapPorts } from "../../engine/worker/map-flow.js";
import type { Task } from "../../engine/worker/task-record.js";
import { noLabels } from "../../engine/worker/work-labeler.js";
import { decodeValue } from "../../engine/wire/value-codec.js";
import type { NodeSpec } from "../../model/graph.js";
import { node } from "../helpers/graph.js";

const map = node("slow", ["items"], { kind: "map" });
const gather = node("gather", ["slow"]);

interface Sent {
  worker: number;
  kind: "items" | "results" | "kept";
  start: number;
  values: unknown[];
  /** For kept results: the positions held. */
  ranges?: [number, number][];
}

/** A map flow on worker `me`, gathering `slow` on worker `gatherer`, with the queue under the test's hand. */
function flowOn(me: number, gatherer: number, placement: Placement) {
  const sent: Sent[] = [];
  const expanded: number[] = [];
  const jobs: ((k: number) => Promise<void> | void)[] = [];
  const started: Task[] = [];
  const gathered: unknown[][] = [];
  const send: MapPorts["outbox"]["send"] = (worker, body) => {
    const k = body.keptMapResults;
    if (k) {
      const ranges = (k.starts ?? []).map((s, i): [number, number] => [s, k.ends![i]!]);
      return void sent.push({ worker, kind: "kept", start: 0, values: decodeValue(k.values as Uint8Array) as unknown[], ranges });
    }
    const bytes = body.mapItems ? body.mapItems.items : body.mapResults?.values;
    const start = (body.mapItems ?? body.mapResults)?.start ?? 0;
    sent.push({ worker, kind: body.mapItems ? "items" : "results", start, values: decodeValue(bytes as Uint8Array) as unknown[] });
  };
  const ports: MapPorts = {
    values: {
      me,
      placement,
      consumersOf: (name: string) => (name === "slow" ? [gather] : []),
      recipientsOf: () => new Set([gatherer]),
    },
    tasks: {
      newTask: (spec: NodeSpec, index: number, item: unknown, block: Task["block"]) => ({ id: `${spec.name}[${index}]`, node: spec, index, item, block }) as Task,
      forget: () => {},
      transition: () => {},
      readyInHeldSlot: async (task: Task) => void started.push(task),
    },
    outbox: {
      send,
      sendOrTakeBack: (worker, body) => send(worker, body),
      logExpanded: (_node, count) => void expanded.push(count),
    },
    pool: { submit: () => {}, submitMany: (count, run) => void jobs.push(...Array.from({ length: count }, () => run)) },
    clock: new SimulatedClock(0),
    labeler: noLabels,
    run: { stopped: false, fail: (n, e) => assert.fail(`${n}: ${String(e)}`), gathered: (_n, values) => void gathered.push(values) },
  };
  const flow = new MapFlow(ports);
  /** Slots take the queue's k-th job (instance k of the block queued first). */
  const take = async (k: number) => jobs[k]!(k);
  return { flow, sent, expanded, started, gathered, take, jobs };
}

const two: Placement = { workers: ["w1", "w2"], nodeWorker: { items: 0, slow: 0, gather: 0 }, mapWeights: [2, 2], strategy: "locality" };

describe("map flow: elastic capacity", () => {
  it("hands on only items not started; what it keeps is gathered in finished slices, each position once", async () => {
    const { flow, sent, started, take } = flowOn(0, 1, two);
    const items = Array.from({ length: 10 }, (_, i) => i * 10);
    flow.startBlock(map, 0, 10, items);
    await take(0);
    await take(1);
    const moved = flow.handOff((unstarted) => [{ worker: 1, count: Math.floor(unstarted / 2) }]);
    assert.deepEqual([...moved], [[1, 4]]);
    assert.deepEqual(sent, [{ worker: 1, kind: "items", start: 6, values: [60, 70, 80, 90] }]);
    for (let k = 2; k < 10; k++) await take(k);
    assert.deepEqual(started.map((t) => t.index), [0, 1, 2, 3, 4, 5], "the items handed on never start here");
    assert.equal(flow.unfinished, 6);
    // Finished out of order: a slice goes once its prefix is done.
    flow.instanceDone(started[1]!, "r1");
    assert.equal(sent.length, 1, "item 0 still runs: nothing to send");
    flow.instanceDone(started[0]!, "r0");
    for (const t of started.slice(2)) flow.instanceDone(t, `r${t.index}`);
    const results = sent.filter((s) => s.kind === "results");
    assert.deepEqual(results.flatMap((s) => s.values.map((v, i) => [s.start + i, v])), [0, 1, 2, 3, 4, 5].map((i) => [i, `r${i}`]));
    assert.ok(results.length > 1, "sent in slices, not once at the end");
    assert.equal(flow.unfinished, 0);
  });

  it("a drainer hands on everything not started, and every block that reaches it later", async () => {
    const { flow, sent, take } = flowOn(0, 1, two);
    flow.startBlock(map, 0, 4, [1, 2, 3, 4]);
    await take(0);
    flow.handOff((unstarted) => [{ worker: 1, count: unstarted }], true);
    flow.startBlock(map, 4, 8, [5, 6, 7, 8]);
    assert.deepEqual(
      sent.map((s) => [s.worker, s.start, s.values]),
      [
        [1, 1, [2, 3, 4]],
        [1, 4, [5, 6, 7, 8]],
      ],
    );
    assert.equal(flow.unfinished, 1, "the started item stays");
  });

  it("sends the finished prefix, in order, once it is a slice long, however late its first instance ends", async () => {
    const { flow, sent, started, take } = flowOn(0, 1, two);
    const n = 64; // a slice is 64 / 16 = 4 results
    flow.startBlock(map, 0, n, Array.from({ length: n }, (_, i) => i));
    for (let k = 0; k < n; k++) await take(k);
    // In each group of 8, the first instance ends last: nothing can go before it, then 8 at once.
    for (let g = 0; g < n; g += 8) {
      for (const k of [1, 2, 3, 4, 5, 6, 7, 0]) flow.instanceDone(started[g + k]!, (g + k) * 10);
      const results = sent.filter((x) => x.kind === "results");
      assert.equal(results.length, g / 8 + 1, `group ${g / 8}: one slice when its first instance ended`);
      assert.deepEqual(results.at(-1), { worker: 1, kind: "results", start: g, values: Array.from({ length: 8 }, (_, k) => (g + k) * 10) });
    }
    assert.equal(flow.unfinished, 0);
  });

  it("gathers each position once: a slice that comes twice changes nothing", () => {
    const { flow, gathered } = flowOn(0, 0, two);
    flow.results("slow", 0, 4, ["a", "b"]);
    flow.results("slow", 0, 4, ["x", "y"]);
    assert.deepEqual(gathered, []);
    flow.results("slow", 2, 4, ["c", "d"]);
    assert.deepEqual(gathered, [["a", "b", "c", "d"]]);
  });

  it("results kept from an earlier epoch: a split of the same list here runs only the items they lack", () => {
    const before = flowOn(0, 0, two);
    before.flow.results("slow", 0, 6, ["a", "b"]);
    before.flow.results("slow", 4, 6, ["e"]);
    const kept = before.flow.partialGathers();
    const { flow, sent, expanded, gathered } = flowOn(0, 0, { ...two, mapWeights: [0, 2] });
    flow.seed(kept, () => true);
    flow.split(map, ["A", "B", "C", "D", "E", "F"]);
    assert.deepEqual(expanded, [3]);
    assert.deepEqual(sent.map((s) => [s.worker, s.start, s.values]), [
      [1, 2, ["C", "D"]],
      [1, 5, ["F"]],
    ]);
    flow.results("slow", 2, 6, ["c", "d"]);
    flow.results("slow", 5, 6, ["f"]);
    assert.deepEqual(gathered, [["a", "b", "c", "d", "e", "f"]]);
  });

  it("kept results are not used to split when another worker gathers: every item runs", () => {
    const before = flowOn(0, 0, two);
    before.flow.results("slow", 0, 4, ["a"]);
    const { flow, expanded } = flowOn(0, 1, two);
    flow.seed(before.flow.partialGathers(), () => true);
    flow.split(map, [1, 2, 3, 4]);
    assert.deepEqual(expanded, [4]);
  });

  const three: Placement = { workers: ["w1", "w2", "w3"], nodeWorker: { items: 0, slow: 0, gather: 0 }, mapWeights: [2, 2, 2], strategy: "locality" };

  it("after a loss: each worker sends the map's new host the results of the items it computed (those it handed on are not its own)", async () => {
    const before = flowOn(2, 1, three);
    before.flow.startBlock(map, 4, 8, ["E", "F", "G", "H"]);
    await before.take(0);
    await before.take(1);
    before.flow.handOff((unstarted) => [{ worker: 0, count: 1 }]); // H goes to w1
    before.flow.instanceDone(before.started[1]!, "f");
    const kept = before.flow.keptItems();
    assert.deepEqual([...kept], [["slow", { total: 8, ranges: [[5, 6]], values: ["f"] }]], "only the items that ended here");
    const { flow, sent } = flowOn(2, 0, three);
    flow.recover(new Map([["slow", 0]]), kept);
    flow.recover(new Map([["other", 0]]), kept);
    assert.deepEqual(sent, [
      { worker: 0, kind: "kept", start: 0, values: ["f"], ranges: [[5, 6]] },
      { worker: 0, kind: "kept", start: 0, values: [], ranges: [] },
    ]);
    assert.deepEqual([...flow.keptItems()], [...kept], "carried on, for a loss of that host too");
  });

  it("after a loss, the host splits only once every other worker's kept results came, and runs only the items still missing", () => {
    const { flow, sent, expanded, gathered } = flowOn(0, 0, three);
    flow.recover(new Map([["slow", 0]]), new Map([["slow", { total: 6, ranges: [[0, 2]], values: ["a", "b"] }]]));
    flow.split(map, ["A", "B", "C", "D", "E", "F"]);
    assert.deepEqual(expanded, [], "waits for w2 and w3");
    flow.keptFrom("slow", 1, 6, [[3, 5]], ["d", "e"]);
    assert.deepEqual(expanded, []);
    flow.keptFrom("slow", 2, 0, [], []);
    assert.deepEqual(expanded, [2]);
    assert.deepEqual(
      sent.map((s) => [s.worker, s.start, s.values]),
      [[2, 5, ["F"]]],
      "C and F run: the first split block (w1's) holds C, w3's holds F",
    );
    flow.results("slow", 5, 6, ["f"]);
    assert.deepEqual(gathered, [], "C is still running here");
    flow.results("slow", 2, 6, ["c"]);
    assert.deepEqual(gathered, [["a", "b", "c", "d", "e", "f"]]);
  });

  it("after a loss, every result kept on the survivors: the map is gathered and nothing runs", () => {
    const { flow, sent, gathered } = flowOn(0, 0, three);
    flow.recover(new Map([["slow", 0]]), new Map([["slow", { total: 4, ranges: [[0, 2]], values: ["a", "b"] }]]));
    flow.keptFrom("slow", 1, 4, [[2, 4]], ["c", "d"]);
    assert.deepEqual(gathered, [], "not before the split");
    flow.split(map, [1, 2, 3, 4]);
    assert.deepEqual(gathered, [], "w3 has not answered");
    flow.keptFrom("slow", 2, 0, [], []);
    assert.deepEqual(gathered, [["a", "b", "c", "d"]]);
    assert.deepEqual(sent, []);
  });

  it("items handed to a worker that had left run here after all, and that worker is handed no more", async () => {
    const { flow, started, take, jobs } = flowOn(0, 1, two);
    const taken: number[] = [];
    (flow as unknown as { ports: MapPorts }).ports.outbox.sendOrTakeBack = (worker, _body, gone) => {
      taken.push(worker);
      gone();
    };
    flow.startBlock(map, 0, 4, [1, 2, 3, 4]);
    await take(0);
    const moved = flow.handOff((unstarted) => [{ worker: 1, count: unstarted }]);
    assert.deepEqual([...moved], [[1, 3]]);
    assert.deepEqual(taken, [1]);
    assert.deepEqual([...flow.handOff((unstarted) => [{ worker: 1, count: unstarted }])], [], "w2 gets nothing more");
    for (let k = 1; k < 4; k++) await take(k); // the first block's jobs: handed on, nothing to do
    for (let k = 0; k < 3; k++) await jobs[4 + k]!(k); // the block taken back: instance k of it
    assert.deepEqual(started.map((t) => t.index), [0, 1, 2, 3]);
  });
});
