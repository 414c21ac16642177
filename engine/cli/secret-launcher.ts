/**
 * A worker runs workflow code in its own process, and that code can read the process's exec
 * environment and command line (`/proc/self/environ`, `/proc/self/cmdline`), which removing a
 * variable from `process.env` does not change. So a `weft worker` given secrets there (NATS
 * credentials in WEFT_NATS_* or --password/--token/a URL with credentials, OTLP headers) starts
 * the real worker again as its child, without them in its environment or arguments, and hands
 * them over on a pipe (fd 3) instead; the child reads them before it connects, and the launcher
 * only waits, passes signals on and exits with the child's code.
 */
import { spawn } from "node:child_process";
import { closeSync, readFileSync } from "node:fs";
import { NATS_AUTH_SETTINGS } from "../client/nats-auth.js";

/** The variable that tells the child which fd carries the secrets. */
const SECRETS_FD = "WEFT_SECRETS_FD";

/** Variables that carry secrets (or, for file settings, say where they are). */
const SECRET_VARIABLES = [...NATS_AUTH_SETTINGS.map((s) => s.env), "OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_TRACES_HEADERS"];

/** Flags whose value is secret, and the variable that carries it to the child instead. */
const SECRET_FLAGS: Record<string, string> = { "--password": "WEFT_NATS_PASSWORD", "--token": "WEFT_NATS_TOKEN" };

const hasCredentials = (url: string | undefined) => url !== undefined && /\/\/[^/]*@/.test(url);

/**
 * In the relaunched worker: takes the secrets its launcher sent on the pipe into `process.env`
 * (not the exec environment); true when this process is that relaunched worker.
 */
export function takeLaunchedSecrets(): boolean {
  const fd = Number(process.env[SECRETS_FD]);
  if (!fd) return false;
  delete process.env[SECRETS_FD];
  const secrets = JSON.parse(readFileSync(fd, "utf8")) as Record<string, string>;
  closeSync(fd);
  Object.assign(process.env, secrets);
  return true;
}

/** What a relaunch moves: the secrets (as variables) and the arguments left without them. */
export function splitSecrets(argv: readonly string[], env: NodeJS.ProcessEnv): { secrets: Record<string, string>; args: string[] } {
  const secrets: Record<string, string> = {};
  for (const name of SECRET_VARIABLES) {
    const v = env[name];
    if (v) secrets[name] = v;
  }
  if (hasCredentials(env.WEFT_NATS_URL)) secrets.WEFT_NATS_URL = env.WEFT_NATS_URL!;
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const variable = SECRET_FLAGS[flag] ?? (flag === "--nats" && hasCredentials(inline ?? argv[i + 1]) ? "WEFT_NATS_URL" : undefined);
    if (!variable) {
      args.push(a);
      continue;
    }
    secrets[variable] = inline ?? argv[i + 1] ?? "";
    if (inline === undefined) i++;
  }
  return { secrets, args };
}

/**
 * When this process carries secrets in its environment or arguments: runs this same command as
 * a child without them (the secrets on its fd 3) and resolves with its exit code. Otherwise
 * (nothing to hide, or already the child) undefined: go on in this process.
 */
export function relaunchWithoutSecrets(): Promise<number> | undefined {
  const script = process.argv[1];
  const { secrets, args } = splitSecrets(process.argv.slice(2), process.env);
  if (!script || Object.keys(secrets).length === 0) return undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, [SECRETS_FD]: "3" };
  for (const name of Object.keys(secrets)) delete env[name];
  const child = spawn(process.execPath, [...process.execArgv, script, ...args], { env, stdio: ["inherit", "inherit", "inherit", "pipe"] });
  const pipe = child.stdio[3] as NodeJS.WritableStream;
  // The child closes its end once it has read: that reset is no error.
  pipe.on("error", () => {});
  pipe.end(JSON.stringify(secrets));
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (s: NodeJS.Signals) => child.kill(s);
  for (const s of signals) process.on(s, forward);
  return new Promise((resolve) => {
    child.once("error", (err) => {
      process.stderr.write(`weft worker: could not start the worker process: ${err.message}\n`);
      resolve(3);
    });
    child.once("exit", (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? 128 + (signal === "SIGKILL" ? 9 : signal === "SIGINT" ? 2 : 15));
    });
  });
}
