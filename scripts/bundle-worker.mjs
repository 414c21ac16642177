// The CLI bundled for the worker processes (`weft worker` from bin/weft.js, the local stack,
// the autoscaler): resolving and loading ~110 modules one by one was most of a worker's start.
// The packages a worker loads at start are bundled in; the others stay imports of the installed
// packages (loaded when a command needs them). Three files in dist/engine/worker-bundle/:
// - cli.cjs: the CLI as one CommonJS script, so its start can use a V8 code cache (Node 20
//   has none for ES modules): compiling it was the largest part of a worker's start left;
// - main.cjs: the entry, which runs cli.cjs with that cache (engine/cli/code-cache.ts: the
//   cache is made at run time in the user's cache folder, keyed by cli.cjs's sha256, given here).
//   CommonJS too: node starts a CommonJS entry without setting up its ES module loader first
//   (~15-20 ms of a worker's start); the loader comes up later, off the start's path, when the
//   worker imports a workflow bundle while it connects;
// - isolated-thread.js: the isolated-task thread's entry.
// They sit at the depth of dist/engine/cli/, so the paths the engine finds from its own
// location (the package root, the SDK, the thread's entry) stay right.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist", "engine");
const outdir = join(dist, "worker-bundle");

/** What `weft worker` imports before it serves: bundled. Every other dependency stays external. */
const BUNDLED = ["@nats-io/", "pino", "protobufjs", "xstate", "commander", "graphology", "graphology-dag"];
const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const external = Object.keys(dependencies).filter((d) => !BUNDLED.some((b) => d === b || d.startsWith(b)));
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  external: [...external, ...external.map((d) => `${d}/*`)],
  // No source map: the CLI turns source maps on, and Node then reads and parses each loaded
  // file's map (megabytes here, at every worker start). Workflow bundles keep theirs.
  logLevel: "warning",
  // protobufjs looks for optional modules through a direct eval of `require`: expected.
  logOverride: { "direct-eval": "silent" },
};
// Bundled CommonJS packages (pino, protobufjs) call require.
const esmRequire = 'import { createRequire as __weftCreateRequire } from "node:module"; const require = __weftCreateRequire(import.meta.url);';

rmSync(outdir, { recursive: true, force: true });
const cli = join(outdir, "cli.cjs");
await build({
  ...common,
  entryPoints: [join(dist, "cli", "main.js")],
  outfile: cli,
  format: "cjs",
  // Node 20 runs no import() in a script compiled from a V8 code cache: the script's import()s
  // become require (every package imported so is CommonJS), and the one that must stay an ES
  // import (a workflow bundle, engine/base/import-module.ts) uses its loader's.
  supported: { "dynamic-import": false },
  // The engine finds its files from import.meta.url: in CommonJS, this file's own URL.
  define: { "import.meta.url": "__weftModuleUrl" },
  banner: { js: 'var __weftModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
// ASCII only, so the entry reads it as a one-byte string (code-cache.ts): one character outside
// ASCII makes V8 hold the whole 2.9 MB as two-byte and decode it as UTF-8 (~10 ms of a start).
// esbuild escapes every such character in code (charset ascii, its default); what it leaves is
// in comments (a ’ or µ in a package's doc comment), where an escape's text is harmless.
const cliText = readFileSync(cli, "utf8");
const asciiText = cliText.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
if (asciiText !== cliText) writeFileSync(cli, asciiText);
const cliSha256 = createHash("sha256").update(readFileSync(cli)).digest("hex");
await build({
  ...common,
  stdin: {
    contents: [
      'import { join } from "node:path";',
      'import { runCachedScript } from "../cli/code-cache.js";',
      `runCachedScript(join(__dirname, "cli.cjs"), ${JSON.stringify(cliSha256)});`,
    ].join("\n"),
    resolveDir: outdir,
    sourcefile: "worker-entry.js",
  },
  outfile: join(outdir, "main.cjs"),
  format: "cjs",
});
await build({ ...common, entryPoints: [join(dist, "worker", "isolated-thread.js")], outfile: join(outdir, "isolated-thread.js"), format: "esm", banner: { js: esmRequire } });
