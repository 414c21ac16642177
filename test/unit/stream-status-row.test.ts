import assert from "node:assert/strict";
import { operatorRow } from "../../engine/cli/commands/stream.js";
import type { StreamOperatorJson } from "../../engine/stream/stream-status.js";

describe("weft status JOB: an operator's line", () => {
  const figures = (kind: string, over: Partial<StreamOperatorJson> = {}): StreamOperatorJson => ({
    operator: kind === "sink" ? "out" : "readings",
    kind,
    detail: "",
    deps: [],
    measured: true,
    in_per_sec: 12,
    out_per_sec: 10,
    records_in: 120,
    records_out: 100,
    watermark: null,
    lag_ms: null,
    backpressure_ms: 0,
    backpressure_ms_per_sec: 0,
    late_records: 0,
    dead_letters: 2,
    updated: null,
    ...over,
  });

  it("shows what an operator handed on; a sink hands nothing on, so its OUT is '-', not 0", () => {
    assert.deepEqual(operatorRow(figures("source")).slice(2, 6), ["12", "10", "120", "100"]);
    assert.deepEqual(operatorRow(figures("sink", { out_per_sec: 0, records_out: 0 })).slice(2, 6), ["12", "-", "120", "-"]);
    assert.equal(operatorRow(figures("window"))[9], "2 dead");
  });

  it("an operator with no figures of its own (fused into its neighbour) is all '-'", () => {
    assert.deepEqual(operatorRow(figures("map", { measured: false })).slice(2), ["-", "-", "-", "-", "-", "-", "-", "-"]);
  });
});
