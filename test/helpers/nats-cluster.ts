/**
 * A JetStream cluster of `nats-server` processes on loopback for the tests: each member on a
 * free client port, with a cluster (route) port and a monitoring port, routed to the others.
 * Resolves once JetStream has a meta leader and can place a stream on every member.
 */
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsServerProcess } from "../../engine/internal.js";
import { freePort, startNats, uid } from "./nats.js";

/** One member of a {@link NatsCluster}. */
export interface NatsClusterMember {
  /** `n1`, `n2`, ... (its `--server_name`). */
  readonly name: string;
  readonly server: NatsServerProcess;
  /** The HTTP monitoring port (`/varz`, `/connz`, `/jsz`). */
  readonly monitorPort: number;
}

export interface NatsCluster {
  readonly members: NatsClusterMember[];
  /** Every member's client URL, comma-separated: what `--nats` takes. */
  readonly url: string;
  /** The member a client connection of this name is on (asked of each live member's /connz). */
  memberOf(connectionName: string): Promise<NatsClusterMember | undefined>;
  /** Stops every member and removes their stores. Never throws. */
  stop(): Promise<void>;
}

const CLUSTER_NAME = "weftc";

/** Starts `size` clustered servers and waits until JetStream places a stream on all of them. */
export async function startNatsCluster(size = 3, opts: { readyTimeoutMs?: number } = {}): Promise<NatsCluster> {
  const routePorts: number[] = [];
  const monitorPorts: number[] = [];
  for (let i = 0; i < size; i++) {
    routePorts.push(await freePort());
    monitorPorts.push(await freePort());
  }
  const members: NatsClusterMember[] = [];
  const stop = async () => {
    await Promise.all(members.map((m) => m.server.stop().catch(() => {})));
  };
  try {
    for (let i = 0; i < size; i++) {
      const name = `n${i + 1}`;
      const routes = routePorts.filter((_, j) => j !== i).map((p) => `nats://127.0.0.1:${p}`);
      const server = await startNats({
        extraArgs: [
          "--server_name", name,
          "--cluster_name", CLUSTER_NAME,
          "--cluster", `nats://127.0.0.1:${routePorts[i]}`,
          "--routes", routes.join(","),
          "-m", String(monitorPorts[i]),
        ],
      });
      members.push({ name, server, monitorPort: monitorPorts[i]! });
    }
    const url = members.map((m) => `nats://127.0.0.1:${m.server.port}`).join(",");
    await waitForPlacement(url, size, opts.readyTimeoutMs ?? 30_000);
    return {
      members,
      url,
      async memberOf(connectionName) {
        for (const m of members) {
          if (!m.server.running) continue;
          try {
            const res = await fetch(`http://127.0.0.1:${m.monitorPort}/connz?limit=1024`);
            const body = (await res.json()) as { connections?: { name?: string }[] };
            if (body.connections?.some((c) => c.name === connectionName)) return m;
          } catch {
            // a member going away: try the next
          }
        }
        return undefined;
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Retries creating (and deleting) a stream with `replicas` copies until it works: the members
 * have found each other and elected a JetStream meta leader.
 */
async function waitForPlacement(url: string, replicas: number, timeoutMs: number): Promise<void> {
  const nc = await connect({ servers: url.split(",").map((u) => u.replace("nats://", "")) });
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  try {
    const name = `weft_probe_${uid()}`;
    for (;;) {
      try {
        // Made on each try: it asks for the account's JetStream info, which fails until ready.
        const jsm = await jetstreamManager(nc, { timeout: 2000 });
        await jsm.streams.add({ name, subjects: [`${name}.>`], num_replicas: replicas });
        await jsm.streams.delete(name);
        return;
      } catch (err) {
        last = err;
      }
      if (Date.now() > deadline) throw new Error(`the ${replicas}-server NATS cluster could not place a stream within ${timeoutMs} ms: ${String(last)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await nc.close();
  }
}
