/**
 * Whether to believe a submission that says its run id was made just now by its client
 * (SubmitRequest.new_run_id). A believed id is started on its workers while its record is
 * created (coordinator/record-gate.ts), so a false claim on an id a run holds would start a
 * second run under it before the create refuses it. Believed is only an id of the shape
 * newRunId makes, minted (by the time it carries) within FRESH_HORIZON_MS of now, that this
 * coordinator has not seen: neither submitted to it, nor among the records it read when it
 * took over (until it has read them, no claim is believed). Any other claim takes the path of
 * a chosen id: refused if taken, started after its record. Pure: the caller gives the time.
 */
import { mintedAtOf } from "../model/run-id.js";

/** How far from now an id's mint time may be for its claim to be believed (clocks differ a little). */
export const FRESH_HORIZON_MS = 60_000;

/** Forgetting the ids gone past the horizon, once every this many ids seen. */
const PRUNE_EVERY = 1024;

export class FreshRunIds {
  /** Ids of the fresh shape seen, with their mint times, until past the horizon. */
  private readonly seen = new Map<string, number>();
  private loaded = false;
  private sincePrune = 0;

  /** The run ids the store holds, read when this coordinator took over: claims are believed from now on. */
  load(runIds: Iterable<string>, now: number): void {
    for (const id of runIds) this.saw(id, now);
    this.loaded = true;
  }

  /** `runId` was submitted (or made here): a later claim that it is new is not believed. */
  saw(runId: string, now: number): void {
    const minted = mintedAtOf(runId);
    if (minted === undefined || minted + FRESH_HORIZON_MS < now) return; // never believed anyway
    this.seen.set(runId, minted);
    if (++this.sincePrune >= PRUNE_EVERY) this.prune(now);
  }

  /** Whether the claim that `runId` is new is believed; it is seen from now on either way. */
  claim(runId: string, now: number): boolean {
    const minted = mintedAtOf(runId);
    const believed = this.loaded && minted !== undefined && Math.abs(minted - now) <= FRESH_HORIZON_MS && !this.seen.has(runId);
    this.saw(runId, now);
    return believed;
  }

  /** The leadership was lost: the next term reads the records again before believing a claim. */
  clear(): void {
    this.seen.clear();
    this.loaded = false;
  }

  private prune(now: number): void {
    this.sincePrune = 0;
    for (const [id, minted] of this.seen) if (minted + FRESH_HORIZON_MS < now) this.seen.delete(id);
  }
}
