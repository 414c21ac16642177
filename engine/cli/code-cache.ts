/**
 * Runs a CommonJS file (the worker bundle, scripts/bundle-worker.mjs) with a V8 code cache, so
 * a worker's start deserializes the code its start runs instead of compiling it: Node 20 keeps
 * no compile cache of its own for ES modules (module.enableCompileCache is Node 22.1+), while a
 * classic script (vm.Script) takes V8's `cachedData`.
 *
 * The cache is this user's and this machine's, never a build artefact: a file in the private
 * bundle cache folder (cache-dir.ts: the user's own, mode 0700; a cache is code V8 runs), named
 * after the source's sha256 (given by the build), the file's path and V8's version tag (its
 * version, flags and CPU features), so a changed bundle, another node or other V8 flags find no
 * cache and make their own. The path is in the name because V8 keeps the file name the cache was
 * made under: the same bundle installed in two places would otherwise name the other place in its
 * stack frames (and user-stack.ts, which drops the engine's own frames by their path, would show
 * them). V8 checks the rest: a cache it refuses (cut short, another source of that length)
 * is compiled around and replaced. With no usable cache, the script compiles as usual and the
 * worker writes the cache once it has served and run its first task (or as it stops, if it ran
 * none; engine/cli/commands/worker.ts): V8 then holds the code of the whole start and of a
 * task's path. A process that ends before it serves (a usage error) writes none.
 */
import { isAscii } from "node:buffer";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { cachedDataVersionTag } from "node:v8";
import { Script } from "node:vm";
import { bundleCacheDir } from "../bundle/cache-dir.js";
import { lendImport } from "../base/import-module.js";

/** `WEFT_CODE_CACHE=off`: no cache read or written (to measure a start without it). */
export const CODE_CACHE_ENV = "WEFT_CODE_CACHE";

/**
 * How the script was compiled: from its cache (`used`), without one (`absent`), around one V8
 * refused (`rejected`), or with caching off (`off`, or no private cache folder to keep it in).
 */
export type CodeCacheState = "used" | "absent" | "rejected" | "off";

export interface CachedScript {
  readonly state: CodeCacheState;
  /** Writes the cache, once, unless it was used or caching is off: whole or not at all, a temp file renamed. */
  save(): void;
}

/** Where the loader leaves its CachedScript for the script it ran (a module of its own, bundled apart from the loader). */
const STARTED_KEY = Symbol.for("weft.cachedScript");

/** The cached script this process started from (the worker bundle), if any. */
export function startedFromCachedScript(): CachedScript | undefined {
  return (globalThis as Record<symbol, unknown>)[STARTED_KEY] as CachedScript | undefined;
}

/** Compiles and runs the CommonJS file `file` (its source hashes to `sourceSha256`) as node would, with a code cache in `cacheDir`. */
export function runCachedScript(file: string, sourceSha256: string, cacheDir: () => string = bundleCacheDir): CachedScript {
  const source = sourceText(readFileSync(file));
  const cachePath = process.env[CODE_CACHE_ENV] === "off" ? undefined : cacheFile(cacheDir, sourceSha256, file);
  const cachedData = cachePath === undefined ? undefined : readIfThere(cachePath);
  const script = new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  // The script has no import() of its own (scripts/bundle-worker.mjs turns them into require):
  // a workflow bundle, an ES module, is imported with this module's (main.cjs: node's CommonJS
  // loader gives what it compiles an import()).
  lendImport((specifier) => import(specifier));
  const state: CodeCacheState = cachePath === undefined ? "off" : !cachedData ? "absent" : script.cachedDataRejected ? "rejected" : "used";
  let saved = state === "used" || cachePath === undefined;
  const cached: CachedScript = {
    state,
    save() {
      if (saved || cachePath === undefined) return;
      saved = true;
      const temp = `${cachePath}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        renameSync(temp, cachePath);
      } catch {
        // A cache is only a speed-up: a full disk or a folder gone leaves the next start to compile.
        rmSync(temp, { force: true });
      }
    },
  };
  (globalThis as Record<symbol, unknown>)[STARTED_KEY] = cached;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  const mod = new Module(file);
  mod.filename = file;
  run.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  return cached;
}

/** The cache's file for this source at this path under this V8 (version, flags, CPU); undefined with no private folder for it. */
function cacheFile(cacheDir: () => string, sourceSha256: string, file: string): string | undefined {
  try {
    const where = createHash("sha256").update(resolve(file)).digest("hex").slice(0, 16);
    return join(cacheDir(), `code-${sourceSha256.slice(0, 32)}-${where}-${cachedDataVersionTag()}.v8cache`);
  } catch {
    // The folder is another user's (cache-dir.ts refuses it): start without a cache.
    return undefined;
  }
}

/**
 * The script's text: an ASCII file (the worker bundle is made so) as a one-byte string, copied
 * as it is; decoding UTF-8 would be slower, and one character outside ASCII would make V8 keep
 * the whole text as two-byte.
 */
function sourceText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}

function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
