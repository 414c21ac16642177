/// <reference types="mocha" />
/**
 * A workflow's result type, read from the end nodes its build function returns (checked by
 * `tsc -p tsconfig.test.json`), the run-time check that those are the real end nodes, and the
 * source file `workflow()` records for clients that ship the imported object.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import type { ResultOf, InputOf, WorkflowBuilder } from "weft";
import { workflow } from "../../sdk/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | void {}

describe("workflow result types", () => {
  it("one end node returned: the result is its output; the input comes from the builder's annotation", () => {
    const w = workflow("one", (wf: WorkflowBuilder<{ n: number }>) => {
      const n = wf.node("n", (ctx) => ctx.input.n);
      return wf.node("label", n, (x) => ({ label: `n=${x}` }));
    });
    expectType<Equal<ResultOf<typeof w>, { label: string }>>();
    expectType<Equal<InputOf<typeof w>, { n: number }>>();
    // @ts-expect-error: the result is not a number
    expectType<Equal<ResultOf<typeof w>, number>>();
    assert.equal(w.name, "one");
  });

  it("several end nodes returned by name: the result is an object of their outputs", () => {
    const w = workflow("two", (wf: WorkflowBuilder<{ n: number }>) => {
      const n = wf.node("n", (ctx) => ctx.input.n);
      const double = wf.node("double", n, (x) => x * 2);
      const text = wf.node("text", n, async (x) => String(x));
      return { double, text };
    });
    expectType<Equal<ResultOf<typeof w>, { double: number; text: string }>>();
    assert.deepEqual(
      w.graph.nodes.map((x) => x.name),
      ["n", "double", "text"],
    );
  });

  it("nothing returned (or an explicit input type): the result is unknown, and old files still compile", () => {
    const w = workflow<{ n: number }>("old", (wf) => {
      wf.node("n", (ctx) => ctx.input.n);
    });
    expectType<Equal<ResultOf<typeof w>, unknown>>();
    expectType<Equal<InputOf<typeof w>, { n: number }>>();
  });

  it("refuses a returned node that is not the only end node, naming the end nodes and the fix", () => {
    assert.throws(
      () =>
        workflow("partial", (wf) => {
          const n = wf.node("n", () => 1);
          wf.node("other", n, (x) => x);
          return wf.node("double", n, (x) => x * 2);
        }),
      (err: Error & { code?: string }) =>
        err.code === "E_INVALID_WORKFLOW" && /end nodes are "other", "double"/.test(err.message) && /return \{ other, double \}/.test(err.message),
    );
  });

  it("refuses an object whose keys are not the end nodes' names, or that misses one", () => {
    assert.throws(
      () =>
        workflow("renamed", (wf) => {
          const n = wf.node("n", () => 1);
          const a = wf.node("a", n, (x) => x);
          const b = wf.node("b", n, (x) => x);
          return { first: a, b };
        }),
      /returns node "a" under the key "first"/,
    );
    assert.throws(
      () =>
        workflow("missing", (wf) => {
          const n = wf.node("n", () => 1);
          const a = wf.node("a", n, (x) => x);
          wf.node("b", n, (x) => x);
          return { a };
        }),
      /returns \{ a \}, but its end nodes are "a", "b"/,
    );
  });

  it("records the file that called workflow(), for a client to bundle", () => {
    const w = workflow("here", (wf) => {
      wf.node("n", () => 1);
    });
    const source = w.source ?? "";
    const path = source.startsWith("file:") ? fileURLToPath(source) : source;
    assert.equal(path, fileURLToPath(import.meta.url));
  });
});
