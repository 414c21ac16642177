/**
 * Where `weft gateway` and `weft ui` listen: a busy port is an infrastructure failure (exit 3)
 * saying to pass another --port; a --host that is no address of this machine is a usage error
 * (exit 2) saying what to give, not "is something else using it?".
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:net";
import Fastify from "fastify";
import { ErrorCode, WeftError } from "../../engine/errors.js";
import { listenApp } from "../../engine/gateway/listen.js";

async function refusal(where: { port: number; host: string }): Promise<WeftError> {
  try {
    const listening = await listenApp(Fastify(), where, "the gateway");
    await listening.close();
  } catch (err) {
    return err as WeftError;
  }
  return assert.fail(`listened on ${where.host}:${where.port}`);
}

describe("listenApp: where the gateway and the web view listen", () => {
  let busy: Server | undefined;
  after(() => busy?.close());

  it("a port in use: E_INFRASTRUCTURE naming it and saying to pass another --port", async () => {
    busy = createServer();
    await new Promise<void>((r) => busy!.listen(0, "127.0.0.1", r));
    const port = (busy.address() as { port: number }).port;
    const err = await refusal({ port, host: "127.0.0.1" });
    assert.equal(err.code, ErrorCode.Infrastructure);
    assert.match(err.message, new RegExp(`could not listen on 127\\.0\\.0\\.1:${port} .*EADDRINUSE.*pass another --port`, "i"));
  });

  it("a host that is no address of this machine: E_USAGE saying what to give", async () => {
    for (const host of ["999.1.1.1", "192.0.2.1"]) {
      const err = await refusal({ port: 0, host });
      assert.equal(err.code, ErrorCode.Usage, `${host}: ${err.message}`);
      assert.match(err.message, new RegExp(`--host ${host.replace(/\./g, "\\.")} is not an address of this machine; give one such as 127\\.0\\.0\\.1`));
    }
  });
});
