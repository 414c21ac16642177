/**
 * Packages with native addons (`sharp`, `better-sqlite3`, ...) cannot be bundled: their `.node`
 * binary is loaded from a path beside their JS, which a bundle in the cache folder does not
 * have. So the bundler leaves them out: each import of such a package becomes a call of a hook
 * that the loading process installs, which `require`s the package from the worker's own
 * node_modules: first as seen from the worker's working directory (the user's project), then as
 * seen from weft's own package. The package must therefore be installed where workers run (at a
 * version that fits the code); its version is not part of the bundle's hash.
 *
 * A package counts as native when it is one of KNOWN_NATIVE, or its package.json says so
 * (`gypfile`, a `binding.gyp` beside it, or a dependency on an addon loader such as
 * `node-gyp-build`).
 */
import { existsSync, readFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { ErrorCode, WeftError } from "../errors.js";

/** Native packages known without looking (some ship their addon in optional per-platform packages). */
const KNOWN_NATIVE = new Set(["sharp", "better-sqlite3", "sqlite3", "canvas", "@napi-rs/canvas", "bcrypt", "argon2", "re2", "node-pty", "cpu-features"]);

/** Dependencies that mean "this package loads a native addon". */
const ADDON_LOADERS = ["node-gyp-build", "bindings", "prebuild-install", "node-addon-api", "@mapbox/node-pre-gyp", "node-pre-gyp", "napi-build-utils"];

/** The global the bundle's stubs call (a symbol, so no user global can collide with it). */
const HOOK = Symbol.for("weft.nativeRequire");

/** `@scope/name` or `name` of a bare import (`sharp/lib/x` → `sharp`); undefined for a Node built-in. */
export function packageOf(spec: string): string | undefined {
  if (spec.startsWith("node:") || builtinModules.includes(spec.split("/")[0]!)) return undefined;
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Whether the package.json at `dir` describes a package with a native addon. */
function nativeAt(dir: string): boolean {
  if (existsSync(join(dir, "binding.gyp"))) return true;
  try {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
    if (pkg.gypfile === true) return true;
    const deps = { ...(pkg.dependencies as object | undefined), ...(pkg.optionalDependencies as object | undefined) };
    return ADDON_LOADERS.some((d) => d in deps);
  } catch {
    return false;
  }
}

/** Whether `pkg`, as found from `resolveDir` upwards, has a native addon. */
export function isNativePackage(pkg: string, resolveDir: string): boolean {
  if (KNOWN_NATIVE.has(pkg)) return true;
  for (let dir = resolveDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", pkg);
    if (existsSync(join(candidate, "package.json"))) return nativeAt(candidate);
    if (dirname(dir) === dir) return false;
  }
}

/** The esbuild plugin that leaves native packages out of a bundle (their imports call the hook). */
export function nativeModulesPlugin(): Plugin {
  return {
    name: "weft-native-modules",
    setup(build) {
      const seen = new Map<string, boolean>();
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const pkg = packageOf(args.path);
        if (pkg === undefined || pkg === "weft") return undefined;
        const key = `${pkg}\n${args.resolveDir}`;
        let native = seen.get(key);
        if (native === undefined) seen.set(key, (native = isNativePackage(pkg, args.resolveDir)));
        return native ? { path: args.path, namespace: "weft-native" } : undefined;
      });
      // A CommonJS stub: esbuild's interop gives `import x from "pkg"` its module.exports, and named imports its properties.
      build.onLoad({ filter: /.*/, namespace: "weft-native" }, (args) => ({
        contents: `module.exports = globalThis[Symbol.for("weft.nativeRequire")](${JSON.stringify(args.path)});`,
        loader: "js",
      }));
    },
  };
}

/** Where native packages are looked for, in order: the working directory's project, then weft's own. */
function requireBases(): string[] {
  return [join(process.cwd(), "__weft_native__.js"), fileURLToPath(import.meta.url)];
}

/** Loads a native package for a bundle from the worker's node_modules; E_WORKFLOW_LOAD when it is not installed. */
export function requireNative(spec: string): unknown {
  for (const base of requireBases()) {
    try {
      return createRequire(base)(spec);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      // Not found from here: look from the next base. Anything else (a broken binary) is the package's own error.
      if (e.code === "MODULE_NOT_FOUND" && e.message.includes(`'${spec}'`)) continue;
      throw err;
    }
  }
  throw new WeftError(
    ErrorCode.WorkflowLoad,
    `the workflow imports "${spec}", a package with a native addon, which weft does not bundle: install it where the worker runs ` +
      `(\`npm install ${packageOf(spec) ?? spec}\` in the worker's working directory, ${process.cwd()}, or beside weft).`,
  );
}

/** Installs the hook bundles call for their native packages (idempotent); run before importing a bundle. */
export function installNativeRequire(): void {
  const g = globalThis as Record<symbol, unknown>;
  g[HOOK] ??= requireNative;
}
