/**
 * Runs a private `nats-server` child process on a loopback port: used by the tests and by
 * `weft run` when no NATS URL is given. The server never outlives this process.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { accessSync, constants as fsConstants, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect as tcpConnect } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { ErrorCode, WeftError } from "../errors.js";

/** Options of {@link NatsServerProcess.start}. */
export interface NatsServerOptions {
  /** Client port; default: a free one chosen by the server itself (`-p -1`). */
  port?: number;
  /** JetStream store directory, kept on stop; default: a temp dir removed on stop. */
  storeDir?: string;
  /** Enable JetStream (`-js`); default true. */
  jetstream?: boolean;
  /** Require this user/password; `url` then carries them. */
  user?: string;
  pass?: string;
  /** Path of the binary; default: {@link NatsServerProcess.findBinary}. */
  binary?: string;
  /** How long to wait for "ready"; default 5000 ms. */
  startTimeoutMs?: number;
  /** More server arguments, e.g. a cluster member's `--server_name`, `--cluster` and `--routes`. */
  extraArgs?: string[];
  /** A configuration file (`-c`), read at every (re)start: the flags above take precedence. */
  config?: string;
}

const DEFAULT_START_TIMEOUT_MS = 5000;
const STOP_GRACE_MS = 10_000;
const LOG_LINES_KEPT = 40;

// Debian puts nats-server in /usr/sbin, which is not on an ordinary user's PATH.
const EXTRA_DIRS = ["/usr/sbin", "/usr/local/sbin", "/usr/local/bin", "/sbin", "/opt/homebrew/bin"];

/** Every server child still alive, killed in the process 'exit' handler. */
const live = new Set<NatsServerProcess>();
/** Temp store dirs not yet removed (a server may have exited already: an exit mid-stop() must not leak its dir). */
const tempDirs = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous: signal the children and drop our temp dirs.
  process.on("exit", () => {
    for (const server of live) server.killForExit();
    for (const dir of tempDirs) removeDir(dir);
  });
}

/** Removes one of our temp store dirs (best effort: this also runs in the 'exit' handler). */
function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // best effort
  }
  tempDirs.delete(dir);
}

const STORE_DIR_PREFIX = "weft-nats-";
/** In each temp store dir: the pid of the process that made it, for sweepStaleStoreDirs. */
const OWNER_FILE = "owner.pid";

/** A temp store dir of this process, marked with its pid. */
function makeStoreDir(): string {
  const dir = mkdtempSync(join(tmpdir(), STORE_DIR_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  return dir;
}

/**
 * Removes temp store dirs whose process is gone: one killed with SIGKILL never ran its exit
 * handler. A dir without an owner file, or whose owner still runs, is left alone.
 */
function sweepStaleStoreDirs(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir()).filter((n) => n.startsWith(STORE_DIR_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER_FILE), "utf8"));
    } catch {
      continue;
    }
    if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) removeDir(dir);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"; // alive, someone else's
  }
}

let pdeathsigSupport: boolean | undefined;

/**
 * Whether `setpriv --pdeathsig` is usable (Linux, util-linux >= 2.33). With it the kernel
 * kills the server when this process dies in any way, even SIGKILL, when no 'exit' handler
 * runs. Caveat: the signal fires when the *thread* that spawned the child ends, so start the
 * server from the main thread, not from a worker_thread that may finish first.
 */
function canUsePdeathsig(): boolean {
  if (pdeathsigSupport === undefined) {
    pdeathsigSupport = false;
    if (process.platform === "linux") {
      try {
        const r = spawnSync("setpriv", ["--help"], { encoding: "utf8", timeout: 2000 });
        pdeathsigSupport = r.status === 0 && r.stdout.includes("--pdeathsig");
      } catch {
        pdeathsigSupport = false;
      }
    }
  }
  return pdeathsigSupport;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Waits until a TCP connection to 127.0.0.1:port succeeds, or the deadline passes. */
async function waitForTcp(port: number, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = tcpConnect({ host: "127.0.0.1", port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

/**
 * Busy-waits (in 5 ms sleeps) until `pid` is gone or a zombie, for at most `maxMs`: the 'exit'
 * handler cannot await. Linux only (reads /proc); elsewhere it returns at once.
 */
function waitDeadSync(pid: number, maxMs: number): void {
  if (process.platform !== "linux") return;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    let state: string;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      state = stat.charAt(stat.lastIndexOf(")") + 2);
    } catch {
      return; // no such process
    }
    if (state === "Z") return;
    Atomics.wait(sleeper, 0, 0, 5);
  }
}

/** A running (or stopped) `nats-server` child bound to 127.0.0.1. */
export class NatsServerProcess {
  /** JetStream store directory (the same across restarts). */
  readonly storeDir: string;
  /** Path of the binary that was started. */
  readonly binary: string;
  readonly #opts: NatsServerOptions;
  readonly #ownsStoreDir: boolean;
  #port: number;
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();
  #log: string[] = [];

  private constructor(binary: string, port: number, storeDir: string, ownsStoreDir: boolean, opts: NatsServerOptions) {
    this.binary = binary;
    this.#port = port;
    this.storeDir = storeDir;
    this.#ownsStoreDir = ownsStoreDir;
    this.#opts = opts;
  }

  /** Client port (the same across restarts). */
  get port(): number {
    return this.#port;
  }

  /** `nats://127.0.0.1:PORT`, with `user:pass@` when the server requires them. */
  get url(): string {
    const { user, pass } = this.#opts;
    const auth = user !== undefined ? `${encodeURIComponent(user)}:${encodeURIComponent(pass ?? "")}@` : "";
    return `nats://${auth}127.0.0.1:${this.port}`;
  }

  /** The server's pid while it runs. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** Whether the server process is alive (started and not yet exited). */
  get running(): boolean {
    return this.#child !== undefined;
  }

  /** The absolute path of `nats-server` ($WEFT_NATS_SERVER, PATH, then the usual sbin dirs), if any. */
  static findBinary(): string | undefined {
    // WEFT_NATS_SERVER names the binary outright ("none": behave as if there were none).
    const forced = process.env["WEFT_NATS_SERVER"];
    if (forced !== undefined && forced !== "") return forced !== "none" && isExecutable(forced) ? forced : undefined;
    const name = process.platform === "win32" ? "nats-server.exe" : "nats-server";
    const dirs = [...(process.env["PATH"] ?? "").split(delimiter).filter((d) => d !== ""), ...EXTRA_DIRS];
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
    return undefined;
  }

  /**
   * Starts a server and resolves once it accepts client connections. Rejects with WeftError
   * E_INFRASTRUCTURE when the binary is missing, the server exits early (e.g. port in use),
   * or it is not ready within 5 s.
   */
  static async start(opts: NatsServerOptions = {}): Promise<NatsServerProcess> {
    const binary = opts.binary ?? NatsServerProcess.findBinary();
    if (binary === undefined) {
      throw new WeftError(
        ErrorCode.Infrastructure,
        "nats-server not found on PATH (nor in /usr/sbin, /usr/local/bin): install it (e.g. `apt-get install nats-server`) or pass --nats URL of a running server.",
      );
    }
    const ownsStoreDir = opts.storeDir === undefined;
    if (ownsStoreDir) sweepStaleStoreDirs();
    const storeDir = opts.storeDir ?? makeStoreDir();
    if (ownsStoreDir) tempDirs.add(storeDir);
    // Port 0 until launched: the server picks a free port itself (`-p -1`), which avoids the
    // race of probing a port with a throwaway listener and handing it over.
    const server = new NatsServerProcess(binary, opts.port ?? 0, storeDir, ownsStoreDir, opts);
    try {
      server.#port = await server.#launch(opts.port ?? -1);
    } catch (err) {
      if (ownsStoreDir) removeDir(storeDir);
      throw err;
    }
    return server;
  }

  /** Stops the server (SIGTERM, SIGKILL after 10 s), waits for exit, removes its temp dir. */
  async stop(): Promise<void> {
    await this.#halt();
    if (this.#ownsStoreDir) removeDir(this.storeDir);
  }

  /** Sends `signal` (default SIGKILL) without waiting: simulates a crash. `stop()` still cleans up. */
  kill(signal: NodeJS.Signals = "SIGKILL"): void {
    this.#child?.kill(signal);
  }

  /** Stops the server and starts it again on the same port and store dir (JetStream data survives). */
  async restart(): Promise<void> {
    await this.#halt();
    await this.#launch(this.port);
  }

  /** Resolves when the current child has exited (immediately when none runs). */
  waitForExit(): Promise<void> {
    return this.#exited;
  }

  /** @internal Synchronous last-resort cleanup for the process 'exit' handler. */
  killForExit(): void {
    const pid = this.#child?.pid;
    try {
      this.#child?.kill("SIGKILL");
    } catch {
      // already gone
    }
    if (this.#ownsStoreDir) {
      // Removing the dir while the server still writes into it can leave files behind.
      if (pid !== undefined) waitDeadSync(pid, 3000);
      removeDir(this.storeDir);
    }
  }

  async #halt(): Promise<void> {
    const child = this.#child;
    if (child === undefined) return;
    const exited = this.#exited;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    try {
      await exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Spawns the server on `port` (-1: any) and resolves with the port it listens on. */
  async #launch(port: number): Promise<number> {
    const args = [...(this.#opts.config !== undefined ? ["-c", this.#opts.config] : []), "-a", "127.0.0.1", "-p", String(port)];
    if (this.#opts.jetstream !== false) args.push("-js", "-sd", this.storeDir);
    if (this.#opts.user !== undefined) args.push("--user", this.#opts.user, "--pass", this.#opts.pass ?? "");
    args.push(...(this.#opts.extraArgs ?? []));
    const [cmd, cmdArgs] = canUsePdeathsig()
      ? ["setpriv", ["--pdeathsig", "SIGTERM", this.binary, ...args]]
      : [this.binary, args];
    this.#log = [];
    // stdout unused; stderr carries the log and must be read continuously, or the server
    // blocks once the pipe buffer fills.
    const child = spawn(cmd, cmdArgs, { stdio: ["ignore", "ignore", "pipe"] });
    this.#child = child;
    live.add(this);
    installExitHook();
    this.#exited = new Promise<void>((resolve) => {
      child.once("close", () => {
        if (this.#child === child) this.#child = undefined;
        live.delete(this);
        resolve();
      });
    });

    const timeoutMs = this.#opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    const deadline = Date.now() + timeoutMs;
    let partial = "";
    let listenPort: number | undefined;
    let ready = false;
    let notify: () => void = () => {};
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        this.#log.push(line);
        if (this.#log.length > LOG_LINES_KEPT) this.#log.shift();
        const m = /Listening for client connections on .*:(\d+)\s*$/.exec(line);
        if (m) listenPort = Number(m[1]);
        if (line.includes("Server is ready")) ready = true;
      }
      notify();
    });
    let spawnError: Error | undefined;
    child.once("error", (err) => {
      spawnError = err;
      notify();
    });
    let exited = false;
    void this.#exited.then(() => {
      exited = true;
      notify();
    });

    const fail = async (why: string): Promise<never> => {
      await this.#halt();
      // The server's fatal or error lines say why; without any, its last lines.
      const errors = this.#log.filter((l) => /\[(FTL|ERR)\]/.test(l));
      const tail = (errors.length > 0 ? errors.slice(-3) : this.#log.slice(-8)).join("\n");
      throw new WeftError(
        ErrorCode.Infrastructure,
        `nats-server (${this.binary}) failed to start on 127.0.0.1:${port === -1 ? "<any>" : port}: ${why}${tail ? `\n${tail}` : ""}`,
      );
    };

    while (!(ready && listenPort !== undefined)) {
      if (spawnError) return fail(spawnError.message);
      if (exited) return fail(`it exited with code ${child.exitCode ?? child.signalCode}`);
      const left = deadline - Date.now();
      if (left <= 0) return fail(`not ready within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        notify = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
    // "Server is ready" is logged after the listener opens; the probe makes "accepts client
    // connections" a checked fact rather than an inference from a log line.
    if (!(await waitForTcp(listenPort, deadline))) return fail(`port ${listenPort} does not accept connections`);
    return listenPort;
  }
}
