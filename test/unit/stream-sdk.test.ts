/// <reference types="mocha" />
/** The streaming SDK: what `stream()` records, the mistakes it refuses, and the types it infers. */
import assert from "node:assert/strict";
import type { DataStream, WindowResult } from "weft";
import { generator, jetstream, postgres, session, sliding, stream, toFunction, toJetStream, tumbling } from "../../sdk/index.js";
import { isStreamWorkflow } from "../../model/stream.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | void {}

interface Click {
  user: string;
  at: number;
  page: string;
}

describe("stream SDK", () => {
  it("records the source, operators, window, sinks and side outputs", () => {
    const job = stream("clicks", (s) => {
      const results = s
        .source("clicks", jetstream<Click>("CLICKS"), { timestamp: (c) => c.at, outOfOrder: "5s" })
        .filter("pages", (c) => c.page !== "")
        .keyBy((c) => c.user)
        .window(session("30m"), { allowedLateness: "1m" })
        .aggregate("sessions", { zero: () => 0, add: (n: number) => n + 1, merge: (a, b) => a + b });
      const mapped = results.map("rows", (r) => ({ user: r.key, clicks: r.value, from: r.start }));
      expectType<Equal<typeof mapped, DataStream<{ user: string; clicks: number; from: number }>>>();
      mapped.sink("out", toJetStream("sessions.out"));
      results.late().sink("late", toFunction<Click>(() => {}));
      s.deadLetters().sink("dead", toJetStream("sessions.dead"));
    });
    assert.ok(isStreamWorkflow(job));
    assert.equal(job.source.outOfOrderMs, 5000);
    assert.deepEqual(job.window?.window, { kind: "session", gapMs: 1_800_000 });
    assert.equal(job.window?.allowedLatenessMs, 60_000);
    assert.deepEqual(job.before.map((o) => o.name), ["pages"]);
    assert.deepEqual(job.after.map((o) => o.name), ["rows"]);
    assert.deepEqual(job.sinks.map((k) => [k.name, k.from]), [["out", "main"], ["late", "late"], ["dead", "dead"]]);
  });

  it("types flow from the source to the window results", () => {
    stream("typed", (s) => {
      const r = s
        .source("g", generator(10, (i) => ({ k: i % 2, v: i })), { timestamp: (x) => x.v })
        .keyBy((x) => x.k)
        .window(tumbling(1000))
        .aggregate("sum", { zero: () => 0, add: (a: number, x) => a + x.v, merge: (a, b) => a + b });
      expectType<Equal<typeof r extends DataStream<infer R> ? R : never, WindowResult<number, number>>>();
      // @ts-expect-error: a sink of strings does not take window results
      r.sink("bad", toFunction<string>(() => {}));
      r.sink("ok", toFunction<WindowResult<number, number>>(() => {}));
    });
  });

  it("a postgres(url, table) source gives RowChangeRecords of the row type", () => {
    const wf = stream("rows", (s) => {
      const r = s
        .source("orders", postgres<{ customer: string; total: number }>("postgres://db/shop", "orders"), { timestamp: (c) => c.changedAt })
        .keyBy((c) => c.row.customer)
        .window(tumbling(1000))
        .aggregate("spend", { zero: () => 0, add: (a: number, c) => a + c.row.total, merge: (a, b) => a + b });
      expectType<Equal<typeof r extends DataStream<infer R> ? R : never, WindowResult<string, number>>>();
      r.sink("out", toFunction<WindowResult<string, number>>(() => {}));
    });
    assert.deepEqual(wf.source.spec, { kind: "postgres", url: "postgres://db/shop", table: "orders" });
  });

  it("refuses mistakes with a message that says what to do", () => {
    assert.throws(() => stream("x", () => {}), /declare a source/);
    assert.throws(
      () => stream("x", (s) => s.source("g", generator(1, () => 1), { timestamp: () => 0 })),
      /nothing reads its records; add a sink/,
    );
    assert.throws(() => sliding("1s", "2s"), /slide must not exceed the size/);
    assert.throws(() => tumbling("soon"), /expected a duration/);
    assert.throws(() => tumbling(0), /above zero/);
    assert.throws(
      () =>
        stream("x", (s) => {
          const src = s.source("g", generator(1, () => 1), { timestamp: () => 0 });
          src.map("g", (x) => x);
        }),
      /two stages are named "g"/,
    );
    assert.throws(
      () =>
        stream("x", (s) =>
          s
            .source("g", generator(1, () => 1), { timestamp: () => 0 })
            .keyBy((x) => x)
            .window(tumbling(10))
            .aggregate("a", { zero: () => 0 } as never)),
      /combiner needs three functions/,
    );
  });
});
