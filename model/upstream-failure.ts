/**
 * Fan-in failure policies. When a task fails for good and every consumer of it said how to
 * take that ("skip" or "value", per edge), the failure is absorbed: its consumers receive an
 * UpstreamFailure in place of its value, and the run goes on. A consumer with "skip" is then
 * skipped itself (its own consumers receive a skipped UpstreamFailure, and apply their own
 * policy: "value" passes it in, anything else skips again); with "value" it runs with the
 * failure as its input. Pure helpers; the worker carries them out.
 */
import type { FailurePolicy, NodeSpec } from "./graph.js";

/** What a node receives in place of a failed (or skipped) upstream's value. */
export interface UpstreamFailure {
  readonly $weftFailure: true;
  /** The node that failed, or was skipped. */
  readonly node: string;
  readonly taskId: string;
  readonly code: string;
  readonly message: string;
  /** True when `node` did not fail but was skipped because of a failure further up. */
  readonly skipped: boolean;
}

export function upstreamFailure(node: string, taskId: string, code: string, message: string, skipped: boolean): UpstreamFailure {
  return { $weftFailure: true, node, taskId, code, message, skipped };
}

/** True for a value that stands for a failed or skipped upstream. */
export function isUpstreamFailure(value: unknown): value is UpstreamFailure {
  return typeof value === "object" && value !== null && (value as { $weftFailure?: unknown }).$weftFailure === true;
}

/** The policy of the edge from `dep` into `consumer` ("fail" unless declared). */
export function policyOf(consumer: NodeSpec, dep: string): FailurePolicy {
  const i = consumer.deps.indexOf(dep);
  return (i >= 0 ? consumer.onFailure?.[i] : undefined) ?? "fail";
}

/**
 * Whether a failure of `node` is absorbed by its consumers: it has some, none of them fails on
 * it, and none is a stage (stages take broadcasts only, which have no failure policy).
 */
export function failureAbsorbed(node: string, consumers: readonly NodeSpec[]): boolean {
  return consumers.length > 0 && consumers.every((c) => c.kind !== "stage" && policyOf(c, node) !== "fail");
}

/**
 * Given the values of a consumer's deps, whether it runs or is skipped: skipped when a failed
 * dep's edge says "skip", or a skipped dep's edge says anything but "value".
 */
export function skipsOn(consumer: NodeSpec, valueOf: (dep: string) => unknown): UpstreamFailure | undefined {
  for (const dep of consumer.deps) {
    const v = valueOf(dep);
    if (!isUpstreamFailure(v)) continue;
    const policy = policyOf(consumer, dep);
    if (policy === "skip" || (v.skipped && policy !== "value") || consumer.kind === "map") return v;
  }
  return undefined;
}
