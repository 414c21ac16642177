/// <reference types="mocha" />
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { LogPrinter } from "../../engine/cli/log-printer.js";
import type { WorkflowGraph } from "../../model/graph.js";

/**
 * What a terminal shows: lines written, with the live view's "cursor up N, erase to the end"
 * taking back the last N lines (colour codes removed).
 */
function screen(raw: string): string[] {
  const lines: string[] = [];
  for (const part of raw.replace(/\x1b\[[0-9;]*m/g, "").split(/(\x1b\[\d+A\r\x1b\[J)/)) {
    const up = /^\x1b\[(\d+)A\r\x1b\[J$/.exec(part);
    if (up) lines.splice(lines.length - Number(up[1]));
    else lines.push(...part.split("\n").slice(0, -1));
  }
  return lines;
}

describe("LogPrinter on a terminal (the live view)", () => {
  const graph = {
    name: "w",
    nodes: [
      { name: "items", kind: "task" },
      { name: "square", kind: "map" },
    ],
  } as unknown as WorkflowGraph;
  const square = (i: number, from: string, to: string, extra: object = {}) => ({
    task: { taskId: `square[${i}]`, node: "square", from, to, worker: "w1", attempt: 1, atMs: 10 + i, ...extra },
  });

  it("one line per node with its count, failures and retries on their own lines, and a summary at the end", () => {
    let raw = "";
    const out = new Writable({
      write(chunk: Buffer, _enc, cb) {
        raw += chunk.toString();
        cb();
      },
    });
    const p = new LogPrinter("r1", { json: false, progress: true, out }, graph);
    p.print({ run: { from: "", to: "submitted", workflow: "w", atMs: 1000 } });
    p.print({ task: { taskId: "items", node: "items", from: "running", to: "succeeded", worker: "w1", attempt: 1, atMs: 1001 } });
    p.print({ expanded: { node: "square", count: 3, atMs: 1002 } });
    for (let i = 0; i < 3; i++) p.print(square(i, "ready", "running"));
    p.print(square(0, "running", "succeeded"));
    p.print(square(1, "running", "retrying", { error: { code: "E_USER_CODE", message: "flaky" } }));
    p.print(square(1, "retrying", "running"));
    p.print(square(1, "running", "succeeded"));
    p.print(square(2, "running", "failed", { error: { code: "E_USER_CODE", message: "broke" } }));
    p.print({ run: { from: "running", to: "failed", workflow: "w", atMs: 3500, error: { code: "E_USER_CODE", message: "task square[2] failed: broke" } } });
    p.close();
    const shown = screen(raw);
    assert.equal(shown.filter((l) => /square\[0\]/.test(l)).length, 0, "no line for a task that just ran");
    assert.equal(shown.filter((l) => /square\[1\].*retrying/.test(l)).length, 1, "a retry has its line");
    assert.ok(shown.some((l) => /E_USER_CODE: broke/.test(l)), "a failure has its error");
    assert.match(shown.find((l) => l.startsWith("items"))!, /1\/1$/);
    assert.match(shown.find((l) => l.startsWith("square"))!, /3\/3\s+1 failed\s+1 retry$/);
    assert.equal(shown.filter((l) => l.startsWith("square ")).length, 1, "the node's line is drawn once on the final screen");
    assert.equal(shown.at(-1), "run r1 failed in 2.5 s: 4 tasks (3 succeeded, 1 failed), 1 retry");
  });
});

/** A stream that keeps each write apart. */
function collectWrites(): { writes: string[]; out: Writable } {
  const writes: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      writes.push(chunk.toString());
      cb();
    },
  });
  return { writes, out };
}

describe("LogPrinter, piped (JSON lines)", () => {
  it("with timeOrder, the lines of one turn go out in time order, entries of equal time in log order", async () => {
    const { writes, out } = collectWrites();
    const p = new LogPrinter("r1", { json: true, progress: false, out, timeOrder: true }, { name: "w", nodes: [] });
    const at = (id: string, atMs: number, worker: string) => ({ task: { taskId: id, node: "t", from: "running", to: "succeeded", worker, attempt: 1, atMs } });
    // Worker wb's batch reached the log after wa's, though its tasks ended first.
    for (const e of [at("t[2]", 30, "wa"), at("t[3]", 40, "wa"), at("t[0]", 10, "wb"), at("t[1]", 30, "wb")]) p.print(e);
    await Promise.resolve();
    const lines = writes.join("").trim().split("\n").map((l) => JSON.parse(l) as { task: string });
    assert.deepEqual(lines.map((l) => l.task), ["t[0]", "t[2]", "t[1]", "t[3]"]);
  });

  it("the lines of one turn (a log batch) go out in one write, in order; close() writes what is left", async () => {
    const { writes, out } = collectWrites();
    const p = new LogPrinter("r1", { json: true, progress: false, out }, { name: "w", nodes: [] });
    const task = (i: number) => ({ task: { taskId: `t[${i}]`, node: "t", from: "running", to: "succeeded", worker: "w1", attempt: 1, atMs: i } });
    for (let i = 0; i < 200; i++) p.print(task(i)); // about 30 KB
    await Promise.resolve();
    assert.equal(writes.length, 1, "one write for the batch");
    p.print(task(200));
    p.close();
    assert.equal(writes.length, 2);
    const lines = writes.join("").trim().split("\n").map((l) => JSON.parse(l) as { task: string });
    assert.deepEqual(lines.map((l) => l.task), Array.from({ length: 201 }, (_, i) => `t[${i}]`));
  });

  it("a batch of several MB goes out in writes of at most 64 KiB, whole lines each (one huge write to a pipe fails with ENOBUFS)", async () => {
    const { writes, out } = collectWrites();
    const p = new LogPrinter("r1", { json: true, progress: false, out }, { name: "w", nodes: [] });
    const n = 40_000;
    for (let i = 0; i < n; i++) p.print({ task: { taskId: `t[${i}]`, node: "t", from: "running", to: "succeeded", worker: "w1", attempt: 1, atMs: i } });
    p.close();
    assert.ok(writes.length > 10, `${writes.length} writes`);
    for (const w of writes) {
      assert.ok(w.length <= 64 * 1024, `a write of ${w.length} characters`);
      assert.ok(w.endsWith("\n"), "whole lines");
    }
    assert.equal(writes.join("").trim().split("\n").length, n);
  });
});
