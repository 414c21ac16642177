/// <reference types="mocha" />
/** The pure parts behind the terminal: colour choice, log filters, retention, JSON casing, source paths. */
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { colourWanted } from "../../engine/cli/colour.js";
import { logFilter, matches, tailCount } from "../../engine/cli/log-filter.js";
import { snakeKeys } from "../../engine/model/snake-keys.js";
import { expiredRuns } from "../../engine/coordinator/run-retention.js";
import { absoluteSourcePaths } from "../../engine/bundle/source-map-paths.js";
import { ErrorCode, WeftError } from "../../engine/errors.js";

describe("colourWanted", () => {
  it("a terminal gets colour, a pipe none; NO_COLOR turns it off; FORCE_COLOR (not 0) turns it on, and wins", () => {
    assert.equal(colourWanted(true, {}), true);
    assert.equal(colourWanted(false, {}), false);
    assert.equal(colourWanted(true, { NO_COLOR: "1" }), false);
    assert.equal(colourWanted(true, { NO_COLOR: "" }), true, "an empty NO_COLOR is not set (no-color.org)");
    assert.equal(colourWanted(false, { FORCE_COLOR: "1" }), true);
    assert.equal(colourWanted(true, { FORCE_COLOR: "0" }), false);
    assert.equal(colourWanted(false, { FORCE_COLOR: "1", NO_COLOR: "1" }), true);
  });
});

describe("log filters", () => {
  const task = { task: { taskId: "square[3]", node: "square", from: "running", to: "failed", worker: "wa" } };
  const log = { log: { taskId: "square[3]", worker: "wa", level: "info", message: "hi" } };
  const run = { run: { from: "running", to: "failed" } };
  it("every filter given must match a field the line has", () => {
    assert.ok(matches(logFilter({ node: "square" }), task));
    assert.ok(matches(logFilter({ node: "square", worker: "wa" }), log), "a log line's node is its task's");
    assert.ok(!matches(logFilter({ node: "square", state: "failed" }), log), "a log line has no state");
    assert.ok(matches(logFilter({ state: "failed" }), run));
    assert.ok(!matches(logFilter({ worker: "wa" }), run), "a run line has no worker");
    assert.ok(!matches(logFilter({ worker: "wb" }), task));
  });
  it("a state no task or run has, and a --tail that is not a whole number, are usage errors", () => {
    assert.throws(() => logFilter({ state: "done" }), (e: WeftError) => e.code === ErrorCode.Usage);
    assert.equal(tailCount("0"), 0);
    assert.equal(tailCount(undefined), undefined);
    for (const bad of ["-1", "2.5", "x"]) assert.throws(() => tailCount(bad), (e: WeftError) => e.code === ErrorCode.Usage, bad);
  });
});

describe("expiredRuns", () => {
  it("runs that ended at least the retention ago; never one still going", () => {
    const records = [
      { runId: "old", state: "succeeded", endedAtMs: 1000 },
      { runId: "recent", state: "failed", endedAtMs: 9500 },
      { runId: "going", state: "running", endedAtMs: 0 },
      { runId: "edge", state: "cancelled", endedAtMs: 9000 },
    ];
    assert.deepEqual(expiredRuns(records, 10_000, 1000), ["old", "edge"]);
    assert.deepEqual(expiredRuns(records, 10_000, 0), ["old", "recent", "edge"]);
  });
});

describe("snakeKeys", () => {
  it("turns every key of plain objects, at any depth, into snake_case; values and arrays stay", () => {
    assert.deepEqual(snakeKeys([{ kind: "cron", catchUp: "once", batch: { max: 5, waitMs: 100 }, tags: ["aB"] }]), [
      { kind: "cron", catch_up: "once", batch: { max: 5, wait_ms: 100 }, tags: ["aB"] },
    ]);
  });
});

describe("absoluteSourcePaths", () => {
  const withMap = (map: object) =>
    new TextEncoder().encode(`console.log(1);\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString("base64")}\n`);
  const mapOf = (code: Uint8Array) => JSON.parse(Buffer.from(new TextDecoder().decode(code).split("base64,")[1]!, "base64").toString()) as { sources: string[] };
  it("makes the sources absolute file URLs against the folder the bundle was made in (a file outside it keeps its real path)", () => {
    const out = absoluteSourcePaths(withMap({ version: 3, sources: ["../proj/wf.ts", "sdk/index.ts", "file:///x/y.ts"], mappings: "" }), "/home/u/work");
    assert.deepEqual(mapOf(out).sources, [pathToFileURL("/home/u/proj/wf.ts").href, pathToFileURL("/home/u/work/sdk/index.ts").href, "file:///x/y.ts"]);
    assert.ok(new TextDecoder().decode(out).startsWith("console.log(1);\n"));
  });
  it("leaves code without an inline map as it is", () => {
    const code = new TextEncoder().encode("export default 1;\n");
    assert.equal(absoluteSourcePaths(code, "/a"), code);
  });
});
