/**
 * One worker process of W11's streaming job (bench/stream/w11.ts starts them with fork()): it
 * runs source partition `index` and window slot `index` of the job (and, worker 0, the
 * checkpoint master), the placement `weft deploy` gives a job on that many workers, and tells
 * the bench what its sink got: per batch the time, the counts and sums, and how many results
 * of each window end; at the stop, when its source saw the watermark pass each window's end.
 */
import { connectNatsBus } from "../../engine/bus/nats-bus.js";
import type { Bus } from "../../engine/bus/bus.js";
import { startStreamJob, type StreamJobHandle } from "../../engine/stream/stream-job.js";
import { now, w11Settings, w11Workflow, WatermarkClock, type Result } from "./w11-job.js";

export type ToWorker = { type: "start"; url: string; job: string; epoch: number; index: number; workers: number } | { type: "stop" };

export type FromWorker =
  | { type: "ready" }
  | { type: "tally"; at: number; n: number; s: number; ends: [end: number, count: number][] }
  | { type: "stopped"; startedAt: number; passed: [end: number, at: number][] }
  | { type: "error"; message: string };

const send = process.send?.bind(process) as ((m: FromWorker) => void) | undefined;
if (!send) {
  process.stderr.write("w11-worker: start me with fork()\n");
  process.exit(2);
}

let bus: Bus | undefined;
let job: StreamJobHandle | undefined;
const clock = new WatermarkClock();
let startedAt = 0;

function tally(rs: Result[]): void {
  const at = now();
  let n = 0;
  let s = 0;
  const ends = new Map<number, number>();
  for (const r of rs) {
    n += r.value.n;
    s += r.value.s;
    ends.set(r.end, (ends.get(r.end) ?? 0) + 1);
  }
  send?.({ type: "tally", at, n, s, ends: [...ends] });
}

async function handle(m: ToWorker): Promise<void> {
  if (m.type === "start") {
    bus = await connectNatsBus(m.url, { name: `bench-w11-worker-${m.index}` });
    const wf = w11Workflow(
      (t) => {
        if (startedAt === 0) startedAt = now();
        clock.note(t);
      },
      tally,
      true,
    );
    job = await startStreamJob(bus, wf, {
      job: m.job,
      epoch: m.epoch,
      restoredFrom: null,
      settings: w11Settings(m.workers, m.workers),
      place: { sources: [m.index], slots: [m.index], master: m.index === 0 },
      say: (line) => process.stderr.write(line + "\n"),
      process: `w11-worker-${m.index}`,
    });
    send?.({ type: "ready" });
    return;
  }
  await job?.stop();
  send?.({ type: "stopped", startedAt, passed: [...clock.passed] });
  await bus?.close().catch(() => {});
  process.exit(0);
}

process.on("message", (m: ToWorker) => {
  handle(m).catch((err: unknown) => {
    send?.({ type: "error", message: (err as Error).stack ?? String(err) });
    process.exit(1);
  });
});
process.on("disconnect", () => process.exit(0));
