/**
 * Runs attempts of isolated nodes in worker threads, where they can be interrupted: at its
 * timeout (or on cancel) an attempt's thread is terminated, which stops even a function that
 * never yields; a thread that runs out of its heap limit fails only its attempt. Threads are
 * kept warm (a bundle is imported once per thread) and replaced when terminated.
 */
import type { TaskObjects } from "../../model/context.js";
import type { TriggerInfo } from "../../model/trigger.js";
import { Worker as Thread } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { systemClock, type Clock, type TimerId } from "../base/clock.js";
import { ErrorCode, WeftError } from "../errors.js";
import type { AttemptOutcome } from "./invoke.js";
import { AttemptScope } from "./attempt-scope.js";

export interface IsolatedCall {
  bundlePath: string;
  node: string;
  call: "single" | "tuple" | "none" | "item";
  args: unknown;
  hasInit: boolean;
  ctx: { input: unknown; runId: string; taskId: string; node: string; index: number; attempt: number; trigger: TriggerInfo | undefined };
  timeoutMs: number;
  memoryLimitMb: number;
  signal: AbortSignal;
  onLog: (level: string, message: string) => void;
  /** What the thread's ctx.objects calls are made with (the worker's bus). */
  objects: TaskObjects;
}

interface Idle {
  thread: Thread;
  memoryLimitMb: number;
}

const THREAD_FILE = fileURLToPath(new URL(`./isolated-thread.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`, import.meta.url));

export class IsolatedRunner {
  /** `clock`: the attempts' timeouts (the worker's injected clock). */
  constructor(private readonly clock: Clock = systemClock) {}

  private readonly idle: Idle[] = [];
  private nextId = 1;

  /** Runs one attempt; never throws. */
  run(call: IsolatedCall): Promise<AttemptOutcome> {
    const thread = this.take(call.memoryLimitMb);
    const id = this.nextId++;
    // The child processes the attempt starts in its thread: ended with the attempt, by pid.
    const scope = new AttemptScope(`task ${call.ctx.taskId}`, this.clock);
    return new Promise<AttemptOutcome>((resolve) => {
      let settled = false;
      let timer: TimerId | undefined;
      const finish = (outcome: AttemptOutcome, reusable: boolean) => {
        if (settled) return;
        settled = true;
        scope.end();
        if (timer !== undefined) this.clock.clearTimeout(timer);
        thread.off("message", onMessage);
        thread.off("error", onError);
        thread.off("exit", onExit);
        call.signal.removeEventListener("abort", onAbort);
        if (reusable) this.idle.push({ thread, memoryLimitMb: call.memoryLimitMb });
        else void thread.terminate();
        resolve(outcome);
      };
      const onMessage = (m: ThreadMessage) => {
        if (m.id !== id) return;
        if (m.type === "log") call.onLog(m.level ?? "info", m.message ?? "");
        else if (m.type === "child" || m.type === "child.exit") scope.adoptPid(m.pid!, m.type === "child.exit");
        else if (m.type === "objects") answerObjects(thread, call.objects, m as unknown as ObjectsRequest);
        else if (m.type === "done") {
          if (m.ok) finish({ ok: true, value: m.value }, true);
          else finish({ ok: false, error: rebuild(m.error ?? {}) }, true);
        }
      };
      const onError = (err: Error & { code?: string }) => {
        const oom = err.code === "ERR_WORKER_OUT_OF_MEMORY";
        const limit = call.memoryLimitMb || "the default";
        const error = oom
          ? new WeftError(ErrorCode.Resource, `task ${call.ctx.taskId} ran out of memory (its thread's limit is ${limit} MB): it was stopped; the worker goes on.`, {
              terminal: true,
            })
          : new WeftError(ErrorCode.UserCode, `task ${call.ctx.taskId}'s thread failed: ${err.message}`);
        finish({ ok: false, error }, false);
      };
      const onExit = () => finish({ ok: false, error: new WeftError(ErrorCode.UserCode, `task ${call.ctx.taskId}'s thread exited`) }, false);
      const onAbort = () => finish({ ok: false, error: call.signal.reason ?? new WeftError(ErrorCode.Cancelled, "cancelled") }, false);
      thread.on("message", onMessage);
      thread.on("error", onError);
      thread.on("exit", onExit);
      call.signal.addEventListener("abort", onAbort, { once: true });
      if (call.timeoutMs > 0) {
        timer = this.clock.setTimeout(() => {
          // Terminating the thread is what stops a function that never yields.
          finish({ ok: false, error: new WeftError(ErrorCode.Timeout, `task ${call.ctx.taskId} timed out after ${call.timeoutMs} ms (its thread was stopped)`) }, false);
        }, call.timeoutMs);
      }
      try {
        thread.postMessage({ type: "run", id, bundlePath: call.bundlePath, node: call.node, call: call.call, args: call.args, hasInit: call.hasInit, ctx: call.ctx });
      } catch (err) {
        finish({ ok: false, error: new WeftError(ErrorCode.NotSerializable, `the inputs of task ${call.ctx.taskId} cannot be copied into its thread: ${(err as Error).message}`) }, true);
      }
    });
  }

  /** Stops every idle thread. */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((i) => i.thread.terminate()));
  }

  private take(memoryLimitMb: number): Thread {
    const i = this.idle.findIndex((t) => t.memoryLimitMb === memoryLimitMb);
    if (i >= 0) return this.idle.splice(i, 1)[0]!.thread;
    const thread = new Thread(THREAD_FILE, {
      ...(THREAD_FILE.endsWith(".ts") ? { execArgv: ["--import", "tsx"] } : {}),
      ...(memoryLimitMb > 0 ? { resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb } } : {}),
    });
    thread.unref();
    return thread;
  }
}

/** What an isolation thread posts about an attempt (isolated-thread.ts). */
interface ThreadMessage {
  type: string;
  id: number;
  level?: string;
  message?: string;
  ok?: boolean;
  value?: unknown;
  error?: Record<string, unknown>;
  /** A child process the attempt started ("child"), or one that exited ("child.exit"). */
  pid?: number;
}

/** A thread's ctx.objects call. */
interface ObjectsRequest {
  call: number;
  op: "get" | "put";
  bucket: string;
  name: string;
  bytes?: Uint8Array;
}

/** Makes a thread's ctx.objects call and posts the answer back (dropped if the thread is gone). */
function answerObjects(thread: Thread, objects: TaskObjects, m: ObjectsRequest): void {
  const done = m.op === "get" ? objects.get(m.bucket, m.name) : objects.put(m.bucket, m.name, m.bytes ?? new Uint8Array(0)).then(() => undefined);
  done.then(
    (value) => thread.postMessage({ type: "objects.done", call: m.call, ok: true, value }),
    (err: unknown) => {
      const e = err as { message?: string; code?: unknown };
      thread.postMessage({ type: "objects.done", call: m.call, ok: false, error: { message: e?.message ?? String(err), code: typeof e?.code === "string" ? e.code : "E_USER_CODE" } });
    },
  );
}

function rebuild(e: Record<string, unknown>): Error {
  const err = new WeftError(String(e.code ?? ErrorCode.UserCode), String(e.message ?? "failed"));
  err.stack = String(e.stack || err.stack);
  return Object.assign(err, { terminal: e.terminal === true });
}
