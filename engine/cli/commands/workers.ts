/**
 * `weft workers [--json]`: the workers alive on this NATS, from their heartbeats (each worker
 * sends one a second): name, host and pid, slots, tasks running, when it last beat, up since.
 */
import type { Bus } from "../../bus/bus.js";
import { subjects } from "../../subjects.js";
import { heartbeatOf } from "../../wire/heartbeat.js";
import { formatDuration } from "../../model/duration.js";
import { withClient, type NatsFlags } from "../connect.js";
import { printAnswer } from "../stdout.js";
import { JSON_SCHEMA_VERSION } from "../../client/run-json.js";

/** A little over one heartbeat interval: every live worker beats within it. */
const LISTEN_MS = 1500;

export interface WorkerSeen {
  name: string;
  host: string;
  pid: number;
  slots: number;
  running: number;
  startedAtMs: number;
  lastHeartbeatMs: number;
}

/** Listens to heartbeats for `ms`; the latest of each worker, by name. */
export async function listenForWorkers(bus: Bus, ms: number): Promise<WorkerSeen[]> {
  const seen = new Map<string, WorkerSeen>();
  const sub = bus.subscribe(subjects.allWorkerHeartbeats(), (m) => {
    const hb = heartbeatOf(m.data);
    if (!hb) return;
    const { sentAtMs, ...worker } = hb;
    seen.set(hb.name, { ...worker, lastHeartbeatMs: sentAtMs || Date.now() });
  });
  await bus.flush();
  await new Promise((r) => setTimeout(r, ms));
  sub.unsubscribe();
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

export async function workersCommand(flags: NatsFlags & { json?: boolean }): Promise<number> {
  return withClient(flags, async (bus) => {
    const workers = await listenForWorkers(bus, LISTEN_MS);
    const now = Date.now();
    if (flags.json) {
      const rows = workers.map((w) => ({
        v: JSON_SCHEMA_VERSION,
        name: w.name,
        host: w.host,
        pid: w.pid,
        slots: w.slots,
        running: w.running,
        last_heartbeat: new Date(w.lastHeartbeatMs).toISOString(),
        started: w.startedAtMs ? new Date(w.startedAtMs).toISOString() : null,
      }));
      printAnswer(rows.map((r) => JSON.stringify(r) + "\n").join(""));
      return 0;
    }
    if (workers.length === 0) {
      printAnswer(`no worker sent a heartbeat within ${LISTEN_MS / 1000} s: start one with \`weft worker --nats URL\`\n`);
      return 0;
    }
    const rows = [["WORKER", "HOST", "PID", "SLOTS", "RUNNING", "LAST HEARTBEAT", "UP"]];
    for (const w of workers) {
      rows.push([w.name, w.host, String(w.pid), String(w.slots), String(w.running), `${formatDuration(Math.max(0, now - w.lastHeartbeatMs))} ago`, w.startedAtMs ? formatDuration(now - w.startedAtMs) : "-"]);
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    printAnswer(rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n") + "\n");
    return 0;
  });
}
