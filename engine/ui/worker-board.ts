/**
 * The workers as their heartbeats show them, for the web view's workers page: a subscription
 * to every worker's heartbeat subject, keeping each worker's last one. Nothing is stored: a
 * view started a moment ago knows every live worker after one heartbeat interval (1 s).
 */
import { systemClock, type Clock } from "../base/clock.js";
import type { Bus, BusSubscription } from "../bus/bus.js";
import { subjects } from "../subjects.js";
import { heartbeatOf } from "../wire/heartbeat.js";

/** A worker silent this long is shown as lost (the coordinator's own default loss time). */
export const SILENT_AFTER_MS = 5000;
/** A worker silent this long is no longer listed (it left, or was renamed). */
const FORGET_AFTER_MS = 10 * 60_000;

/** One worker's last heartbeat, as the workers page shows it. */
export interface WorkerRow {
  name: string;
  host: string;
  pid: number;
  slots: number;
  running: number;
  started: string;
  last_heartbeat: string;
  /** Milliseconds since the last heartbeat reached this view. */
  silent_ms: number;
  /** "live", or "silent" once no heartbeat came for SILENT_AFTER_MS. */
  state: "live" | "silent";
}

interface Beat {
  name: string;
  host: string;
  pid: number;
  slots: number;
  running: number;
  startedAtMs: number;
  /** When this view heard it (this process's clock: the worker's may differ). */
  heardAtMs: number;
}

export class WorkerBoard {
  private readonly beats = new Map<string, Beat>();
  private readonly sub: BusSubscription;

  constructor(
    bus: Bus,
    private readonly clock: Clock = systemClock,
  ) {
    this.sub = bus.subscribe(subjects.allWorkerHeartbeats(), (msg) => {
      const hb = heartbeatOf(msg.data);
      if (!hb) return;
      const { sentAtMs: _sent, ...worker } = hb;
      this.beats.set(hb.name, { ...worker, heardAtMs: this.clock.now() });
    });
  }

  /** Every worker heard in the last FORGET_AFTER_MS, by name. */
  list(): WorkerRow[] {
    const now = this.clock.now();
    const rows: WorkerRow[] = [];
    for (const b of this.beats.values()) {
      const silent = now - b.heardAtMs;
      if (silent > FORGET_AFTER_MS) continue;
      rows.push({
        name: b.name,
        host: b.host,
        pid: b.pid,
        slots: b.slots,
        running: b.running,
        started: new Date(b.startedAtMs).toISOString(),
        last_heartbeat: new Date(b.heardAtMs).toISOString(),
        silent_ms: silent,
        state: silent > SILENT_AFTER_MS ? "silent" : "live",
      });
    }
    return rows.sort((a, b) => a.name.localeCompare(b.name));
  }

  close(): void {
    this.sub.unsubscribe();
  }
}
