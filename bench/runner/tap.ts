/**
 * Counting what crosses NATS during a timed run.
 *
 * The engine's Bus.stats() only covers one connection (the client's), and the stack started by
 * startLocalStack gives no handle on the coordinator's or the workers' connections, and the
 * nats-server it starts has no monitoring port (NatsServerProcess has no option for one). So the
 * benchmark taps the server instead: a child process (tap-child.ts) subscribes to `>` — every
 * subject of the account — on its own connection and counts each message by subject class.
 *
 * What that counts: one count per message *published into* NATS (ingress), whoever publishes it
 * — workers, coordinator, client, and JetStream itself (API replies, and the stored messages a
 * stream consumer delivers, which keep their original subject and are told apart by their
 * `$JS.ACK.…` reply). A core message delivered to several subscribers is counted once.
 * Bytes are payload + header bytes; subjects and protocol framing are not counted.
 * The tap runs in its own process so that it does not share the coordinator's event loop and
 * does not add to the benchmark process's RSS.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseSubject } from "../../engine/subjects.js";

export type TapClass = "weft_data" | "weft_log" | "weft_control" | "js_delivery" | "jetstream_api" | "kv_objects" | "inbox" | "other";
export type TapCounters = Record<TapClass, { msgs: number; bytes: number }>;

export const TAP_CLASSES: readonly TapClass[] = ["weft_data", "weft_log", "weft_control", "js_delivery", "jetstream_api", "kv_objects", "inbox", "other"];

export function emptyCounters(): TapCounters {
  const c = {} as TapCounters;
  for (const k of TAP_CLASSES) c[k] = { msgs: 0, bytes: 0 };
  return c;
}

/**
 * js_delivery: a stored message a JetStream consumer delivers to its client (it keeps its
 * original subject and carries a `$JS.ACK.…` reply): here, the client's replay of the run log
 * (followRun), which re-sends every log batch once more. The rest are publishes:
 * weft_data: values between workers and sink values (weft.v1.worker.*.data, weft.v1.coord.data.*);
 * weft_log: task/run state changes (weft.v1.run.*.log.*, weft.v1.run.*.state); weft_control: submit, start, heartbeats,
 * run control; jetstream_api: `$JS.…` (API requests, acks, flow control, advisories);
 * kv_objects: `$KV.…`/`$O.…` writes (run records, leader lock, bundles); inbox: `_INBOX.…`
 * (request replies, JetStream API replies and stream-consumer deliveries).
 */
export function classify(subject: string, reply: string | undefined): TapClass {
  if (reply !== undefined && reply.startsWith("$JS.ACK.")) return "js_delivery";
  if (subject.startsWith("weft.")) {
    const kind = parseSubject(subject)?.kind;
    if (kind === "workerData" || kind === "coordinatorData") return "weft_data";
    if (kind === "runLog" || kind === "runState") return "weft_log";
    return "weft_control";
  }
  if (subject.startsWith("_INBOX.")) return "inbox";
  if (subject.startsWith("$JS.")) return "jetstream_api";
  if (subject.startsWith("$KV.") || subject.startsWith("$O.")) return "kv_objects";
  return "other";
}

export function diffCounters(after: TapCounters, before: TapCounters): TapCounters {
  const d = emptyCounters();
  for (const k of TAP_CLASSES) d[k] = { msgs: after[k].msgs - before[k].msgs, bytes: after[k].bytes - before[k].bytes };
  return d;
}

export function totalOf(c: TapCounters): { msgs: number; bytes: number } {
  let msgs = 0;
  let bytes = 0;
  for (const k of TAP_CLASSES) {
    msgs += c[k].msgs;
    bytes += c[k].bytes;
  }
  return { msgs, bytes };
}

type FromChild = { type: "ready" } | { type: "snap"; id: number; counters: TapCounters } | { type: "error"; id: number; message: string };

export class NatsTap {
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (c: TapCounters) => void; reject: (e: Error) => void }>();

  private constructor(private readonly child: ChildProcess) {
    child.on("message", (m: FromChild) => {
      if (m.type === "ready") return;
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.type === "snap") w.resolve(m.counters);
      else w.reject(new Error(`NATS tap: ${m.message}`));
    });
    child.on("exit", (code) => {
      for (const w of this.waiting.values()) w.reject(new Error(`NATS tap exited (code ${code})`));
      this.waiting.clear();
    });
  }

  static async start(natsUrl: string): Promise<NatsTap> {
    const file = fileURLToPath(new URL("./tap-child.js", import.meta.url));
    const child = fork(file, [natsUrl], { stdio: ["ignore", 2, 2, "ipc"] });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("NATS tap did not start within 10 s")), 10_000);
      child.once("message", (m: FromChild) => {
        clearTimeout(timer);
        if (m.type === "ready") resolve();
        else reject(new Error("NATS tap: unexpected first message"));
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`NATS tap exited during start-up (code ${code})`));
      });
    });
    return new NatsTap(child);
  }

  /** The counters so far, after a round trip through the server (see tap-child.ts). */
  snapshot(): Promise<TapCounters> {
    const id = ++this.seq;
    return new Promise<TapCounters>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ type: "snap", id });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const kill = setTimeout(() => this.child.kill("SIGKILL"), 2000);
      this.child.once("exit", () => {
        clearTimeout(kill);
        resolve();
      });
      try {
        this.child.send({ type: "stop" });
      } catch {
        this.child.kill("SIGTERM");
      }
    });
  }
}
