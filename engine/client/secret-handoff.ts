/**
 * Secrets handed to a worker process on a pipe (fd 3) instead of its exec environment or
 * command line, which workflow code in that process could read (`/proc/self/environ`,
 * `/proc/self/cmdline`; removing a variable from `process.env` does not change them). Used by
 * a `weft worker` that was given secrets (it relaunches itself, engine/cli/secret-launcher.ts)
 * and by whoever spawns worker processes with secrets (the autoscaler, a local stack): they
 * start the final process directly, one Node start instead of two.
 */
import type { ChildProcess, StdioOptions } from "node:child_process";
import { NATS_AUTH_SETTINGS } from "./nats-auth.js";

/** The variable that tells the worker which fd carries the secrets. */
export const SECRETS_FD_ENV = "WEFT_SECRETS_FD";

/** Variables that carry secrets (or, for file settings, say where they are). */
const SECRET_VARIABLES = [...NATS_AUTH_SETTINGS.map((s) => s.env), "OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_TRACES_HEADERS"];

/** Flags whose value is secret, and the variable that carries it to the worker instead. */
const SECRET_FLAGS: Record<string, string> = { "--password": "WEFT_NATS_PASSWORD", "--token": "WEFT_NATS_TOKEN" };

const hasCredentials = (url: string | undefined) => url !== undefined && /\/\/[^/]*@/.test(url);

/** What a handoff moves: the secrets (as variables) and the arguments left without them. */
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

/** A worker's spawn without its secrets: the arguments and environment to start it with, the stdio to add fd 3 to, and the secrets to send. */
export interface SecretHandoff {
  args: string[];
  env: NodeJS.ProcessEnv;
  /** undefined: nothing to hide, no pipe. */
  secrets: Record<string, string> | undefined;
}

/** Takes the secrets out of a worker's arguments (`argv`: its CLI arguments, from `worker` on) and environment. */
export function withoutSecrets(argv: readonly string[], env: NodeJS.ProcessEnv): SecretHandoff {
  const { secrets, args } = splitSecrets(argv, env);
  if (Object.keys(secrets).length === 0) return { args, env, secrets: undefined };
  const clean: NodeJS.ProcessEnv = { ...env, [SECRETS_FD_ENV]: "3" };
  for (const name of Object.keys(secrets)) delete clean[name];
  return { args, env: clean, secrets };
}

/** `stdio` with fd 3 a pipe when there are secrets to send. */
export function stdioFor(stdio: Extract<StdioOptions, unknown[]>, handoff: SecretHandoff): StdioOptions {
  return handoff.secrets ? [...stdio, "pipe"] : stdio;
}

/** Writes the secrets on the child's fd 3 and closes it. */
export function sendSecrets(child: ChildProcess, handoff: SecretHandoff): void {
  if (!handoff.secrets) return;
  const pipe = child.stdio[3] as NodeJS.WritableStream | null;
  if (!pipe) return;
  // The child closes its end once it has read: that reset is no error (nor is a child that died first).
  pipe.on("error", () => {});
  pipe.end(JSON.stringify(handoff.secrets));
}
