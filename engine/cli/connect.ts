/** The client connection of a CLI command. */
import type { Bus } from "../bus/bus.js";
import { connectNatsBus } from "../bus/nats-bus.js";
import { natsUrl } from "./options.js";

export function connectClient(flag: string | undefined, name = "weft-cli"): Promise<Bus> {
  return connectNatsBus(natsUrl(flag), { name });
}

/** Runs `fn` on a client connection and closes it whatever happens. */
export async function withClient<T>(flag: string | undefined, fn: (bus: Bus) => Promise<T>): Promise<T> {
  const bus = await connectClient(flag);
  try {
    return await fn(bus);
  } finally {
    await bus.close().catch(() => {});
  }
}
