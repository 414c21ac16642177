/// <reference types="mocha" />
/**
 * weft/testing under vitest: runs test/vitest/*.vitest.ts with vitest (its own runner, in a
 * child process) and checks that every test there ran and passed.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("weft/testing under vitest", () => {
  it("runs test/vitest/*.vitest.ts green", () => {
    const vitest = join(root, "node_modules", "vitest", "vitest.mjs"); // its CLI (the package exports no path to it)
    const out = spawnSync(process.execPath, [vitest, "run", "--config", "test/vitest/vitest.config.ts", "--reporter=json"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      timeout: 120_000,
    });
    assert.equal(out.status, 0, `vitest exited ${out.status}:\n${out.stdout}\n${out.stderr}`);
    const report = JSON.parse(out.stdout.slice(out.stdout.indexOf("{"))) as { numTotalTests: number; numPassedTests: number; success: boolean };
    assert.equal(report.success, true);
    assert.ok(report.numTotalTests >= 2, `only ${report.numTotalTests} vitest tests ran`);
    assert.equal(report.numPassedTests, report.numTotalTests);
  });
});
