/**
 * The engine's internal barrel (`import { ... } from "weft-engine/internal"`): the public engine plus
 * the pieces tests and the bench put together themselves (wire codecs, the run store, the
 * run log stream, worker spawning). UNSTABLE: anything here may change or go in any release,
 * without notice; applications use "weft-engine", "weft-engine/client" and "weft-engine/engine".
 */
export * from "./index.js";

// The shared model, as the engine sees it.
export { DEFAULT_RETRY, type EdgeRouting, type FailurePolicy, type NodeKind, type StageOp, type InputShape } from "../model/graph.js";
export { TASK_STATES, RUN_STATES, isTerminalTaskState, isTerminalRunState, type TaskState, type RunState } from "../model/status.js";
export { isWorkflow, WORKFLOW_BRAND, type Workflow, type NodeImpl, type Combiner } from "../model/workflow.js";
export { TerminalError, toErrorInfo, exitCodeFor, type ErrorInfoLike } from "./errors.js";
export type { EdgeTotals } from "./model/edge-totals.js";
export { newRunId } from "./model/run-id.js";
export { parseDuration, formatDuration } from "./model/duration.js";

// Bus and infrastructure.
export type { BusStatus, BucketOptions, KvEntry } from "./bus/bus.js";
export type { NatsAuth, NatsBusOptions, PermissionDenial } from "./bus/nats-bus.js";
export { ensureRunLogStream } from "./bus/run-log-stream.js";
export { DurablePublisher } from "./bus/durable-publisher.js";
export type { NatsServerOptions } from "./infra/nats-server-process.js";

// The wire.
export {
  pb,
  encodeMessage,
  decodeMessage,
  graphToWire,
  graphFromWire,
  graphFromBytes,
  placementToWire,
  placementFromWire,
  edgeFromWire,
  errorFromWire,
} from "./wire/protocol.js";
export { sendData, receiveData, type DataMessage, type DeliveryOptions } from "./wire/data-channel.js";

// The client, beyond what the public barrel shows.
export { requestRun, cancelInterrupted, submitFollowed, type RunOptions, type LogEntry, type FollowHandle } from "./client/run-client.js";
export { ExpressStates, followExpress, type ExpressFollow } from "./client/express-follow.js";
export { RunEnds, type EndWait } from "./client/run-ends.js";
export { spawnWorker, stopChild, cliCommand, MAX_LOCAL_WORKERS } from "./client/local-stack.js";
export { WorkerAutoscaler, type AutoscalerOptions } from "./client/worker-autoscaler.js";

// Runs at rest and plans.
export { openBundles } from "./bundle/bundle-store.js";
export { writeRunRecord, putRunRecord, withdrawRunRecord, encodeRunRecord, runRecordRevision, type RunRecord } from "./coordinator/run-store.js";
export { isChainable, stageLayouts, workerName, byWorkerName, ALL_WORKERS, type PlacementStrategy, type PlanOptions, type CrossingEdge, type StageLayout } from "./plan/placement.js";

// Deployments and triggers.
export { DeploymentStore, versionOf, type Deployment } from "./deploy/deployment-store.js";
export { deployWorkflow, type DeployOptions } from "./deploy/deploy-workflow.js";
export { invokeDeployment, invokeVersion, deploymentNamed, type InvokeOptions } from "./client/invoke.js";
export { TriggerEvents, eventRunId, triggerKey, type TriggerEvent, type EventOutcome } from "./triggers/trigger-event.js";
