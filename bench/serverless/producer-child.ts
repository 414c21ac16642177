/**
 * W8's producer in a process of its own (`--producer child`, the default), as the events'
 * source is in a real deployment: it connects to NATS, says "ready", and publishes each round
 * it is asked for with {@link EventPublisher}, answering once the stream has stored the round.
 * This keeps publishing off the event loop of the benchmark process, where the coordinator
 * (and with it the trigger) runs.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { EventPublisher } from "./event-publisher.js";

type ToChild = { round: number; subject: string; count: number; window: number };
type FromChild = { ready: true } | { round: number; error?: string };

/** The parent's handle on the child: `publish` resolves once the round is stored. */
export class ProducerChild {
  private rounds = 0;

  private constructor(private readonly child: ChildProcess) {}

  static start(url: string): Promise<ProducerChild> {
    const child = fork(fileURLToPath(import.meta.url), [url], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    return new Promise((resolve, reject) => {
      child.once("message", (m: FromChild) => ("ready" in m ? resolve(new ProducerChild(child)) : reject(new Error("the producer did not start"))));
      child.once("exit", (code) => reject(new Error(`the producer exited (${code}) before it was ready`)));
    });
  }

  publish(subject: string, count: number, window: number): Promise<void> {
    const round = ++this.rounds;
    return new Promise((resolve, reject) => {
      const onMessage = (m: FromChild) => {
        if (!("round" in m) || m.round !== round) return;
        this.child.off("message", onMessage);
        if (m.error) reject(new Error(m.error));
        else resolve();
      };
      this.child.on("message", onMessage);
      this.child.send({ round, subject, count, window } satisfies ToChild);
    });
  }

  close(): Promise<void> {
    if (this.child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.disconnect(); // the child ends when its parent's channel closes
    });
  }
}

async function childMain(url: string): Promise<void> {
  const publisher = await EventPublisher.connect(url);
  process.on("disconnect", () => void publisher.close().finally(() => process.exit(0)));
  process.on("message", (m: ToChild) => {
    publisher.publish(m.subject, m.count, m.window).then(
      () => process.send!({ round: m.round } satisfies FromChild),
      (err: unknown) => process.send!({ round: m.round, error: (err as Error).message } satisfies FromChild),
    );
  });
  process.send!({ ready: true } satisfies FromChild);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  childMain(process.argv[2]!).catch((err: unknown) => {
    process.stderr.write(`weft bench W8 producer: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
