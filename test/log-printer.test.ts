/// <reference types="mocha" />
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { LogPrinter } from "../engine/cli/log-printer.js";

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
