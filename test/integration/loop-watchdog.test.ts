/**
 * The event-loop watchdog in a child process: a synchronous loop blocks the main thread, the
 * watchdog thread names the last user code entered on stderr, then says when the loop runs again.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { assertBuilt, REPO_ROOT } from "../helpers/cli.js";

function runChild(script: string): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: REPO_ROOT, encoding: "utf8", timeout: 20_000 });
  return { code: r.status, stderr: r.stderr };
}

describe("LoopWatchdog", function () {
  this.timeout(30_000);
  before(() => assertBuilt());

  it("names the last function entered when the event loop stays blocked, then says it runs again", () => {
    const r = runChild(`
      import { LoopWatchdog } from "./dist/engine/worker/loop-watchdog.js";
      const w = new LoopWatchdog("wx", 400, false);
      setTimeout(() => {
        w.entering("task early");
        w.entering("stage nums[2] → words[2]");
        const t = Date.now(); while (Date.now() - t < 1500) {}
        setTimeout(() => w.stop(), 500);
      }, 300);
    `);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0]!, /^weft worker wx: its event loop has been blocked for \d+ s; the last function it entered: stage nums\[2\] → words\[2\]\./);
    assert.match(lines[0]!, /isolate: true/);
    assert.match(lines[1]!, /^weft worker wx: its event loop runs again after \d+ s$/);
  });

  it("off a terminal, writes the service log's JSON lines: level, role, name, event and the function", () => {
    const r = runChild(`
      import { LoopWatchdog } from "./dist/engine/worker/loop-watchdog.js";
      const w = new LoopWatchdog("wx", 400);
      setTimeout(() => {
        w.entering("task spin");
        const t = Date.now(); while (Date.now() - t < 1500) {}
        setTimeout(() => w.stop(), 500);
      }, 300);
    `);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stderr.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 2, r.stderr);
    assert.deepEqual(
      { level: lines[0]!.level, role: lines[0]!.role, name: lines[0]!.name, event: lines[0]!.event, by: lines[0]!.by, function: lines[0]!.function },
      { level: 40, role: "worker", name: "wx", event: "worker.loop_blocked", by: "workflow", function: "task spin" },
    );
    assert.match(String(lines[0]!.msg), /blocked for \d+ s; the last function it entered: task spin\./);
    assert.equal(typeof lines[0]!.time, "number");
    assert.equal(lines[1]!.event, "worker.loop_resumed");
    assert.ok(Number(lines[1]!.blocked_s) >= 1, r.stderr);
  });

  it("says nothing while the loop keeps turning, and lets the process exit", () => {
    const r = runChild(`
      import { LoopWatchdog } from "./dist/engine/worker/loop-watchdog.js";
      const w = new LoopWatchdog("wx", 400, false);
      w.entering("task busy-but-yielding");
      let n = 0;
      const tick = () => { const t = Date.now(); while (Date.now() - t < 50) {} if (++n < 30) setImmediate(tick); };
      tick();
    `);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "");
  });
});
