/// <reference types="mocha" />
import assert from "node:assert/strict";
import { natsUrlList, openNatsConnection } from "../../engine/bus/nats-connection.js";
import { checkReplicas, mustRaise } from "../../engine/bus/nats-replicas.js";
import { connectionOptions, replicasSetting } from "../../engine/client/nats-auth.js";
import { redactUrl } from "../../engine/cli/options.js";

describe("NATS cluster settings (--replicas, a list of URLs)", () => {
  it("--replicas: the flag, else WEFT_NATS_REPLICAS, else 1", () => {
    assert.equal(replicasSetting({}, {}), 1);
    assert.equal(replicasSetting({}, { WEFT_NATS_REPLICAS: "" }), 1);
    assert.equal(replicasSetting({}, { WEFT_NATS_REPLICAS: "3" }), 3);
    assert.equal(replicasSetting({ replicas: "5" }, { WEFT_NATS_REPLICAS: "3" }), 5);
  });

  it("--replicas: anything but 1 to 5 is a usage error naming where it came from", () => {
    for (const bad of ["0", "6", "-1", "2.5", "three", "", " "]) {
      assert.throws(() => replicasSetting({ replicas: bad }, {}), (e: Error & { code?: string }) => e.code === "E_USAGE" && /^--replicas must be a whole number from 1 to 5/.test(e.message), bad);
    }
    assert.throws(() => replicasSetting({}, { WEFT_NATS_REPLICAS: "9" }), /WEFT_NATS_REPLICAS must be a whole number from 1 to 5/);
    assert.throws(() => checkReplicas(0), /from 1 to 5/);
    assert.equal(checkReplicas(3), 3);
  });

  it("reaches the connection options", () => {
    assert.equal(connectionOptions({ nats: "nats://127.0.0.1:1", replicas: "3" }, {}).replicas, 3);
    assert.equal(connectionOptions({ nats: "nats://127.0.0.1:1" }, {}).replicas, 1);
  });

  it("an existing stream's replicas are raised, never lowered", () => {
    assert.equal(mustRaise(1, 3), true);
    assert.equal(mustRaise(undefined, 3), true);
    assert.equal(mustRaise(3, 3), false);
    assert.equal(mustRaise(3, 1), false);
    assert.equal(mustRaise(5, 3), false);
  });

  it("a comma-separated list of URLs", () => {
    assert.deepEqual(natsUrlList("nats://a:1, nats://b:2,,nats://c:3 "), ["nats://a:1", "nats://b:2", "nats://c:3"]);
    assert.deepEqual(natsUrlList("nats://a:1"), ["nats://a:1"]);
    assert.equal(redactUrl("nats://u:secret@a:1,nats://u:secret@b:2"), "nats://u:***@a:1,nats://u:***@b:2");
  });

  it("credentials in any URL of a list are found, and masked", () => {
    const conn = connectionOptions({ nats: "nats://a:1,nats://u:pw@b:2" }, {});
    assert.ok(conn.secrets.includes("pw"));
    assert.throws(() => connectionOptions({ nats: "nats://a:1,nats://u:pw@b:2", token: "t" }, {}), /the NATS URL carries credentials and so does --token/);
  });

  it("URLs of one list with different credentials: a usage error before connecting", async () => {
    await assert.rejects(openNatsConnection("nats://u:a@127.0.0.1:1,nats://u:b@127.0.0.1:2"), (e: Error & { code?: string }) => e.code === "E_USAGE" && /different credentials/.test(e.message) && !/\ba\b@|:b@/.test(e.message));
    await assert.rejects(openNatsConnection(" , "), (e: Error & { code?: string }) => e.code === "E_USAGE");
  });
});
