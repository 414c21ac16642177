/**
 * Who a NATS connection authenticates as, as one subject token: the owner of the runs it
 * submits (docs/security.md, "Tenancy"). The server vouches for it through permissions: a user
 * may publish submissions and cancels only on the subjects that carry its own identity
 * (`weft.v1.coord.submit.<identity>`), so the coordinator reads the owner from the subject and
 * a client cannot claim another's. Pure.
 *
 * - user and password (flags, variables or the URL): the user name;
 * - an nkey seed, or a .creds file (operator mode): the user's public key (`U...`);
 * - a token, or no credentials: "" (no identity: the runs have no owner).
 * A user name that cannot be a subject token (letters, digits, "-" and "_") gives "" too: such
 * a user owns no runs, and a server with per-owner permissions refuses its submissions.
 */
import { nkeys } from "@nats-io/transport-node";
import type { NatsAuth } from "./nats-connection.js";

const TOKEN = /^[A-Za-z0-9_-]+$/;

export function identityOf(auth: NatsAuth | undefined, url = ""): string {
  const seed = auth?.nkeySeed ?? seedOfCreds(auth?.creds);
  if (seed) {
    try {
      return nkeys.fromSeed(new TextEncoder().encode(seed.trim())).getPublicKey();
    } catch {
      return "";
    }
  }
  const user = auth?.user ?? userOfUrl(url);
  return user && TOKEN.test(user) ? user : "";
}

/** The seed block of a .creds file. */
function seedOfCreds(creds: string | undefined): string | undefined {
  return creds === undefined ? undefined : /-{3,}BEGIN USER NKEY SEED-{3,}\r?\n([^\n]+)\r?\n/.exec(creds)?.[1]?.trim();
}

/** `alice` of `nats://alice:password@host` (the first URL of a list); a token alone in the URL is no user. */
function userOfUrl(urls: string): string | undefined {
  const first = urls.split(",")[0]?.trim() ?? "";
  try {
    const u = new URL(first);
    return u.password ? decodeURIComponent(u.username) : undefined;
  } catch {
    return undefined;
  }
}
