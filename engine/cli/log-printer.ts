/**
 * Prints a run's log on stderr: one line per run or task state change and per user log line.
 * Pretty on a terminal (with a live done/total line); JSON lines with --json or when piped.
 */
import type { WorkflowGraph } from "../../model/graph.js";
import { isTerminalTaskState } from "../../model/status.js";
import type { LogEntry } from "../client/run-client.js";
import { dataTotals, logEntryJson } from "../client/run-json.js";

export interface PrinterOptions {
  json: boolean;
  /** Draw a live progress line (a terminal only). */
  progress: boolean;
  out?: NodeJS.WritableStream;
}

const COLOURS: Record<string, string> = { succeeded: "32", failed: "31", cancelled: "33", retrying: "33", running: "36", skipped: "33" };

export function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(2)} MB`;
}

function clock(ms: number): string {
  const d = new Date(ms || Date.now());
  return d.toISOString().slice(11, 23);
}

/** The most characters one write to the log's stream carries (a pipe takes 64 KiB at a time). */
const WRITE_BYTES = 64 * 1024;

export class LogPrinter {
  private readonly out: NodeJS.WritableStream;
  private done = 0;
  private total = 0;
  private progressShown = false;
  /** Lines printed in this turn, not written yet. */
  private pending: string[] = [];

  constructor(
    private readonly runId: string,
    private readonly opts: PrinterOptions,
    graph?: WorkflowGraph,
  ) {
    this.out = opts.out ?? process.stderr;
    if (graph) this.total = graph.nodes.filter((n) => n.kind === "task").length;
  }

  /**
   * Prints one entry. Lines go out together once the caller's turn ends (a log batch of 50,000
   * entries is one write, not 50,000: each write is a system call in this, the coordinator's
   * process under `weft run`).
   */
  print(entry: LogEntry): void {
    const line = this.opts.json ? this.jsonLine(entry) : this.prettyLine(entry);
    if (line === undefined) return;
    this.pending.push(line);
    if (this.pending.length === 1) queueMicrotask(() => this.writePending());
  }

  private writePending(): void {
    if (this.pending.length === 0) return;
    this.clearProgress();
    // In writes of at most WRITE_BYTES: one of several MB to a pipe fails (ENOBUFS).
    let chunk = "";
    for (const line of this.pending) {
      if (chunk.length > 0 && chunk.length + line.length >= WRITE_BYTES) {
        this.out.write(chunk);
        chunk = "";
      }
      chunk += line + "\n";
    }
    this.out.write(chunk);
    this.pending = [];
    this.drawProgress();
  }

  /** Writes what is pending and ends the live line. */
  close(): void {
    this.writePending();
    this.clearProgress(); // drawn again, final: not next to the last one
    this.drawProgress();
    if (this.progressShown) this.out.write("\n");
    this.progressShown = false;
  }

  private count(entry: LogEntry): void {
    if (entry.task && isTerminalTaskState(entry.task.to ?? "") && entry.task.from !== "succeeded") this.done++;
    if (entry.expanded) this.total += entry.expanded.count ?? 0;
  }

  private jsonLine(entry: LogEntry): string | undefined {
    this.count(entry);
    const json = logEntryJson(this.runId, entry);
    return json === undefined ? undefined : JSON.stringify(json);
  }

  private paint(state: string): string {
    const c = COLOURS[state];
    return c && this.opts.progress ? `\x1b[${c}m${state}\x1b[0m` : state;
  }

  private prettyLine(entry: LogEntry): string | undefined {
    this.count(entry);
    if (entry.task) {
      const t = entry.task;
      const parts = [
        clock(t.atMs ?? 0),
        this.runId,
        (t.taskId ?? "").padEnd(14),
        `${t.from} → ${this.paint(t.to ?? "")}`.padEnd(24),
        t.worker ?? "",
        `#${t.attempt ?? 0}`,
        `${(t.durationMs ?? 0).toFixed(1)}ms`,
      ];
      let line = parts.join("  ");
      if (t.error) line += `\n    ${t.error.code}: ${t.error.message}${t.error.stack ? "\n    " + t.error.stack.split("\n").join("\n    ") : ""}`;
      return line;
    }
    if (entry.run) {
      const r = entry.run;
      let line = `${clock(r.atMs ?? 0)}  ${this.runId}  run ${r.workflow ?? ""}  ${r.from || "·"} → ${this.paint(r.to ?? "")}`;
      if (r.error) line += `\n    ${r.error.code}: ${r.error.message}`;
      if (r.edges?.length) {
        const t = dataTotals(r.edges);
        line += `\n    data: ${t.nats_msgs} messages, ${mb(t.nats_bytes)} over NATS; ${mb(t.local_bytes)} handed over in memory`;
      }
      return line;
    }
    if (entry.log) {
      const l = entry.log;
      return `${clock(l.atMs ?? 0)}  ${this.runId}  ${(l.taskId ?? "").padEnd(14)}  [${l.level}] ${l.message}`;
    }
    if (entry.expanded) return `${clock(entry.expanded.atMs ?? 0)}  ${this.runId}  ${entry.expanded.node} fans out to ${entry.expanded.count} tasks`;
    return undefined;
  }

  private clearProgress(): void {
    if (this.progressShown) this.out.write("\r\x1b[K");
    this.progressShown = false;
  }

  private drawProgress(): void {
    if (!this.opts.progress) return;
    this.out.write(`\x1b[2m[${this.done}/${Math.max(this.total, this.done)} tasks done]\x1b[0m`);
    this.progressShown = true;
  }
}
