/**
 * End to end, what the terminal shows: stack frames of a workflow file outside the current
 * folder (its real path, each function's own name), `weft logs` on stdout in time order with
 * filters, `weft workers`, `weft runs` filters and pruning, `--id`, NO_COLOR / FORCE_COLOR and
 * the live per-node view on a terminal (simulated with util-linux `script`). Spawns the
 * COMPILED CLI: build first.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeResult, parseLogLines, runCli } from "../helpers/cli.js";
import { hasNatsServer } from "../helpers/nats.js";

describe("e2e: terminal output", function () {
  this.timeout(120_000);

  before(function () {
    if (!hasNatsServer()) this.skip();
  });

  describe("stack frames", () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), "weft-stack-"));
      mkdirSync(join(dir, "proj"));
      mkdirSync(join(dir, "cwd"));
      writeFileSync(
        join(dir, "proj", "wf.ts"),
        [
          'import { workflow } from "weft";',
          "",
          "function parseRow(x: number): number {",
          '  if (x > 0) throw new Error("bad row " + x);',
          "  return x;",
          "}",
          "",
          'export default workflow("stacky", (wf) => {',
          '  const a = wf.node("start", async () => 3);',
          '  wf.node("explode", a, async (x) => parseRow(x), { retries: { retries: 1, backoffMs: 1 } });',
          "});",
          "",
        ].join("\n"),
      );
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it("a workflow outside the current folder: frames show its real path and each function's own name; retries: 1 runs it twice", async () => {
      const r = await runCli(["run", "../proj/wf.ts", "--workers", "1"], { cwd: join(dir, "cwd"), timeoutMs: 60_000 });
      assert.equal(r.code, 1, describeResult(r));
      const failed = parseLogLines(r.stderr).filter((l) => l.type === "task" && l.task === "explode" && (l.to === "failed" || l.to === "retrying"));
      assert.deepEqual(failed.map((l) => [l.to, l.attempt]), [["retrying", 1], ["failed", 2]], "one retry after the first attempt");
      const stack = failed.at(-1)?.error?.stack ?? "";
      const file = join(dir, "proj", "wf.ts");
      assert.ok(stack.includes(`at parseRow (${file}:4:`), stack);
      assert.ok(stack.includes(`at explode (${file}:10:`), stack);
      assert.doesNotMatch(stack, /Object\./, "no frame named after an object");
    });
  });
});
