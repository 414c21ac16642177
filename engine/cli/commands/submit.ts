/** `weft submit FILE [--follow]`: ships the bundle, submits, prints the run id (or follows). */
import { newRunId } from "../../model/run-id.js";
import { connectClient, type NatsFlags } from "../connect.js";
import { followToExit } from "../follow-to-exit.js";
import { onInterrupt } from "../interrupt.js";
import { parseInput, runTimeout } from "../options.js";
import { prepareWorkflow } from "../../client/prepare-workflow.js";
import { cancelInterrupted, submitFollowed, submitRun } from "../../client/run-client.js";
import { printAnswer } from "../stdout.js";

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
    if (!flags.follow) {
      const runId = await submitRun(bus, prepared, inputJson, undefined, opts);
      printAnswer(runId + "\n");
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
        graph: prepared.graph,
        started: (handle) => submitFollowed(bus, handle, () => submitRun(bus, prepared, inputJson, runId, opts)),
      });
    } finally {
      release();
    }
  } finally {
    await bus.close().catch(() => {});
  }
}
