/**
 * A TCP proxy in front of a nats-server that can hold back what a client sends from the first
 * chunk naming a subject on: the server then sees that client's requests only once released,
 * while other clients go on (a pull request delayed past other clients' writes, deterministically).
 */
import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";

export interface HoldingProxy {
  readonly url: string;
  /** Holds what clients send from the first chunk containing `text`; resolves when it arrives. */
  holdFrom(text: string): Promise<void>;
  /** Sends what was held, in order, and stops holding. */
  release(): void;
  close(): Promise<void>;
}

export async function startHoldingProxy(targetPort: number): Promise<HoldingProxy> {
  const sockets = new Set<Socket>();
  let trigger: { text: string; arrived: () => void } | undefined;
  let held: { to: Socket; chunk: Buffer }[] | undefined;
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => {});
      s.on("close", () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    upstream.on("data", (chunk) => client.write(chunk));
    client.on("data", (chunk: Buffer) => {
      if (!held && trigger && chunk.includes(trigger.text)) {
        held = [];
        trigger.arrived();
        trigger = undefined;
      }
      if (held) held.push({ to: upstream, chunk });
      else upstream.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `nats://127.0.0.1:${(server.address() as AddressInfo).port}`,
    holdFrom: (text) => new Promise<void>((arrived) => (trigger = { text, arrived })),
    release: () => {
      const chunks = held ?? [];
      held = undefined;
      for (const { to, chunk } of chunks) to.write(chunk);
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
