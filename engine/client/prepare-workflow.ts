/**
 * A workflow file made ready to submit: bundled, imported once here (so import errors and a
 * missing default export are reported before anything is sent), and its graph validated.
 */
import { bundleWorkflow, type Bundle } from "../bundle/bundle.js";
import { loadBundle } from "../bundle/load-bundle.js";
import type { WorkflowGraph } from "../../model/graph.js";
import type { TriggerSpec } from "../../model/trigger.js";
import { validateGraph } from "../plan/validate-graph.js";

export interface PreparedWorkflow {
  file: string;
  bundle: Bundle;
  graph: WorkflowGraph;
  /** The triggers the file declares (`wf.trigger`), each marked with its index there. */
  triggers: TriggerSpec[];
}

export async function prepareWorkflow(file: string): Promise<PreparedWorkflow> {
  const bundle = await bundleWorkflow(file);
  const workflow = await loadBundle(bundle.code, bundle.hash, file);
  validateGraph(workflow.graph);
  const triggers = (workflow.triggers ?? []).map((t, i) => ({ ...t.spec, declared: i }) as TriggerSpec);
  return { file, bundle, graph: workflow.graph, triggers };
}
