/** A run's record by the id in a request's path: 404 for an unknown (or impossible) id. */
import type { Bus } from "../bus/bus.js";
import { readRunRecord, type RunRecord } from "../coordinator/run-store.js";
import { ErrorCode, WeftError } from "../errors.js";
import { assertToken } from "../subjects.js";

/** The run's record, or WeftError E_NOT_FOUND (an id that cannot name a run is not found either). */
export async function findRun(bus: Bus, runId: string): Promise<RunRecord> {
  const unknown = () => new WeftError(ErrorCode.NotFound, `no run ${JSON.stringify(runId)}`);
  try {
    assertToken("run id", runId);
  } catch {
    throw unknown();
  }
  const record = await readRunRecord(bus, runId);
  if (!record) throw unknown();
  return record;
}
