import assert from "node:assert/strict";
import { splitSecrets } from "../../engine/client/secret-handoff.js";

describe("secret-launcher: what a worker hands its relaunched self on a pipe", () => {
  it("moves credential variables, secret flags and a URL with credentials out of the environment and arguments", () => {
    const { secrets, args } = splitSecrets(["worker", "--name", "wa", "--password", "pw1", "--token=tk", "--nats", "nats://u:p@h:4222", "--slots", "2"], {
      WEFT_NATS_USER: "wa",
      WEFT_NATS_PASSWORD: "pw2",
      OTEL_EXPORTER_OTLP_HEADERS: "api-key=x",
      HOME: "/home/w",
    });
    assert.deepEqual(args, ["worker", "--name", "wa", "--slots", "2"]);
    assert.deepEqual(secrets, { WEFT_NATS_USER: "wa", WEFT_NATS_PASSWORD: "pw1", OTEL_EXPORTER_OTLP_HEADERS: "api-key=x", WEFT_NATS_TOKEN: "tk", WEFT_NATS_URL: "nats://u:p@h:4222" });
  });

  it("leaves a worker without secrets as it is (no relaunch)", () => {
    const { secrets, args } = splitSecrets(["worker", "--nats", "nats://h:4222", "--name", "wa"], { WEFT_NATS_URL: "nats://h:4222", HOME: "/home/w" });
    assert.deepEqual(secrets, {});
    assert.deepEqual(args, ["worker", "--nats", "nats://h:4222", "--name", "wa"]);
  });
});
