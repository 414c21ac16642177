/**
 * Builds the parts of one run on this worker and joins them along their ports: values, task
 * table, outbox, inbox, attempts, the value flow, the map flow and the stage flow. What the
 * parts need of the run as a whole (is it stopped, cancel it, report a failure) comes in as
 * `RunControl`, which the run executor implements.
 */
import type { weft } from "../../gen/weft.js";
import { failureAbsorbed } from "../../../model/upstream-failure.js";
import { ErrorCode, WeftError, type ErrorInfoLike } from "../../errors.js";
import type { NodeSpec } from "../../../model/graph.js";
import { MapFlow } from "../map-flow.js";
import type { Range } from "../../core/map-ranges.js";
import { StageFlow } from "../stages/stage-flow.js";
import type { WorkerServices } from "../worker-services.js";
import { asWeftError } from "./as-weft-error.js";
import { AttemptRunner } from "./attempts.js";
import { RunInbox } from "./inbox.js";
import { RunOutbox } from "./outbox.js";
import { TaskTable } from "./tasks.js";
import { ValueFlow } from "./value-flow.js";
import { directResultNode } from "../../core/express-result.js";
import { RunValues, type RunAssignment } from "./values.js";
import { CpuTurn } from "../cpu-turn.js";
import { NodeMoves, type Told } from "./node-moves.js";

/** The run as a whole, as its parts see it. */
export interface RunControl {
  readonly stopped: boolean;
  /** Why the run is being cancelled (what a cancelled attempt's signal says), once it is. */
  readonly cancelError: WeftError | undefined;
  cancel(reason: string): void;
  /** A node failed outside any attempt: the run fails. */
  reportFailure(node: string, err: WeftError): void;
  /** A direct run ended here (docs/express.md, "Leases"): with `error`, it failed; else `result` is its sink's value. */
  directEnded(error: ErrorInfoLike | undefined, result?: weft.v1.ExpressResult.$Properties): void;
}

export interface RunParts {
  readonly values: RunValues;
  readonly tasks: TaskTable;
  readonly outbox: RunOutbox;
  readonly inbox: RunInbox;
  readonly flow: ValueFlow;
  readonly stages: StageFlow;
  readonly maps: MapFlow;
  /** Task nodes moving to other workers of the epoch, or here, before they start. */
  readonly moves: NodeMoves;
  /** The run's lane of the worker's slots (closed when the run is over here). */
  readonly lane: { close(): void };
  /** Its attempts (their slow-attempt watch is stopped when the run is over here). */
  readonly attempts: { stop(): void };
}

export function buildRunParts(services: WorkerServices, run: RunAssignment, control: RunControl): RunParts {
  const { clock, random, labeler } = services;
  // The run's own lane of the worker's slots: owners, then their runs, take free slots in turn.
  const pool = services.pool.lane(run.placement.nodeMemory, run.owner);
  const say = services.diagnostics ?? ((line: string) => void process.stderr.write(line + "\n"));
  const stopped = () => control.stopped;
  const fail = (node: string, err: unknown) => control.reportFailure(node, asWeftError(err));
  const values = new RunValues(run, services.name);
  const outbox = new RunOutbox(services, {
    runId: run.runId,
    owner: run.owner,
    epoch: run.epoch,
    workerName: (i) => values.workerName(i),
    undeliverable: (node, err) => control.reportFailure(node, err),
    stopped,
  });
  const tasks = new TaskTable({
    worker: services.name,
    epoch: run.epoch,
    pool,
    clock,
    log: outbox,
    strict: services.strictTransitions,
    diagnostics: say,
    observer: services.observeRun?.(run.runId, run.graph.name),
    effects: {
      runAttempt: (task) => attempts.runAttempt(task),
      abortAttempt: (task) => task.controller?.abort(control.cancelError ?? new WeftError(ErrorCode.Cancelled, `run ${run.runId} was cancelled`)),
      failRun: (task, cause) => {
        // The coordinator fails the run and cancels everywhere; stop here at once. A direct run has no coordinator: its end is told here.
        if (run.direct) control.directEnded({ code: cause?.code ?? ErrorCode.UserCode, message: `task ${task.id} failed: ${cause?.message ?? "failed"}`, stack: cause?.stack ?? "", terminal: true });
        void outbox.flush();
        control.cancel(`task ${task.id} failed`);
      },
      absorbFailure: (task, cause) => flow.absorbFailure(task, cause),
      absorbsFailure: (node) => failureAbsorbed(node.name, values.consumersOf(node.name)),
    },
  });
  const attempts = new AttemptRunner(services, {
    values,
    tasks,
    userLog: (task, level, message) => {
      tasks.logHeldChanges(task); // its running comes before what it says
      outbox.userLog(task, level, message);
    },
    succeeded: (task, value) => flow.succeeded(task, value),
    stopped,
  });
  const runPort = {
    get stopped() {
      return control.stopped;
    },
    fail,
    completeGathered: (node: NodeSpec, value: unknown) => flow.completeGathered(node, value),
    gathered: (node: string, list: unknown[]) => flow.arrived(node, list),
  };
  // The run's partitions take turns at the thread (cpu-turn.ts); other runs' do not wait for them.
  const stages = new StageFlow({ values, tasks, outbox, attempts, run: runPort, pool, cpu: new CpuTurn(), clock, random, labeler, carried: run.stageCarry });
  const maps = new MapFlow({ values, tasks, outbox, pool, clock, labeler, run: runPort });
  if (run.gathers) maps.seed(run.gathers, (node) => values.hasNode(node) && run.done.includes(values.node(node).deps[0] ?? ""));
  const flow: ValueFlow = new ValueFlow({
    values,
    tasks,
    outbox,
    labeler,
    clock,
    maxPayload: services.bus.maxPayload,
    directResult: run.express ? directResultNode(run.graph) : undefined,
    directEnded: run.direct ? (error, result) => control.directEnded(error, result) : undefined,
    stopped,
    splitMap: (node, list) => maps.split(node, list),
    mapInstanceDone: (task, value) => maps.instanceDone(task, value),
    stagesMayStart: () => stages.valueArrived(),
    reportFailure: (node, err) => control.reportFailure(node, err),
  });
  const moves = new NodeMoves({ values, outbox, stopped, consider: (node) => flow.placedHere(node) });
  const handlers = {
    nodeValue: (node: string, value: unknown) => {
      flow.arrived(node, value);
      moves.arrived(node, value); // an input of a node given away goes on to its host
    },
    mapItems: (node: NodeSpec, start: number, total: number, items: unknown[]) => maps.startBlock(node, start, total, items),
    mapResults: (node: string, start: number, total: number, results: unknown[]) => maps.results(node, start, total, results),
    keptMapResults: (node: string, from: number, total: number, ranges: Range[], results: unknown[]) => maps.keptFrom(node, from, total, ranges, results),
    stageData: (message: Parameters<StageFlow["receive"]>[0]) => stages.receive(message),
    nodesMoved: (told: Told) => moves.told(told),
    nodesMovedSeen: (id: number, from: string) => moves.seen(id, from),
    failed: fail,
  };
  const inbox = new RunInbox(values, run.epoch, stopped, labeler, handlers, (line) => say(`weft worker ${services.name}: ${line}`));
  return { values, tasks, outbox, inbox, flow, stages, maps, moves, lane: pool, attempts };
}
