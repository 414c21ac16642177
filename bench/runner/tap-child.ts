/**
 * The NATS tap's child process (see tap.ts): subscribes to `>` and counts every message the
 * server routes to it, by subject class. Started with fork(file, [natsUrl]).
 */
import { connect, type Msg } from "@nats-io/transport-node";
import { createWriteStream } from "node:fs";
import { classify, emptyCounters } from "./tap.js";

function byteLength(s: string | undefined): number {
  return s ? Buffer.byteLength(s) : 0;
}

/** Payload + header bytes of a received message. */
function messageBytes(msg: Msg): number {
  const sized = msg as Msg & { size?: () => number };
  // size() is subject + reply + (headers + payload), as the server sent them.
  if (typeof sized.size === "function") return Math.max(msg.data.length, sized.size() - byteLength(msg.subject) - byteLength(msg.reply));
  return msg.data.length;
}

async function main(): Promise<void> {
  const url = process.argv[2];
  const send = process.send?.bind(process);
  if (!url || !send) {
    process.stderr.write("tap-child: start me with fork(file, [natsUrl])\n");
    process.exit(2);
  }
  const nc = await connect({ servers: url.replace(/^nats:\/\//, ""), name: "weft-bench-tap" });
  const counters = emptyCounters();
  // Diagnosis only: WEFT_BENCH_TAP_TRACE=FILE writes one JSON line per message, with the
  // monotonic clock in microseconds (the same clock as the benchmark's "window mono_us" lines).
  const tracePath = process.env.WEFT_BENCH_TAP_TRACE;
  const trace = tracePath ? createWriteStream(tracePath) : undefined;
  nc.subscribe(">", {
    callback: (err, msg) => {
      if (err) {
        process.stderr.write(`weft bench tap: ${err.message}\n`);
        return;
      }
      const c = counters[classify(msg.subject, msg.reply)];
      c.msgs++;
      c.bytes += messageBytes(msg);
      trace?.write(`${JSON.stringify({ us: Number(process.hrtime.bigint() / 1000n), subject: msg.subject, reply: msg.reply ?? "", bytes: msg.data.length })}\n`);
    },
  });
  await nc.flush();
  const leave = () => void nc.close().finally(() => process.exit(0));
  process.on("message", (m: { type: string; id?: number }) => {
    if (m.type === "snap") {
      nc.flush().then(
        () => send({ type: "snap", id: m.id, counters }),
        (err: unknown) => send({ type: "error", id: m.id, message: (err as Error).message }),
      );
    } else if (m.type === "stop") leave();
  });
  process.on("disconnect", leave); // the benchmark is gone
  send({ type: "ready" });
}

main().catch((err: unknown) => {
  process.stderr.write(`weft bench tap: ${(err as Error).message}\n`);
  process.exit(3);
});
