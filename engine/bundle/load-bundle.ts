/**
 * Turns bundle bytes into a live Workflow: checks the hash, writes the module to a cache
 * folder (a file import keeps stack traces readable and lets Node cache the module) and
 * imports it. Import errors and a missing default export are clear WeftErrors.
 */
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ErrorCode, WeftError } from "../errors.js";
import { isWorkflow, type Workflow } from "../../model/workflow.js";
import { bundleCacheDir } from "./cache-dir.js";
import { sha256 } from "./sha256.js";
import { userStack } from "./user-stack.js";

/** Imports a bundle; `label` names it in errors (the file name, or the hash). */
export async function loadBundle(code: Uint8Array, expectedHash: string, label: string): Promise<Workflow> {
  const actual = sha256(code);
  if (actual !== expectedHash) {
    throw new WeftError(ErrorCode.BundleMismatch, `bundle ${expectedHash.slice(0, 12)} refused: its content hashes to ${actual.slice(0, 12)}.`);
  }
  const dir = bundleCacheDir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${expectedHash}.mjs`);
  if (!existsSync(path)) writeFileSync(path, code);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (err) {
    // A mistake the SDK found while building the graph (duplicate name, foreign node) is
    // explained by its message; anything else the user's module threw needs its stack.
    const code = (err as { code?: unknown })?.code;
    if (err instanceof Error && typeof code === "string" && code.startsWith("E_")) {
      throw new WeftError(code, `${label}: ${err.message}`, { cause: err });
    }
    throw new WeftError(ErrorCode.WorkflowLoad, `${label} threw while being imported: ${userStack((err as Error)?.stack ?? String(err))}`, { cause: err });
  }
  if (!isWorkflow(mod.default)) {
    throw new WeftError(
      ErrorCode.WorkflowLoad,
      `${label} does not default-export a workflow: end it with \`export default workflow("name", (wf) => { ... })\`.`,
    );
  }
  return mod.default;
}
