import assert from "node:assert/strict";
import { assertInputDepth, jsonDepth, MAX_INPUT_DEPTH } from "../../engine/model/json-depth.js";

describe("json depth: inputs nested too deep are refused before anything recursive sees them", () => {
  it("counts objects and arrays, not brackets in strings (escaped quotes included)", () => {
    assert.equal(jsonDepth("3"), 0);
    assert.equal(jsonDepth('{"a": [1, {"b": []}]}'), 4);
    assert.equal(jsonDepth('{"a": "[[[{{{\\\\"}"}'), 1);
    assert.equal(jsonDepth('["\\"[[["]'), 1);
  });

  it("throws E_INVALID_INPUT past the limit, naming the depth and the limit", () => {
    assert.doesNotThrow(() => assertInputDepth("[".repeat(MAX_INPUT_DEPTH) + "]".repeat(MAX_INPUT_DEPTH), "x"));
    assert.throws(
      () => assertInputDepth("[".repeat(MAX_INPUT_DEPTH + 1) + "]".repeat(MAX_INPUT_DEPTH + 1), "the body"),
      (err: Error & { code?: string }) => err.code === "E_INVALID_INPUT" && /the body nests 513 levels deep, more than the 512/.test(err.message),
    );
  });
});
