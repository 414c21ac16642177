/**
 * What a run was set up with: its workflow, bundle and input (fixed at submission), where it is
 * placed and when it times out. An immutable value: a re-placement makes a new one (see
 * withPlacement), nothing changes it in place.
 *
 * Named apart from the run *record* (run-store.ts, the KV entry `weft runs` reads): this is one
 * of its inputs. The epoch lives in the run machine's context, the KV revision with the
 * recorder (its compare-and-set bookkeeping), so each fact has one home.
 */
import type { WorkflowGraph } from "../../model/graph.js";
import type { Placement } from "../model/placement.js";
import type { RunOrigin } from "../../model/trigger.js";

export interface RunSetup {
  readonly runId: string;
  readonly graph: WorkflowGraph;
  readonly bundleHash: string;
  readonly inputJson: string;
  readonly submittedAt: number;
  readonly placement: Placement;
  /** When the run fails with E_TIMEOUT if it has not ended (ms since the epoch; 0: never). */
  readonly deadlineAt: number;
  /** The deployment, version and trigger event of a deployed workflow's run (undefined: a plain run). */
  readonly origin?: RunOrigin;
  /** An express run: no record, its end published at once, not resumed after this coordinator's loss (docs/express.md). */
  readonly express?: boolean;
  /** The NATS identity that submitted it, from its submit subject ("" or absent: no owner). */
  readonly owner?: string;
}

/** The same run, placed anew. */
export function withPlacement(setup: RunSetup, placement: Placement): RunSetup {
  return { ...setup, placement };
}
