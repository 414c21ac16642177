/**
 * The weft SDK: declare a workflow as a graph of typed functions. Everything a workflow author
 * uses, and nothing the engine needs internally (that is in model/ and `weft-engine/internal`).
 */
export { workflow, isWorkflow } from "./workflow.js";
export type { WorkflowBuilder, WorkflowOptions, Workflow, Combiner, EndNodes, ResultOfEnds, InputOf, ResultOf } from "./workflow.js";
export type { Collection, Keyed, StageContext, StageOptions, SourceOptions, KeyedOptions, AggregateOptions, FanIn, PartitionCount, RecordsOf } from "./collection.js";
export type { NodeRef, NodeOptions, RetryOptions, TaskContext, TaskLogger, TaskObjects, OutputOf, OutputsOf, FailurePolicy } from "./types.js";
export type { CronTick, ObjectPut, RowChange, TriggerBatch, TriggerEventOf, TriggerInfo, TriggerKind, TriggerSpec } from "../model/trigger.js";
export { isUpstreamFailure, type UpstreamFailure } from "../model/upstream-failure.js";
export { TerminalError } from "../model/errors.js";
export { stream, tumbling, sliding, session, jetstream, mqtt, postgres, generator, toJetStream, toObjects, toPostgres, toWebhook, toFunction } from "./stream.js";
export type { DataStream, KeyedStream, WindowedStream, WindowResults, StreamBuilder, DeadLetter, Duration, SourceOf, SinkOf } from "./stream.js";
export type { StreamWorkflow, WindowResult, WindowSpec, StreamSinkContext, RowChangeRecord } from "./stream.js";
