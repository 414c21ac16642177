/**
 * Notices when a worker's event loop is blocked by a function that never yields (a synchronous
 * busy loop) and says on stderr which function the worker last entered. The blocked loop cannot
 * say it itself: its timers, heartbeats and log flushes stop with it, so the coordinator only
 * learns that the worker went silent. A small thread watches a beat counter in shared memory
 * that the main thread's timer increments; the main thread writes the label of the user code
 * it enters into the same memory (about 60 ns a call, measured).
 *
 * The engine's own long sections (starting a run, splitting a map node, taking in data,
 * cancelling) say what they do (`engineWork`): a block there is reported as weft's, not blamed
 * on the workflow function that happened to run last.
 *
 * Real time on purpose: this measures the real event loop (a beat timer that does not fire
 * because the loop is blocked), so it reads Date.now and arms real timers, not the worker's
 * injected Clock; a simulated clock would never see a blocked loop.
 */
import { Worker as Thread } from "node:worker_threads";

const BEAT_MS = 200;
const LABEL_BYTES = 512;
const WORK_BYTES = 256;
/** Long enough that GC pauses and big synchronous encodes are not reported, well before the coordinator gives up on the worker. */
const REPORT_AFTER_MS = 3000;

/**
 * Shared memory layout: Int32 [beats, label length, engine work length], then the label's
 * UTF-8 bytes, then the engine work's (a length of 0: no engine section is running).
 */
const HEADER_BYTES = 12;

export class LoopWatchdog {
  private readonly shared = new SharedArrayBuffer(HEADER_BYTES + LABEL_BYTES + WORK_BYTES);
  private readonly words = new Int32Array(this.shared, 0, 3);
  private readonly label = new Uint8Array(this.shared, HEADER_BYTES, LABEL_BYTES);
  private readonly work = new Uint8Array(this.shared, HEADER_BYTES + LABEL_BYTES, WORK_BYTES);
  private readonly encoder = new TextEncoder();
  private readonly beat: NodeJS.Timeout;
  private readonly thread: Thread;

  /** `json`: write the service log's JSON lines (docs/json.md) rather than plain lines; off a terminal, as the worker's own log does. */
  constructor(workerName: string, reportAfterMs = REPORT_AFTER_MS, json = process.stderr.isTTY !== true) {
    this.beat = setInterval(() => Atomics.add(this.words, 0, 1), BEAT_MS);
    this.beat.unref();
    // The thread's code is this file's `watch`, passed as source: no module of weft to resolve
    // (the same under tsx and from dist/), only Node's own. Its modules are imported by the
    // source around it, not inside `watch`: a bundler rewrites an import() in `watch` into its
    // own helpers (the worker bundle's CommonJS script: `__toESM`), which the thread lacks.
    const source = `Promise.all([import("node:worker_threads"), import("node:fs")]).then(([threads, fs]) => (${watch.toString()})(threads.workerData, fs.writeSync))`;
    this.thread = new Thread(source, {
      eval: true,
      // Plain JS: none of this process's loaders or flags (tsx, --input-type) are needed.
      execArgv: [],
      workerData: { shared: this.shared, workerName, json, reportAfterMs, beatMs: BEAT_MS, headerBytes: HEADER_BYTES, labelBytes: LABEL_BYTES },
    });
    // A watchdog that cannot run must not take the worker down with it.
    this.thread.on("error", (err) => process.stderr.write(`weft worker ${workerName}: the event-loop watchdog stopped: ${err.message}\n`));
    this.thread.unref();
  }

  /** The main thread is about to run user code: `label` names it ("stage nums[2]", "task b"). */
  entering(label: string): void {
    const { written } = this.encoder.encodeInto(label, this.label);
    Atomics.store(this.words, 1, written);
    Atomics.store(this.words, 2, 0);
  }

  /** The engine itself is about to run a long section: `what` says what it does ("splitting map node …"). */
  engineWork(what: string): void {
    const { written } = this.encoder.encodeInto(what, this.work);
    Atomics.store(this.words, 2, Math.max(1, written));
  }

  /** The engine's section is over: a block from now on is blamed on the last function entered again. */
  engineDone(): void {
    Atomics.store(this.words, 2, 0);
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
function watch(workerData: unknown, writeSync: (fd: number, text: string) => number): void {
  type Data = { shared: SharedArrayBuffer; workerName: string; json: boolean; reportAfterMs: number; beatMs: number; headerBytes: number; labelBytes: number };
  const d = workerData as Data;
  const words = new Int32Array(d.shared, 0, 3);
  const label = new Uint8Array(d.shared, d.headerBytes, d.labelBytes);
  const work = new Uint8Array(d.shared, d.headerBytes + d.labelBytes);
  // The worker's service log format (engine/cli/service-log.ts) written by hand: pino lives on the blocked thread.
  const say = (level: 30 | 40, event: string, fields: Record<string, unknown>, msg: string) =>
    writeSync(2, d.json ? JSON.stringify({ level, time: Date.now(), role: "worker", name: d.workerName, event, ...fields, msg }) + "\n" : msg + "\n");
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
      if (told) {
        const blockedS = Math.round((now - since) / 1000);
        say(30, "worker.loop_resumed", { blocked_s: blockedS }, `weft worker ${d.workerName}: its event loop runs again after ${blockedS} s`);
      }
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
    const engineLength = Atomics.load(words, 2);
    if (engineLength > 0) {
      // The engine's own section: not the workflow's doing, and no advice for its author.
      const doing = new TextDecoder().decode(work.slice(0, engineLength));
      say(
        40,
        "worker.loop_blocked",
        { blocked_s: Math.round(blockedMs / 1000), by: "weft", engine_work: doing, function: what },
        `weft worker ${d.workerName}: its event loop has been blocked for ${Math.round(blockedMs / 1000)} s by weft itself (${doing}), ` +
          `not by a function of the workflow (the last one it entered: ${what}). ` +
          "Its heartbeats stop meanwhile and its runs may be placed elsewhere: please report this with the run's size.",
      );
      return;
    }
    say(
      40,
      "worker.loop_blocked",
      { blocked_s: Math.round(blockedMs / 1000), by: "workflow", function: what },
      `weft worker ${d.workerName}: its event loop has been blocked for ${Math.round(blockedMs / 1000)} s; the last function it entered: ${what}. ` +
        "A function that never yields (a synchronous loop) stops this worker's heartbeats and its runs are placed elsewhere; " +
        "run such a task or map node with isolate: true and a timeoutMs, and make a stage function yield.",
    );
  }, d.beatMs);
}
