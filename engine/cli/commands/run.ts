/**
 * `weft run FILE`: the embedded default. Without a NATS URL it starts a private stack
 * (nats-server, coordinator, N worker processes), runs the workflow, prints the result and
 * stops everything. With --nats or WEFT_NATS_URL it submits to that weft and follows.
 */
import { ErrorCode, WeftError } from "../../errors.js";
import { newRunId } from "../../model/run-id.js";
import { startLocal } from "../../client/api.js";
import { printRunToExit } from "../follow-to-exit.js";
import { onInterrupt } from "../interrupt.js";
import { MAX_LOCAL_WORKERS } from "../../client/local-stack.js";
import { assertAuthNeedsUrl, type NatsFlags } from "../../client/nats-auth.js";
import { durabilityOf, natsUrlGiven, parseInput, positiveInt, runTimeout } from "../options.js";
import { prepareWorkflow } from "../../client/prepare-workflow.js";
import { cancelInterrupted } from "../../client/run-client.js";
import { submitAndFollow } from "./submit.js";
import { givenRunId } from "../run-id-flag.js";

export interface RunFlags extends NatsFlags {
  input?: string;
  workers?: string;
  slots?: string;
  json?: boolean;
  nats?: string;
  timeout?: string;
  express?: boolean;
  /** --id: the run's id (on a private stack there is no earlier run to find). */
  id?: string;
}

export async function runCommand(file: string, flags: RunFlags): Promise<number> {
  const input = JSON.parse(parseInput(flags.input)) as object;
  const timeoutMs = runTimeout(flags.timeout);
  const givenId = givenRunId(flags.id);
  const workers = positiveInt("--workers", flags.workers, 2, MAX_LOCAL_WORKERS);
  const slots = flags.slots === undefined ? undefined : positiveInt("--slots", flags.slots, 1);
  // With a URL, credentials and TLS (flags or WEFT_NATS_* variables) go to that server.
  if (natsUrlGiven(flags.nats)) {
    const sizing = [flags.workers !== undefined ? "--workers" : "", flags.slots !== undefined ? "--slots" : ""].filter(Boolean);
    if (sizing.length > 0) {
      throw new WeftError(
        ErrorCode.Usage,
        `${sizing.join(" and ")} size${sizing.length === 1 ? "s" : ""} the private stack weft run starts; with --nats (or WEFT_NATS_URL) the run goes to that cluster's workers: leave ${sizing.length === 1 ? "it" : "them"} out (a worker's slots are set with \`weft worker --slots N\`).`,
      );
    }
    return submitAndFollow(file, { ...flags, follow: true });
  }
  assertAuthNeedsUrl(flags);
  // The file is checked before anything is started: a mistake in it costs no stack.
  const prepared = await prepareWorkflow(file);
  const local = await startLocal({ workers, ...(slots ? { slots } : {}), say: (l) => process.stderr.write(l + "\n") });
  const runId = givenId ?? newRunId();
  const release = onInterrupt(async () => {
    await cancelInterrupted(local.bus, runId);
    await local.close();
  });
  try {
    return await Promise.race([
      printRunToExit(runId, { json: flags.json ?? false, graph: prepared.graph, bus: local.bus }, (tap) =>
        local.submit(prepared, input, { runId, tap, ...(timeoutMs === undefined ? {} : { timeoutMs }), ...durabilityOf(flags) }),
      ),
      local.failed, // the private NATS died: say so (exit 3) instead of waiting for it forever
    ]);
  } finally {
    // Ctrl-C stays handled while the stack stops: a second one then exits through the 'exit'
    // handlers, which remove the private server's temp folder (a bare SIGINT death would not).
    await local.close();
    release();
  }
}
