/**
 * The values of task-like nodes (tasks, maps, aggregates, collects) in one run on this worker:
 * a value that is here feeds the consumers placed here (local-first: no round trip to the
 * coordinator), goes once per worker to remote consumers, and to the coordinator when the node
 * is a sink. A failure upstream skips its consumers, which hand the failure on in place of a
 * value.
 */
import type { weft } from "../../gen/weft.js";
import type { Clock } from "../../base/clock.js";
import { estimateBytes } from "../../core/estimate-bytes.js";
import { isUpstreamFailure, skipsOn, upstreamFailure } from "../../../model/upstream-failure.js";
import { ErrorCode, WeftError, toErrorInfo, type ErrorInfoLike } from "../../errors.js";
import type { NodeSpec } from "../../../model/graph.js";
import { assertResultFits, encodeResultJson, encodeValue } from "../../wire/value-codec.js";
import { pb } from "../../wire/protocol.js";
import type { Task } from "../task-record.js";
import type { WorkLabeler } from "../work-labeler.js";
import { asWeftError } from "./as-weft-error.js";
import type { RunOutbox } from "./outbox.js";
import type { TaskTable } from "./tasks.js";
import type { RunValues } from "./values.js";

/** Where a value goes: the workers to send it to, encoded once for all of them. */
interface Recipients {
  readonly remote: readonly number[];
  readonly encoded: Uint8Array | undefined;
}

/** A value whose consumers are all here (a chain's hop): one object for every such hand-over. */
const ALL_HERE: Recipients = { remote: [], encoded: undefined };

export interface ValueFlowOptions {
  readonly values: RunValues;
  readonly tasks: TaskTable;
  readonly outbox: RunOutbox;
  readonly labeler: WorkLabeler;
  readonly clock: Clock;
  /** The largest message the bus carries (a run's result must fit in its log). */
  readonly maxPayload: number;
  /** A direct run's end (docs/express.md, "Leases"): its sink's value, also in the log (no error), or the run failed. Undefined: the coordinator's run. */
  directEnded?: ((error: ErrorInfoLike | undefined, result?: weft.v1.ExpressResult.$Properties) => void) | undefined;
  /** An express run's one sink, whose value also goes in the log for its client (core/express-result.ts); undefined: none. */
  readonly directResult: string | undefined;
  /** Whether the run is stopped: nothing starts any more. */
  stopped(): boolean;
  /** This worker holds the list of map node `node`: split it over the workers. */
  splitMap(node: NodeSpec, list: unknown): void;
  /** A map instance is done with this value (or a failure its consumers take in). */
  mapInstanceDone(task: Task, value: unknown): void;
  /** A task-like value arrived: stages that wait for it (a broadcast) may start. */
  stagesMayStart(): void;
  /** A node failed outside any attempt: the run fails. */
  reportFailure(node: string, err: WeftError): void;
}

export class ValueFlow {
  constructor(private readonly opts: ValueFlowOptions) {}

  /** A node's value is now on this worker: feed local consumers, report sinks. */
  arrived(nodeName: string, value: unknown): void {
    const { values } = this.opts;
    const node = values.hasNode(nodeName) ? values.node(nodeName) : undefined;
    if (!node) throw new WeftError(ErrorCode.Decode, `value for unknown node "${nodeName}"`);
    if (!values.put(nodeName, value)) return; // duplicate delivery
    const consumers = values.consumersOf(nodeName);
    if (consumers.length === 0) this.sendSink(node, value);
    let stages = false;
    for (const c of consumers) {
      if (c.kind === "stage") {
        stages = true;
        continue;
      }
      if (!values.isHere(c) || !values.isNeeded(c.name) || !c.deps.every((d) => values.hasValue(d))) continue;
      const cause = isUpstreamFailure(value) || c.deps.length > 1 ? skipsOn(c, (d) => values.value(d)) : undefined;
      if (cause) this.skip(c, cause);
      else if (c.kind === "map") this.opts.splitMap(c, value);
      else this.readyTaskNode(c);
    }
    if (stages) this.opts.stagesMayStart();
  }

  /**
   * A task node placed here now (it moved here before starting): when its inputs are all here
   * it starts, or is skipped on a failure upstream, as when its last input arrives.
   */
  placedHere(node: NodeSpec): void {
    const { values } = this.opts;
    if (!values.isHere(node) || !values.isNeeded(node.name) || !node.deps.every((d) => values.hasValue(d))) return;
    const cause = skipsOn(node, (d) => values.value(d));
    if (cause) this.skip(node, cause);
    else this.readyTaskNode(node);
  }

  /** A task node with everything it needs (or none): it becomes ready. */
  readyTaskNode(node: NodeSpec): void {
    const { tasks } = this.opts;
    if (this.opts.stopped() || tasks.has(node.name)) return;
    tasks.transition(tasks.newTask(node, -1, undefined, undefined), { type: "deps.met" });
  }

  /** An aggregate or collect node placed here has its whole input. */
  completeGathered(node: NodeSpec, value: unknown): void {
    const { tasks } = this.opts;
    if (this.opts.stopped() || tasks.has(node.name)) return;
    tasks.transition(tasks.newTask(node, -1, value, undefined), { type: "deps.met" });
  }

  /** An attempt returned `value`: the task succeeds and its value is handed on. */
  succeeded(task: Task, value: unknown): void {
    const { tasks, clock } = this.opts;
    const at = clock.now();
    if (task.block) {
      tasks.transition(task, { type: "attempt.succeeded", at });
      this.opts.mapInstanceDone(task, value);
      return;
    }
    let out: Recipients;
    try {
      out = this.encodeForRecipients(task.node, value);
    } catch (err) {
      // A value that cannot reach its consumers fails the attempt; retrying would not help.
      tasks.transition(task, { type: "attempt.failed", at, error: { ...toErrorInfo(err), terminal: true }, draw: 0 });
      return;
    }
    tasks.transition(task, { type: "attempt.succeeded", at });
    this.sendValue(task, value, out);
  }

  /** A recovered output: encoded (it was sent before, so it can be again) and handed on. */
  handOn(task: Task, value: unknown): void {
    try {
      this.sendValue(task, value, this.encodeForRecipients(task.node, value));
    } catch (err) {
      this.opts.reportFailure(task.node.name, asWeftError(err, ErrorCode.NotSerializable));
    }
  }

  /** The failure stands in for the task's value: in its map block's results, or sent on. */
  absorbFailure(task: Task, e: ErrorInfoLike | undefined): void {
    const marker = upstreamFailure(task.node.name, task.id, e?.code ?? "E_USER_CODE", e?.message ?? "failed", false);
    if (task.block) {
      this.opts.mapInstanceDone(task, marker);
      return;
    }
    this.sendValue(task, marker, this.encodeForRecipients(task.node, marker));
  }

  /** A failure upstream skips this node: its consumers learn it in place of its value. */
  private skip(node: NodeSpec, cause: { node: string; code: string; message: string }): void {
    const { tasks } = this.opts;
    if (this.opts.stopped() || tasks.has(node.name)) return;
    const task = tasks.newTask(node, -1, undefined, undefined);
    tasks.transition(task, { type: "deps.failed" });
    const marker = upstreamFailure(node.name, task.id, cause.code, `skipped: "${cause.node}" failed: ${cause.message}`, true);
    this.sendValue(task, marker, this.encodeForRecipients(node, marker));
  }

  /** Every sink value held here goes to the coordinator again (one that took the run up asks). */
  resendSinks(): void {
    const { values } = this.opts;
    for (const node of values.graph.nodes) {
      if (node.kind !== "stage" && values.consumersOf(node.name).length === 0 && values.hasValue(node.name)) this.sendSink(node, values.value(node.name));
    }
  }

  private sendSink(node: NodeSpec, value: unknown): void {
    let sinkValue: { node: string; valueJson?: string; error?: ReturnType<typeof toErrorInfo> };
    try {
      sinkValue = { node: node.name, valueJson: encodeResultJson(value, `node "${node.name}"`) };
    } catch (err) {
      sinkValue = { node: node.name, error: { ...toErrorInfo(err), terminal: true } }; // the coordinator fails the run
    }
    // A failure marker is no result, nor is a stopped run's value: the coordinator ends such a run, and says why.
    const result = node.name === this.opts.directResult && sinkValue.valueJson !== undefined && !isUpstreamFailure(value) && !this.opts.stopped();
    const logged = result ? this.opts.outbox.expressResult(node.name, sinkValue.valueJson!) : undefined;
    // A direct run (no coordinator knows it): its end is told here, not sent to a coordinator.
    if (this.opts.directEnded) return logged ? this.opts.directEnded(undefined, logged) : this.opts.directEnded(sinkFailure(sinkValue.error, value));
    this.opts.outbox.sendToCoordinator({ sinkValue });
  }

  /**
   * Encodes a task node's value for the workers that consume it, once whatever their number
   * (and as JSON when it is part of the run's result). Throws E_NOT_SERIALIZABLE, or
   * E_PAYLOAD_TOO_LARGE for a result too large for the run's log.
   */
  private encodeForRecipients(node: NodeSpec, value: unknown): Recipients {
    const { values } = this.opts;
    const remote = values.remoteRecipientsOf(node);
    const out = remote.length === 0 ? ALL_HERE : { remote, encoded: encodeValue(value, `node "${node.name}"`) };
    if (values.consumersOf(node.name).length === 0) {
      assertResultFits(encodeResultJson(value, `node "${node.name}"`), `the value of node "${node.name}" (part of the run's result)`, this.opts.maxPayload);
    }
    return out;
  }

  /** A task node's value goes once to each worker that consumes it, and in memory to those here. */
  private sendValue(task: Task, value: unknown, out: Recipients): void {
    // A hop to task nodes here only readies them (their attempts are queued, not run now): too
    // short to block the loop, so not labelled for the watchdog (a label and its encoding a hop).
    if (out.remote.length === 0 && this.onlyTasksConsume(task.node.name)) return this.handValueOn(task, value, out);
    // Handing on may split a map node's list, start stages or send the value: weft's work, not the task's.
    this.opts.labeler.engineWork(`handing on the value of ${task.id} in run ${this.opts.values.runId}`, () => this.handValueOn(task, value, out));
  }

  /** Whether `node` has consumers and every one is a task node (no map to split, no stage, not a sink). */
  private onlyTasksConsume(node: string): boolean {
    const consumers = this.opts.values.consumersOf(node);
    if (consumers.length === 0) return false;
    for (const c of consumers) if (c.kind !== "task") return false;
    return true;
  }

  private handValueOn(task: Task, value: unknown, out: Recipients): void {
    const { values, outbox } = this.opts;
    const consumers = values.consumersOf(task.node.name);
    for (const w of out.remote) {
      const to = consumers.find((c) => c.kind === "stage" || values.placement.nodeWorker[c.name] === w)?.name ?? "";
      const nodeValue = { node: task.node.name, value: out.encoded!, encoding: pb.ValueEncoding.VALUE_ENCODING_V8 };
      outbox.send(w, { nodeValue }, { from: task.node.name, to, records: 1 });
    }
    for (const c of consumers) {
      if (c.kind === "stage" || values.isHere(c)) outbox.account(task.node.name, c.name, { localRecords: 1, localBytes: estimateBytes(value) });
    }
    this.arrived(task.node.name, value);
  }
}

/** Why a direct run's sink gives no result: its value could not be encoded, a failure upstream reached it, or the run stopped. */
function sinkFailure(error: ErrorInfoLike | undefined, value: unknown): ErrorInfoLike {
  if (error) return error;
  if (isUpstreamFailure(value)) return { code: value.code, message: `task ${value.taskId} failed: ${value.message}`, stack: "", terminal: true };
  return { code: ErrorCode.Cancelled, message: "the run stopped before its result", stack: "", terminal: true };
}
