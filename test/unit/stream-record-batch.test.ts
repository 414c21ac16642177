/// <reference types="mocha" />
/** Record batches between a job's tasks in other processes: the binary column form, read back as written, and clear errors for what is not one. */
import assert from "node:assert/strict";
import { keyOfText, keyText } from "../../engine/core/stream/key-groups.js";
import { DEAD_LETTER_TEXT, emptyBatch, pushRecord, recordId } from "../../engine/core/stream/record-batch.js";
import { BATCH_MAGIC, decodeBatch, encodeBatch, MalformedBatchError } from "../../engine/core/stream/record-batch-codec.js";
import { decodeExchange, encodeExchange } from "../../engine/stream/exchange-message.js";

function sample() {
  const b = emptyBatch();
  const keys: unknown[] = ["user-1", "ünïcødé 🚀", 42, -1.5, true, false, { id: [1, "x"] }, [null, 2]];
  keys.forEach((k, i) => pushRecord(b, keyText(k) as string, k, 1_767_225_600_000 + i, { k, v: i, note: i % 2 ? "é" : "\n\"quoted\"" }, 100 + i, i % 3, (i * 37) % 128));
  pushRecord(b, null, null, 7, "no window", 200, 0, -1);
  pushRecord(b, DEAD_LETTER_TEXT, null, 0, { stage: "s", reason: "the payload is not JSON", record: "{" }, 201, 1, -1);
  return b;
}

describe("stream record batches: binary between processes", () => {
  it("a batch comes back as it was written: keys from their texts, times, positions, indexes, groups, records", () => {
    const b = sample();
    const back = decodeBatch(encodeBatch({ p: 3, wm: 1_767_225_599_999, batch: b }));
    assert.equal(back.p, 3);
    assert.equal(back.wm, 1_767_225_599_999);
    assert.deepEqual(back.batch, b);
  });

  it("an empty batch (a watermark alone) and one without a watermark", () => {
    assert.deepEqual(decodeBatch(encodeBatch({ p: 0, wm: 12, batch: emptyBatch() })), { p: 0, wm: 12, batch: emptyBatch() });
    assert.equal(decodeBatch(encodeBatch({ p: 1, wm: null, batch: sample() })).wm, null);
  });

  it("text positions (a PostgreSQL cursor) travel as texts; ids are the same on both sides", () => {
    const b = emptyBatch();
    pushRecord(b, "sa", "a", 1, { x: 1 }, "734:12", 0, 5);
    pushRecord(b, DEAD_LETTER_TEXT, null, 0, { stage: "s", reason: "r", record: 1 }, "734:13", 1, -1);
    const back = decodeBatch(encodeBatch({ p: 2, wm: null, batch: b })).batch;
    assert.deepEqual(back, b);
    assert.deepEqual([recordId(back, 2, 0), recordId(back, 2, 1)], ["2.734:12.0", "2.734:13.d1"]);
  });

  it("barriers and credits stay JSON; a receiver tells them from a batch by the first byte", () => {
    assert.deepEqual(decodeExchange(encodeExchange({ k: "b", p: 1, id: 9 })), { k: "b", p: 1, id: 9 });
    assert.deepEqual(decodeExchange(encodeExchange({ k: "c", slot: 0, n: 1 })), { k: "c", slot: 0, n: 1 });
    const d = { k: "d" as const, p: 0, wm: 5, batch: sample() };
    const bytes = encodeExchange(d);
    assert.equal(bytes[0], BATCH_MAGIC);
    assert.deepEqual(decodeExchange(bytes), d);
  });

  it("key texts read back to their keys", () => {
    for (const k of ["", "s", 0, 3.25, true, false, null, { a: 1 }, ["x"]]) assert.deepEqual(keyOfText(keyText(k) as string), k);
    assert.throws(() => keyOfText("xyz"), /not a key text/);
  });

  it("malformed input: a clear error saying what is wrong", () => {
    const good = encodeBatch({ p: 0, wm: 1, batch: sample() });
    const expect = (data: Uint8Array, what: RegExp) =>
      assert.throws(
        () => decodeBatch(data),
        (err: unknown) => err instanceof MalformedBatchError && /^a record batch is malformed: /.test(err.message) && what.test(err.message) && /same weft version/.test(err.message),
      );
    expect(good.subarray(0, 10), /10 bytes, fewer than its 24-byte header/);
    expect(new TextEncoder().encode(JSON.stringify({ k: "d", p: 0, recs: [] }).padEnd(40)), /starts with byte 123, not 247/);
    const v2 = good.slice();
    v2[1] = 2;
    expect(v2, /version 2, this weft reads version 1/);
    expect(good.subarray(0, good.length - 3), /bytes, but its header says 10 records/);
    const longer = new Uint8Array(good.length + 1);
    longer.set(good);
    expect(longer, /but its header says/);
    // The records' JSON broken inside the text block (its last byte, "]", becomes "}").
    const badJson = good.slice();
    badJson[badJson.length - 1] = 0x7d;
    expect(badJson, /the records are not JSON/);
    // A byte that is no UTF-8 in the text block.
    const badUtf8 = good.slice();
    badUtf8[badUtf8.length - 2] = 0xff;
    expect(badUtf8, /not UTF-8/);
    // A key text's length past the block's end.
    const n = 10;
    const textLengthsAt = 24 + n * 8 + n * 8 + n * 4 + n * 4;
    const longText = good.slice();
    new DataView(longText.buffer).setUint32(textLengthsAt, 1_000_000, true);
    expect(longText, /record 0's key text runs past the end of its text block/);
  });

  it("a malformed batch is refused by the exchange too (the slot fails its epoch with the message)", () => {
    assert.throws(() => decodeExchange(new Uint8Array([BATCH_MAGIC, 1, 0])), MalformedBatchError);
  });
});
