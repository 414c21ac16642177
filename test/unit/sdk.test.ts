/// <reference types="mocha" />
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
// The source, not the package: "weft" resolves to the built dist/ at run time (tsc maps it to sdk/).
import { isWorkflow, TerminalError, workflow, type NodeRef } from "../../sdk/index.js";
import { WORKFLOW_BRAND } from "../../model/workflow.js";
import { ErrorCode, WeftError, toErrorInfo } from "../../engine/errors.js";
import { DEFAULT_RETRY, type NodeSpec } from "../../model/graph.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

function throwsWeft(fn: () => unknown, code: string, ...parts: string[]): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof WeftError, `not a WeftError: ${String(err)}`);
    assert.equal(err.code, code, `code of: ${err.message}`);
    for (const part of parts) assert.ok(err.message.includes(part), `"${part}" not in: ${err.message}`);
    return true;
  });
}

const spec = (name: string, extra: Partial<NodeSpec>): NodeSpec => ({
  routing: (extra.deps ?? []).map(() => "value" as const),
  name,
  kind: "task",
  deps: [],
  inputShape: "none",
  retry: { ...DEFAULT_RETRY },
  timeoutMs: 0,
  hasInit: false,
  sizeHint: 0,
  op: "",
  partitions: 0,
  partitionsFromInput: false,
  ...extra,
});

// Runtime checks call the builder the way plain JavaScript (or a cast) could.
type Loose = { node(...args: unknown[]): NodeRef<unknown>; map(...args: unknown[]): NodeRef<unknown> };
const loose = (wf: unknown): Loose => wf as Loose;

describe("sdk: builder checks", () => {
  it("records the file that called workflow(), but formats its stack only when asked (a worker never asks: source maps made it slow)", () => {
    const original = Error.prepareStackTrace;
    let formatted = 0;
    let wf;
    Error.prepareStackTrace = (err, sites) => {
      formatted++;
      return original ? original(err, sites) : `${String(err)}\n${sites.map((s) => `    at ${String(s)}`).join("\n")}`;
    };
    try {
      wf = workflow("where", (w) => w.node("a", () => 1));
    } finally {
      Error.prepareStackTrace = original;
    }
    assert.equal(formatted, 0, "workflow() formatted a stack");
    assert.ok(wf.source?.endsWith("sdk.test.ts"), `source: ${wf.source}`);
    assert.equal(wf.source, wf.source);
  });

  it("rejects a duplicate node name with E_DUPLICATE_NODE naming the node", () => {
    throwsWeft(
      () =>
        workflow("dup", (wf) => {
          wf.node("a", () => 1);
          wf.node("a", () => 2);
        }),
      ErrorCode.DuplicateNode,
      '"a"',
      '"dup"',
    );
  });

  it("wf.source with options on both sides of the function (untyped code): refused, saying where they go", () => {
    throwsWeft(
      () =>
        workflow("late-options", (wf) => {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          (wf.source as any)("src", { partitions: 3 }, (p: number) => [p], { retries: 4 });
        }),
      ErrorCode.InvalidWorkflow,
      'wf.source("src", …) takes (name, fn, options)',
    );
  });

  it("wf.source without options, or without a function (untyped code): refused, naming the source", () => {
    throwsWeft(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      () => workflow("no-options", (wf) => void (wf.source as any)("src", (p: number) => [p])),
      ErrorCode.InvalidWorkflow,
      'source "src": expected options after the function',
    );
    throwsWeft(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      () => workflow("no-fn", (wf) => void (wf.source as any)("src", { partitions: 2 })),
      ErrorCode.InvalidWorkflow,
      'source "src": expected a function',
    );
  });

  it("wf.source(name, options, fn), the old order, builds the same graph as (name, fn, options) and warns once", () => {
    // A child process, so that the once-per-process warning is this test's to see.
    const script = [
      'import { workflow } from "./sdk/index.ts";',
      "const warnings = [];",
      'process.on("warning", (w) => warnings.push(w.name + " " + w.code));',
      'const graphOf = (order) => workflow("w", (wf) => {',
      "  const fn = (p) => [p];",
      '  const opts = { partitions: 3, retries: 2 };',
      '  const src = order === "new" ? wf.source("src", fn, opts) : wf.source("src", opts, fn);',
      '  src.collect("all");',
      "}).graph;",
      'const old1 = graphOf("old"), old2 = graphOf("old"), now = graphOf("new");',
      "setImmediate(() => console.log(JSON.stringify({ same: JSON.stringify(old1) === JSON.stringify(now) && JSON.stringify(old2) === JSON.stringify(now), warnings })));",
    ].join("\n");
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: repoRoot, encoding: "utf8" });
    assert.deepEqual(JSON.parse(out), { same: true, warnings: ["DeprecationWarning WEFT_SOURCE_OPTIONS_FIRST"] });
  });

  it("a map node's name is checked for duplicates too", () => {
    throwsWeft(
      () =>
        workflow("dup2", (wf) => {
          const xs = wf.node("xs", () => [1, 2]);
          wf.map("xs", xs, (x) => x);
        }),
      ErrorCode.DuplicateNode,
      '"xs"',
    );
  });

  for (const bad of ["", "a.b", "a b", "a*", "a>", "ünï", "x/y", "a\n"]) {
    it(`rejects the node name ${JSON.stringify(bad)} with E_INVALID_WORKFLOW`, () => {
      throwsWeft(() => workflow("w", (wf) => void wf.node(bad, () => 1)), ErrorCode.InvalidWorkflow, JSON.stringify(bad));
    });
  }

  it("accepts letters, digits, '-' and '_'", () => {
    const w = workflow("ok_-1", (wf) => void wf.node("Node_1-x", () => 1));
    assert.equal(w.graph.nodes[0]!.name, "Node_1-x");
  });

  it("rejects an invalid workflow name", () => {
    for (const bad of ["", "my flow", "a.b"]) throwsWeft(() => workflow(bad, (wf) => void wf.node("a", () => 1)), ErrorCode.InvalidWorkflow, "workflow name");
  });

  it("rejects a dependency from another workflow with E_UNKNOWN_DEPENDENCY naming both nodes", () => {
    let foreign: NodeRef<number> | undefined;
    workflow("first", (wf) => {
      foreign = wf.node("source", () => 1);
    });
    throwsWeft(
      () =>
        workflow("second", (wf) => {
          wf.node("consumer", foreign!, (x) => x + 1);
        }),
      ErrorCode.UnknownDependency,
      '"consumer"',
      '"source"',
      '"second"',
    );
    throwsWeft(
      () =>
        workflow("third", (wf) => {
          const own = wf.node("own", () => 2);
          wf.node("pair", [own, foreign!], ([a, b]) => a + b);
        }),
      ErrorCode.UnknownDependency,
      '"pair"',
      '"source"',
    );
    throwsWeft(() => workflow("fourth", (wf) => void wf.map("m", foreign as unknown as NodeRef<number[]>, (x) => x)), ErrorCode.UnknownDependency, '"m"', '"source"');
  });

  it("rejects a dependency that is not a node reference", () => {
    throwsWeft(() => workflow("w", (wf) => void loose(wf).node("b", { nome: "a" }, () => 1)), ErrorCode.UnknownDependency, '"b"', "not a node reference");
    throwsWeft(() => workflow("w", (wf) => void loose(wf).node("b", [null], () => 1)), ErrorCode.UnknownDependency, '"b"');
  });

  it("rejects a non-function with E_INVALID_WORKFLOW", () => {
    throwsWeft(() => workflow("w", (wf) => void loose(wf).node("a", 42)), ErrorCode.InvalidWorkflow, '"a"', "function");
    throwsWeft(
      () =>
        workflow("w", (wf) => {
          const a = wf.node("a", () => 1);
          loose(wf).node("b", a, "not a function");
        }),
      ErrorCode.InvalidWorkflow,
      '"b"',
      "got string",
    );
    throwsWeft(
      () =>
        workflow("w", (wf) => {
          const xs = wf.node("xs", () => [1]);
          loose(wf).map("m", xs, { not: "a function" });
        }),
      ErrorCode.InvalidWorkflow,
      '"m"',
      "function",
    );
    throwsWeft(() => workflow("w", (wf) => void loose(wf).node("a", () => 1, { init: 5 })), ErrorCode.InvalidWorkflow, '"a"', "init");
  });

  for (const retries of [-1, 1.5, Number.NaN, { attempts: 0 }]) {
    it(`rejects retries ${typeof retries === "number" ? String(retries) : JSON.stringify(retries)} (fewer than 0 retries or not whole)`, () => {
      throwsWeft(() => workflow("w", (wf) => void wf.node("a", () => 1, { retries })), ErrorCode.InvalidWorkflow, '"a"', "retries");
    });
  }

  for (const timeoutMs of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`rejects timeoutMs ${timeoutMs}`, () => {
      throwsWeft(() => workflow("w", (wf) => void wf.node("a", () => 1, { timeoutMs })), ErrorCode.InvalidWorkflow, '"a"', "timeoutMs");
    });
  }

  it("rejects isolate and memoryLimitMb on record stages (they run on their worker's thread), keeps them on task nodes", () => {
    const bad = { isolate: true } as unknown as Record<string, never>; // what a JS user could pass
    throwsWeft(
      () => workflow("w", (wf) => void wf.source("src", (p) => [p], { partitions: 2 }).map("m", (x) => x, bad)),
      ErrorCode.InvalidWorkflow,
      '"m"',
      "isolate and memoryLimitMb are for task and map nodes",
    );
    throwsWeft(
      () => workflow("w", (wf) => void wf.source("src", (p) => [p], { partitions: 2, memoryLimitMb: 64 } as { partitions: number })),
      ErrorCode.InvalidWorkflow,
      '"src"',
      "stage runs on its worker's own thread",
    );
    const ok = workflow("w", (wf) => void wf.node("t", () => 1, { isolate: true }));
    assert.equal(ok.graph.nodes[0]!.isolate, true);
  });

  it("rejects an empty workflow", () => {
    throwsWeft(() => workflow("empty", () => {}), ErrorCode.InvalidWorkflow, '"empty"', "no nodes");
  });

  it("aggregate fanin: a whole number >= 2 lands in the spec; a function marks it from the input; anything else is refused", () => {
    const sum = { zero: () => 0, add: (a: number, n: number) => a + n, merge: (a: number, b: number) => a + b };
    const built = workflow<{ f: number }>("fan", (wf) => {
      const nums = wf.source("nums", (p) => [p], { partitions: 2 });
      nums.aggregate("fixed", sum, { fanin: 3 });
      nums.aggregate("dynamic", sum, { fanin: (input) => input.f });
      nums.aggregate("plain", sum);
    });
    const spec = (name: string) => built.graph.nodes.find((n) => n.name === name)!;
    assert.equal(spec("fixed").fanin, 3);
    assert.equal(spec("fixed").faninFromInput, undefined);
    assert.equal(spec("dynamic").faninFromInput, true);
    assert.equal(built.impls.get("dynamic")!.fanin!({ f: 5 }), 5);
    assert.equal(spec("plain").fanin, undefined);
    for (const fanin of [1, 0, 2.5, Number.NaN]) {
      throwsWeft(
        () =>
          workflow("bad", (wf) => {
            wf.source("nums", (p) => [p], { partitions: 2 }).aggregate("agg", sum, { fanin });
          }),
        ErrorCode.InvalidWorkflow,
        'aggregate "agg": fanin must be a whole number >= 2',
      );
    }
  });
});

describe("sdk: the graph", () => {
  it("a diamond: kinds, deps in argument order, input shapes, defaults", () => {
    const w = workflow<{ n: number }>("diamond", (wf) => {
      const n = wf.node("input", (ctx) => ctx.input.n);
      const d = wf.node("double", n, (x) => x * 2);
      const s = wf.node("square", n, (x) => x * x);
      wf.node("sum", [s, d], ([a, b]) => a + b);
    });
    assert.equal(w.name, "diamond");
    assert.deepEqual(w.graph, {
      name: "diamond",
      nodes: [
        spec("input", {}),
        spec("double", { deps: ["input"], inputShape: "single" }),
        spec("square", { deps: ["input"], inputShape: "single" }),
        spec("sum", { deps: ["square", "double"], inputShape: "tuple" }),
      ],
    });
    assert.deepEqual([...w.impls.keys()], ["input", "double", "square", "sum"]);
    for (const impl of w.impls.values()) {
      assert.equal(typeof impl.fn, "function");
      assert.equal(impl.init, undefined);
    }
  });

  it("keeps the functions callable as declared", async () => {
    const w = workflow("calc", (wf) => {
      const a = wf.node("a", () => 20);
      wf.node("b", a, async (x) => x + 1);
    });
    assert.equal(await w.impls.get("b")!.fn(41), 42);
  });

  it("a map node: kind map, its list as the single dep", () => {
    const w = workflow("fanout", (wf) => {
      const items = wf.node("items", () => [1, 2, 3]);
      const squares = wf.map("square", items, (i) => i * i);
      wf.node("gather", squares, (xs) => xs.length);
    });
    assert.deepEqual(w.graph.nodes, [
      spec("items", {}),
      spec("square", { kind: "map", deps: ["items"], inputShape: "single" }),
      spec("gather", { deps: ["square"], inputShape: "single" }),
    ]);
  });

  it("retries: 3 means 3 retries after the first attempt (4 in all) and keeps the default backoff", () => {
    const w = workflow("r", (wf) => {
      wf.node("a", () => 1, { retries: 3 });
      wf.node("b", () => 1, { retries: 0 });
    });
    assert.deepEqual(w.graph.nodes[0]!.retry, { ...DEFAULT_RETRY, maxAttempts: 4 });
    assert.deepEqual(w.graph.nodes[1]!.retry, DEFAULT_RETRY, "retries: 0 runs once");
  });

  it("retries that are not a whole number >= 0, or both retries and attempts, are refused", () => {
    for (const retries of [{ retries: -2 }, { retries: 1, attempts: 2 }]) {
      assert.throws(() => workflow("r", (wf) => void wf.node("a", () => 1, { retries })), (e: WeftError) => e.code === ErrorCode.InvalidWorkflow && /node "a": retries/.test(e.message), JSON.stringify(retries));
    }
  });

  it("retries: { attempts: N }, the older spelling, still means N attempts in all and warns once", async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on("warning", onWarning);
    try {
      const w = workflow("r", (wf) => {
        wf.node("a", () => 1, { retries: { attempts: 3 } });
        wf.node("b", () => 1, { retries: { attempts: 2 } });
      });
      assert.equal(w.graph.nodes[0]!.retry.maxAttempts, 3);
      assert.equal(w.graph.nodes[1]!.retry.maxAttempts, 2);
      await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
    } finally {
      process.off("warning", onWarning);
    }
    const ours = warnings.filter((w) => (w as { code?: string }).code === "WEFT_RETRIES_ATTEMPTS");
    assert.equal(ours.length, 1, "once per process");
    assert.match(ours[0]!.message, /node "a": retries\.attempts .* write retries: 2/);
  });

  it("an anonymous node function takes its node's name (a stack frame says which node threw)", () => {
    const named = function parseRow() {
      return 1;
    };
    const w = workflow("r", (wf) => {
      wf.node("explode", () => 1);
      wf.node("kept", named);
    });
    assert.equal(w.impls.get("explode")!.fn.name, "explode");
    assert.equal(w.impls.get("kept")!.fn.name, "parseRow", "a function's own name is kept");
  });

  it("retries as an object maps every option", () => {
    const w = workflow("r", (wf) => {
      wf.node("a", () => 1, { retries: { retries: 4, backoffMs: 50, factor: 3, maxBackoffMs: 1000, jitter: 0 } });
      wf.node("b", () => 1, { retries: { backoffMs: 10 } });
    });
    assert.deepEqual(w.graph.nodes[0]!.retry, { maxAttempts: 5, backoffMs: 50, backoffFactor: 3, maxBackoffMs: 1000, jitter: 0 });
    assert.deepEqual(w.graph.nodes[1]!.retry, { ...DEFAULT_RETRY, backoffMs: 10 });
  });

  it("timeoutMs, init and sizeHint land in the spec and the impl", async () => {
    const init = () => ({ model: "loaded" });
    const w = workflow("opts", (wf) => void wf.node("a", (ctx) => ctx.state.model, { timeoutMs: 250, init, sizeHint: 1e6 }));
    assert.deepEqual(w.graph.nodes[0], spec("a", { timeoutMs: 250, hasInit: true, sizeHint: 1e6 }));
    assert.equal(w.impls.get("a")!.init, init);
  });

  it("build() copies: the graph is not shared with the builder", () => {
    let builder: { build(): { graph: { nodes: unknown[] } } } | undefined;
    const w = workflow("copy", (wf) => {
      builder = wf;
      wf.node("a", () => 1);
    });
    const again = builder!.build();
    assert.notEqual(again.graph.nodes, w.graph.nodes);
    assert.deepEqual(again.graph, w.graph);
  });
});

describe("sdk: isWorkflow and TerminalError", () => {
  it("recognises a workflow, also one from another copy of the SDK", () => {
    const w = workflow("w", (wf) => void wf.node("a", () => 1));
    assert.equal(isWorkflow(w), true);
    assert.equal(w[WORKFLOW_BRAND], true);
    assert.equal(isWorkflow({ [Symbol.for("weft.workflow.v1")]: true, name: "copy" }), true);
    for (const v of [null, undefined, 1, "w", {}, { name: "w", graph: {} }, { [Symbol("weft.workflow.v1")]: true }, () => 1]) {
      assert.equal(isWorkflow(v), false, String(v));
    }
  });

  it("TerminalError crosses as a terminal E_TERMINAL error", () => {
    const info = toErrorInfo(new TerminalError("bad input"));
    assert.equal(info.code, "E_TERMINAL");
    assert.equal(info.terminal, true);
    assert.equal(info.message, "bad input");
    assert.equal(toErrorInfo(new Error("flaky")).terminal, false);
  });
});
