/**
 * What the coordinator knows of one run: its machine, its progress per node (counts, not one
 * record per task, so 100k tasks cost a few counters), the first failures and the sink values.
 * Pure: fed decoded events, it returns the run events to feed its machine.
 */
import { MachineStepper } from "../core/machine-stepper.js";
import { isTerminalRunState, runMachine, type RunEvent, type RunSnapshot, type RunState } from "../core/run.machine.js";
import { ErrorCode, type ErrorInfoLike } from "../errors.js";
import { formatDuration } from "../model/duration.js";
import type { WorkflowGraph } from "../model/graph.js";
import type { EdgeTotals } from "../model/edge-totals.js";
import type { Placement } from "../model/placement.js";

const stepper = new MachineStepper(runMachine);
const MAX_FAILURES_KEPT = 20;

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

const MAX_ATTEMPTS_KEPT = 50;

export interface FailureRecord {
  taskId: string;
  attempt: number;
  error: ErrorInfoLike;
  worker: string;
}

/** A task state change as the tracker needs it. */
export interface TaskChange {
  /** The placement epoch that reported it (default 0); other epochs' events are ignored. */
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
}

export class RunTracker {
  snapshot: RunSnapshot;
  readonly nodes = new Map<string, NodeCounts>();
  readonly failures: FailureRecord[] = [];
  readonly attempts: AttemptRecord[] = [];
  /** Task-like nodes that succeeded in this epoch, and where: their output lives there. */
  readonly doneOn = new Map<string, string>();
  private readonly sinkValues = new Map<string, string>();
  readonly sinks: string[];
  tasksTotal = 0;
  tasksDone = 0;
  /** Log batches seen (a restarted coordinator waits for its replay to go quiet). */
  seen = 0;
  /** The graph's wire form, encoded once per run (StartRun and run records embed it). */
  graphBytes: Uint8Array | undefined;
  /** The KV revision of the run's record as this coordinator last wrote it (compare-and-set). */
  revision = 0;
  /** When the run fails with E_TIMEOUT if it has not ended (ms since the epoch; 0: never). */
  deadlineAt = 0;
  /** Called when the coordinator's own end-of-run marker comes back through the log. */
  onMarker: (() => void) | undefined;
  /** Called (by the coordinator) when a log batch completes allTasksRead(). */
  onAllRead: (() => void) | undefined;
  /** Per edge "from->to": what crossed it. */
  readonly edges = new Map<string, EdgeTotals>();
  private readonly expandedNodes = new Set<string>();
  /** Counted map and stage nodes: their tasks are known once they are expanded. */
  private readonly expandable = new Set<string>();
  private readonly stageSinks: ReadonlySet<string>;

  constructor(
    readonly runId: string,
    readonly graph: WorkflowGraph,
    public placement: Placement,
    readonly bundleHash: string,
    readonly inputJson: string,
    submittedAt: number,
    epoch = 0,
  ) {
    this.snapshot = stepper.initial({ runId, submittedAt, epoch });
    const consumed = new Set(graph.nodes.flatMap((n) => n.deps));
    this.sinks = graph.nodes.filter((n) => !consumed.has(n.name)).map((n) => n.name);
    this.stageSinks = new Set(graph.nodes.filter((n) => n.kind === "stage" && !consumed.has(n.name)).map((n) => n.name));
    this.resetCounts();
  }

  get epoch(): number {
    return this.snapshot.context.epoch;
  }

  /**
   * Counts start over: at creation, and when the run is placed again (a new epoch re-runs its
   * tasks). Then only the `needed` nodes and the `kept` ones (recovered) count anew; a node
   * nothing needs any more was done in an earlier epoch and keeps the counts it ended with.
   */
  resetCounts(needed?: ReadonlySet<string>, kept?: ReadonlySet<string>): void {
    const before = new Map(this.nodes);
    const expandedBefore = new Set(this.expandedNodes);
    this.tasksTotal = 0;
    this.tasksDone = 0;
    this.expandedNodes.clear();
    this.expandable.clear();
    this.sinkValues.clear();
    for (const n of this.graph.nodes) {
      const counted = !needed || needed.has(n.name) || kept?.has(n.name);
      const prior = before.get(n.name);
      if (!counted && prior) {
        const carried = { ...prior, running: 0 };
        this.nodes.set(n.name, carried);
        this.tasksTotal += carried.total;
        this.tasksDone += Math.min(carried.total, carried.succeeded + carried.failed + carried.cancelled);
        if (expandedBefore.has(n.name)) this.expandedNodes.add(n.name); // its count is known: a new expansion is not added
        continue;
      }
      if (counted && (n.kind === "map" || n.kind === "stage")) this.expandable.add(n.name);
      // Map instances and stage partitions are counted when their count is known (expanded).
      const total = !counted || n.kind === "map" || n.kind === "stage" ? 0 : 1;
      this.nodes.set(n.name, { node: n.name, total, succeeded: 0, failed: 0, running: 0, retries: 0, cancelled: 0 });
      this.tasksTotal += total;
    }
  }

  get state(): RunState {
    return this.snapshot.value as RunState;
  }

  get ended(): boolean {
    return isTerminalRunState(this.state);
  }

  /** Feeds the run machine; returns [from, to] when the state changed, undefined when the event does not apply. */
  apply(event: RunEvent): [RunState, RunState] | undefined {
    if (!stepper.accepts(this.snapshot, event)) return undefined; // e.g. a second failure after the first
    const from = this.state;
    this.snapshot = stepper.step(this.snapshot, event);
    return [from, this.state];
  }

  /** A map node learnt its instance count. */
  expanded(node: string, count: number, at: number): RunEvent | undefined {
    const n = this.nodes.get(node);
    // Only nodes this epoch counts: a node kept from an earlier epoch may be set up again, not run.
    if (!n || !this.expandable.has(node) || this.expandedNodes.has(node)) return undefined;
    this.expandedNodes.add(node);
    n.total += count;
    this.tasksTotal += count;
    return this.stageSinkDone(node, at);
  }

  /**
   * True when the end of every task of this epoch has been read: every counted map and stage
   * node has said how many tasks it has, and that many ended.
   */
  allTasksRead(): boolean {
    if (this.tasksDone < this.tasksTotal) return false;
    for (const n of this.expandable) if (!this.expandedNodes.has(n)) return false;
    return true;
  }

  /** Adds what a worker reported an edge moved. */
  edgeMoved(e: EdgeTotals): void {
    // Only edges of this graph, with sane counts: a malformed or hostile entry is not accounted.
    const to = this.nodes.has(e.to) ? this.graph.nodes.find((n) => n.name === e.to) : undefined;
    if (!to || !to.deps.includes(e.from)) return;
    const sane = (x: number) => Number.isFinite(x) && x >= 0 && x < 1e15;
    if (![e.records, e.natsMsgs, e.natsBytes, e.localRecords, e.localBytes].every(sane)) return;
    const key = `${e.from}->${e.to}`;
    const t = this.edges.get(key);
    if (!t) {
      this.edges.set(key, { ...e });
      return;
    }
    t.records += e.records;
    t.natsMsgs += e.natsMsgs;
    t.natsBytes += e.natsBytes;
    t.localRecords += e.localRecords;
    t.localBytes += e.localBytes;
  }

  /** A stage nobody consumes (a sink stage) is done when all its partitions succeeded: its value is null. */
  private stageSinkDone(node: string, at: number): RunEvent | undefined {
    const n = this.nodes.get(node);
    if (!n || !this.stageSinks.has(node) || !this.expandedNodes.has(node) || n.succeeded < n.total) return undefined;
    return this.sinkArrived(node, "null", at);
  }

  /** A task changed state; returns a run event when the change decides the run. */
  taskChanged(change: TaskChange, at: number): RunEvent | undefined {
    const n = this.nodes.get(change.node);
    if (!n || (change.epoch ?? 0) !== this.epoch) return undefined;
    if ((change.to === "retrying" || change.to === "failed") && this.attempts.length < MAX_ATTEMPTS_KEPT) {
      const error = change.error ?? { code: "E_USER_CODE", message: change.to, stack: "", terminal: false };
      this.attempts.push({ taskId: change.taskId, attempt: change.attempt, worker: change.worker, outcome: change.to, error, at });
    }
    if (change.to === "succeeded" && (change.index ?? -1) < 0) this.doneOn.set(change.node, change.worker);
    if (change.from === "running") n.running--;
    if (change.to === "running") n.running++;
    if (change.to === "retrying") n.retries++;
    const terminal = change.to === "succeeded" || change.to === "failed" || change.to === "cancelled" || change.to === "skipped";
    // A task reported succeeded and then failed (its value could not be sent) is counted once.
    const wasTerminal = change.from === "succeeded";
    if (terminal && !wasTerminal) this.tasksDone++;
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
      if (this.failures.length < MAX_FAILURES_KEPT) {
        this.failures.push({ taskId: change.taskId, attempt: change.attempt, error, worker: change.worker });
      }
      if (change.absorbed) return undefined;
      return { type: "task.failed", at, taskId: change.taskId, error };
    }
    return undefined;
  }

  /**
   * The run's deadline passed: the event that fails it, saying which nodes were still running
   * (usually where a function hangs) and what to do.
   */
  deadlinePassed(at: number): RunEvent {
    const limit = this.deadlineAt - this.snapshot.context.submittedAt;
    const running = [...this.nodes.values()].filter((n) => n.running > 0).map((n) => `"${n.node}" (${n.running} task${n.running === 1 ? "" : "s"})`);
    const where = running.length > 0 ? `still running: ${running.join(", ")}` : `${this.tasksTotal - this.tasksDone} task(s) had not ended`;
    return {
      type: "deadline.passed",
      at,
      error: {
        code: ErrorCode.Timeout,
        message: `the run did not end within its timeout of ${formatDuration(limit)}; ${where}. A function that may hang needs a timeoutMs; a longer run needs a longer --timeout.`,
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
