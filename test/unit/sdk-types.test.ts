/// <reference types="mocha" />
/**
 * Type-level tests of the SDK's inference. Their real job is `tsc -p tsconfig.test.json`:
 * each `expectType<Equal<...>>()` fails to compile when inference drifts, and each
 * `@ts-expect-error` fails to compile when a mistake stops being caught. They also run as
 * ordinary tests, checking the values the same functions compute.
 */
import assert from "node:assert/strict";
// Types only from "weft" (tsconfig.test.json maps it to sdk/index.ts; at run time it would be
// the built dist/, so the runtime half uses the source).
import type * as Weft from "weft";
import type { NodeRef, OutputOf, OutputsOf, TaskContext, Workflow } from "weft";
import { workflow as workflowSrc } from "../../sdk/index.js";

/** The published `workflow`, for type checks only: never called. */
declare const workflow: typeof Weft.workflow;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | void {}

// The helper itself must tell types apart, or every check below would pass vacuously.
expectType<Equal<number, number>>();
// @ts-expect-error: number is not string
expectType<Equal<number, string>>();
// @ts-expect-error: any is not number
expectType<Equal<any, number>>();
// @ts-expect-error: readonly [number] is not [number]
expectType<Equal<readonly [number], [number]>>();

/** Calls a node's function, as the worker would, for the runtime half. */
async function call(w: Workflow, node: string, ...args: unknown[]): Promise<unknown> {
  return w.impls.get(node)!.fn(...args);
}

function fakeCtx<I, S>(input: I, state: S): TaskContext<I, S> {
  const log = { info() {}, warn() {}, error() {} };
  const objects = { get: () => Promise.reject(new Error("no objects here")), put: () => Promise.reject(new Error("no objects here")) };
  return { input, runId: "r", taskId: "t", node: "t", index: -1, attempt: 1, log, signal: new AbortController().signal, state, objects };
}

describe("sdk types: inference (checked by tsc)", () => {
  it("a single dependency's value has the upstream's output type", async () => {
    const w = workflowSrc("single", (wf) => {
      const n = wf.node("n", async () => 21);
      expectType<Equal<typeof n, NodeRef<number>>>();
      expectType<Equal<OutputOf<typeof n>, number>>();
      const d = wf.node("double", n, async (x) => {
        expectType<Equal<typeof x, number>>();
        return x * 2;
      });
      expectType<Equal<typeof d, NodeRef<number>>>();
      // A sync function and an async one infer the same output type.
      const s = wf.node("label", d, (x) => `n=${x}`);
      expectType<Equal<typeof s, NodeRef<string>>>();
    });
    assert.equal(await call(w, "double", 21), 42);
    assert.equal(await call(w, "label", 42), "n=42");
  });

  it("a tuple of dependencies gives a precisely typed tuple", async () => {
    const w = workflowSrc("tuple", (wf) => {
      const n = wf.node("n", async () => 3);
      const s = wf.node("s", () => "x");
      const pair = wf.node("pair", [n, s], ([a, b]) => {
        expectType<Equal<typeof a, number>>();
        expectType<Equal<typeof b, string>>();
        return b.repeat(a);
      });
      expectType<Equal<typeof pair, NodeRef<string>>>();
      wf.node("whole", [n, s, pair], (values) => {
        expectType<Equal<typeof values, readonly [number, string, string]>>();
        return values.length;
      });
    });
    expectType<Equal<OutputsOf<[NodeRef<number>, NodeRef<string>]>, [number, string]>>();
    assert.equal(await call(w, "pair", [3, "x"]), "xxx");
    assert.equal(await call(w, "whole", [3, "x", "xxx"]), 3);
  });

  it("a map node's item is the list's element type and its output is O[]", async () => {
    const w = workflowSrc("map", (wf) => {
      const items = wf.node("items", async () => [1, 2, 3]);
      const squares = wf.map("square", items, async (i, ctx) => {
        expectType<Equal<typeof i, number>>();
        expectType<Equal<typeof ctx.index, number>>();
        return { i, sq: i * i };
      });
      expectType<Equal<typeof squares, NodeRef<{ i: number; sq: number }[]>>>();
      wf.node("gather", squares, (xs) => {
        expectType<Equal<typeof xs, { i: number; sq: number }[]>>();
        return xs.reduce((a, b) => a + b.sq, 0);
      });
      const names = wf.node("names", () => ["a", "b"] as const);
      wf.map("upper", names, (name) => {
        expectType<Equal<typeof name, "a" | "b">>();
        return name.toUpperCase();
      });
    });
    assert.deepEqual(await call(w, "square", 3, fakeCtx(undefined, undefined)), { i: 3, sq: 9 });
    assert.equal(await call(w, "gather", [{ i: 1, sq: 1 }, { i: 2, sq: 4 }]), 5);
  });

  it("ctx.input is typed from workflow<I>", async () => {
    const w = workflowSrc<{ n: number }>("input", (wf) => {
      wf.node("n", (ctx) => {
        expectType<Equal<typeof ctx.input, { n: number }>>();
        return ctx.input.n + 1;
      });
      const s = wf.node("s", () => "x");
      wf.node("later", s, (_x, ctx) => {
        expectType<Equal<typeof ctx.input, { n: number }>>();
        // @ts-expect-error: the input has no property m
        return ctx.input.m;
      });
    });
    expectType<Equal<typeof w, Workflow<{ n: number }>>>();
    assert.equal(await call(w, "n", fakeCtx({ n: 4 }, undefined)), 5);
  });

  it("ctx.state is typed from the init hook's return, and undefined without one", async () => {
    const w = workflowSrc("state", (wf) => {
      wf.node(
        "warm",
        (ctx) => {
          expectType<Equal<typeof ctx.state, { model: string; size: number }>>();
          return ctx.state.model.length + ctx.state.size;
        },
        { init: () => ({ model: "abc", size: 2 }) },
      );
      wf.node(
        "asyncInit",
        (ctx) => {
          expectType<Equal<typeof ctx.state, Map<string, number>>>();
          return ctx.state.size;
        },
        { init: async () => new Map<string, number>() },
      );
      wf.node("cold", (ctx) => {
        expectType<Equal<typeof ctx.state, undefined>>();
        return 0;
      });
    });
    assert.equal(await call(w, "warm", fakeCtx(undefined, { model: "abc", size: 2 })), 5);
    assert.equal(w.graph.nodes.filter((n) => n.hasInit).length, 2);
  });

  it("rejects, at compile time, a string-producing node where a number is expected", () => {
    const w = workflowSrc("mismatch", (wf) => {
      const s = wf.node("s", () => "text");
      const n = wf.node("n", () => 1);
      // @ts-expect-error: s produces a string, the function takes a number
      wf.node("bad", s, (x: number) => x + 1);
      // @ts-expect-error: the second element of the tuple is a number, not a string
      wf.node("badTuple", [s, n], ([a, b]: readonly [string, string]) => a + b);
      // @ts-expect-error: a map needs a list, s is a string
      wf.map("badMap", s, (c) => c);
      // @ts-expect-error: x is a string, it has no toFixed
      wf.node("badUse", s, (x) => x.toFixed(2));
      // The same shapes, typed right, compile.
      wf.node("good", s, (x: string) => x.length);
      wf.node("goodTuple", [s, n], ([a, b]: readonly [string, number]) => a.length + b);
    });
    // The builder checks nothing about types at run time: the erroneous nodes exist.
    assert.deepEqual(
      w.graph.nodes.map((n) => n.name),
      ["s", "n", "bad", "badTuple", "badMap", "badUse", "good", "goodTuple"],
    );
  });

  it("the published entry point ('weft') infers the same types", () => {
    // Only for tsc: `build` is never called.
    const build = () =>
      workflow<{ n: number }>("published", (wf) => {
        const n = wf.node("n", async (ctx) => ctx.input.n);
        wf.node("d", n, (x) => {
          expectType<Equal<typeof x, number>>();
          return x * 2;
        });
      });
    expectType<Equal<ReturnType<typeof build>, Workflow<{ n: number }>>>();
    assert.equal(typeof build, "function");
  });
});

// Stages take no isolation options (they run on their worker's thread).
void ((wf: Parameters<Parameters<typeof workflow>[1]>[0]) => {
  const src = wf.source("src", (p) => [p], { partitions: 2 });
  // @ts-expect-error: a stage cannot be isolated
  src.map("m", (x) => x, { isolate: true });
  src.map("n", (x) => x, { timeoutMs: 100, retries: 2 });
});

// Per-record stage functions are synchronous: an async map or filter is refused at compile time.
void ((wf: Parameters<Parameters<typeof workflow>[1]>[0]) => {
  const src = wf.source("src", (p) => [p], { partitions: 2 });
  // @ts-expect-error: map runs once per record, synchronously; a Promise is not a record
  src.map("am", async (x) => x * 2);
  // @ts-expect-error: a filter's verdict is a boolean, not a Promise of one
  src.filter("af", async (x) => x > 0);
  const doubled = src.map("m2", (x) => ({ x: x * 2 }));
  doubled.map("check", (r) => {
    expectType<Equal<typeof r, { x: number }>>();
    return r.x;
  });
});

// source takes its options last, like node and map. The old order (options before the function)
// still compiles for one release, deprecated, and infers the same types.
void ((wf: Weft.WorkflowBuilder<{ n: number }>) => {
  const a = wf.source(
    "a",
    (p, ctx) => {
      expectType<Equal<typeof p, number>>();
      expectType<Equal<typeof ctx.input, { n: number }>>();
      return [p];
    },
    { partitions: (input) => input.n },
  );
  expectType<Equal<typeof a, Weft.Collection<number, { n: number }>>>();
  const table = wf.node("table", () => ({ k: 2 }));
  const scaled = wf.source("scaled", (p, ctx) => [p * ctx.broadcast.k], { partitions: 2, broadcast: table });
  expectType<Equal<typeof scaled, Weft.Collection<number, { n: number }>>>();
  // @ts-expect-error: a source needs its options (at least the partition count)
  wf.source("no-options", (p) => [p]);
  // @ts-expect-error: the partition count is a number or a function of the input
  wf.source("bad-count", (p) => [p], { partitions: "two" });
  // @ts-expect-error: a source function receives its partition number
  wf.source("bad-fn", (p: string) => [p], { partitions: 2 });

  const old = wf.source("old", { partitions: (input) => input.n }, (p, ctx) => {
    expectType<Equal<typeof ctx.input, { n: number }>>();
    return [String(p)];
  });
  expectType<Equal<typeof old, Weft.Collection<string, { n: number }>>>();
  const oldScaled = wf.source("old-scaled", { partitions: 2, broadcast: table }, (p, ctx) => [p * ctx.broadcast.k]);
  expectType<Equal<typeof oldScaled, Weft.Collection<number, { n: number }>>>();
});

// A declared trigger's map: the event of cron, object and postgres triggers is fixed; the JSON
// kinds' (nats, http, mqtt) is `unknown` unless the map's parameter declares it, as a streaming
// source's `jetstream<T>` does. The map's result is still checked against the input.
void ((wf: Weft.WorkflowBuilder<{ v: number }>) => {
  wf.trigger({ kind: "nats", subject: "readings.>" }, (m: { raw: string }) => ({ v: Number(m.raw) }));
  wf.trigger({ kind: "http", method: "POST", path: "/in" }, (m) => {
    expectType<Equal<typeof m, unknown>>();
    return { v: 1 };
  });
  wf.trigger({ kind: "cron", cron: "0 3 * * *" }, (tick) => {
    expectType<Equal<typeof tick, Weft.CronTick>>();
    return { v: tick.scheduledAt.length };
  });
  // @ts-expect-error: a cron trigger's event is a CronTick, whatever the map says
  wf.trigger({ kind: "cron", cron: "0 3 * * *" }, (tick: { raw: string }) => ({ v: tick.raw.length }));
  // @ts-expect-error: the map must return the workflow's input
  wf.trigger({ kind: "mqtt", topic: "a/b", url: "mqtt://127.0.0.1:1883" }, (m: { raw: string }) => ({ v: m.raw }));
});
void ((wf: Weft.WorkflowBuilder<{ v: number }[]>) => {
  // Batched: each event's map is one element of the input list.
  wf.trigger({ kind: "nats", subject: "readings.>", stream: "READINGS", batch: { max: 10, waitMs: 100 } }, (m: { v: number }) => ({ v: m.v }));
  // @ts-expect-error: batched, the map returns one element, not the list
  wf.trigger({ kind: "nats", subject: "readings.>", stream: "READINGS", batch: { max: 10, waitMs: 100 } }, (m: { v: number }) => [{ v: m.v }]);
});
