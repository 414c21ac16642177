/**
 * End-to-end helpers: run the COMPILED `weft` CLI (`node bin/weft.js ...`, built by
 * `npm run build`) as a child process from the repository root, with a hard timeout, and
 * read the JSON log lines it prints on stderr when stderr is not a terminal.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Bus, connectNatsBus, type NatsServerOptions, type NatsServerProcess } from "../../engine/internal.js";
import { startNats } from "./nats.js";

/** The repository root (where bin/weft.js lives). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The CLI entry point. */
export const WEFT_BIN = join(REPO_ROOT, "bin", "weft.js");

/** One JSON log line of the CLI (the fields used by the tests; others pass through). */
export interface LogLine {
  t?: string;
  type?: "task" | "run" | "log" | "expanded" | string;
  run?: string;
  task?: string;
  node?: string;
  workflow?: string;
  from?: string;
  to?: string;
  worker?: string;
  attempt?: number;
  duration_ms?: number;
  level?: string;
  msg?: string;
  count?: number;
  error?: { code?: string; message?: string; stack?: string };
  [key: string]: unknown;
}

/**
 * The map instances of `node` the log says succeeded, one per instance: from their own
 * `task` lines, and from `tasks` lines (a range of instances that each succeeded on their
 * first attempt, logged as one line).
 */
export function mapSuccesses(lines: readonly LogLine[], node: string): { index: number; worker: string; t: string }[] {
  const out: { index: number; worker: string; t: string }[] = [];
  for (const l of lines) {
    if (l.type === "task" && l.node === node && l.to === "succeeded" && /\[\d+\]$/.test(l.task ?? "")) {
      out.push({ index: Number(/\[(\d+)\]$/.exec(l.task!)![1]), worker: String(l.worker), t: String(l.t) });
    }
    if (l.type === "tasks" && l.node === node) {
      const first = Number(l.first);
      for (let i = first; i < first + Number(l.count); i++) out.push({ index: i, worker: String(l.worker), t: String(l.t) });
    }
  }
  return out;
}

export interface CliResult {
  /** Exit code, or null when the child was ended by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time from spawn to exit. */
  ms: number;
}

export interface CliOptions {
  /** Extra environment variables (merged over this process's environment). */
  env?: Record<string, string | undefined>;
  /** Hard limit; the child is killed (SIGTERM, then SIGKILL) and the promise rejects. Default 30000. */
  timeoutMs?: number;
  /** Written to the child's stdin, which is then closed. */
  input?: string;
  /** Working directory; default the repository root. */
  cwd?: string;
}

/** The environment of a CLI child: ours, minus anything that points weft at another NATS. */
function childEnv(extra: Record<string, string | undefined> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Never let an outer WEFT_NATS_URL (e.g. a developer's) leak into a test.
  delete env.WEFT_NATS_URL;
  delete env.WEFT_PARENT_PID;
  for (const [k, v] of Object.entries(extra ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function assertBuilt(): void {
  if (!existsSync(join(REPO_ROOT, "dist", "engine", "cli", "main.js"))) {
    throw new Error("dist/engine/cli/main.js is missing: run `npm run -s build` before the e2e tests");
  }
}

/** Every child started by runCli/startCli that has not exited yet (killed on process exit). */
const live = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of live) {
    try {
      child.kill("SIGKILL");
    } catch {
      /* already gone */
    }
  }
});

function track(child: ChildProcess): void {
  live.add(child);
  child.once("exit", () => live.delete(child));
}

/** Shell-ish rendering of a command for error messages. */
function shown(args: string[]): string {
  return ["weft", ...args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`))].join(" ");
}

/**
 * Runs `node bin/weft.js ...args` to completion. Rejects when it does not exit within
 * `timeoutMs` (the child gets SIGTERM, then SIGKILL 2 s later); the error carries what it
 * printed so far.
 */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  assertBuilt();
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const started = Date.now();
  const child = spawn(process.execPath, [WEFT_BIN, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env: childEnv(opts.env),
    stdio: ["pipe", "pipe", "pipe"],
  });
  track(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  child.stdin!.on("error", () => {});
  if (opts.input !== undefined) child.stdin!.end(opts.input);
  else child.stdin!.end();
  return new Promise<CliResult>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      // SIGTERM first, so that `weft run` can stop what it started; SIGKILL soon after.
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 2000).unref();
      reject(
        new Error(
          `\`${shown(args)}\` did not exit within ${timeoutMs} ms (killed)\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr.slice(-4000)}`,
        ),
      );
    }, timeoutMs);
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    // 'close' (not 'exit'): every byte of stdout and stderr has been read by then.
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Parses the JSON lines of a stderr text; other lines (notices, messages) are skipped. */
export function parseLogLines(stderr: string): LogLine[] {
  const out: LogLine[] = [];
  for (const line of stderr.split("\n")) {
    const s = line.trim();
    if (!s.startsWith("{")) continue;
    try {
      const v = JSON.parse(s) as unknown;
      if (v && typeof v === "object" && !Array.isArray(v)) out.push(v as LogLine);
    } catch {
      /* not a JSON line */
    }
  }
  return out;
}

/**
 * The result a followed run's log ends with (`weft logs RUN --follow` prints the log on stdout;
 * its last run line, "succeeded", carries the result); undefined when it has none.
 */
export function resultOfLog(text: string): unknown {
  return parseLogLines(text).filter((l) => l.type === "run").at(-1)?.result;
}

/** The lines of a stderr text that are not JSON log lines (notices and error messages). */
export function plainLines(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("{"));
}

/** For assertion messages: the output of a run, trimmed. */
export function describeResult(r: CliResult): string {
  return `exit ${r.code}${r.signal ? ` (signal ${r.signal})` : ""} after ${r.ms} ms\n--- stdout ---\n${r.stdout.slice(-2000)}\n--- stderr ---\n${r.stderr.slice(-4000)}`;
}

/** A long-running CLI process (coordinator, worker, dev). */
export interface CliProcess {
  readonly child: ChildProcess;
  readonly args: string[];
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** Whether it is still running. */
  running(): boolean;
  /** Exit code and signal once exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /**
   * Waits until a stderr line matches `pattern` (lines printed before the call count too).
   * Rejects after `timeoutMs` (default 15000) or when the process exits first.
   */
  waitForStderr(pattern: RegExp | string, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then SIGKILL after `graceMs` (default 5000); resolves once it has exited. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node bin/weft.js ...args` and leaves it running. */
export function startCli(args: string[], opts: Omit<CliOptions, "timeoutMs" | "input"> = {}): CliProcess {
  assertBuilt();
  const child = spawn(process.execPath, [WEFT_BIN, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    env: childEnv(opts.env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  track(child);
  let out = "";
  let err = "";
  const waiters = new Set<() => void>();
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => {
    err += d;
    for (const w of [...waiters]) w();
  });
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => {
    child.once("exit", (code, signal) => {
      exitInfo = { code, signal };
      res(exitInfo);
      for (const w of [...waiters]) w();
    });
    child.once("error", () => {
      exitInfo ??= { code: null, signal: null };
      res(exitInfo);
      for (const w of [...waiters]) w();
    });
  });
  const matches = (line: string, pattern: RegExp | string) => (typeof pattern === "string" ? line.includes(pattern) : pattern.test(line));
  return {
    child,
    args,
    stdout: () => out,
    stderr: () => err,
    running: () => exitInfo === undefined,
    exited,
    waitForStderr(pattern, timeoutMs = 15_000) {
      return new Promise<string>((res, rej) => {
        const check = () => {
          const hit = err.split("\n").find((l) => matches(l, pattern));
          if (hit !== undefined) {
            done();
            res(hit);
          } else if (exitInfo) {
            done();
            rej(new Error(`\`${shown(args)}\` exited (${JSON.stringify(exitInfo)}) before printing ${String(pattern)}\n--- stderr ---\n${err.slice(-4000)}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          rej(new Error(`\`${shown(args)}\` did not print ${String(pattern)} on stderr within ${timeoutMs} ms\n--- stderr ---\n${err.slice(-4000)}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async stop(graceMs = 5000) {
      if (exitInfo) return exitInfo;
      const kill = setTimeout(() => child.kill("SIGKILL"), graceMs);
      child.kill("SIGTERM");
      const info = await exited;
      clearTimeout(kill);
      return info;
    },
  };
}

/** A fresh value for {@link TAG_VAR}: children inherit it, so leftovers can be found. */
export const TAG_VAR = "WEFT_E2E_TAG";

/**
 * Pids of live processes (not zombies) whose environment holds `WEFT_E2E_TAG=tag`: pass
 * `env: { WEFT_E2E_TAG: tag }` to runCli/startCli, and everything the CLI starts (workers,
 * nats-server) inherits it. Linux only (reads /proc); elsewhere returns undefined.
 */
export function processesTagged(tag: string): number[] | undefined {
  if (process.platform !== "linux" || !existsSync("/proc/self/environ")) return undefined;
  const needle = `${TAG_VAR}=${tag}\0`;
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z") continue;
      const env = readFileSync(`/proc/${entry}/environ`, "latin1") + "\0";
      if (env.includes(needle)) pids.push(Number(entry));
    } catch {
      /* gone, or not ours to read */
    }
  }
  return pids;
}

/** Stops every process given, whatever state it is in (for after hooks). */
export async function stopAll(procs: Iterable<CliProcess | undefined>): Promise<void> {
  await Promise.all([...procs].map((p) => p?.stop().catch(() => undefined)));
}

// ---------- a cluster of separate processes on a private nats-server ----------


export interface Cluster {
  readonly nats: NatsServerProcess;
  readonly url: string;
  readonly coordinator: CliProcess;
  readonly workers: CliProcess[];
  /** A plain client connection of the test (for garbage, heartbeats...). */
  readonly bus: Bus;
  /** Every process started for this cluster, including extras added by tests. */
  readonly procs: CliProcess[];
  /** Starts another long-running CLI process on this cluster; stopped with the cluster. */
  spawn(args: string[], opts?: Omit<CliOptions, "timeoutMs" | "input">): CliProcess;
  /** Stops every process, the test connection and the server. Never throws. */
  stop(): Promise<void>;
}

/**
 * Starts `weft worker --name NAME --slots 2` (and `extra` flags) on `cluster`, resolving once its
 * first heartbeat is out, so the coordinator can have heard it (a worker joining mid-run).
 */
export async function startHeardWorker(cluster: Cluster, name: string, extra: string[] = []): Promise<CliProcess> {
  const heard = new Promise<void>((resolve) => {
    const sub = cluster.bus.subscribe(`weft.v1.worker.${name}.heartbeat`, () => {
      sub.unsubscribe();
      resolve();
    });
  });
  const p = cluster.spawn(["worker", "--nats", cluster.url, "--name", name, "--slots", "2", ...extra]);
  await heard;
  return p;
}

/**
 * Starts a nats-server on a free port, `weft coordinator --nats URL` and one
 * `weft worker --nats URL --name NAME` per name, and waits until the coordinator is active
 * and every worker has sent a heartbeat (so the coordinator knows all of them); `opts.env` is
 * given to the coordinator and the workers. On failure
 * everything started so far is stopped.
 */
export async function startCluster(
  workerNames: string[] = ["wa", "wb"],
  opts: { slots?: number; env?: CliOptions["env"]; nats?: NatsServerOptions } = {},
): Promise<Cluster> {
  const nats = await startNats(opts.nats);
  const procs: CliProcess[] = [];
  let bus: Bus | undefined;
  const stop = async () => {
    await stopAll(procs);
    await bus?.close().catch(() => {});
    await nats.stop().catch(() => {});
  };
  try {
    bus = await connectNatsBus(nats.url, { name: "weft-e2e-test" });
    const heard = new Set<string>();
    const sub = bus.subscribe("weft.v1.worker.*.heartbeat", (m) => {
      const name = m.subject.split(".")[3];
      if (name) heard.add(name);
    });
    const env = opts.env ? { env: opts.env } : {};
    const coordinator = startCli(["coordinator", "--nats", nats.url], env);
    procs.push(coordinator);
    // Generous: under load (the chaos loops run at a load of 20-30 on 2 cores) a process start took over 20 s.
    await coordinator.waitForStderr(/active on/, 60_000);
    const slotArgs = opts.slots !== undefined ? ["--slots", String(opts.slots)] : [];
    const workers = workerNames.map((name) => startCli(["worker", "--nats", nats.url, "--name", name, ...slotArgs], env));
    procs.push(...workers);
    const deadline = Date.now() + 60_000;
    while (!workerNames.every((n) => heard.has(n))) {
      const dead = workers.find((w) => !w.running());
      if (dead) throw new Error(`\`weft ${dead.args.join(" ")}\` exited during start-up\n${dead.stderr()}`);
      if (Date.now() > deadline) throw new Error(`workers ${workerNames.filter((n) => !heard.has(n)).join(", ")} sent no heartbeat within 60 s`);
      await new Promise((r) => setTimeout(r, 25));
    }
    sub.unsubscribe();
    const client = bus;
    return {
      nats,
      url: nats.url,
      coordinator,
      workers,
      bus: client,
      procs,
      spawn(args, o) {
        const p = startCli(args, o);
        procs.push(p);
        return p;
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
