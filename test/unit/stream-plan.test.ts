// A streaming job's operators as plain data (engine/stream/stream-plan.ts): what deploy keeps in
// the job's record for `weft status` and the web view, without importing the bundle.
import assert from "node:assert/strict";
import { generator, jetstream, session, stream, toFunction, toJetStream, toPostgres, toWebhook, tumbling } from "../../sdk/index.js";
import { streamPlan } from "../../engine/stream/stream-plan.js";

describe("streamPlan", () => {
  it("chains the source, the operators before and after the window, and the sinks with their side outputs", () => {
    const wf = stream("clicks", (s) => {
      const counts = s
        .source("in", jetstream<{ user: string; at: number }>("CLICKS", "clicks.>"), { timestamp: (c) => c.at })
        .filter("known", (c) => c.user !== "")
        .map("tag", (c) => c)
        .keyBy((c) => c.user)
        .window(tumbling("1s"))
        .aggregate("counts", { zero: () => 0, add: (n: number) => n + 1, merge: (a, b) => a + b });
      counts.map("row", (r) => r.value).sink("out", toJetStream("out"));
      counts.late().sink("late", toPostgres("postgres://u:secret@db/x", "late_clicks"));
      s.deadLetters().sink("dead", toWebhook("https://hooks.example.com/x?token=secret"));
    });
    assert.deepEqual(
      streamPlan(wf).map((n) => [n.name, n.kind, n.deps.join(","), n.detail]),
      [
        ["in", "source", "", "JetStream CLICKS clicks.>"],
        ["known", "filter", "in", "in the source's task"],
        ["tag", "map", "known", "in the source's task"],
        ["counts", "window", "tag", "tumbling 1 s"],
        ["row", "map", "counts", "in the window's task"],
        ["out", "sink", "row", "JetStream out"],
        ["late", "sink", "counts", "late records to PostgreSQL table late_clicks"],
        ["dead", "sink", "counts", "dead letters to webhook hooks.example.com"],
      ],
    );
    assert.ok(!JSON.stringify(streamPlan(wf)).includes("secret"), "no password or token in the plan");
  });

  it("without a window, sinks read the last operator", () => {
    const wf = stream("plain", (s) => s.source("g", generator(3, (i) => i), { timestamp: (i) => i }).map("twice", (i) => i * 2).sink("out", toFunction(() => {})));
    assert.deepEqual(
      streamPlan(wf).map((n) => [n.name, n.deps.join(","), n.detail]),
      [
        ["g", "", "generator of 3 records"],
        ["twice", "g", "in the source's task"],
        ["out", "twice", "a function"],
      ],
    );
    const s = stream("s", (b) => b.source("g", generator(1, (i) => ({ u: "a", at: i })), { timestamp: (c) => c.at }).keyBy((c) => c.u).window(session("30m")).aggregate("sessions", { zero: () => 0, add: (n: number) => n + 1, merge: (a, b) => a + b }).sink("out", toFunction(() => {})));
    assert.equal(streamPlan(s).find((n) => n.kind === "window")?.detail, "session, gap 30 min");
  });
});
