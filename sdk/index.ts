/** The weft SDK: declare a workflow as a graph of typed functions. */
export { workflow, isWorkflow, WorkflowBuilder, WORKFLOW_BRAND } from "./workflow.js";
export type { Workflow, NodeImpl } from "./workflow.js";
export type { NodeRef, NodeOptions, RetryOptions, TaskContext, TaskLogger, OutputOf, OutputsOf } from "./types.js";
export { TerminalError } from "./errors.js";
