/**
 * What a run's attempts used, summed per node as their ends are read from the run log, and the
 * run's cost from it (docs/cost.md). Pure: the coordinator feeds it the logged attempt ends.
 *
 * Every attempt counts for duration and billing. CPU and memory are measured on a sample of
 * attempts (the worker keeps the per-attempt cost small: attempt-meter.ts), so their sums are
 * scaled up from the measured attempts to all of them; a node none of whose attempts was
 * measured is given the run's measured CPU and memory per millisecond of duration.
 */
import { billedMs, type NodeSample } from "./usage-figures.js";

/** One attempt's end, as logged. */
export interface AttemptUsage {
  node: string;
  durationMs: number;
  /** Whether the figures below were measured (else they are 0 and not counted). */
  measured: boolean;
  cpuMs: number;
  heapGrowthBytes: number;
  memoryMbS: number;
  outputBytes: number;
}

/** What several attempts of one node used, summed (heap growth: the largest); `measured` of them measured. */
export interface AttemptSums {
  durationMs: number;
  billedMs: number;
  measured: number;
  cpuMs: number;
  heapGrowthBytes: number;
  memoryMbS: number;
  outputBytes: number;
}

/** One node's share (see the NodeCost message). */
export interface NodeCost {
  node: string;
  attempts: number;
  measured: number;
  durationMs: number;
  billedMs: number;
  cpuMs: number;
  memoryMbS: number;
  heapGrowthBytes: number;
  outputBytes: number;
}

/** A run's cost (see the RunCost message). */
export interface RunCost {
  wallMs: number;
  durationMs: number;
  billedMs: number;
  cpuMs: number;
  memoryMbS: number;
  natsMsgs: number;
  natsBytes: number;
  attempts: number;
  nodes: NodeCost[];
}

/** A node's running sums: its cost before scaling. */
type NodeSums = Omit<NodeCost, "node">;

export class RunUsage {
  private readonly nodes = new Map<string, NodeSums>();
  /** The scaled costs and their sums, made once until the next attempt is added (a run's end event and its record both take them). */
  private summed: Omit<RunCost, "wallMs" | "natsMsgs" | "natsBytes"> | undefined;

  /** An attempt ended (succeeded, failed or is retried). */
  add(a: AttemptUsage): void {
    const n = this.sumsOf(a.node);
    const d = Number.isFinite(a.durationMs) && a.durationMs > 0 ? a.durationMs : 0;
    n.attempts++;
    n.durationMs += d;
    n.billedMs += billedMs(d);
    if (!a.measured) return;
    n.measured++;
    n.cpuMs += finite(a.cpuMs);
    n.memoryMbS += finite(a.memoryMbS);
    n.heapGrowthBytes = Math.max(n.heapGrowthBytes, finite(a.heapGrowthBytes));
    n.outputBytes += finite(a.outputBytes);
  }

  /** `attempts` attempts of `node` ended, told together with what they used, summed (a range of map successes). */
  addMany(node: string, attempts: number, s: AttemptSums): void {
    const n = this.sumsOf(node);
    const measured = Math.min(attempts, Number.isInteger(s.measured) && s.measured > 0 ? s.measured : 0);
    n.attempts += attempts;
    n.durationMs += finite(s.durationMs);
    n.billedMs += Math.max(attempts, finite(s.billedMs)); // at least 1 ms an attempt, as billedMs says
    if (measured === 0) return;
    n.measured += measured;
    n.cpuMs += finite(s.cpuMs);
    n.memoryMbS += finite(s.memoryMbS);
    n.heapGrowthBytes = Math.max(n.heapGrowthBytes, finite(s.heapGrowthBytes));
    n.outputBytes += finite(s.outputBytes);
  }

  private sumsOf(node: string): NodeSums {
    this.summed = undefined;
    let n = this.nodes.get(node);
    if (n === undefined) {
      n = { attempts: 0, measured: 0, durationMs: 0, billedMs: 0, cpuMs: 0, memoryMbS: 0, heapGrowthBytes: 0, outputBytes: 0 };
      this.nodes.set(node, n);
    }
    return n;
  }

  get attempts(): number {
    let sum = 0;
    for (const n of this.nodes.values()) sum += n.attempts;
    return sum;
  }

  /** Per node: CPU and memory scaled from its measured attempts to all of them. */
  nodeCosts(): NodeCost[] {
    // The measured nodes' CPU and memory per ms of duration, for the nodes never measured.
    let cpu = 0;
    let mem = 0;
    let ms = 0;
    for (const n of this.nodes.values()) {
      if (n.measured === 0) continue;
      const scale = n.attempts / n.measured;
      cpu += n.cpuMs * scale;
      mem += n.memoryMbS * scale;
      ms += n.durationMs;
    }
    return [...this.nodes].map(([node, n]) => {
      const scale = n.measured > 0 ? n.attempts / n.measured : 0;
      const unmeasured = n.measured === 0 && ms > 0 ? n.durationMs / ms : 0;
      return {
        node,
        attempts: n.attempts,
        measured: n.measured,
        durationMs: n.durationMs,
        billedMs: n.billedMs,
        cpuMs: n.cpuMs * scale + cpu * unmeasured,
        memoryMbS: n.memoryMbS * scale + mem * unmeasured,
        heapGrowthBytes: n.heapGrowthBytes,
        outputBytes: n.measured > 0 ? n.outputBytes / n.measured : 0,
      };
    });
  }

  /** The run's cost: `wallMs` from submission to end, NATS figures from its edge totals. */
  cost(wallMs: number, nats: { msgs: number; bytes: number }): RunCost {
    const s = (this.summed ??= this.sum());
    return {
      wallMs: Math.max(0, wallMs),
      durationMs: s.durationMs,
      billedMs: s.billedMs,
      cpuMs: s.cpuMs,
      memoryMbS: s.memoryMbS,
      natsMsgs: nats.msgs,
      natsBytes: nats.bytes,
      attempts: s.attempts,
      nodes: s.nodes,
    };
  }

  private sum(): Omit<RunCost, "wallMs" | "natsMsgs" | "natsBytes"> {
    const nodes = this.nodeCosts();
    const s = { durationMs: 0, billedMs: 0, cpuMs: 0, memoryMbS: 0, attempts: 0, nodes };
    for (const n of nodes) {
      s.durationMs += n.durationMs;
      s.billedMs += n.billedMs;
      s.cpuMs += n.cpuMs;
      s.memoryMbS += n.memoryMbS;
      s.attempts += n.attempts;
    }
    return s;
  }

  /** One history sample per measured node: per attempt means, heap its largest. */
  samples(): Map<string, NodeSample> {
    const out = new Map<string, NodeSample>();
    for (const [node, n] of this.nodes) {
      if (n.measured === 0) continue;
      out.set(node, {
        attempts: n.attempts,
        durationMs: n.durationMs / n.attempts,
        cpuMs: n.cpuMs / n.measured,
        heapGrowthBytes: n.heapGrowthBytes,
        outputBytes: n.outputBytes / n.measured,
      });
    }
    return out;
  }
}

function finite(v: number): number {
  return Number.isFinite(v) && v > 0 ? v : 0;
}
