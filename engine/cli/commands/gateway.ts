/**
 * `weft gateway`: serves the HTTP gateway (engine/gateway) until SIGINT/SIGTERM. Prints its URL
 * on stdout once listening. `--token` is the gateway's own bearer token; the NATS token, if
 * any, is `--nats-token` (or WEFT_NATS_TOKEN).
 */
import { ErrorCode, WeftError } from "../../errors.js";
import { buildGateway } from "../../gateway/server.js";
import { connectService, type NatsFlags } from "../connect.js";
import { untilSignal } from "../interrupt.js";
import { natsUrl, redactUrl } from "../options.js";
import { printAnswer } from "../stdout.js";

export interface GatewayFlags extends Omit<NatsFlags, "token"> {
  port?: string;
  host?: string;
  /** The gateway's bearer token (not NATS's). */
  token?: string;
  natsToken?: string;
}

const say = (line: string) => process.stderr.write(line + "\n");

function port(raw: string | undefined): number {
  if (raw === undefined) return 8080;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new WeftError(ErrorCode.Usage, `--port must be a whole number from 0 to 65535, got "${raw}".`);
  return n;
}

/** The gateway's token: --token, else a non-empty WEFT_GATEWAY_TOKEN, else none (no auth). */
function gatewayToken(flag: string | undefined): string | undefined {
  const token = flag ?? (process.env.WEFT_GATEWAY_TOKEN || undefined);
  if (token !== undefined && token.trim() === "") throw new WeftError(ErrorCode.Usage, "--token must not be empty.");
  return token;
}

export async function gatewayCommand(flags: GatewayFlags): Promise<number> {
  const listenPort = port(flags.port);
  const host = flags.host ?? "127.0.0.1";
  const token = gatewayToken(flags.token);
  const { token: _gatewayToken, natsToken, port: _port, host: _host, ...rest } = flags;
  const natsFlags: NatsFlags = { ...rest, ...(natsToken !== undefined ? { token: natsToken } : {}) };
  const bus = await connectService(natsFlags, "weft-gateway", "weft gateway");
  bus.onStatus((s) => s !== "closed" && say(`weft gateway: NATS ${s}`));
  const app = await buildGateway(bus, token === undefined ? {} : { token });
  try {
    await app.listen({ port: listenPort, host });
  } catch (err) {
    await bus.close().catch(() => {});
    throw new WeftError(ErrorCode.Infrastructure, `weft gateway could not listen on ${host}:${listenPort}: ${(err as Error).message}`, { cause: err });
  }
  const address = app.server.address();
  const bound = typeof address === "object" && address !== null ? address.port : listenPort;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${bound}`;
  say(`weft gateway: serving on ${url} for ${redactUrl(natsUrl(flags.nats))}${token === undefined ? " (no token: anyone who reaches it may start runs)" : ""}`);
  printAnswer(url + "\n");
  await untilSignal();
  say("weft gateway: stopping");
  await app.close();
  await bus.close().catch(() => {});
  return 0;
}
