/**
 * The acknowledgement of a sink value that ended a run's work goes out with the run's end
 * (engine/coordinator/held-acks.ts), on a real nats-server with an in-process coordinator and
 * worker: while the end waits for the worker's log batch (held back here until the test lets it
 * into the stream), the worker's delivery of the value is not acknowledged; once the log is
 * read and the end goes out, it is, and the run ends with its result.
 */
import assert from "node:assert/strict";
import type { Bus } from "../../engine/bus/bus.js";
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import { Coordinator } from "../../engine/coordinator/coordinator.js";
import type { NatsServerProcess } from "../../engine/infra/nats-server-process.js";
import { followRun, requestRun } from "../../engine/client/run-client.js";
import { newRunId } from "../../engine/model/run-id.js";
import { parseSubject, subjects } from "../../engine/subjects.js";
import { decodeMessage, pb } from "../../engine/wire/protocol.js";
import { Worker } from "../../engine/worker/worker.js";
import { workflow } from "../../sdk/index.js";
import { hasNatsServer, startNats, waitFor } from "../helpers/nats.js";

const HASH = "e".repeat(64);
const answer = workflow<{ n: number }>("answer", (wf) => {
  wf.node("answer", async (ctx) => (ctx.input as { n: number }).n * 2);
});
const submittable = { graph: answer.graph, bundle: { hash: HASH } };

/** The worker's bus: its run log batches wait for `logs` before they go to the server; its data deliveries to the coordinator are watched. */
function watchedWorkerBus(inner: Bus, logs: Promise<void>, delivery: { sent: number; acked: number }): Bus {
  return new Proxy(inner, {
    get: (target, prop) => {
      if (prop === "publishDurable") {
        return (subject: string, data: Uint8Array, opts?: unknown) =>
          parseSubject(subject)?.kind === "runLog" ? logs.then(() => target.publishDurable(subject, data, opts as never)) : target.publishDurable(subject, data, opts as never);
      }
      if (prop === "request") {
        return async (subject: string, data: Uint8Array, opts?: unknown) => {
          if (parseSubject(subject)?.kind !== "coordinatorData") return target.request(subject, data, opts as never);
          delivery.sent++;
          const reply = await target.request(subject, data, opts as never);
          delivery.acked++;
          return reply;
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe("coordinator: a sink value's ack goes out with the run's end", function () {
  this.timeout(60_000);
  let server: NatsServerProcess | undefined;
  const buses: Bus[] = [];
  let coordinator: Coordinator | undefined;
  let worker: Worker | undefined;
  let letLogsIn: () => void = () => {};

  before(async function () {
    if (!hasNatsServer()) this.skip();
    server = await startNats();
  });

  after(async () => {
    letLogsIn(); // a test that failed first leaves the worker's log held
    await worker?.stop();
    await coordinator?.stop().catch(() => {});
    await Promise.all(buses.map((b) => b.close().catch(() => {})));
    await server?.stop();
  });

  const connect = async (name: string): Promise<Bus> => buses[buses.push(await connectNatsBus(server!.url, { name })) - 1]!;

  it("is held while the end waits for the worker's log, and sent with the end", async () => {
    coordinator = await Coordinator.start(await connect("coordinator"), { name: "only", say: () => {} });
    const logs = new Promise<void>((r) => (letLogsIn = r));
    const delivery = { sent: 0, acked: 0 };
    worker = await Worker.start(watchedWorkerBus(await connect("w1"), logs, delivery), {
      name: "w1",
      slots: 1,
      diagnostics: () => {},
      workflows: (h) => (h === HASH ? answer : undefined),
    });
    await coordinator.waitForWorkers(1, 10_000);
    const client = await connect("client");
    const runId = newRunId();
    // The coordinator asks the worker to flush the run's log once the value came and the log did not (log-settler.ts).
    const observer = await connect("observer");
    let flushAsked = false;
    observer.subscribe(subjects.workerFlush("w1"), (msg) => {
      if (decodeMessage(pb.RunControl, msg.data, () => {})?.runId === runId) flushAsked = true;
    });
    await observer.flush();
    const follow = await followRun(client, runId, () => {});
    await requestRun(client, submittable, JSON.stringify({ n: 21 }), runId);
    await waitFor(() => delivery.sent === 1, { timeoutMs: 10_000, message: "the worker sent the sink value" });
    await waitFor(() => flushAsked, { timeoutMs: 10_000, message: "the coordinator waits for the worker's log (it asked for a flush)" });
    await observer.flush();
    await client.flush();
    assert.equal(delivery.acked, 0, "the sink value is not acknowledged while the run's end waits for the log");
    letLogsIn();
    const end = await follow.ended;
    assert.equal(end.to, "succeeded", `the run ended ${end.to}: ${JSON.stringify(end.error)}`);
    assert.equal(JSON.parse(end.resultJson ?? "null"), 42);
    await waitFor(() => delivery.acked === 1, { timeoutMs: 10_000, message: "the sink value is acknowledged with the end" });
    assert.equal(delivery.sent, 1, "sent once: no re-send for want of an ack");
  });
});
