/**
 * A placement's wire form, encoded once per placement object: the plan cache hands every run of
 * a workflow on the same workers the same placement, whose 1000 entries (a 1000-node workflow)
 * each StartRun and each write of the run's record encoded again. They embed these bytes
 * instead (see embedded-field.ts); a worker that had them decodes nothing (worker.ts placementOf).
 * A placement is never changed once made (a re-placement makes a new one).
 */
import type { Placement } from "../model/placement.js";
import { encodeMessage, pb, placementToWire } from "./protocol.js";

const placementBytes = new WeakMap<Placement, Uint8Array>();

/** The placement's wire form (weft.v1.Placement), encoded at the first call for this placement. */
export function encodedPlacement(placement: Placement): Uint8Array {
  let bytes = placementBytes.get(placement);
  if (!bytes) placementBytes.set(placement, (bytes = encodeMessage(pb.Placement, placementToWire(placement))));
  return bytes;
}
