/**
 * The body of an isolation thread: imports a workflow bundle (once per thread), runs one node
 * function at a time with the inputs it is sent, and posts back the value or the error. The
 * worker terminates the thread at the attempt's timeout, which stops even a function that
 * never yields.
 */
import type { TriggerInfo } from "../../model/trigger.js";
import { parentPort } from "node:worker_threads";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import { installNativeRequire } from "../bundle/native-modules.js";
import { AsyncLocalStorage } from "node:async_hooks";
import { guardChildProcesses } from "./child-process-guard.js";

interface RunMessage {
  type: "run";
  id: number;
  bundlePath: string;
  node: string;
  call: "single" | "tuple" | "none" | "item";
  args: unknown;
  hasInit: boolean;
  ctx: { input: unknown; runId: string; taskId: string; node: string; index: number; attempt: number; trigger: TriggerInfo | undefined };
}

/** The answer to a ctx.objects call this thread asked its worker to make. */
interface ObjectsDone {
  type: "objects.done";
  call: number;
  ok: boolean;
  value?: Uint8Array | undefined;
  error?: { message: string; code: string };
}

type Inbound = RunMessage | { type: "abort"; id: number; reason: string } | ObjectsDone;

interface Impl {
  fn: (...args: unknown[]) => unknown;
  init?: () => unknown;
}

const port = parentPort!;
/** The run message whose code is running, through its awaits. */
const attemptOf = new AsyncLocalStorage<number>();
// A child process an attempt starts here is told to the worker, which ends it with the attempt
// (this thread may be terminated first, at a timeout, and cannot end it then).
guardChildProcesses(() => {
  const id = attemptOf.getStore();
  if (id === undefined) return undefined;
  return {
    adopt: (child) => {
      if (child.pid === undefined) return;
      port.postMessage({ type: "child", id, pid: child.pid });
      child.once("exit", () => port.postMessage({ type: "child.exit", id, pid: child.pid }));
    },
  };
});
const modules = new Map<string, Promise<{ impls: Map<string, Impl> }>>();
const inits = new Map<string, Promise<unknown>>();
const controllers = new Map<number, AbortController>();
const objectCalls = new Map<number, { resolve: (v: Uint8Array | undefined) => void; reject: (e: Error) => void }>();
let nextObjectCall = 1;

/** ctx.objects in a thread: the worker makes each call on its bus and posts the answer back. */
function objectsOf(id: number) {
  const ask = (op: "get" | "put", bucket: string, name: string, bytes?: Uint8Array) =>
    new Promise<Uint8Array | undefined>((resolve, reject) => {
      const call = nextObjectCall++;
      objectCalls.set(call, { resolve, reject });
      port.postMessage({ type: "objects", id, call, op, bucket, name, bytes });
    });
  return {
    get: (bucket: string, name: string) => ask("get", bucket, name),
    put: async (bucket: string, name: string, bytes: Uint8Array) => void (await ask("put", bucket, name, bytes)),
  };
}

function workflowOf(path: string) {
  let p = modules.get(path);
  if (!p) {
    installNativeRequire();
    p = import(pathToFileURL(path).href).then((m: { default: { impls: Map<string, Impl> } }) => m.default);
    modules.set(path, p);
  }
  return p;
}

async function run(m: RunMessage): Promise<unknown> {
  const wf = await workflowOf(m.bundlePath);
  const impl = wf.impls.get(m.node);
  if (!impl) throw Object.assign(new Error(`the bundle has no function for node "${m.node}"`), { code: "E_WORKFLOW_LOAD" });
  let state: unknown;
  if (m.hasInit && impl.init) {
    const key = `${m.bundlePath}/${m.node}`;
    let p = inits.get(key);
    if (!p) {
      p = Promise.resolve().then(() => impl.init!());
      p.catch(() => inits.delete(key));
      inits.set(key, p);
    }
    state = await p;
  }
  const controller = new AbortController();
  controllers.set(m.id, controller);
  const logAt = (level: string) => (message: string, ...args: unknown[]) =>
    port.postMessage({ type: "log", id: m.id, level, message: format(message, ...args).slice(0, 64 * 1024) });
  const ctx = { ...m.ctx, log: { info: logAt("info"), warn: logAt("warn"), error: logAt("error") }, signal: controller.signal, state, objects: objectsOf(m.id) };
  const fn = impl.fn; // a plain call: its frame is named "explode", not "Object.explode"
  switch (m.call) {
    case "none":
      return fn(ctx);
    default:
      return fn(m.args, ctx);
  }
}

port.on("message", (m: Inbound) => {
  if (m.type === "abort") {
    controllers.get(m.id)?.abort(new Error(m.reason));
    return;
  }
  if (m.type === "objects.done") {
    const pending = objectCalls.get(m.call);
    objectCalls.delete(m.call);
    if (m.ok) pending?.resolve(m.value);
    else pending?.reject(Object.assign(new Error(m.error?.message ?? "ctx.objects failed"), { code: m.error?.code ?? "E_USER_CODE" }));
    return;
  }
  void attemptOf.run(m.id, () => run(m)).then(
    (value) => {
      controllers.delete(m.id);
      try {
        port.postMessage({ type: "done", id: m.id, ok: true, value });
      } catch (err) {
        port.postMessage({ type: "done", id: m.id, ok: false, error: describe(err, "E_NOT_SERIALIZABLE", `node "${m.node}" returned a value that cannot be copied out of its thread`) });
      }
    },
    (err: unknown) => {
      controllers.delete(m.id);
      port.postMessage({ type: "done", id: m.id, ok: false, error: describe(err) });
    },
  );
});

function describe(err: unknown, code?: string, prefix?: string) {
  const e = err as { name?: string; message?: string; stack?: string; code?: unknown; terminal?: unknown };
  return {
    name: e?.name ?? "Error",
    message: prefix ? `${prefix}: ${e?.message ?? String(err)}` : (e?.message ?? String(err)),
    stack: e?.stack ?? "",
    code: code ?? (typeof e?.code === "string" ? e.code : "E_USER_CODE"),
    terminal: e?.terminal === true,
  };
}
