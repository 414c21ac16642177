/** `weft submit FILE [--follow]`: ships the bundle, submits, prints the run id (or follows). */
import { newRunId } from "../../model/run-id.js";
import type { SubmitOptions, WeftClient } from "../../client/api.js";
import type { RunHandle } from "../../client/run-handle.js";
import { cliClient, type NatsFlags } from "../connect.js";
import { printRunToExit } from "../follow-to-exit.js";
import { onInterrupt } from "../interrupt.js";
import { durabilityOf, parseInput, runTimeout } from "../options.js";
import { prepareWorkflow } from "../../client/prepare-workflow.js";
import { cancelInterrupted } from "../../client/run-client.js";
import { printAnswer } from "../stdout.js";
import { givenRunId, submitOnce } from "../run-id-flag.js";
import type { WorkflowGraph } from "../../../model/graph.js";

export interface SubmitFlags extends NatsFlags {
  input?: string;
  follow?: boolean;
  json?: boolean;
  timeout?: string;
  nats?: string;
  express?: boolean;
  /** --id: the run's id; the same id again gives the same run. */
  id?: string;
}

export async function submitAndFollow(file: string, flags: SubmitFlags): Promise<number> {
  const input = JSON.parse(parseInput(flags.input)) as object;
  const timeoutMs = runTimeout(flags.timeout);
  const prepared = await prepareWorkflow(file);
  const client = await cliClient(flags);
  try {
    const timeout = timeoutMs !== undefined ? { timeoutMs } : {};
    return await submitOrFollow(client, prepared.graph, flags, (opts) => client.submit(prepared, input, { ...opts, ...timeout, ...durabilityOf(flags) }));
  } finally {
    await client.close();
  }
}

/**
 * What `weft submit` and `weft invoke` do once they know what to submit: `submit(opts)` sends
 * the run; without --follow the run id is printed, with it the run is followed to its end (its
 * log on stderr, its result on stdout, the exit code of the run), Ctrl-C cancelling it.
 */
export async function submitOrFollow(
  client: WeftClient,
  graph: WorkflowGraph,
  flags: { follow?: boolean; json?: boolean; id?: string },
  submitNew: (opts: Pick<SubmitOptions, "runId" | "tap">) => Promise<RunHandle>,
): Promise<number> {
  const given = givenRunId(flags.id);
  const submit = given ? submitOnce(client, submitNew) : submitNew;
  if (!flags.follow) {
    const id = (await submit(given ? { runId: given } : {})).id;
    // With --json stdout holds only JSON (docs/json.md), the run id too.
    printAnswer(flags.json ? JSON.stringify({ v: 1, run: id }) + "\n" : id + "\n");
    return 0;
  }
  const runId = given ?? newRunId();
  const release = onInterrupt(async () => {
    await cancelInterrupted(client.bus, runId);
    await client.close();
  });
  try {
    return await printRunToExit(runId, { json: flags.json ?? false, graph, bus: client.bus }, (tap) => submit({ runId, tap }));
  } finally {
    release();
  }
}
