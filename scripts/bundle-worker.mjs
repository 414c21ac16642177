// The CLI bundled into a few files for the worker processes weft starts itself (the local
// stack, the autoscaler): resolving and loading ~110 modules one by one was most of a worker's
// start. The packages a worker loads at start are bundled in; the others stay imports of the
// installed packages (loaded when a command needs them). The output sits at the depth of
// dist/engine/cli/, so the paths the engine finds from its own location (the package root, the
// SDK) stay right; the isolated-task thread is an entry of its own for the same reason.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist", "engine");
const outdir = join(dist, "worker-bundle");

/** What `weft worker` imports before it serves: bundled. Every other dependency stays external. */
const BUNDLED = ["@nats-io/", "pino", "protobufjs", "xstate", "commander"];
const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const external = Object.keys(dependencies).filter((d) => !BUNDLED.some((b) => d === b || d.startsWith(b)));

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(dist, "cli", "main.js"), "isolated-thread": join(dist, "worker", "isolated-thread.js") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: [...external, ...external.map((d) => `${d}/*`)],
  // Bundled CommonJS packages (pino, protobufjs) call require.
  banner: { js: 'import { createRequire as __weftCreateRequire } from "node:module"; const require = __weftCreateRequire(import.meta.url);' },
  // No source map: the CLI turns source maps on, and Node then reads and parses each loaded
  // file's map at load (megabytes here, at every worker start). Workflow bundles keep theirs.
  logLevel: "warning",
  // protobufjs looks for optional modules through a direct eval of `require`: expected.
  logOverride: { "direct-eval": "silent" },
});
