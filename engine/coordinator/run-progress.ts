/**
 * How far one run got, as the coordinator reads it from the run's log: counts per node (not one
 * record per task, so 100k tasks cost a few counters), the first failures and retried attempts,
 * where task outputs live, what crossed each edge and the sink values. Pure: fed decoded log
 * entries and sink values, it returns the run-machine events they decide (a task failed, every
 * sink arrived); it reads no clock and does no I/O. Its state is private: readers get read-only
 * views, and only these methods change it.
 */
import type { RunEvent } from "../core/run.machine.js";
import { isTerminalTaskState, type TaskState } from "../core/task.machine.js";
import { ErrorCode, type ErrorInfoLike } from "../errors.js";
import { formatDuration } from "../model/duration.js";
import type { EdgeTotals } from "../model/edge-totals.js";
import type { WorkflowGraph } from "../../model/graph.js";
import { neededNodes } from "../core/needed-nodes.js";
import { RunUsage, type AttemptSums, type AttemptUsage } from "../core/run-usage.js";
import type { LogEntryRead } from "./log-entries.js";

const MAX_FAILURES_KEPT = 20;
const MAX_ATTEMPTS_KEPT = 50;

/** A node's tasks, counted by what became of them. */
export interface NodeCounts {
  node: string;
  total: number;
  succeeded: number;
  failed: number;
  running: number;
  retries: number;
  cancelled: number;
}

export type { EdgeTotals } from "../model/edge-totals.js";

/** A failed attempt: retried or final. */
export interface AttemptRecord {
  taskId: string;
  attempt: number;
  worker: string;
  outcome: "retrying" | "failed";
  error: ErrorInfoLike;
  at: number;
}

/** A task's final failure. */
export interface FailureRecord {
  taskId: string;
  attempt: number;
  error: ErrorInfoLike;
  worker: string;
}

/** A task state change as the progress needs it (one log entry of a worker). */
export interface TaskChange {
  /** The placement epoch that reported it (default 0); other epochs' changes are ignored. */
  epoch?: number;
  /** The instance or partition index; -1 (default) for a single task. */
  index?: number;
  /** A failure its consumers take in (fan-in policy): counted, but the run goes on. */
  absorbed?: boolean;
  node: string;
  taskId: string;
  from: string;
  to: string;
  worker: string;
  attempt: number;
  error: ErrorInfoLike | undefined;
  /** On a change out of "running": what the attempt used (docs/cost.md). */
  usage?: AttemptUsage;
}

/** A task node's first-attempt success (TaskSucceeded): pending -> ready -> running -> succeeded on `worker`, in one entry. */
export interface TaskSuccess {
  node: string;
  worker: string;
  epoch: number;
  /** What its one attempt used (its duration: from running to succeeded). */
  usage: AttemptUsage;
}

/**
 * Map instances start .. start + count - 1 of a node that each succeeded on their first attempt
 * on one worker (one log entry for them all), with what their attempts used, summed.
 */
export interface MapSuccesses extends AttemptSums {
  node: string;
  worker: string;
  epoch: number;
  start: number;
  count: number;
}

/** A count an edge's figures may carry (a malformed or hostile entry's are not accounted). */
function sane(x: number): boolean {
  return Number.isFinite(x) && x >= 0 && x < 1e15;
}

/** The nodes nobody consumes: a run's result is made of their values. */
export function sinksOf(graph: WorkflowGraph): string[] {
  const consumed = new Set(graph.nodes.flatMap((n) => n.deps));
  return graph.nodes.filter((n) => !consumed.has(n.name)).map((n) => n.name);
}

/** What every run's progress reads of its graph, made once per graph (the plan cache shares one between the runs of a workflow). */
interface GraphFacts {
  sinks: readonly string[];
  stageSinks: ReadonlySet<string>;
  byName: ReadonlyMap<string, WorkflowGraph["nodes"][number]>;
}

const factsOf = new WeakMap<WorkflowGraph, GraphFacts>();

function graphFacts(graph: WorkflowGraph): GraphFacts {
  let facts = factsOf.get(graph);
  if (facts) return facts;
  const sinks = sinksOf(graph);
  const sinkSet = new Set(sinks);
  facts = {
    sinks,
    stageSinks: new Set(graph.nodes.filter((n) => n.kind === "stage" && sinkSet.has(n.name)).map((n) => n.name)),
    byName: new Map(graph.nodes.map((n) => [n.name, n])),
  };
  factsOf.set(graph, facts);
  return facts;
}

export class RunProgress {
  private readonly counts = new Map<string, NodeCounts>();
  private readonly failureList: FailureRecord[] = [];
  private readonly attemptList: AttemptRecord[] = [];
  /** Task-like nodes that succeeded in this epoch, and where: their output lives there. */
  private readonly outputs = new Map<string, string>();
  private readonly sinkValues = new Map<string, string>();
  private readonly edgeTotals = new Map<string, EdgeTotals>();
  /** The graph's nodes by name (a run of a thousand nodes reads an edge a hop: not a search of the graph each). */
  private readonly byName: ReadonlyMap<string, WorkflowGraph["nodes"][number]>;
  private readonly expandedNodes = new Set<string>();
  /** Counted map and stage nodes: their tasks are known once they are expanded. */
  private readonly expandable = new Set<string>();
  private readonly stageSinks: ReadonlySet<string>;
  private total = 0;
  private done = 0;
  /** Task-like outputs this epoch kept from an earlier one (logged pending -> succeeded: recovered, not run). */
  private readonly recoveredHere = new Set<string>();
  /** The highest epoch any task change read was from (those of other epochs included). */
  private latestEpoch = 0;
  /** The nodes nobody consumes, in graph order. */
  readonly sinks: readonly string[];

  constructor(
    private readonly graph: WorkflowGraph,
    /** The epoch whose task changes count (a re-placement starts another: see restart). */
    private epoch = 0,
  ) {
    const facts = graphFacts(graph);
    this.sinks = facts.sinks;
    this.stageSinks = facts.stageSinks;
    this.byName = facts.byName;
    this.restart(epoch);
  }

  /** Counts per node, in graph order. */
  get nodes(): ReadonlyMap<string, Readonly<NodeCounts>> {
    return this.counts;
  }
  /** The first failures (at most 20). */
  get failures(): readonly Readonly<FailureRecord>[] {
    return this.failureList;
  }
  /** The first failed attempts, retried or final (at most 50). */
  get attempts(): readonly Readonly<AttemptRecord>[] {
    return this.attemptList;
  }
  /** Task-like nodes that succeeded in this epoch, and the worker holding each one's output. */
  get doneOn(): ReadonlyMap<string, string> {
    return this.outputs;
  }
  /** Per edge "from->to": what crossed it. */
  get edges(): ReadonlyMap<string, Readonly<EdgeTotals>> {
    return this.edgeTotals;
  }
  /** What the run's attempts used, every epoch's (docs/cost.md). */
  readonly usage = new RunUsage();
  /** The highest placement epoch the log showed work of: a restored run must be placed above it. */
  get highestEpoch(): number {
    return Math.max(this.epoch, this.latestEpoch);
  }
  get tasksTotal(): number {
    return this.total;
  }
  get tasksDone(): number {
    return this.done;
  }

  /** One logged entry of a worker taken in (a run change is the table's): the run-machine event it decides, if any. */
  took(entry: Exclude<LogEntryRead, { kind: "run" }>, at: number): RunEvent | undefined {
    switch (entry.kind) {
      case "edge":
        this.edgeMoved(entry.edge);
        return undefined;
      case "task":
        return this.taskChanged(entry.change, at);
      case "succeeded":
        return this.taskSucceeded(entry.success, at);
      case "block":
        return this.mapSucceeded(entry.block);
      case "expanded":
        return this.expanded(entry.node, entry.count, at);
    }
  }

  /**
   * Counts start over for `epoch`: at creation, and when the run is placed again (a new epoch
   * re-runs its tasks). Then only the `needed` nodes and the `kept` ones (recovered) count anew;
   * a node nothing needs any more was done in an earlier epoch and keeps the counts it ended
   * with. Where outputs live is forgotten (the new placement says).
   */
  restart(epoch: number, needed?: ReadonlySet<string>, kept?: ReadonlySet<string>): void {
    this.epoch = epoch;
    const before = new Map(this.counts);
    const expandedBefore = new Set(this.expandedNodes);
    this.total = 0;
    this.done = 0;
    this.expandedNodes.clear();
    this.expandable.clear();
    this.sinkValues.clear();
    this.outputs.clear();
    this.recoveredHere.clear();
    for (const n of this.graph.nodes) {
      const counted = !needed || needed.has(n.name) || kept?.has(n.name);
      const prior = before.get(n.name);
      if (!counted && prior) {
        const carried = { ...prior, running: 0 };
        this.counts.set(n.name, carried);
        this.total += carried.total;
        this.done += Math.min(carried.total, carried.succeeded + carried.failed + carried.cancelled);
        if (expandedBefore.has(n.name)) this.expandedNodes.add(n.name); // its count is known: a new expansion is not added
        continue;
      }
      if (counted && (n.kind === "map" || n.kind === "stage")) this.expandable.add(n.name);
      // Map instances and stage partitions are counted when their count is known (expanded).
      const total = !counted || n.kind === "map" || n.kind === "stage" ? 0 : 1;
      this.counts.set(n.name, { node: n.name, total, succeeded: 0, failed: 0, running: 0, retries: 0, cancelled: 0 });
      this.total += total;
    }
  }

  /**
   * The run was taken up in this epoch (adopted, see run-table.ts) with its counts read from the
   * log: the nodes this epoch does not compute (only outputs it kept from an earlier one needed
   * them) have no entries in it, and keep the counts `recorded` (the run's record) as the
   * re-placement that started the epoch had carried them.
   */
  carryUncomputed(recorded: readonly Readonly<NodeCounts>[]): void {
    if (this.recoveredHere.size === 0) return;
    const needed = neededNodes(this.graph, this.recoveredHere);
    for (const n of this.graph.nodes) {
      if (needed.has(n.name) || this.recoveredHere.has(n.name)) continue;
      const now = this.counts.get(n.name)!;
      this.total -= now.total;
      this.done -= Math.min(now.total, now.succeeded + now.failed + now.cancelled);
      const prior = recorded.find((c) => c.node === n.name);
      const carried = { node: n.name, total: 0, succeeded: 0, failed: 0, retries: 0, cancelled: 0, ...prior, running: 0 };
      this.counts.set(n.name, carried);
      this.total += carried.total;
      this.done += Math.min(carried.total, carried.succeeded + carried.failed + carried.cancelled);
      // Not expanded in this epoch, and not to be: its count is known.
      this.expandable.delete(n.name);
    }
  }

  /** A map or stage node learnt its instance (partition) count. */
  expanded(node: string, count: number, at: number): RunEvent | undefined {
    const n = this.counts.get(node);
    // Only nodes this epoch counts: a node kept from an earlier epoch may be set up again, not run.
    if (!n || !this.expandable.has(node) || this.expandedNodes.has(node)) return undefined;
    this.expandedNodes.add(node);
    n.total += count;
    this.total += count;
    return this.stageSinkDone(node, at);
  }

  /**
   * True when the end of every task of this epoch has been read: every counted map and stage
   * node has said how many tasks it has, and that many ended.
   */
  allTasksRead(): boolean {
    if (this.done < this.total) return false;
    for (const n of this.expandable) if (!this.expandedNodes.has(n)) return false;
    return true;
  }

  /** Adds what a worker reported an edge moved. */
  edgeMoved(e: EdgeTotals): void {
    // Only edges of this graph, with sane counts: a malformed or hostile entry is not accounted.
    const to = this.byName.get(e.to);
    if (!to || !to.deps.includes(e.from)) return;
    if (!sane(e.records) || !sane(e.natsMsgs) || !sane(e.natsBytes) || !sane(e.localRecords) || !sane(e.localBytes)) return;
    const key = `${e.from}->${e.to}`;
    const t = this.edgeTotals.get(key);
    if (!t) {
      this.edgeTotals.set(key, { ...e });
      return;
    }
    t.records += e.records;
    t.natsMsgs += e.natsMsgs;
    t.natsBytes += e.natsBytes;
    t.localRecords += e.localRecords;
    t.localBytes += e.localBytes;
  }

  /** The run's accounting is `edges` and nothing else (the totals of a logged end are the run's). */
  replaceEdges(edges: readonly EdgeTotals[]): void {
    this.edgeTotals.clear();
    for (const e of edges) this.edgeMoved(e);
  }

  /** A stage nobody consumes (a sink stage) is done when all its partitions succeeded: its value is null. */
  private stageSinkDone(node: string, at: number): RunEvent | undefined {
    const n = this.counts.get(node);
    if (!n || !this.stageSinks.has(node) || !this.expandedNodes.has(node) || n.succeeded < n.total) return undefined;
    return this.sinkArrived(node, "null", at);
  }

  /** Some task of the run was logged in `epoch` (a restored run is placed above every such epoch). */
  sawEpoch(epoch: number): void {
    if (epoch > this.latestEpoch) this.latestEpoch = epoch;
  }

  /** A task changed state; returns a run event when the change decides the run. */
  taskChanged(change: TaskChange, at: number): RunEvent | undefined {
    const n = this.counts.get(change.node);
    this.sawEpoch(change.epoch ?? 0);
    // Every attempt cost something, also those of an earlier placement.
    if (n && change.usage) this.usage.add(change.usage);
    if (!n || (change.epoch ?? 0) !== this.epoch) return undefined;
    if ((change.to === "retrying" || change.to === "failed") && this.attemptList.length < MAX_ATTEMPTS_KEPT) {
      const error = change.error ?? { code: "E_USER_CODE", message: change.to, stack: "", terminal: false };
      this.attemptList.push({ taskId: change.taskId, attempt: change.attempt, worker: change.worker, outcome: change.to, error, at });
    }
    if (change.to === "succeeded" && (change.index ?? -1) < 0) this.outputs.set(change.node, change.worker);
    if (change.from === "pending" && change.to === "succeeded" && (change.index ?? -1) < 0) this.recoveredHere.add(change.node);
    if (change.from === "running") n.running--;
    if (change.to === "running") n.running++;
    if (change.to === "retrying") n.retries++;
    // A task reported succeeded and then failed (its value could not be sent) is counted once.
    const wasTerminal = change.from === "succeeded";
    if (isTerminalTaskState(change.to as TaskState) && !wasTerminal) this.done++;
    if (change.from === "succeeded") n.succeeded--;
    if (change.to === "succeeded") n.succeeded++;
    if (change.to === "succeeded") {
      const done = this.stageSinkDone(change.node, at);
      if (done) return done;
    }
    if (change.to === "cancelled" || change.to === "skipped") n.cancelled++;
    if (change.to === "failed") {
      n.failed++;
      const error = change.error ?? { code: "E_USER_CODE", message: "failed", stack: "", terminal: false };
      if (this.failureList.length < MAX_FAILURES_KEPT) {
        this.failureList.push({ taskId: change.taskId, attempt: change.attempt, error, worker: change.worker });
      }
      if (change.absorbed) return undefined;
      return { type: "task.failed", at, taskId: change.taskId, error };
    }
    return undefined;
  }

  /**
   * A task node succeeded on its first attempt (one log entry): what its three changes would do,
   * in one step (test/unit/task-success-log.test.ts compares the two). Its ready and running
   * changes leave no trace once it succeeded (running goes up and down again).
   */
  taskSucceeded(s: TaskSuccess, at: number): RunEvent | undefined {
    const n = this.counts.get(s.node);
    this.sawEpoch(s.epoch);
    if (n) this.usage.add(s.usage);
    if (!n || s.epoch !== this.epoch) return undefined;
    this.outputs.set(s.node, s.worker);
    this.done++;
    n.succeeded++;
    return this.stageSinkDone(s.node, at);
  }

  /**
   * Map instances succeeded on their first attempt (a range of them, see MapSuccesses): as many
   * changes to succeeded (a map instance's success decides nothing of the run by itself).
   */
  mapSucceeded(b: MapSuccesses): undefined {
    const n = this.counts.get(b.node);
    this.sawEpoch(b.epoch);
    const count = Number.isInteger(b.count) && b.count > 0 ? b.count : 0;
    if (!n || count === 0) return undefined;
    this.usage.addMany(b.node, count, b);
    if (b.epoch !== this.epoch) return undefined;
    n.succeeded += count;
    this.done += count;
    return undefined;
  }

  /**
   * The run's deadline passed after `limitMs`: the event that fails it, saying which nodes were
   * still running (usually where a function hangs) and what to do.
   */
  deadlinePassed(limitMs: number, at: number): RunEvent {
    const running = [...this.counts.values()].filter((n) => n.running > 0).map((n) => `"${n.node}" (${n.running} task${n.running === 1 ? "" : "s"})`);
    const where = running.length > 0 ? `still running: ${running.join(", ")}` : `${this.total - this.done} task(s) had not ended`;
    return {
      type: "deadline.passed",
      at,
      error: {
        code: ErrorCode.Timeout,
        message: `the run did not end within its timeout of ${formatDuration(limitMs)}; ${where}. A function that may hang needs a timeoutMs; a longer run needs a longer --timeout.`,
        stack: "",
        terminal: true,
      },
    };
  }

  /** A sink's value arrived; returns the completing event once every sink has one. */
  sinkArrived(node: string, valueJson: string, at: number): RunEvent | undefined {
    if (!this.sinks.includes(node)) return undefined;
    this.sinkValues.set(node, valueJson);
    if (this.sinkValues.size < this.sinks.length) return undefined;
    // One sink: its value is the result. Several: an object keyed by node name.
    const resultJson =
      this.sinks.length === 1
        ? this.sinkValues.get(this.sinks[0]!)!
        : `{${this.sinks.map((s) => `${JSON.stringify(s)}:${this.sinkValues.get(s)!}`).join(",")}}`;
    return { type: "sinks.completed", at, resultJson };
  }
}
