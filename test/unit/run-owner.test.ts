import assert from "node:assert/strict";
import { notOwnerError, ownerOfRequest } from "../../engine/coordinator/run-owner.js";
import { identityOf } from "../../engine/bus/nats-identity.js";
import { connectMemoryBus, MemoryBroker } from "../../engine/bus/memory-bus.js";
import { subjects } from "../../engine/subjects.js";
import { nkeys } from "@nats-io/transport-node";

describe("run owners (docs/security.md, Tenancy)", () => {
  it("the owner comes from the subject, and only the owner's subject may act on the run", () => {
    assert.equal(ownerOfRequest(subjects.submit("alice")), "alice");
    assert.equal(ownerOfRequest(subjects.cancel("bob")), "bob");
    assert.equal(ownerOfRequest(subjects.submit()), "");
    assert.equal(notOwnerError("r1", "alice", "alice"), undefined);
    assert.equal(notOwnerError("r1", "", ""), undefined);
    assert.match(notOwnerError("r1", "alice", "bob")?.message ?? "", /run r1 is not "bob"'s: only its owner \("alice"\) or an admin may cancel it/);
    assert.equal(notOwnerError("r1", "", "bob")?.code, "E_NOT_OWNER");
  });

  it("a connection's identity: its user name, or the public key of its nkey or creds; none for a token or nothing", () => {
    assert.equal(identityOf({ user: "alice", pass: "x" }), "alice");
    assert.equal(identityOf(undefined, "nats://carol:pw@host:4222,nats://other:4222"), "carol");
    assert.equal(identityOf(undefined, "nats://sometoken@host:4222"), "");
    assert.equal(identityOf({ token: "t" }), "");
    assert.equal(identityOf({ user: "alice@example.com", pass: "x" }), "", "not a subject token: no identity");
    const key = nkeys.createUser();
    const seed = new TextDecoder().decode(key.getSeed());
    assert.equal(identityOf({ nkeySeed: seed }), key.getPublicKey());
    const creds = `-----BEGIN NATS USER JWT-----\neyJ0\n------END NATS USER JWT------\n\n-----BEGIN USER NKEY SEED-----\n${seed}\n------END USER NKEY SEED------\n`;
    assert.equal(identityOf({ creds }), key.getPublicKey());
  });

  it("a write-once bucket stores a name once: the same bytes again are fine, other bytes are refused", async () => {
    const bus = connectMemoryBus(new MemoryBroker());
    const store = await bus.objects("weft_bundles", { writeOnce: true });
    const code = new TextEncoder().encode("export default 1;");
    await store.put("h1", code);
    await store.put("h1", code);
    await assert.rejects(store.put("h1", new TextEncoder().encode("export default 2;")), /written once and never replaced/);
    assert.deepEqual(await store.get("h1"), code);
  });
});
