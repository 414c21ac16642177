/**
 * Notices when a worker's event loop is blocked by a function that never yields (a synchronous
 * busy loop) and says on stderr which function the worker last entered. The blocked loop cannot
 * say it itself: its timers, heartbeats and log flushes stop with it, so the coordinator only
 * learns that the worker went silent. A small thread watches a beat counter in shared memory
 * that the main thread's timer increments; the main thread writes the label of the user code
 * it enters into the same memory (about 60 ns a call, measured).
 */
import { Worker as Thread } from "node:worker_threads";

const BEAT_MS = 200;
const LABEL_BYTES = 512;
/** Long enough that GC pauses and big synchronous encodes are not reported, well before the coordinator gives up on the worker. */
const REPORT_AFTER_MS = 3000;

/** Shared memory layout: Int32 [beats, label length], then the label's UTF-8 bytes. */
const HEADER_BYTES = 8;

export class LoopWatchdog {
  private readonly shared = new SharedArrayBuffer(HEADER_BYTES + LABEL_BYTES);
  private readonly words = new Int32Array(this.shared, 0, 2);
  private readonly label = new Uint8Array(this.shared, HEADER_BYTES);
  private readonly encoder = new TextEncoder();
  private readonly beat: NodeJS.Timeout;
  private readonly thread: Thread;

  constructor(workerName: string, reportAfterMs = REPORT_AFTER_MS) {
    this.beat = setInterval(() => Atomics.add(this.words, 0, 1), BEAT_MS);
    this.beat.unref();
    // The thread's code is this file's `watch`, passed as source: no module of weft to resolve
    // (the same under tsx and from dist/), only Node's own.
    this.thread = new Thread(`(${watch.toString()})()`, {
      eval: true,
      // Plain JS: none of this process's loaders or flags (tsx, --input-type) are needed.
      execArgv: [],
      workerData: { shared: this.shared, workerName, reportAfterMs, beatMs: BEAT_MS, headerBytes: HEADER_BYTES },
    });
    // A watchdog that cannot run must not take the worker down with it.
    this.thread.on("error", (err) => process.stderr.write(`weft worker ${workerName}: the event-loop watchdog stopped: ${err.message}\n`));
    this.thread.unref();
  }

  /** The main thread is about to run user code: `label` names it ("stage nums[2]", "task b"). */
  entering(label: string): void {
    const { written } = this.encoder.encodeInto(label, this.label);
    Atomics.store(this.words, 1, written);
  }

  async stop(): Promise<void> {
    clearInterval(this.beat);
    await this.thread.terminate();
  }
}

/**
 * Runs in the watchdog thread. Writes with fs.writeSync: a thread's process.stderr goes
 * through the main thread, which is the one that is blocked.
 */
async function watch(): Promise<void> {
  // Dynamic imports: the source runs as a script or as a module, depending on the host.
  const { workerData } = await import("node:worker_threads");
  const { writeSync } = await import("node:fs");
  const d = workerData as { shared: SharedArrayBuffer; workerName: string; reportAfterMs: number; beatMs: number; headerBytes: number };
  const words = new Int32Array(d.shared, 0, 2);
  const label = new Uint8Array(d.shared, d.headerBytes);
  let last = Atomics.load(words, 0);
  let since = Date.now();
  let told = false;
  let lastTick = Date.now();
  setInterval(() => {
    const beats = Atomics.load(words, 0);
    const now = Date.now();
    // This thread was not running either (the process was stopped, the machine suspended):
    // not the event loop's doing, so the wait starts over.
    const paused = now - lastTick > 4 * d.beatMs;
    lastTick = now;
    if (paused && !told) {
      last = beats;
      since = now;
      return;
    }
    if (beats !== last) {
      if (told) writeSync(2, `weft worker ${d.workerName}: its event loop runs again after ${Math.round((now - since) / 1000)} s\n`);
      last = beats;
      since = now;
      told = false;
      return;
    }
    const blockedMs = now - since;
    if (told || blockedMs < d.reportAfterMs) return;
    told = true;
    const length = Atomics.load(words, 1);
    const what = length > 0 ? new TextDecoder().decode(label.slice(0, length)) : "no function of a run";
    writeSync(
      2,
      `weft worker ${d.workerName}: its event loop has been blocked for ${Math.round(blockedMs / 1000)} s; the last function it entered: ${what}. ` +
        "A function that never yields (a synchronous loop) stops this worker's heartbeats and its runs are placed elsewhere; " +
        "run such a task or map node with isolate: true and a timeoutMs, and make a stage function yield.\n",
    );
  }, d.beatMs);
}
