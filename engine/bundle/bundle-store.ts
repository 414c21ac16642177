/**
 * The object store of workflow bundles (`weft_bundles`), named by the sha256 of their code and
 * written once: nobody replaces, purges or deletes a stored bundle (docs/security.md, "Tenancy").
 */
import type { Bus, ObjectBucket } from "../bus/bus.js";
import { buckets } from "../subjects.js";

export function openBundles(bus: Bus): Promise<ObjectBucket> {
  return bus.objects(buckets.bundles, { writeOnce: true });
}
