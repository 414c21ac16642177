import { createHash } from "node:crypto";

/** Hex sha256 of bytes: the address of a bundle in the object store. */
export function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
