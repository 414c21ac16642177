/// <reference types="mocha" />
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { LogPrinter } from "../../engine/cli/log-printer.js";

/** What a terminal shows once carriage returns and erase-line codes are applied. */
function screen(raw: string): string[] {
  const lines: string[] = [];
  let current = "";
  for (const part of raw.replace(/\x1b\[[0-9;]*m/g, "").split(/(\r\x1b\[K|\n)/)) {
    if (part === "\n") {
      lines.push(current);
      current = "";
    } else if (part === "\r\x1b[K") current = "";
    else current += part;
  }
  if (current) lines.push(current);
  return lines;
}

describe("LogPrinter on a terminal", () => {
  it("keeps one live count under the lines and leaves exactly one final count", () => {
    let raw = "";
    const out = new Writable({
      write(chunk: Buffer, _enc, cb) {
        raw += chunk.toString();
        cb();
      },
    });
    const p = new LogPrinter("r1", { json: false, progress: true, out }, { name: "w", nodes: [] });
    p.print({ expanded: { node: "square", count: 1, atMs: 1 } });
    p.print({ task: { taskId: "square[0]", node: "square", from: "running", to: "succeeded", worker: "w1", attempt: 1, atMs: 2 } });
    p.close();
    const shown = screen(raw);
    assert.equal(shown.filter((l) => /tasks done/.test(l)).length, 1, JSON.stringify(shown));
    assert.equal(shown.at(-1), "[1/1 tasks done]");
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
