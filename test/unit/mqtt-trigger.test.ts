import assert from "node:assert/strict";
import { triggersOf } from "../../engine/cli/trigger-flags.js";
import { InOrderAcks } from "../../engine/triggers/in-order-acks.js";
import { assertMqttUrl, assertTopicFilter, mqttEventId, topicFilterProblem } from "../../engine/triggers/mqtt-topic.js";
import { redactUrl } from "../../model/redact-url.js";
import { describeTrigger } from "../../model/trigger.js";
import { SESSION_EXPIRY_S, sessionOptions } from "../../engine/triggers/mqtt-trigger.js";

const bytes = (s: string) => new TextEncoder().encode(s);
const usage = (f: () => unknown, message: RegExp) => assert.throws(f, (err: { code?: string; message: string }) => err.code === "E_USAGE" && message.test(err.message));

describe("mqtt trigger: topic filters, URLs, event ids", () => {
  it("accepts topic filters with + as whole levels and # as the whole last level", () => {
    for (const ok of ["a", "a/b/c", "sensors/+/temp", "+", "#", "a/#", "+/+/#", "/a", "a//b", "$SYS/#", "ünï/cødé"]) assert.equal(topicFilterProblem(ok), undefined, ok);
  });

  it("refuses an empty filter, a # not last or not alone, a + not alone, a NUL", () => {
    usage(() => assertTopicFilter(""), /is not valid: it is empty/);
    usage(() => assertTopicFilter("a/#/b"), /"#" must be a whole level and the last one/);
    usage(() => assertTopicFilter("a/b#"), /"#" must be a whole level/);
    usage(() => assertTopicFilter("a/b+/c"), /"\+" must be a whole level/);
    usage(() => assertTopicFilter("a\u0000b"), /NUL/);
    usage(() => assertTopicFilter("x".repeat(65_536)), /longer than 65535 bytes/);
  });

  it("takes mqtt:// and mqtts:// URLs, refuses other schemes and non-URLs", () => {
    assertMqttUrl("mqtt://127.0.0.1:1883");
    assertMqttUrl("mqtts://user:pw@broker.example:8883");
    usage(() => assertMqttUrl("http://127.0.0.1:1883"), /must start with mqtt:\/\/ or mqtts:\/\/, not http:/);
    usage(() => assertMqttUrl("ws://127.0.0.1:9001"), /must start with mqtt:\/\//);
    usage(() => assertMqttUrl("127.0.0.1:1883"), /must start with mqtt:\/\/|is not a URL/);
    usage(() => assertMqttUrl("not a url"), /is not a URL/);
  });

  it("never prints a URL's password", () => {
    assert.equal(redactUrl("mqtt://u:secret@h:1883"), "mqtt://u:***@h:1883");
    assert.equal(redactUrl("mqtt://h:1883"), "mqtt://h:1883");
    assert.equal(describeTrigger({ kind: "mqtt", topic: "a/#", url: "mqtt://u:p%40ss@h:1883" }), "mqtt:a/# (mqtt://u:***@h:1883)");
  });

  it("an event id is a digest of topic and payload: the same message the same id, any other byte another", () => {
    const id = mqttEventId("iot/readings/d1", bytes('{"v":1}'));
    assert.match(id, /^mqtt:[0-9a-f]{32}$/);
    assert.equal(mqttEventId("iot/readings/d1", bytes('{"v":1}')), id);
    assert.notEqual(mqttEventId("iot/readings/d2", bytes('{"v":1}')), id);
    assert.notEqual(mqttEventId("iot/readings/d1", bytes('{"v":2}')), id);
    // The separator keeps topic and payload apart.
    assert.notEqual(mqttEventId("a", bytes("bc")), mqttEventId("ab", bytes("c")));
  });

  it("a session: the trigger key's client id, no clean start, an expiry, a receive maximum of what the sink takes at once", () => {
    const one = sessionOptions({ kind: "mqtt", topic: "a/+", url: "mqtt://h" }, "0123456789ab");
    assert.equal(one.clientId, "weft-0123456789ab");
    assert.equal(one.clean, false);
    assert.equal(one.protocolVersion, 5);
    assert.equal(one.properties?.sessionExpiryInterval, SESSION_EXPIRY_S);
    assert.equal(one.properties?.receiveMaximum, 1);
    const batched = sessionOptions({ kind: "mqtt", topic: "a/+", url: "mqtt://h", batch: { max: 50, waitMs: 100 } }, "k");
    assert.equal(batched.properties?.receiveMaximum, 200, "four batches");
    assert.equal(sessionOptions({ kind: "mqtt", topic: "a", url: "mqtt://h", batch: { max: 100_000, waitMs: 1 } }, "k").properties?.receiveMaximum, 20_000);
  });
});

describe("mqtt trigger: acknowledgements in arrival order", () => {
  it("acknowledges a message once it and every one before it are accepted", () => {
    const acks = new InOrderAcks();
    assert.equal(acks.received(1, "a"), "offer");
    assert.equal(acks.received(2, "b"), "offer");
    assert.equal(acks.received(3, "c"), "offer");
    assert.deepEqual(acks.settled("b", "ack"), [], "b waits for a");
    assert.deepEqual(acks.settled("a", "ack"), [1, 2]);
    assert.deepEqual(acks.settled("c", "ack"), [3]);
    assert.equal(acks.pending, 0);
  });

  it("a retried message holds back those after it until it is accepted", () => {
    const acks = new InOrderAcks();
    acks.received(7, "a");
    acks.received(8, "b");
    assert.deepEqual(acks.settled("a", "retry"), []);
    assert.deepEqual(acks.settled("b", "ack"), []);
    assert.equal(acks.pending, 2);
    assert.deepEqual(acks.settled("a", "ack"), [7, 8]);
  });

  it("an identical message still pending is not offered again, and is acknowledged with the first", () => {
    const acks = new InOrderAcks();
    assert.equal(acks.received(1, "same"), "offer");
    assert.equal(acks.received(2, "other"), "offer");
    assert.equal(acks.received(3, "same"), "follow");
    assert.deepEqual(acks.settled("other", "ack"), []);
    assert.deepEqual(acks.settled("same", "ack"), [1, 2, 3]);
    assert.equal(acks.received(4, "same"), "offer", "once acknowledged, a repeat is offered (the sink finds its run)");
  });

  it("a closed connection forgets what is pending: nothing of it is acknowledged on the next one", () => {
    const acks = new InOrderAcks();
    acks.received(1, "a");
    acks.received(2, "b");
    acks.reset();
    assert.equal(acks.pending, 0);
    assert.deepEqual(acks.settled("a", "ack"), []);
    acks.received(1, "c");
    assert.deepEqual(acks.settled("c", "ack"), [1]);
  });
});

describe("mqtt trigger: weft deploy flags", () => {
  it("--mqtt TOPIC --mqtt-url URL give an mqtt trigger, batched with --batch", () => {
    assert.deepEqual(triggersOf({ mqtt: "s/+/t", mqttUrl: "mqtt://127.0.0.1:1883" }), [{ kind: "mqtt", topic: "s/+/t", url: "mqtt://127.0.0.1:1883" }]);
    assert.deepEqual(triggersOf({ mqtt: "s/#", mqttUrl: "mqtt://h", batch: "10", batchWait: "200ms" }), [{ kind: "mqtt", topic: "s/#", url: "mqtt://h", batch: { max: 10, waitMs: 200 } }]);
  });

  it("one without the other is E_USAGE", () => {
    usage(() => triggersOf({ mqtt: "s/#" }), /--mqtt needs --mqtt-url/);
    usage(() => triggersOf({ mqttUrl: "mqtt://h" }), /--mqtt-url needs --mqtt/);
  });
});
