/** The gateway's bearer token check: `Authorization: Bearer TOKEN`, compared in constant time. */
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/**
 * A check of an Authorization header against `token`. Both sides are hashed first, so the
 * comparison takes the same time whatever the header's length or content.
 */
export function bearerCheck(token: string): (authorization: string | undefined) => boolean {
  const expected = digest(token);
  return (authorization) => {
    const match = /^Bearer\s+(.+)$/i.exec(authorization ?? "");
    const given = digest(match ? match[1]!.trim() : "");
    return timingSafeEqual(given, expected) && match !== null;
  };
}
