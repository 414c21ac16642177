/**
 * Who may act on a run: its owner, the NATS identity whose submit subject carried it
 * (`weft.v1.coord.submit.<owner>`). A cancel names its requester the same way
 * (`weft.v1.coord.cancel.<requester>`), and the server's permissions let a user publish only on
 * the subjects of its own name, or, for an admin, of any name: so the coordinator compares the
 * two names and needs no list of users or admins of its own. A trigger's runs are the
 * coordinator's user's. Runs without an owner (a server without users, or one shared token) are
 * cancelled on the plain subject, open to everyone there; a server with per-owner permissions
 * gives it to admins only.
 */
import { ErrorCode, WeftError } from "../errors.js";
import { parseSubject } from "../subjects.js";

/** The owner named by a submit or cancel subject; "" for the plain subjects. */
export function ownerOfRequest(subject: string): string {
  const parsed = parseSubject(subject);
  return parsed?.kind === "submit" || parsed?.kind === "cancel" || parsed?.kind === "leaseRequest" ? parsed.owner : "";
}

/** Undefined when `requester` may act on a run owned by `owner`, else the error that says why not. */
export function notOwnerError(runId: string, owner: string, requester: string): WeftError | undefined {
  if (owner === requester) return undefined;
  return new WeftError(
    ErrorCode.NotOwner,
    `run ${runId} is not ${requester ? `"${requester}"'s` : "yours"}: only its owner${owner ? ` ("${owner}")` : ""} or an admin may cancel it (docs/security.md, "Tenancy").`,
  );
}
