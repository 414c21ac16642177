/// <reference types="mocha" />
import assert from "node:assert/strict";
import { runStatusJson } from "../../engine/client/run-json.js";
import type { RunRecord } from "../../engine/coordinator/run-store.js";
import { batchFromWire, originFromWire, originToWire } from "../../engine/wire/origin.js";
import { decodeMessage, encodeMessage, pb } from "../../engine/wire/protocol.js";
import type { RunOrigin } from "../../model/trigger.js";

/** A message decoded as a reader does; a test fails on bytes that do not decode. */
function decoded<D>(type: { decode(reader: Uint8Array): D }, bytes: Uint8Array): D {
  return decodeMessage(type, bytes, (why) => assert.fail(why))!;
}

/** An origin through its wire bytes, as a record write and read does. */
function roundTrip(origin: RunOrigin): { origin: RunOrigin | undefined; bytes: number } {
  const bytes = encodeMessage(pb.RunOrigin, originToWire(origin)!);
  return { origin: originFromWire(decoded(pb.RunOrigin, bytes)), bytes: bytes.length };
}

/** A run record as read from its bucket, with the given wire origin. */
function recordWith(origin: unknown): RunRecord {
  return decoded(pb.RunRecord, encodeMessage(pb.RunRecord, { runId: "t-1", state: "succeeded", submittedAtMs: 1, origin } as never));
}

const batchOrigin = (batch: string[]): RunOrigin => ({
  deployment: "orders",
  version: "v1",
  trigger: { kind: "nats", eventId: batch[0]!, subject: "orders.new", receivedAtMs: 5, batch },
});

describe("a run's origin on the wire", () => {
  it("a batch of a stream's consecutive sequences travels as a range: a few bytes, the same ids back", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `ORDERS:${1_000_001 + i}`);
    const { origin, bytes } = roundTrip(batchOrigin(ids));
    assert.deepEqual(origin?.trigger?.batch, ids);
    // The ids as strings were ~16 KB; one range is a prefix and two numbers.
    assert.ok(bytes < 100, `${bytes} bytes`);
  });

  it("any ids come back exactly, in order: gaps, repeats, leading zeros, no number, past 2^32", () => {
    const ids = ["S:1", "S:2", "S:3", "S:5", "S:5", "S:4", "x-007", "x-008", "abc", "S:0", "S:4294967296", "S:4294967297", "9", "10", "m:01", "", "S:9007199254740991"];
    const { origin } = roundTrip(batchOrigin(ids));
    assert.deepEqual(origin?.trigger?.batch, ids);
  });

  it("a record written before the ranges (its ids as a list) reads the same", () => {
    const ids = ["ORDERS:7", "ORDERS:8"];
    const wire = { kind: "nats", eventId: "ORDERS:7", batch: ids };
    assert.deepEqual(batchFromWire(decoded(pb.TriggerEvent, encodeMessage(pb.TriggerEvent, wire))), ids);
    const record = recordWith({ deployment: "orders", version: "v1", trigger: wire });
    assert.deepEqual(runStatusJson(record).trigger?.batch, ids);
  });

  it("`weft runs --json` shows the event ids of a record written with ranges", () => {
    const ids = ["ORDERS:41", "ORDERS:42", "ORDERS:44"];
    const record = recordWith(originToWire(batchOrigin(ids)));
    assert.deepEqual(runStatusJson(record).trigger?.batch, ids);
  });

  it("a single event's run has no batch", () => {
    const { origin } = roundTrip({ deployment: "orders", version: "v1", trigger: { kind: "http", eventId: "req-1", receivedAtMs: 5 } });
    assert.equal(origin?.trigger?.batch, undefined);
  });
});
