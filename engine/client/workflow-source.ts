/**
 * What a client may hand over as "the workflow": a file (a path or a file: URL), a prepared
 * workflow, or the imported workflow object. Workers run a workflow's bundle, and an object has
 * no bundle: its source file (recorded by `workflow()` where it was called) is bundled, and the
 * bundle's default export must be that very workflow (same name, same graph), so that what runs
 * is what the caller holds.
 */
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isWorkflow, type Workflow } from "../../model/workflow.js";
import { ErrorCode, WeftError } from "../errors.js";
import { prepareWorkflow, type PreparedWorkflow } from "./prepare-workflow.js";

/** A workflow as a client accepts it. */
export type WorkflowSource<W extends Workflow<any, any> = Workflow<any, any>> = W | string | URL | PreparedWorkflow;

function isPrepared(v: unknown): v is PreparedWorkflow {
  return typeof v === "object" && v !== null && "bundle" in v && "graph" in v && "file" in v;
}

/** A path from a path or a file: URL (string or URL). */
export function pathOf(file: string | URL): string {
  if (file instanceof URL || file.startsWith("file:")) return fileURLToPath(file);
  return isAbsolute(file) ? file : resolve(file);
}

/** Bundles and checks the file an imported workflow object was declared in. */
async function prepareObject(wf: Workflow): Promise<PreparedWorkflow> {
  if (!wf.source) {
    throw new WeftError(
      ErrorCode.Usage,
      `workflow "${wf.name}" does not know the file it was declared in (the stack at workflow() did not name one): pass the file instead, e.g. new URL("./${wf.name}.ts", import.meta.url).`,
    );
  }
  const file = pathOf(wf.source);
  const prepared = await prepareWorkflow(file);
  if (prepared.graph.name !== wf.name) {
    throw new WeftError(
      ErrorCode.Usage,
      `workflow "${wf.name}" was declared in ${file}, whose default export is workflow "${prepared.graph.name}": workers run a file's default export, so declare "${wf.name}" in a file of its own and default-export it.`,
    );
  }
  if (JSON.stringify(prepared.graph) !== JSON.stringify(wf.graph)) {
    throw new WeftError(
      ErrorCode.Usage,
      `workflow "${wf.name}": the graph ${file} builds now differs from the imported object's (the file changed since it was imported, or the graph depends on something that differs between imports): pass the file instead.`,
    );
  }
  return prepared;
}

/**
 * Prepares `source` for a submission or a deployment. Objects are prepared once per cache
 * (a client keeps one); files are bundled again each time (they may have changed).
 */
export async function prepareSource(source: WorkflowSource, cache: WeakMap<Workflow, Promise<PreparedWorkflow>>): Promise<PreparedWorkflow> {
  if (typeof source === "string" || source instanceof URL) return prepareWorkflow(pathOf(source));
  if (isPrepared(source)) return source;
  if (!isWorkflow(source)) {
    throw new WeftError(ErrorCode.Usage, `expected a workflow (what workflow() returned), a file path or a file: URL, got ${typeof source}.`);
  }
  let prepared = cache.get(source);
  if (!prepared) {
    prepared = prepareObject(source);
    cache.set(source, prepared);
    prepared.catch(() => cache.delete(source));
  }
  return prepared;
}
