/**
 * The live view of a run on a terminal: one line per node with a progress bar and its tasks
 * counted by state, folded from the run's log entries. Pure: entries in, lines out; the printer
 * (log-printer.ts) draws them.
 */
import type { NodeKind, WorkflowGraph } from "../../model/graph.js";
import { isTerminalTaskState } from "../../model/status.js";
import type { LogEntry } from "../client/run-client.js";
import { paint } from "./colour.js";

/** The states a node's line counts (a task is in one of them, or still waiting). */
const COUNTED = ["running", "retrying", "succeeded", "failed", "cancelled", "skipped"] as const;
type Counted = (typeof COUNTED)[number];

export interface NodeRow {
  node: string;
  /** Tasks the node has: 1 for a task node, its items or partitions once known for a map or a stage. */
  total: number;
  counts: Record<Counted, number>;
  /** Attempts that failed and were tried again. */
  retries: number;
}

/** Kinds whose node is one task; the others fan out (their count is logged as "expanded"). */
const SINGLE: ReadonlySet<NodeKind> = new Set<NodeKind>(["task", "aggregate", "collect"]);

const BAR = 20;

export class NodeBoard {
  private readonly rows = new Map<string, NodeRow>();
  /** When the run was submitted and when it ended (ms), from its own events. */
  startedAtMs: number | undefined;
  endedAtMs: number | undefined;

  constructor(graph?: WorkflowGraph) {
    for (const n of graph?.nodes ?? []) this.row(n.name).total = SINGLE.has(n.kind) ? 1 : 0;
  }

  private row(node: string): NodeRow {
    let r = this.rows.get(node);
    if (!r) this.rows.set(node, (r = { node, total: 0, counts: { running: 0, retrying: 0, succeeded: 0, failed: 0, cancelled: 0, skipped: 0 }, retries: 0 }));
    return r;
  }

  /** Folds one entry in. */
  apply(e: LogEntry): void {
    if (e.run) {
      const at = Number(e.run.atMs ?? 0) || undefined;
      this.startedAtMs ??= at;
      if (e.run.to === "succeeded" || e.run.to === "failed" || e.run.to === "cancelled") this.endedAtMs = at;
    }
    if (e.expanded) this.row(e.expanded.node ?? "").total += e.expanded.count ?? 0;
    if (e.block) this.row(e.block.node ?? "").counts.succeeded += e.block.count ?? 0; // never counted running: logged once done
    const t = e.task;
    if (!t) return;
    const r = this.row(t.node || (t.taskId ?? "").replace(/\[.*$/, ""));
    const from = t.from as Counted;
    const to = t.to as Counted;
    if (COUNTED.includes(from) && r.counts[from] > 0) r.counts[from]--;
    if (COUNTED.includes(to)) r.counts[to]++;
    if (to === "retrying") r.retries++;
  }

  /** Every node's row, in the workflow's order. */
  list(): NodeRow[] {
    return [...this.rows.values()];
  }

  /** Tasks in all, and by final state; retries in all. */
  totals(): { tasks: number; succeeded: number; failed: number; cancelled: number; skipped: number; retries: number } {
    const t = { tasks: 0, succeeded: 0, failed: 0, cancelled: 0, skipped: 0, retries: 0 };
    for (const r of this.rows.values()) {
      t.tasks += shownTotal(r);
      t.succeeded += r.counts.succeeded;
      t.failed += r.counts.failed;
      t.cancelled += r.counts.cancelled;
      t.skipped += r.counts.skipped;
      t.retries += r.retries;
    }
    return t;
  }

  /** One line per node, each at most `width` characters (a wrapped line would break the redraw). */
  render(width: number, colour: boolean): string[] {
    const rows = this.list();
    const nameWidth = Math.min(24, Math.max(4, ...rows.map((r) => r.node.length)));
    return rows.map((r) => {
      const total = shownTotal(r);
      const ended = COUNTED.filter((s) => isTerminalTaskState(s)).reduce((n, s) => n + r.counts[s], 0);
      const filled = total === 0 ? 0 : Math.round((ended / total) * BAR);
      const bar = paint("█".repeat(filled), r.counts.failed > 0 ? "failed" : "succeeded", colour) + paint("░".repeat(BAR - filled), "dim", colour);
      const states = [
        r.counts.running ? paint(`${r.counts.running} running`, "running", colour) : "",
        r.counts.failed ? paint(`${r.counts.failed} failed`, "failed", colour) : "",
        r.counts.cancelled ? paint(`${r.counts.cancelled} cancelled`, "cancelled", colour) : "",
        r.counts.skipped ? paint(`${r.counts.skipped} skipped`, "skipped", colour) : "",
        r.retries ? paint(`${r.retries} ${r.retries === 1 ? "retry" : "retries"}`, "retrying", colour) : "",
      ].filter((s) => s !== "");
      const name = r.node.length > nameWidth ? r.node.slice(0, nameWidth - 1) + "…" : r.node.padEnd(nameWidth);
      const line = `${name} ${bar} ${`${ended}/${total}`.padStart(11)}  ${states.join("  ")}`.trimEnd();
      return fit(line, width);
    });
  }
}

/** A node's total as shown: never below the tasks already seen. */
function shownTotal(r: NodeRow): number {
  const seen = COUNTED.reduce((n, s) => n + r.counts[s], 0);
  return Math.max(r.total, seen);
}

/** Cuts a line (colour codes included) to `width` visible characters. */
export function fit(line: string, width: number): string {
  let visible = 0;
  let out = "";
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\x1b") {
      const end = line.indexOf("m", i);
      if (end > 0) {
        out += line.slice(i, end + 1);
        i = end;
        continue;
      }
    }
    if (visible >= width) break;
    out += line[i];
    visible++;
  }
  return line.includes("\x1b") && !out.endsWith("\x1b[0m") ? out + "\x1b[0m" : out;
}
