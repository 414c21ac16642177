/**
 * Test helpers: a private nats-server per suite (never port 4222, never a server already
 * running on the machine), polling with a deadline instead of fixed sleeps, and small
 * byte/text utilities.
 */
import "./strict-transitions.js";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { NatsServerProcess, type NatsServerOptions } from "../../engine/internal.js";

/**
 * Starts a nats-server with JetStream on a free loopback port chosen by the server. It may take
 * up to 30 s to be ready (start and every restart): a restart recovers the JetStream store, which
 * took over 5 s (the engine's default) on a machine loaded at 30 (the chaos loop's NATS restart).
 */
export async function startNats(opts: NatsServerOptions = {}): Promise<NatsServerProcess> {
  const server = await NatsServerProcess.start({ startTimeoutMs: 30_000, ...opts });
  if (server.port === 4222) {
    // A test must never touch (or be confused with) a system server on the default port.
    await server.stop();
    throw new Error("test nats-server ended up on port 4222; refusing to use it");
  }
  return server;
}

/** Whether the nats-server binary is available (NATS tests skip without it). */
export function hasNatsServer(): boolean {
  return NatsServerProcess.findBinary() !== undefined;
}

/**
 * Polls `predicate` every `intervalMs` (default 10) until it returns true, or throws after
 * `timeoutMs` (default 5000) with `message` (a function: what to say, asked only then).
 */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  opts: { timeoutMs?: number; intervalMs?: number; message?: string | (() => string | Promise<string>) } = {},
): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() >= deadline) {
      const message = typeof opts.message === "function" ? await opts.message() : opts.message;
      throw new Error(`waitFor timed out after ${timeoutMs} ms${message ? `: ${message}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 10));
  }
}

/** A port on 127.0.0.1 with nothing listening (just released by a throwaway listener). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Whether a process with this pid exists and is not a zombie (exited, not yet reaped). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  // An orphan that exited stays a zombie until its new parent reaps it, and in a container
  // PID 1 may never do so: on Linux, read the state from /proc.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

/** A short random token for unique subjects, buckets and streams per test. */
export function uid(): string {
  return randomBytes(4).toString("hex");
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 bytes of `s`. */
export function bytes(s: string): Uint8Array {
  return encoder.encode(s);
}

/** UTF-8 text of `b`. */
export function text(b: Uint8Array): string {
  return decoder.decode(b);
}

/** Captures what is written to stderr until `restore()` (for asserting logged lines). */
export function captureStderr(): { lines: () => string[]; restore: () => void } {
  const original = process.stderr.write.bind(process.stderr);
  let buf = "";
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    buf += typeof chunk === "string" ? chunk : decoder.decode(chunk);
    const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    cb?.();
    return true;
  }) as typeof process.stderr.write;
  return {
    lines: () => buf.split("\n").filter((l) => l !== ""),
    restore: () => {
      process.stderr.write = original;
    },
  };
}
