/**
 * Placement with the resource history (docs/cost.md): each node's measured output size weighs
 * its edges instead of its sizeHint, its predicted memory travels in the placement for the
 * workers' slot admission, and a node predicted to need more memory than any worker has is
 * refused with that reason.
 */
import { memoryNeed, memoryRefusal, nodeWeight, refusalMessage } from "../core/resource-placement.js";
import type { NodeProfile } from "../core/usage-figures.js";
import { ErrorCode, WeftError } from "../errors.js";
import type { Placement, WorkerInfo } from "../model/placement.js";
import type { PlacementStrategy } from "../plan/placement.js";
import type { CachedGraph, PlanCache } from "./plan-cache.js";

/** @throws WeftError E_RESOURCE when a node's predicted memory is above every worker's. */
export function placeWithHistory(
  plans: PlanCache,
  of: CachedGraph,
  workers: readonly WorkerInfo[],
  strategy: PlacementStrategy,
  profiles: ReadonlyMap<string, NodeProfile>,
): Placement {
  if (profiles.size === 0) return plans.placement(of, workers, strategy);
  const weights = new Map<string, number>();
  const needs = new Map<string, number>();
  for (const spec of of.graph.nodes) {
    const profile = profiles.get(spec.name);
    if (profile === undefined) continue;
    weights.set(spec.name, nodeWeight(spec.sizeHint, profile));
    const need = memoryNeed(profile);
    if (need > 0) needs.set(spec.name, need);
  }
  const refusal = memoryRefusal(needs, workers);
  if (refusal !== undefined) throw new WeftError(ErrorCode.Resource, `workflow "${of.graph.name}" cannot be placed: ${refusalMessage(refusal)}`);
  const placement = plans.placement(of, workers, strategy, weights);
  return needs.size === 0 ? placement : plans.withMemory(placement, needs);
}
