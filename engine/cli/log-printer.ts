/**
 * Prints a run's log: JSON lines (--json, or off a terminal: pipes and tests read them), or
 * readable lines, or, on a terminal, a live view: one line per node (a progress bar and its
 * tasks by state, node-board.ts) under the lines that matter (the run's transitions, failures
 * and retries with their errors, the user's own log lines; every transition with `verbose`),
 * and a summary when the run ends (run-summary.ts).
 */
import type { WorkflowGraph } from "../../model/graph.js";
import type { LogEntry } from "../client/run-client.js";
import { dataTotals, logEntryJson } from "../client/run-json.js";
import { paint } from "./colour.js";
import { inTimeOrder } from "./log-filter.js";
import { NodeBoard } from "./node-board.js";
import { mb, runSummary } from "./run-summary.js";

export { mb } from "./run-summary.js";

export interface PrinterOptions {
  /** JSON lines (one object per entry) instead of readable lines. */
  json: boolean;
  /** The live per-node view (a terminal only; not with json). */
  progress: boolean;
  /** With the live view: every transition too, not only those that matter. */
  verbose?: boolean;
  /** Colour readable lines (default: with the live view). */
  colour?: boolean;
  /** Lines of one turn go out in time order (entries of different workers arrive batch by batch). */
  timeOrder?: boolean;
  /** Only entries this accepts are printed (the live view counts every entry). */
  filter?: (entry: LogEntry) => boolean;
  out?: NodeJS.WritableStream;
}

function clock(ms: number): string {
  const d = new Date(ms || Date.now());
  return d.toISOString().slice(11, 23);
}

/** The most characters one write to the log's stream carries (a pipe takes 64 KiB at a time). */
const WRITE_BYTES = 64 * 1024;
/** The live view is redrawn at most this often. */
const REDRAW_MS = 100;

export class LogPrinter {
  private readonly out: NodeJS.WritableStream & { columns?: number };
  private readonly board: NodeBoard;
  private readonly colour: boolean;
  /** Lines of the live view on screen now (to be erased before the next write). */
  private drawn = 0;
  /** Entries printed in this turn, not written yet. */
  private pending: LogEntry[] = [];
  private scheduled: NodeJS.Timeout | undefined;
  private end: LogEntry["run"] | undefined;

  constructor(
    private readonly runId: string,
    private readonly opts: PrinterOptions,
    graph?: WorkflowGraph,
  ) {
    this.out = opts.out ?? process.stderr;
    this.board = new NodeBoard(graph);
    this.colour = opts.colour ?? (opts.progress && !opts.json);
  }

  /**
   * Prints one entry. Lines go out together once the caller's turn ends (a log batch of 50,000
   * entries is one write, not 50,000: each write is a system call in this, the coordinator's
   * process under `weft run`); the live view is redrawn at most every REDRAW_MS.
   */
  print(entry: LogEntry): void {
    this.board.apply(entry);
    if (entry.run && ["succeeded", "failed", "cancelled"].includes(entry.run.to ?? "")) this.end = entry.run;
    if (this.opts.filter && !this.opts.filter(entry)) {
      if (this.live) this.schedule();
      return;
    }
    this.pending.push(entry);
    this.schedule();
  }

  private get live(): boolean {
    return this.opts.progress && !this.opts.json;
  }

  private schedule(): void {
    if (this.live) {
      this.scheduled ??= setTimeout(() => this.writePending(), REDRAW_MS);
    } else if (this.pending.length === 1) {
      queueMicrotask(() => this.writePending());
    }
  }

  private writePending(): void {
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = undefined;
    const entries = this.opts.timeOrder ? inTimeOrder(this.pending, (e) => e) : this.pending;
    this.pending = [];
    let text = this.eraseBoard();
    // In writes of at most WRITE_BYTES: one of several MB to a pipe fails (ENOBUFS).
    for (const entry of entries) {
      const line = this.line(entry);
      if (line === undefined) continue;
      if (text.length > 0 && text.length + line.length >= WRITE_BYTES) {
        this.out.write(text);
        text = "";
      }
      text += line + "\n";
    }
    text += this.drawBoard();
    if (text.length > 0) this.out.write(text);
  }

  /** Writes what is pending, the final view and the run's summary (on a terminal). */
  close(): void {
    this.writePending();
    if (!this.live) return;
    let text = this.eraseBoard() + this.drawBoard(true);
    if (this.end) text += paint(runSummary(this.runId, this.board, this.end), "bold", this.colour) + "\n";
    this.drawn = 0;
    this.out.write(text);
  }

  private eraseBoard(): string {
    if (this.drawn === 0) return "";
    const text = `\x1b[${this.drawn}A\r\x1b[J`; // up to the view's first line, erase to the end of the screen
    this.drawn = 0;
    return text;
  }

  private drawBoard(final = false): string {
    if (!this.live) return "";
    const width = Math.max(20, (this.out.columns || 100) - 1); // 0 or unknown (some pseudo-terminals): 100
    const lines = this.board.render(width, this.colour);
    if (!final) this.drawn = lines.length;
    return lines.map((l) => l + "\n").join("");
  }

  /** Whether `entry` makes a line (some entries, such as an edge's figures, make none). */
  shows(entry: LogEntry): boolean {
    return (!this.opts.filter || this.opts.filter(entry)) && this.line(entry) !== undefined;
  }

  private line(entry: LogEntry): string | undefined {
    if (this.opts.json) {
      const json = logEntryJson(this.runId, entry);
      return json === undefined ? undefined : JSON.stringify(json);
    }
    // The live view shows tasks' progress; only failures and retries get their own lines.
    if (this.live && !this.opts.verbose) {
      if (entry.expanded || entry.block) return undefined;
      if (entry.task && !entry.task.error) return undefined;
    }
    return this.prettyLine(entry);
  }

  private paint(state: string): string {
    return paint(state, state, this.colour);
  }

  private prettyLine(entry: LogEntry): string | undefined {
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
      if (r.to === "succeeded" && r.resultJson && !this.live) line += `\n    result: ${r.resultJson.length > 2000 ? r.resultJson.slice(0, 2000) + "…" : r.resultJson}`;
      if (r.edges?.length && !this.live) {
        const t = dataTotals(r.edges);
        line += `\n    data: ${t.nats_msgs} messages, ${mb(t.nats_bytes)} over NATS; ${mb(t.local_bytes)} handed over in memory`;
      }
      return line;
    }
    if (entry.log) {
      const l = entry.log;
      return `${clock(l.atMs ?? 0)}  ${this.runId}  ${(l.taskId ?? "").padEnd(14)}  [${l.level}] ${l.message}`;
    }
    if (entry.block) {
      const b = entry.block;
      const first = b.start ?? 0;
      const count = b.count ?? 0;
      const id = count === 1 ? `${b.node}[${first}]` : `${b.node}[${first}..${first + count - 1}]`;
      return [clock(b.atMs ?? 0), this.runId, id.padEnd(14), `${count} × pending → ${this.paint("succeeded")}`.padEnd(24), b.worker ?? "", "#1", `${(b.durationMs ?? 0).toFixed(1)}ms`].join("  ");
    }
    if (entry.expanded) return `${clock(entry.expanded.atMs ?? 0)}  ${this.runId}  ${entry.expanded.node} fans out to ${entry.expanded.count} tasks`;
    return undefined;
  }
}
