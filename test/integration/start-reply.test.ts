/**
 * A worker's StartRun reply goes out with the run's first data (engine/worker/worker.ts): for a
 * short run, durable or express, one socket write carries the reply, the log batch and the sink
 * value, so the reply is sent only once the run's one node has run. On a real nats-server, the
 * coordinator and the worker in-process, the worker's StartRun messages watched.
 */
import assert from "node:assert/strict";
import type { Bus, BusMessage } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import { Coordinator } from "../../engine/coordinator/coordinator.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { followRun, requestRun } from "../../engine/client/run-client.js";
import { newRunId } from "../../engine/model/run-id.js";
import { subjects } from "../../engine/subjects.js";
import { Worker } from "../../engine/worker/worker.js";
import { workflow } from "../../sdk/index.js";
import { hasNatsServer, startNats } from "../helpers/nats.js";

const HASH = "e".repeat(64);
/** What happened on the worker, in order: its node ran, its StartRun reply was sent. */
const happened: string[] = [];
const quick = workflow<{ n: number }>("quick", (wf) => {
  wf.node("only", (ctx) => {
    happened.push("node ran");
    return (ctx.input as { n: number }).n + 1;
  });
});

/** `inner`, with each reply to a StartRun on `startSubject` written down in `happened` as it is sent. */
function watchingStartReplies(inner: Bus, startSubject: string): Bus {
  return new Proxy(inner, {
    get: (target, prop) => {
      if (prop === "subscribe") {
        return (subject: string, handler: (msg: BusMessage) => void, opts?: { queue?: string }) =>
          target.subscribe(
            subject,
            subject !== startSubject
              ? handler
              : (msg) =>
                  handler({
                    subject: msg.subject,
                    data: msg.data,
                    respond: (data) => {
                      happened.push("reply sent");
                      msg.respond(data);
                    },
                  }),
            opts,
          );
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe("worker: the StartRun reply of a short run goes out with its first data", function () {
  this.timeout(60_000);
  let server: NatsServerProcess | undefined;
  const buses: Bus[] = [];
  let coordinator: Coordinator | undefined;
  let worker: Worker | undefined;

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
  });

  after(async () => {
    await worker?.stop();
    await coordinator?.stop();
    for (const b of buses) await b.close().catch(() => {});
    await server?.stop();
  });

  async function connect(name: string): Promise<Bus> {
    const bus = await connectNatsBus(server!.url, { name });
    buses.push(bus);
    return bus;
  }

  for (const express of [false, true]) {
    it(`${express ? "express" : "durable"}: the reply is sent after the node ran, and the run ends`, async () => {
      coordinator ??= await Coordinator.start(await connect("coordinator"), { name: "c", say: () => {} });
      worker ??= await Worker.start(watchingStartReplies(await connect("w1"), subjects.workerStart("w1")), {
        name: "w1",
        slots: 1,
        diagnostics: () => {},
        workflows: (h) => (h === HASH ? quick : undefined),
      });
      await coordinator.waitForWorkers(1, 10_000);
      happened.length = 0;
      const client = await connect(`client-${express}`);
      const runId = newRunId();
      const follow = await followRun(client, runId, () => {});
      await requestRun(client, { graph: quick.graph, bundle: { hash: HASH } }, JSON.stringify({ n: 1 }), runId, express ? { express: true } : {});
      const end = await follow.ended;
      assert.equal(end.to, "succeeded");
      assert.equal(JSON.parse(end.resultJson ?? "null"), 2);
      assert.deepEqual(happened, ["node ran", "reply sent"], "one write: the reply goes with the sink value");
    });
  }
});
