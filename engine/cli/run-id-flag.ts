/**
 * `--id ID` on `weft run` and `weft submit`: the caller names the run, and submitting again with
 * the same id gives the run of that id instead of a second one (a retried script, a CI job run
 * twice). The gateway's Idempotency-Key works the same way (engine/gateway/run-request.ts).
 */
import type { SubmitOptions, WeftClient } from "../client/api.js";
import { ClientRunHandle, type RunHandle } from "../client/run-handle.js";
import { followRun } from "../client/run-client.js";
import { readRunRecord } from "../coordinator/run-store.js";
import { ErrorCode } from "../errors.js";
import { assertToken } from "../subjects.js";

/** The run id given with --id, checked (letters, digits, "-", "_"); undefined without one. */
export function givenRunId(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : assertToken("--id", raw);
}

type Submit = (opts: Pick<SubmitOptions, "runId" | "tap">) => Promise<RunHandle>;

/** `submit`, unless the run exists already: then a handle on it (its log from the start goes to `tap`), said on stderr. */
export function submitOnce(client: WeftClient, submit: Submit): Submit {
  const existing = async (runId: string, tap: SubmitOptions["tap"]): Promise<RunHandle> => {
    process.stderr.write(`weft: run ${runId} exists already: this is that run (not a second one)\n`);
    const follower = await followRun(client.bus, runId, tap ?? (() => {}));
    return new ClientRunHandle(client.bus, new Set(), runId, follower);
  };
  return async (opts) => {
    const runId = opts.runId!;
    if (await readRunRecord(client.bus, runId)) return existing(runId, opts.tap);
    try {
      return await submit(opts);
    } catch (err) {
      // Two submissions with one id at once: the coordinator took the other one.
      if ((err as { code?: string }).code === ErrorCode.Usage && /already taken/.test((err as Error).message)) return existing(runId, opts.tap);
      throw err;
    }
  };
}
