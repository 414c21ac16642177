/**
 * The input of a run fired by a trigger the workflow file declares: the trigger's `map` turns
 * the event into the input (for a batch, each event into one element of the input list). It
 * runs on every worker of the run, so it must be pure; an event it refuses fails the run with
 * E_INVALID_INPUT naming the event.
 */
import type { TriggerInfo } from "../../model/trigger.js";
import type { Workflow } from "../../model/workflow.js";
import { ErrorCode, WeftError } from "../errors.js";

export function triggerInput(workflow: Workflow, trigger: TriggerInfo | undefined, input: unknown): unknown {
  if (trigger?.declared === undefined) return input;
  const declared = workflow.triggers?.[trigger.declared];
  if (!declared) {
    throw new WeftError(ErrorCode.InvalidInput, `the run names trigger #${trigger.declared} of workflow "${workflow.name}", which declares ${workflow.triggers?.length ?? 0}: deploy the file again.`);
  }
  const map = declared.map;
  if (!map) return input;
  const one = (event: unknown, id: string) => {
    try {
      return map(event);
    } catch (err) {
      throw new WeftError(ErrorCode.InvalidInput, `the ${trigger.kind} trigger's map refused event ${id}: ${(err as Error).message}`, { cause: err, terminal: true });
    }
  };
  if (!trigger.batch) return one(input, trigger.eventId);
  const list = Array.isArray(input) ? input : [];
  return list.map((event, i) => one(event, trigger.batch![i] ?? `#${i}`));
}
