// examples/clickstream.ts on a real nats-server: click events in a JetStream stream become
// sessions per user (a session window with a gap), written once each to the output subject.
import assert from "node:assert/strict";
import type { Bus } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { startStreamJob } from "../../engine/stream/stream-job.js";
import { clickSessions, type Click, type UserSession } from "../../examples/clickstream.js";
import { hasNatsServer, startNats, uid, waitFor } from "../helpers/nats.js";
import { readAll, streamFor } from "../helpers/stream-output.js";

describe("examples/clickstream.ts", function () {
  this.timeout(60_000);
  let server: NatsServerProcess | undefined;
  let bus: Bus | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
    bus = await connectNatsBus(server.url, { name: "clickstream-test" });
  });

  after(async () => {
    await bus?.close().catch(() => {});
    await server?.stop();
  });

  it("groups each user's clicks into sessions split by a 30-minute gap", async () => {
    const id = uid();
    const inStream = await streamFor(bus!, `clicks.${id}`);
    const outSubject = `sessions.${id}`;
    const outStream = await streamFor(bus!, outSubject);
    const t0 = Date.UTC(2026, 0, 1);
    const min = 60_000;
    const clicks: Click[] = [
      { user: "ann", page: "/", at: t0 },
      { user: "bob", page: "/", at: t0 + 1 * min },
      { user: "ann", page: "/shop", at: t0 + 10 * min },
      { user: "ann", page: "/", at: t0 + 25 * min },
      { user: "", page: "/", at: t0 + 26 * min }, // filtered out: no user
      { user: "ann", page: "/cart", at: t0 + 70 * min }, // 45 min after her last click: a new session
      { user: "bob", page: "/help", at: t0 + 200 * min }, // moves the watermark past every session above
    ];
    for (const c of clicks) await bus!.publishDurable(`clicks.${id}`, new TextEncoder().encode(JSON.stringify(c)));
    const job = await startStreamJob(bus!, clickSessions({ stream: inStream, subject: `clicks.${id}`, out: outSubject, gap: "30m" }), {
      job: `clickstream-${id}`,
      settings: { workers: 2 },
      say: () => {},
    });
    try {
      let sessions: UserSession[] = [];
      await waitFor(async () => (sessions = await readAll<UserSession>(bus!, outStream, outSubject)).length >= 3, { timeoutMs: 30_000, message: "three sessions" });
      const byStart = sessions.sort((a, b) => a.start - b.start).map((s) => [s.user, (s.start - t0) / min, (s.end - t0) / min, s.clicks, s.pages]);
      assert.deepEqual(byStart, [
        ["ann", 0, 55, 3, ["/", "/shop"]],
        ["bob", 1, 31, 1, ["/"]],
        ["ann", 70, 100, 1, ["/cart"]],
      ]);
    } finally {
      await job.stop();
    }
  });
});
