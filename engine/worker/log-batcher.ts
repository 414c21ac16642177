/**
 * Coalesces a run's log entries (task state changes, user log lines) into LogBatch messages:
 * one publish per few milliseconds instead of one per transition, which keeps the log cheap
 * at 100k tasks a run. Flushes early when a batch grows large.
 */
import type { Bus } from "../bus/bus.js";
import type { weft } from "../gen/weft.js";
import { subjects } from "../subjects.js";
import { encodeMessage, pb } from "../wire/protocol.js";

const FLUSH_MS = 15;
const MAX_ENTRIES = 2000;
/** Stay well under max_payload: an entry's size is estimated, not measured. */
const MAX_BYTES = 512 * 1024;

export class LogBatcher {
  private entries: weft.v1.LogEntry.$Properties[] = [];
  private bytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly subject: string;

  constructor(
    private readonly bus: Bus,
    private readonly runId: string,
  ) {
    this.subject = subjects.runLog(runId);
  }

  add(entry: weft.v1.LogEntry.$Properties, sizeEstimate = 96): void {
    this.entries.push(entry);
    this.bytes += sizeEstimate;
    if (this.entries.length >= MAX_ENTRIES || this.bytes >= MAX_BYTES) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Publishes what is pending now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.entries.length === 0) return;
    const batch = encodeMessage(pb.LogBatch, { runId: this.runId, entries: this.entries });
    this.entries = [];
    this.bytes = 0;
    try {
      this.bus.publish(this.subject, batch);
    } catch (err) {
      process.stderr.write(`weft: could not publish the log of run ${this.runId}: ${(err as Error).message}\n`);
    }
  }
}
