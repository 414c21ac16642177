/**
 * Code shipping: a workflow file becomes one self-contained ES module (esbuild), addressed by
 * the sha256 of its bytes. Workers load a bundle by hash and never need the user's file.
 * Packages with native addons are the exception: left out, and loaded from the worker's own
 * node_modules (native-modules.ts).
 */
import { existsSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Message } from "esbuild";
import { ErrorCode, WeftError } from "../errors.js";
import { nativeModulesPlugin } from "./native-modules.js";
import { sha256 } from "./sha256.js";
import { PACKAGE_NAME, SDK_ALIAS } from "../package-info.js";
import { absoluteSourcePaths } from "./source-map-paths.js";

/** A bundled workflow: its code and content hash. */
export interface Bundle {
  code: Uint8Array;
  hash: string;
}

/** The SDK the bundle links against: compiled JS when built, the TS source under a loader. */
function sdkEntry(): string {
  const js = fileURLToPath(new URL("../../sdk/index.js", import.meta.url));
  return existsSync(js) ? js : fileURLToPath(new URL("../../sdk/index.ts", import.meta.url));
}

/** The SDK's numeric kernels (`weft/kernels`), compiled or source like sdkEntry. */
function kernelsEntry(): string {
  const js = fileURLToPath(new URL("../../sdk/kernels/index.js", import.meta.url));
  return existsSync(js) ? js : fileURLToPath(new URL("../../sdk/kernels/index.ts", import.meta.url));
}

/** esbuild's messages, the workflow file named as the user gave it (esbuild names it relative to the cwd). */
function formatMessages(messages: Message[], file: string): string {
  const where = (f: string) => (resolve(f) === resolve(file) ? file : f);
  return messages
    .slice(0, 5)
    .map((m) => (m.location ? `${where(m.location.file)}:${m.location.line}:${m.location.column}: ${m.text}` : m.text))
    .join("\n");
}

/** What a workflow file may be written in. */
const WORKFLOW_EXTENSIONS = [".ts", ".mts", ".cts", ".tsx", ".js", ".mjs", ".cjs", ".jsx"];

/** Bundles `file` into one ES module with no bare imports left. Throws E_WORKFLOW_LOAD. */
export async function bundleWorkflow(file: string): Promise<Bundle> {
  if (!existsSync(file)) {
    throw new WeftError(ErrorCode.WorkflowLoad, `workflow file ${file} does not exist: pass the path of a .ts file that default-exports a workflow.`);
  }
  if (statSync(file).isDirectory()) {
    throw new WeftError(ErrorCode.WorkflowLoad, `${file} is a directory: pass the path of a .ts file in it that default-exports a workflow.`);
  }
  if (!WORKFLOW_EXTENSIONS.includes(extname(file))) {
    throw new WeftError(ErrorCode.WorkflowLoad, `${file} is not a TypeScript or JavaScript file (${WORKFLOW_EXTENSIONS.join(", ")}): pass a workflow file such as examples/hello.ts.`);
  }
  try {
    const result = await build({
      entryPoints: [file],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      write: false,
      logLevel: "silent",
      sourcemap: "inline",
      // A workflow imports the SDK by the package's name (what users install) or as "weft"
      // (this repository's own examples): both link to this engine's SDK, whatever else is installed.
      alias: {
        [SDK_ALIAS]: sdkEntry(),
        [PACKAGE_NAME]: sdkEntry(),
        [`${SDK_ALIAS}/kernels`]: kernelsEntry(),
        [`${PACKAGE_NAME}/kernels`]: kernelsEntry(),
      },
      // Packages with native addons are loaded from the worker's node_modules (native-modules.ts).
      plugins: [nativeModulesPlugin()],
      // Bundled CommonJS dependencies may call require() for Node built-ins.
      banner: { js: 'import { createRequire as __weftCreateRequire } from "node:module"; const require = __weftCreateRequire(import.meta.url);' },
    });
    const out = result.outputFiles[0];
    if (!out) throw new Error("esbuild produced no output");
    const code = absoluteSourcePaths(out.contents, process.cwd());
    return { code, hash: sha256(code) };
  } catch (err) {
    const errors = (err as { errors?: Message[] }).errors;
    const detail = errors?.length ? formatMessages(errors, file) : (err as Error).message;
    throw new WeftError(ErrorCode.WorkflowLoad, `cannot bundle ${file}:\n${detail}`, { cause: err });
  }
}
