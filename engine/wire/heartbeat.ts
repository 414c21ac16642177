/** A worker's heartbeat as the listings read it (`weft workers`, the web view's workers page). */
import { decodeMessage, pb } from "./protocol.js";

export interface HeartbeatSeen {
  name: string;
  host: string;
  pid: number;
  slots: number;
  running: number;
  startedAtMs: number;
  /** When the worker sent it, by its own clock (0 when it did not say). */
  sentAtMs: number;
  /** The memory its tasks may use, in bytes (0 when it did not say). */
  memoryBytes: number;
}

/** The heartbeat in `data`; undefined when it does not decode or names no worker. */
export function heartbeatOf(data: Uint8Array): HeartbeatSeen | undefined {
  const hb = decodeMessage(pb.WorkerHeartbeat, data, () => {});
  if (!hb?.name) return undefined;
  const { name, host, pid, slots, running, startedAtMs, sentAtMs, memoryBytes } = hb;
  return { name, host, pid, slots, running, startedAtMs, sentAtMs, memoryBytes };
}
