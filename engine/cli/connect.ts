/**
 * The NATS connections and clients of CLI commands: the client's (engine/client/connect.ts,
 * engine/client/api.ts), plus the command's last resort: a denied permission nothing could
 * report exits 3 with its message.
 */
import type { Bus } from "../bus/bus.js";
import { connectClient as connectBus, type NatsFlags } from "../client/connect.js";
import { ExitCode } from "../errors.js";
import { WeftClient } from "../client/api.js";

export { connectService, type NatsFlags } from "../client/connect.js";

/** A connection for a one-shot command: a permission the server denies ends it with exit 3. */
export function connectClient(flags: NatsFlags | string | undefined): Promise<Bus> {
  return connectBus(flags, {
    name: "weft-cli",
    onUnreportedDenial: (err) => {
      process.stderr.write(`weft: ${err.message}\n`);
      process.exit(ExitCode.Infrastructure);
    },
  });
}

/** Runs `fn` on a client connection and closes it whatever happens. */
export async function withClient<T>(flags: NatsFlags | string | undefined, fn: (bus: Bus) => Promise<T>): Promise<T> {
  const bus = await connectClient(flags);
  try {
    return await fn(bus);
  } finally {
    await bus.close().catch(() => {});
  }
}

/** The CLI's client (engine/client/api.ts) on such a connection. */
export async function cliClient(flags: NatsFlags): Promise<WeftClient> {
  return new WeftClient(await connectClient(flags));
}

/** Runs `fn` on the CLI's client and closes it whatever happens. */
export async function withWeft<T>(flags: NatsFlags, fn: (client: WeftClient) => Promise<T>): Promise<T> {
  const client = await cliClient(flags);
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}
