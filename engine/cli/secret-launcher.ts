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
import { SECRETS_FD_ENV, sendSecrets, stdioFor, withoutSecrets } from "../client/secret-handoff.js";

/**
 * In the relaunched worker: takes the secrets its launcher sent on the pipe into `process.env`
 * (not the exec environment); true when this process is that relaunched worker.
 */
export function takeLaunchedSecrets(): boolean {
  const fd = Number(process.env[SECRETS_FD_ENV]);
  if (!fd) return false;
  delete process.env[SECRETS_FD_ENV];
  const secrets = JSON.parse(readFileSync(fd, "utf8")) as Record<string, string>;
  closeSync(fd);
  Object.assign(process.env, secrets);
  return true;
}

/**
 * When this process carries secrets in its environment or arguments: runs this same command as
 * a child without them (the secrets on its fd 3) and resolves with its exit code. Otherwise
 * (nothing to hide, or already the child) undefined: go on in this process.
 */
export function relaunchWithoutSecrets(): Promise<number> | undefined {
  const script = process.argv[1];
  const handoff = withoutSecrets(process.argv.slice(2), process.env);
  if (!script || !handoff.secrets) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, script, ...handoff.args], { env: handoff.env, stdio: stdioFor(["inherit", "inherit", "inherit"], handoff) });
  sendSecrets(child, handoff);
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
