/** `weft submit FILE [--follow]`: ships the bundle, submits, prints the run id (or follows). */
import { newRunId } from "../../model/run-id.js";
import { connectClient, type NatsFlags } from "../connect.js";
import { followToExit } from "../follow-to-exit.js";
import { onInterrupt } from "../interrupt.js";
import { parseInput, runTimeout } from "../options.js";
import { prepareWorkflow } from "../../client/prepare-workflow.js";
import { cancelInterrupted, submitFollowed, submitRun } from "../../client/run-client.js";
import { printAnswer } from "../stdout.js";
import type { Bus } from "../../bus/bus.js";
import type { WorkflowGraph } from "../../../model/graph.js";

export interface SubmitFlags extends NatsFlags {
  input?: string;
  follow?: boolean;
  json?: boolean;
  timeout?: string;
  nats?: string;
}

export async function submitAndFollow(file: string, flags: SubmitFlags): Promise<number> {
  const inputJson = parseInput(flags.input);
  const timeoutMs = runTimeout(flags.timeout);
  const opts = timeoutMs === undefined ? {} : { timeoutMs };
  const prepared = await prepareWorkflow(file);
  const bus = await connectClient(flags);
  try {
    return await submitOrFollow(bus, prepared.graph, flags, (runId) => submitRun(bus, prepared, inputJson, runId, opts));
  } finally {
    await bus.close().catch(() => {});
  }
}

/**
 * What `weft submit` and `weft invoke` do once they know what to submit: `submit(runId)` sends
 * the run; without --follow the run id is printed, with it the run is followed to its end (its
 * log on stderr, its result on stdout, the exit code of the run), Ctrl-C cancelling it.
 */
export async function submitOrFollow(
  bus: Bus,
  graph: WorkflowGraph,
  flags: { follow?: boolean; json?: boolean },
  submit: (runId: string) => Promise<string>,
): Promise<number> {
  if (!flags.follow) {
    printAnswer((await submit(newRunId())) + "\n");
    return 0;
  }
  const runId = newRunId();
  const release = onInterrupt(async () => {
    await cancelInterrupted(bus, runId);
    await bus.close().catch(() => {});
  });
  try {
    return await followToExit(bus, runId, {
      json: flags.json ?? false,
      graph,
      started: (handle) => submitFollowed(bus, handle, () => submit(runId)),
    });
  } finally {
    release();
  }
}
