/**
 * The bench's one command-line parser: the runner (its command line is bench-args.ts), the
 * suite, the compare tool, the corpus tool and the diagnostics all read their flags with
 * {@link parseFlags}.
 *
 * Flags are `--name value`, `--name=value` or a bare `--switch`. A bad command line throws a
 * {@link UsageError}: the tools print it with their usage and exit 2.
 */
import { UsageError } from "./usage-error.js";

export { UsageError };

/** What one flag takes. */
export type FlagSpec =
  | { kind: "whole"; min: number }
  | { kind: "switch" }
  | { kind: "text" }
  | { kind: "choice"; values: readonly string[] }
  /** May be given several times; the values are kept in order. */
  | { kind: "list" };

export type FlagValue = number | string | true | string[];

export interface ParsedFlags {
  /** The flags given, by name (without the dashes); absent flags are absent. */
  values: Record<string, FlagValue>;
  /** Arguments that are not flags, in order (refused unless `positional` allows them). */
  positional: string[];
}

/** A whole number >= `min` from a flag's raw value. */
export function wholeNumber(flag: string, raw: string | undefined, min: number): number {
  if (raw === undefined || raw.startsWith("--")) throw new UsageError(`${flag} needs a value`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number >= ${min}, got "${raw}"`);
  return n;
}

/**
 * Parses `argv` against `specs`. `unknown` words the error for a flag not in `specs` (the
 * runner names the workload's parameters there).
 */
export function parseFlags(
  argv: string[],
  specs: Record<string, FlagSpec>,
  opts: { positional?: boolean; unknown?: (flag: string) => string } = {},
): ParsedFlags {
  const out: ParsedFlags = { values: {}, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    let token = argv[i]!;
    if (!token.startsWith("--")) {
      if (!opts.positional) throw new UsageError(`unexpected argument "${token}"`);
      out.positional.push(token);
      continue;
    }
    let inline: string | undefined;
    const eq = token.indexOf("=");
    if (eq > 0) {
      inline = token.slice(eq + 1);
      token = token.slice(0, eq);
    }
    const name = token.slice(2);
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) throw new UsageError(opts.unknown ? opts.unknown(token) : `unknown flag ${token} (known: ${Object.keys(specs).map((k) => `--${k}`).join(", ")})`);
    if (spec.kind === "switch") {
      if (inline !== undefined) throw new UsageError(`${token} takes no value`);
      out.values[name] = true;
      continue;
    }
    const raw = inline !== undefined ? inline : argv[++i];
    switch (spec.kind) {
      case "whole":
        out.values[name] = wholeNumber(token, raw, spec.min);
        break;
      case "text":
        if (raw === undefined || raw.startsWith("--")) throw new UsageError(`${token} needs a value`);
        out.values[name] = raw;
        break;
      case "list": {
        if (raw === undefined) throw new UsageError(`${token} needs a value`);
        const list = out.values[name];
        out.values[name] = [...(Array.isArray(list) ? list : []), raw];
        break;
      }
      case "choice":
        if (raw === undefined || !spec.values.includes(raw)) throw new UsageError(`${token} must be ${spec.values.join(" or ")}, got "${raw}"`);
        out.values[name] = raw;
        break;
    }
  }
  return out;
}
