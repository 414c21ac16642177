/** The bench's one flag parser and the runner's command line (bench/runner/flags.ts, bench-args.ts). */
import assert from "node:assert/strict";
import { parseBenchArgs } from "../../bench/runner/bench-args.js";
import { parseFlags, UsageError } from "../../bench/runner/flags.js";

describe("bench flags", () => {
  it("reads --name value, --name=value, switches, choices, lists and positionals", () => {
    const { values, positional } = parseFlags(
      ["file", "--n", "3", "--mode=durable", "--fast", "--case", "W1", "--case=W2 --l 5"],
      { n: { kind: "whole", min: 1 }, mode: { kind: "choice", values: ["core", "durable"] }, fast: { kind: "switch" }, case: { kind: "list" } },
      { positional: true },
    );
    assert.deepEqual(values, { n: 3, mode: "durable", fast: true, case: ["W1", "W2 --l 5"] });
    assert.deepEqual(positional, ["file"]);
  });

  it("refuses what it does not take, as a usage error", () => {
    const specs = { n: { kind: "whole", min: 1 }, fast: { kind: "switch" } } as const;
    for (const argv of [["--n", "0"], ["--n"], ["--n", "1.5"], ["--fast=1"], ["--bogus"], ["stray"]]) {
      assert.throws(() => parseFlags(argv, specs), UsageError, argv.join(" "));
    }
  });

  it("gives each workload family its defaults and flags", () => {
    const w1 = parseBenchArgs(["w1", "--n", "200"]);
    assert.equal(w1.workload.id, "W1");
    assert.deepEqual(w1.params, { n: 200 });
    assert.equal(w1.warmup, 3);
    assert.equal(w1.mode, "weft");
    const w2 = parseBenchArgs(["W2", "--spread"]);
    assert.equal(w2.placement, "round-robin");
    assert.equal(w2.spread, true);
    const w4 = parseBenchArgs(["W4", "--ratio", "--fanin", "2", "--warmup", "0", "--placement", "round-robin"]);
    assert.deepEqual([w4.mode, w4.params.fanin, w4.warmup, w4.placement], ["ratio", 2, 0, "round-robin"]);
  });

  it("refuses flags of the other family and bad combinations", () => {
    const bad = [["W1", "--spread"], ["W2", "--spread", "--workers", "1"], ["W1", "--ratio"], ["W3", "--spread"], ["W4", "--baseline", "--ratio"], ["W4", "--fanin", "1"], ["W1", "--warmup", "0"], ["W9"], []];
    for (const argv of bad) assert.throws(() => parseBenchArgs(argv), UsageError, argv.join(" "));
  });
});
