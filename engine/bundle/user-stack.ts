/**
 * Stack traces as a workflow's author needs them: the frames of their own code, not weft's
 * (engine, SDK, its dependencies, Node's internals) that called it. Bundles carry inline
 * source maps, so user frames name the .ts file; the bundle cache folder is cut from them.
 */
import { sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { ErrorInfoLike } from "../errors.js";
import { bundleCacheDir } from "./cache-dir.js";

/** weft's own folders: this file is engine/bundle/user-stack.{ts,js}, under the package or its dist/. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PACKAGE = ROOT.endsWith(`${sep}dist${sep}`) ? ROOT.slice(0, -`dist${sep}`.length) : ROOT;
// "(<anonymous>)": native frames such as the Promise the engine wraps a call in.
const OWN = [`${PACKAGE}engine${sep}`, `${PACKAGE}sdk${sep}`, `${PACKAGE}dist${sep}`, `${sep}node_modules${sep}`, "(node:", " node:", "(<anonymous>)"];

const isFrame = (line: string) => /^\s+at /.test(line);
const isOwn = (line: string) => OWN.some((p) => line.includes(p));

/**
 * `stack` with weft's frames dropped when it has frames of user code; unchanged otherwise (an
 * error of weft itself keeps its whole trace).
 */
export function userStack(stack: string): string {
  const lines = stack.split("\n");
  if (!lines.some((l) => isFrame(l) && !isOwn(l))) return stack;
  const cache = `${bundleCacheDir()}${sep}`;
  // Source paths are absolute (source-map-paths.ts): a file under this process's folder reads
  // relative to it, as it was given; one elsewhere keeps its whole real path.
  const here = `(${process.cwd()}${sep}`;
  return lines
    .filter((l) => !isFrame(l) || !isOwn(l))
    .map((l) => (isFrame(l) ? l.split(cache).join("").split(here).join("(") : l))
    .join("\n");
}

/** An error of user code, its stack trimmed by userStack. */
export function userError(error: ErrorInfoLike): ErrorInfoLike {
  return error.stack ? { ...error, stack: userStack(error.stack) } : error;
}
