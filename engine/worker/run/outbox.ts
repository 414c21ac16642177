/**
 * What one run sends from this worker: its log (through the LogBatcher it owns: task changes,
 * user log lines, edge accounting summed per batch) and its data (to other workers and to the
 * coordinator), always after the log entries that led to it: whoever acts on data must not see
 * its effects before its causes.
 */
import { ErrorCode, WeftError } from "../../errors.js";
import type { weft } from "../../gen/weft.js";
import { subjects } from "../../subjects.js";
import { sendData } from "../../wire/data-channel.js";
import { encodeMessage, pb } from "../../wire/protocol.js";
import { taskSucceededEntry } from "../../wire/task-succeeded.js";
import type { AttemptFigures } from "../attempt-meter.js";
import { LogBatcher } from "../log-batcher.js";
import type { StageOutbox } from "../stages/ports.js";
import type { EdgeDelta, QuietChange, Task } from "../task-record.js";
import type { WorkerServices } from "../worker-services.js";
import type { TaskLog } from "./tasks.js";

/** What the outbox uses of the worker: its name, bus, log publisher and clock. */
export type OutboxServices = Pick<WorkerServices, "name" | "bus" | "publisher" | "clock" | "diagnostics">;

/** What the outbox uses of the run. */
export interface RunOutboxOptions {
  readonly runId: string;
  /** The run's owner ("" for none). */
  readonly owner: string;
  readonly epoch: number;
  /** The name of worker `index` of the run. */
  workerName(index: number): string;
  /** Data of `node` could not be delivered for good (called unless the run is stopped). */
  undeliverable(node: string, err: WeftError): void;
  /** Whether the run is stopped (a failed delivery then fails nothing). */
  stopped(): boolean;
}

export class RunOutbox implements StageOutbox, TaskLog {
  private readonly log: LogBatcher;
  private readonly edges = new Map<string, Required<EdgeDelta> & { from: string; to: string }>();
  private readonly flushHooks: (() => void)[] = [];
  private readonly entryHooks: (() => void)[] = [];
  /** Deliveries not acknowledged yet, per receiving worker (by name). */
  private readonly inFlight = new Map<string, Set<Promise<unknown>>>();
  /** Runs once, before the first data goes out (beforeFirstData). */
  private firstData: (() => void) | undefined;

  constructor(
    private readonly services: OutboxServices,
    private readonly opts: RunOutboxOptions,
  ) {
    this.log = new LogBatcher(services.publisher, opts.runId, opts.owner, services.name, () => this.beforeBatch(), services.clock);
  }

  /** Adds a log entry to the next batch. */
  add(entry: weft.v1.LogEntry.$Properties, sizeEstimate?: number): void {
    this.log.add(entry, sizeEstimate);
  }

  touch(): void {
    this.log.touch();
  }

  beforeFlush(hook: () => void): void {
    this.flushHooks.push(hook);
  }

  beforeEntry(hook: () => void): void {
    this.entryHooks.push(hook);
  }

  mapSucceeded(task: Task, atMs: number, durationMs: number, usage: AttemptFigures | undefined): void {
    this.log.mapSucceeded(task.node.name, this.services.name, this.opts.epoch, task.index, atMs, durationMs, usage);
  }

  taskSucceeded(task: Task, ready: QuietChange, running: QuietChange, atMs: number, usage: AttemptFigures | undefined): void {
    this.log.add(
      taskSucceededEntry({
        node: task.node.name,
        worker: this.services.name,
        epoch: this.opts.epoch,
        pendingMs: ready.durationMs,
        readyAtMs: ready.atMs,
        runningAtMs: running.atMs,
        atMs,
        usage,
      }),
    );
  }

  /** Sends what is pending; resolves when the whole log so far is stored. */
  flush(): Promise<void> {
    return this.log.flush();
  }

  logExpanded(node: string, count: number): void {
    this.beforeOwnEntry();
    this.log.add({ expanded: { node, count, atMs: this.services.clock.now() } });
  }

  /** A line the user's function logged (cut to 64 KiB). */
  userLog(task: Task, level: string, message: string): void {
    const text = message.slice(0, 64 * 1024);
    this.beforeOwnEntry();
    this.log.add({ log: { taskId: task.id, worker: this.services.name, level, message: text, atMs: this.services.clock.now() } }, 64 + text.length);
  }

  /**
   * Counts what an edge moved; the sums go out with the next log batch (one entry per edge per
   * batch, not one per hand-over), and the coordinator adds them up per run.
   */
  account(from: string, to: string, d: EdgeDelta): void {
    const key = `${from}->${to}`;
    let e = this.edges.get(key);
    if (!e) this.edges.set(key, (e = { from, to, records: 0, natsMsgs: 0, natsBytes: 0, localRecords: 0, localBytes: 0 }));
    e.records += d.records ?? 0;
    e.natsMsgs += d.natsMsgs ?? 0;
    e.natsBytes += d.natsBytes ?? 0;
    e.localRecords += d.localRecords ?? 0;
    e.localBytes += d.localBytes ?? 0;
    this.log.touch();
  }

  send(worker: number, body: Omit<weft.v1.DataMessage.$Properties, "runId">, edge?: { from: string; to: string; records: number }): void {
    const name = this.opts.workerName(worker);
    this.inFlightTo(name, this.deliver(subjects.workerData(name, this.services.name), body, `worker ${name}`, edge));
  }

  /**
   * Sends what the sender can take back if its receiver has left: `gone` runs when nobody
   * listens on the worker's subject (nothing was delivered). Counted in `sending` until then,
   * so a worker that drains waits to know whether it is given back.
   */
  sendOrTakeBack(worker: number, body: Omit<weft.v1.DataMessage.$Properties, "runId">, gone: () => void, edge?: { from: string; to: string; records: number }): void {
    const name = this.opts.workerName(worker);
    this.inFlightTo(name, this.deliver(subjects.workerData(name, this.services.name), body, `worker ${name}`, edge, undefined, gone));
  }

  private inFlightTo(name: string, sent: Promise<void>): void {
    let set = this.inFlight.get(name);
    if (!set) this.inFlight.set(name, (set = new Set()));
    set.add(sent);
    void sent.finally(() => set.delete(sent));
  }

  /** Resolves once everything sent so far to worker `worker` has arrived there (or failed for good). */
  async settledTo(worker: number): Promise<void> {
    await Promise.allSettled([...(this.inFlight.get(this.opts.workerName(worker)) ?? [])]);
  }

  /** Deliveries to other workers not acknowledged yet (a worker that drains waits for them). */
  get sending(): number {
    let n = 0;
    for (const set of this.inFlight.values()) n += set.size;
    return n;
  }

  /**
   * An express run's result, in the log batch that goes out just before the sink value
   * (sendToCoordinator): its client, told by the coordinator that this worker answers it, ends
   * its wait here instead of one hop later on the coordinator's end.
   */
  expressResult(node: string, valueJson: string): weft.v1.ExpressResult.$Properties {
    const result = { node, valueJson, atMs: this.services.clock.now(), epoch: this.opts.epoch };
    this.log.add({ result }, 64 + valueJson.length);
    return result;
  }

  /** `hook` runs once, just before the first data of the run goes out from here. */
  beforeFirstData(hook: () => void): void {
    this.firstData = hook;
  }

  /** Sends data to the coordinator (a sink's value). */
  sendToCoordinator(body: Omit<weft.v1.DataMessage.$Properties, "runId">): void {
    // Undelivered for long, it fails nothing: the value stays here, and a coordinator that
    // takes the run up asks for it again (a resync).
    void this.deliver(subjects.coordinatorData(this.services.name), body, "the coordinator", undefined, (err) => {
      const say = this.services.diagnostics ?? ((line: string) => process.stderr.write(line + "\n"));
      say(`weft worker ${this.services.name}: run ${this.opts.runId}: ${err.message}; kept until a coordinator asks for it again`);
    });
  }

  /**
   * Sends data reliably, after the log entries that led to it. A delivery that fails for good
   * fails the run, saying where it could not go.
   */
  private deliver(
    subject: string,
    body: Omit<weft.v1.DataMessage.$Properties, "runId">,
    to: string,
    edge?: { from: string; to: string; records: number },
    undelivered: (err: WeftError, node: string) => void = (err, node) => this.opts.undeliverable(node, err),
    gone?: () => void,
  ): Promise<void> {
    const { bus } = this.services;
    const first = this.firstData;
    this.firstData = undefined;
    first?.();
    const message = encodeMessage(pb.DataMessage, { runId: this.opts.runId, epoch: this.opts.epoch, ...body });
    const chunks = Math.max(1, Math.ceil(message.length / (bus.maxPayload - 4096)));
    // Accounted before it is sent, so the account is in the log before the data's effects.
    if (edge) this.account(edge.from, edge.to, { records: edge.records, natsMsgs: chunks, natsBytes: message.length });
    // The log batch goes out first on the same connection (its ack is not awaited: that would
    // put a JetStream round trip on every hop), so its events reach the stream before the
    // data's effects do.
    void this.log.flush();
    return sendData(bus, subject, this.services.name, message, { goneIfNobody: gone !== undefined }).then(
      () => {},
      (err: unknown) => {
        if (this.opts.stopped()) return;
        if (gone && (err as { code?: string }).code === ErrorCode.NoResponders) return gone();
        const node = edge?.from ?? body.nodeValue?.node ?? body.mapItems?.node ?? body.mapResults?.node ?? body.sinkValue?.node ?? "";
        undelivered(new WeftError(ErrorCode.Infrastructure, `could not send data of node "${node}" to ${to}: ${(err as Error).message}`), node);
      },
    );
  }

  /** An entry not from the task table is about to be logged: what the table holds back goes first. */
  private beforeOwnEntry(): void {
    for (const hook of this.entryHooks) hook();
  }

  /** What goes into each batch last: changes held back until now (their hooks add them), then the edge accounting. */
  private beforeBatch(): weft.v1.LogEntry.$Properties[] {
    for (const hook of this.flushHooks) hook();
    return this.drainEdges();
  }

  private drainEdges(): weft.v1.LogEntry.$Properties[] {
    if (this.edges.size === 0) return [];
    const out = [...this.edges.values()].map((edge) => ({ edge }));
    this.edges.clear();
    return out;
  }
}
