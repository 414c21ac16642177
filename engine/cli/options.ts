/** Option values shared by CLI commands: the NATS URL, the run input, counts. */
import { readFileSync } from "node:fs";
import { assertInputDepth } from "../model/json-depth.js";
import { ErrorCode, WeftError } from "../errors.js";
import { parseDuration } from "../model/duration.js";

export { DEFAULT_NATS_URL, natsUrl, natsUrlGiven } from "../client/nats-auth.js";

export { redactUrl } from "../../model/redact-url.js";

/** `--input JSON` or `--input @file.json`, returned as canonical JSON text. */
export function parseInput(raw: string | undefined): string {
  if (raw === undefined) return "{}";
  let text = raw;
  if (raw.startsWith("@")) {
    const file = raw.slice(1);
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      throw new WeftError(ErrorCode.InvalidInput, `--input ${raw}: cannot read ${file}: ${(err as Error).message}`);
    }
  }
  assertInputDepth(text, "--input");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new WeftError(
      ErrorCode.InvalidInput,
      `--input is not valid JSON (${(err as Error).message}): pass JSON such as '{"n": 3}', or @file.json.`,
    );
  }
  // A workflow reads its input's fields (ctx.input.n): anything but an object would fail there.
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new WeftError(ErrorCode.InvalidInput, `--input must be a JSON object such as '{"n": 3}', got ${text.trim().slice(0, 40)}.`);
  }
  return JSON.stringify(value);
}

/** `--timeout 90s` (or 1500ms, 5m, 1h; a bare number is seconds) in ms; undefined when absent. */
export function runTimeout(raw: string | undefined): number | undefined {
  return durationFlag("--timeout", raw);
}

/** A duration flag (90s, 1500ms, 5m, 1h; a bare number is seconds) in ms; undefined when absent. */
export function durationFlag(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const ms = parseDuration(raw);
  if (ms === undefined || ms < 1) {
    throw new WeftError(ErrorCode.Usage, `${flag} must be a duration such as 90s, 5m, 1500ms or 1h (a bare number is seconds), got "${raw}".`);
  }
  return ms;
}

/** A positive whole number from a flag, or a usage error naming the flag. */
export function positiveInt(flag: string, raw: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new WeftError(ErrorCode.Usage, `${flag} must be a whole number >= 1${max < Number.MAX_SAFE_INTEGER ? ` and <= ${max}` : ""}, got "${raw}".`);
  }
  return n;
}

/** A TCP port flag: 0 (any free port) to 65535. */
export function portFlag(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new WeftError(ErrorCode.Usage, `${flag} must be a whole number from 0 to 65535, got "${raw}".`);
  return n;
}

/** `--express` on run, submit and invoke: the run's durability (docs/express.md); none given, the workflow's own. */
export function durabilityOf(flags: { express?: boolean }): { durability?: "express" } {
  return flags.express ? { durability: "express" } : {};
}
