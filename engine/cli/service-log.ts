/**
 * The log of a long-running service (`weft coordinator`, `weft worker`): what it says about
 * itself. Off a terminal (a container, systemd, a file) JSON lines through pino, one object per
 * line with `level`, `time`, `role`, `name`, `msg` and, for events, `event` and its fields
 * (docs/json.md); on a terminal the same messages as plain lines. WEFT_LOG_LEVEL (info, warn,
 * error) quiets it: the workers of `weft run`'s private stack keep to warnings.
 */
import { pino, type Logger } from "pino";
import type { ServiceEvents } from "../base/service-events.js";

export interface ServiceLog extends ServiceEvents {
  /** A line of the service's own diagnostics (a message without an event name). */
  say(line: string, level?: "info" | "warn"): void;
}

const LEVELS = { info: 30, warn: 40, error: 50 } as const;

function threshold(env: NodeJS.ProcessEnv): number {
  const given = (env.WEFT_LOG_LEVEL ?? "info").toLowerCase();
  return LEVELS[given as keyof typeof LEVELS] ?? LEVELS.info;
}

/** `role` and `name` go on every line. `tty`: whether stderr is a terminal (readable lines then). */
export function serviceLog(role: "coordinator" | "worker", name: string, tty = process.stderr.isTTY === true, env = process.env): ServiceLog {
  const min = threshold(env);
  if (tty) {
    const write = (level: "info" | "warn", msg: string) => {
      if (LEVELS[level] >= min) process.stderr.write(msg + "\n");
    };
    return { say: (line, level = "info") => write(level, line), event: (_e, msg, _f, level = "info") => write(level, msg) };
  }
  // Synchronous writes: a line is out before the process can exit, and in order with other writes to stderr.
  const logger: Logger = pino(
    { base: { role, name }, level: Object.entries(LEVELS).find(([, n]) => n === min)?.[0] ?? "info" },
    pino.destination({ dest: 2, sync: true }),
  );
  return {
    say: (line, level = "info") => logger[level](line),
    event: (event, msg, fields = {}, level = "info") => logger[level]({ event, ...fields }, msg),
  };
}
