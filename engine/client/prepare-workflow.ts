/**
 * A workflow file made ready to submit: bundled, imported once here (so import errors and a
 * missing default export are reported before anything is sent), and its graph validated.
 */
import { bundleWorkflow, type Bundle } from "../bundle/bundle.js";
import { loadBundle } from "../bundle/load-bundle.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { validateGraph } from "../plan/validate-graph.js";

export interface PreparedWorkflow {
  file: string;
  bundle: Bundle;
  graph: WorkflowGraph;
}

export async function prepareWorkflow(file: string): Promise<PreparedWorkflow> {
  const bundle = await bundleWorkflow(file);
  const workflow = await loadBundle(bundle.code, bundle.hash, file);
  validateGraph(workflow.graph);
  return { file, bundle, graph: workflow.graph };
}
