/**
 * The engine's public barrel (`import { ... } from "weft-engine/engine"`): embed a coordinator or a
 * worker, connect a bus, plan placements, submit and follow runs from code.
 */
export type { Bus, BusMessage, BusSubscription, KvBucket, ObjectBucket, BusStats } from "./bus/bus.js";
export { connectNatsBus } from "./bus/nats-bus.js";
export { MemoryBroker, connectMemoryBus } from "./bus/memory-bus.js";
export { Coordinator, type CoordinatorOptions } from "./coordinator/coordinator.js";
export { Worker, type WorkerOptions } from "./worker/worker.js";
export { NatsServerProcess } from "./infra/nats-server-process.js";
export { startLocalStack, type LocalStack, type LocalStackOptions } from "./client/local-stack.js";
export { prepareWorkflow, type PreparedWorkflow } from "./client/prepare-workflow.js";
export { submitRun, cancelRun, followRun } from "./client/run-client.js";
export { readRunRecord, listRunRecords } from "./coordinator/run-store.js";
export { planPlacement, crossingEdges } from "./plan/placement.js";
export { formatPlan } from "./plan/format-plan.js";
export { validateGraph } from "./plan/validate-graph.js";
export { subjects, parseSubject, streams, buckets } from "./subjects.js";
export { WeftError, ErrorCode, ExitCode } from "./errors.js";
export type { WorkflowGraph, NodeSpec, RetrySpec } from "../model/graph.js";
export type { Placement, WorkerInfo } from "./model/placement.js";
