/** `weft graph FILE`: the plan — which node runs on which worker, which edges cross workers. */
import { availableParallelism } from "node:os";
import { ErrorCode, WeftError } from "../../errors.js";
import { formatPlan, type PlanFormat } from "../../plan/format-plan.js";
import { planPlacement } from "../../plan/placement.js";
import { positiveInt } from "../options.js";
import { prepareWorkflow } from "../../client/prepare-workflow.js";
import { printAnswer } from "../stdout.js";

export async function graphCommand(file: string, flags: { workers?: string; format?: string; json?: boolean; placement?: string }): Promise<number> {
  const workers = positiveInt("--workers", flags.workers, 2);
  if (flags.json && flags.format !== undefined && flags.format !== "json") {
    throw new WeftError(ErrorCode.Usage, `--json and --format ${flags.format} ask for two formats: give one.`);
  }
  const format = (flags.json ? "json" : (flags.format ?? "text")) as PlanFormat;
  if (!["text", "dot", "json"].includes(format)) throw new WeftError(ErrorCode.Usage, `--format must be text, dot or json, got "${format}".`);
  const strategy = flags.placement ?? "locality";
  if (strategy !== "locality" && strategy !== "round-robin") {
    throw new WeftError(ErrorCode.Usage, `--placement must be locality or round-robin, got "${strategy}".`);
  }
  const { graph } = await prepareWorkflow(file);
  const slots = availableParallelism();
  const placement = planPlacement(
    graph,
    Array.from({ length: workers }, (_, i) => ({ name: `w${i + 1}`, slots })),
    { strategy },
  );
  printAnswer(formatPlan(graph, placement, format).replace(/\n?$/, "\n"));
  return 0;
}
