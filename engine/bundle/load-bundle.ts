/**
 * Turns bundle bytes into a live Workflow: checks the hash, writes the module to a private cache
 * folder (a file import keeps stack traces readable and lets Node cache the module) and
 * imports it. A file already there is imported only if its bytes hash to the bundle's (else it
 * is written again); a file is written whole or not at all (a temp file renamed), so two
 * workers of one host never import a half-written bundle. An import that failed is tried
 * afresh the next time (Node keeps a failed module under its URL: the retry uses another).
 * Import errors and a missing default export are clear WeftErrors. A worker reads a bundle
 * this host's cache already holds (`cachedBundle`) instead of fetching it again.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ErrorCode, WeftError } from "../errors.js";
import { isWorkflow, type Workflow } from "../../model/workflow.js";
import { bundleCacheDir } from "./cache-dir.js";
import { importModule } from "../base/import-module.js";
import { installNativeRequire } from "./native-modules.js";
import { sha256 } from "./sha256.js";
import { userStack } from "./user-stack.js";

/** Imports a bundle; `label` names it in errors (the file name, or the hash). */
export async function loadBundle(code: Uint8Array, expectedHash: string, label: string): Promise<Workflow> {
  const exported = await importBundle(code, expectedHash, label);
  if (!isWorkflow(exported)) {
    throw new WeftError(
      ErrorCode.WorkflowLoad,
      `${label} does not default-export a workflow: end it with \`export default workflow("name", (wf) => { ... })\`.`,
    );
  }
  return exported;
}

/** Imports a bundle and returns its default export, whatever it is (a workflow, a streaming workflow). */
export async function importBundle(code: Uint8Array, expectedHash: string, label: string): Promise<unknown> {
  const actual = sha256(code);
  if (actual !== expectedHash) {
    throw new WeftError(ErrorCode.BundleMismatch, `bundle ${expectedHash.slice(0, 12)} refused: its content hashes to ${actual.slice(0, 12)}.`);
  }
  const path = join(bundleCacheDir(), `${expectedHash}.mjs`);
  if (!holds(path, expectedHash)) writeWhole(path, code);
  const url = pathToFileURL(path);
  const failures = failedImports.get(expectedHash) ?? 0;
  if (failures > 0) url.search = `?retry=${failures}`;
  let mod: { default?: unknown };
  installNativeRequire();
  try {
    mod = (await importModule(url.href)) as { default?: unknown };
  } catch (err) {
    failedImports.set(expectedHash, failures + 1);
    // A mistake the SDK found while building the graph (duplicate name, foreign node) is
    // explained by its message; anything else the user's module threw needs its stack.
    const code = (err as { code?: unknown })?.code;
    if (err instanceof Error && typeof code === "string" && code.startsWith("E_")) {
      throw new WeftError(code, `${label}: ${err.message}`, { cause: err });
    }
    throw new WeftError(ErrorCode.WorkflowLoad, `${label} threw while being imported: ${userStack((err as Error)?.stack ?? String(err))}`, { cause: err });
  }
  return mod.default;
}

/** Imports that failed, per bundle: the next try imports under another URL. */
const failedImports = new Map<string, number>();

/** Whether the file at `path` is the bundle `hash` (a file planted or cut short is not). */
function holds(path: string, hash: string): boolean {
  return readIfHolds(path, hash) !== undefined;
}

function readIfHolds(path: string, hash: string): Uint8Array | undefined {
  try {
    const code = readFileSync(path);
    return sha256(code) === hash ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The bundle `hash` as this host's cache holds it (written by an earlier import here: another
 * worker process, or the client that bundled and submitted it), or undefined. Its bytes are
 * checked against the hash, so it is the bundle asked for or nothing: a worker started on this
 * host need not fetch it from the object store (a cold start's fetch).
 */
export function cachedBundle(hash: string): Uint8Array | undefined {
  try {
    return readIfHolds(join(bundleCacheDir(), `${hash}.mjs`), hash);
  } catch {
    return undefined; // no usable cache folder: the import says why, after a fetch
  }
}

/** Writes `code` to `path` through a temp file and a rename: readers see all of it or none. */
function writeWhole(path: string, code: Uint8Array): void {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(temp, code, { mode: 0o600 });
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
