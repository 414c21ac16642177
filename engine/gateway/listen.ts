/** A gateway listening on a port: for `weft gateway` and `weft dev` (listenApp: the web view too). */
import type { FastifyInstance } from "fastify";
import type { Bus } from "../bus/bus.js";
import { ErrorCode, WeftError } from "../errors.js";
import { buildGateway, type GatewayOptions } from "./server.js";

export interface ListeningGateway {
  /** `http://HOST:PORT`, with the port actually bound (for port 0). */
  readonly url: string;
  /** Stops listening and ends open event streams; the bus stays open. */
  close(): Promise<void>;
}

/** Builds the gateway on `bus` and listens; an address in use is E_INFRASTRUCTURE naming it, a host not of this machine E_USAGE. */
export async function listenGateway(bus: Bus, where: { port: number; host: string }, opts: GatewayOptions = {}): Promise<ListeningGateway> {
  return listenApp(await buildGateway(bus, opts), where, "the gateway");
}

/** Listens with a built app (`what` names it in errors); an address in use is E_INFRASTRUCTURE naming it. */
export async function listenApp(app: FastifyInstance, where: { port: number; host: string }, what: string): Promise<ListeningGateway> {
  try {
    await app.listen({ port: where.port, host: where.host });
  } catch (err) {
    await app.close().catch(() => {});
    const code = (err as { code?: unknown }).code;
    const at = `${what} could not listen on ${where.host}:${where.port} (${(err as Error).message})`;
    // A host that is no address of this machine is the caller's mistake (exit 2), not a busy port.
    if (code === "ENOTFOUND" || code === "EADDRNOTAVAIL" || code === "EAI_AGAIN") {
      throw new WeftError(ErrorCode.Usage, `${at}: --host ${where.host} is not an address of this machine; give one such as 127.0.0.1, or 0.0.0.0 for all.`, { cause: err });
    }
    if (code === "EACCES") {
      throw new WeftError(ErrorCode.Usage, `${at}: ports below 1024 need privileges; pass another --port.`, { cause: err });
    }
    throw new WeftError(ErrorCode.Infrastructure, `${at}: is something else using it? Pass another --port.`, { cause: err });
  }
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : where.port;
  const host = where.host.includes(":") ? `[${where.host}]` : where.host;
  return { url: `http://${host}:${port}`, close: () => app.close() };
}
