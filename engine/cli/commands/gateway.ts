/**
 * `weft gateway`: serves the HTTP gateway (engine/gateway) until SIGINT/SIGTERM. Prints its URL
 * on stdout once listening. `--token` is the gateway's own bearer token; the NATS token, if
 * any, is `--nats-token` (or WEFT_NATS_TOKEN).
 */
import { ErrorCode, WeftError } from "../../errors.js";
import { listenGateway } from "../../gateway/listen.js";
import { connectService, type NatsFlags } from "../connect.js";
import { untilSignal } from "../interrupt.js";
import { natsUrl, portFlag, redactUrl } from "../options.js";
import { printAnswer } from "../stdout.js";

export interface GatewayFlags extends Omit<NatsFlags, "token"> {
  port?: string;
  host?: string;
  /** The gateway's bearer token (not NATS's). */
  token?: string;
  natsToken?: string;
}

const say = (line: string) => process.stderr.write(line + "\n");

/** The gateway's token: --token, else a non-empty WEFT_GATEWAY_TOKEN, else none (no auth). */
function gatewayToken(flag: string | undefined): string | undefined {
  const token = flag ?? (process.env.WEFT_GATEWAY_TOKEN || undefined);
  if (token !== undefined && token.trim() === "") throw new WeftError(ErrorCode.Usage, "--token must not be empty.");
  return token;
}

export async function gatewayCommand(flags: GatewayFlags): Promise<number> {
  const listenPort = portFlag("--port", flags.port, 8080);
  const host = flags.host ?? "127.0.0.1";
  const token = gatewayToken(flags.token);
  const { token: _gatewayToken, natsToken, port: _port, host: _host, ...rest } = flags;
  const natsFlags: NatsFlags = { ...rest, ...(natsToken !== undefined ? { token: natsToken } : {}) };
  const bus = await connectService(natsFlags, "weft-gateway", "weft gateway", { privateInbox: true });
  bus.onStatus((s) => s !== "closed" && say(`weft gateway: NATS ${s}`));
  let gateway;
  try {
    gateway = await listenGateway(bus, { port: listenPort, host }, token === undefined ? {} : { token });
  } catch (err) {
    await bus.close().catch(() => {});
    throw err;
  }
  const url = gateway.url;
  say(`weft gateway: serving on ${url} for ${redactUrl(natsUrl(flags.nats))}${token === undefined ? " (no token: anyone who reaches it may start runs)" : ""}`);
  printAnswer(url + "\n");
  await untilSignal();
  say("weft gateway: stopping");
  await gateway.close();
  await bus.close().catch(() => {});
  return 0;
}
