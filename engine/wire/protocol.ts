/**
 * The generated protobuf types (engine/gen, from proto/weft.proto) and the conversions
 * between them and the engine's plain types. Decoding never throws at callers: bytes that
 * do not decode are reported once and dropped.
 */
import protobuf from "protobufjs/minimal.js";
import { weft } from "../gen/weft.js";
import { ErrorCode, WeftError, type ErrorInfoLike } from "../errors.js";
import { DEFAULT_RETRY, type EdgeRouting, type FailurePolicy, type NodeKind, type NodeSpec, type StageOp, type WorkflowGraph } from "../../model/graph.js";
import type { EdgeTotals } from "../model/edge-totals.js";
import type { Placement } from "../model/placement.js";

export const pb = weft.v1;

interface MessageType<T> {
  encode(message: T, writer?: protobuf.Writer): protobuf.Writer;
  decode(reader: protobuf.Reader | Uint8Array): T;
  readonly name?: string;
}

/** Encodes one message to bytes. */
export function encodeMessage<T>(type: MessageType<T>, message: T): Uint8Array {
  return type.encode(message).finish();
}

/**
 * Decodes bytes, or returns undefined and calls `onBad` with a one-line reason when they are
 * not a valid message of that type (truncated, random bytes, another message type).
 */
export function decodeMessage<D>(
  type: { decode(reader: Uint8Array): D; readonly name?: string },
  data: Uint8Array,
  onBad: (reason: string) => void,
): D | undefined {
  try {
    return type.decode(data);
  } catch (err) {
    onBad(`cannot decode ${data.length} bytes as ${type.name ?? "message"}: ${(err as Error).message}`);
    return undefined;
  }
}

const KIND_TO_PB = {
  task: pb.NodeKind.NODE_KIND_TASK,
  map: pb.NodeKind.NODE_KIND_MAP,
  stage: pb.NodeKind.NODE_KIND_STAGE,
  aggregate: pb.NodeKind.NODE_KIND_AGGREGATE,
  collect: pb.NodeKind.NODE_KIND_COLLECT,
} as const;
const KIND_FROM_PB = new Map<number, NodeKind>(Object.entries(KIND_TO_PB).map(([k, v]) => [v, k as NodeKind]));
const ROUTING_TO_PB = {
  value: pb.EdgeRouting.EDGE_ROUTING_VALUE,
  forward: pb.EdgeRouting.EDGE_ROUTING_FORWARD,
  shuffle: pb.EdgeRouting.EDGE_ROUTING_SHUFFLE,
  gather: pb.EdgeRouting.EDGE_ROUTING_GATHER,
  aggregate: pb.EdgeRouting.EDGE_ROUTING_AGGREGATE,
  broadcast: pb.EdgeRouting.EDGE_ROUTING_BROADCAST,
} as const;
const ROUTING_FROM_PB = new Map<number, EdgeRouting>(Object.entries(ROUTING_TO_PB).map(([k, v]) => [v, k as EdgeRouting]));
const STAGE_OPS: ReadonlySet<string> = new Set(["source", "map", "flatMap", "filter", "keyed", "sink"]);
const SHAPE_TO_PB = {
  none: pb.InputShape.INPUT_SHAPE_NONE,
  single: pb.InputShape.INPUT_SHAPE_SINGLE,
  tuple: pb.InputShape.INPUT_SHAPE_TUPLE,
} as const;

/** WorkflowGraph -> its protobuf form. */
export function graphToWire(graph: WorkflowGraph): weft.v1.WorkflowGraph.$Properties {
  return {
    name: graph.name,
    ...(graph.durability ? { durability: graph.durability } : {}),
    nodes: graph.nodes.map((n) => ({
      name: n.name,
      kind: KIND_TO_PB[n.kind],
      deps: n.deps,
      inputShape: SHAPE_TO_PB[n.inputShape],
      retry: n.retry,
      timeoutMs: n.timeoutMs,
      hasInit: n.hasInit,
      sizeHint: n.sizeHint,
      op: n.op,
      partitions: n.partitions,
      partitionsFromInput: n.partitionsFromInput,
      routing: n.routing.map((r) => ROUTING_TO_PB[r]),
      onFailure: n.onFailure ?? [],
      isolate: n.isolate ?? false,
      memoryLimitMb: n.memoryLimitMb ?? 0,
      fanin: n.fanin ?? 0,
      faninFromInput: n.faninFromInput ?? false,
    })),
  };
}

/** The protobuf form -> WorkflowGraph (unknown enum values become errors at validation). */
export function graphFromWire(wire: weft.v1.WorkflowGraph.$Properties | null | undefined): WorkflowGraph {
  const nodes: NodeSpec[] = (wire?.nodes ?? []).map((n) => ({
    name: n.name ?? "",
    // An unknown kind stays visible as such and fails validation with the node's name.
    kind: KIND_FROM_PB.get(n.kind ?? 0) ?? (`unknown(${n.kind})` as NodeKind),
    deps: [...(n.deps ?? [])],
    inputShape:
      n.inputShape === pb.InputShape.INPUT_SHAPE_TUPLE ? "tuple" : n.inputShape === pb.InputShape.INPUT_SHAPE_SINGLE ? "single" : "none",
    retry: {
      maxAttempts: n.retry?.maxAttempts ?? DEFAULT_RETRY.maxAttempts,
      backoffMs: n.retry?.backoffMs ?? DEFAULT_RETRY.backoffMs,
      backoffFactor: n.retry?.backoffFactor ?? DEFAULT_RETRY.backoffFactor,
      maxBackoffMs: n.retry?.maxBackoffMs ?? DEFAULT_RETRY.maxBackoffMs,
      jitter: n.retry?.jitter ?? DEFAULT_RETRY.jitter,
    },
    timeoutMs: n.timeoutMs ?? 0,
    hasInit: n.hasInit ?? false,
    sizeHint: n.sizeHint ?? 0,
    op: STAGE_OPS.has(n.op ?? "") ? (n.op as StageOp) : "",
    partitions: n.partitions ?? 0,
    partitionsFromInput: n.partitionsFromInput ?? false,
    // Missing entries (an older sender) mean whole values, as before stages existed.
    routing: (n.deps ?? []).map((_, i) => ROUTING_FROM_PB.get(n.routing?.[i] ?? 0) ?? "value"),
    ...(n.onFailure?.length
      ? { onFailure: (n.deps ?? []).map((_, i) => (n.onFailure?.[i] === "skip" || n.onFailure?.[i] === "value" ? n.onFailure[i] : "fail") as FailurePolicy) }
      : {}),
    ...(n.isolate ? { isolate: true } : {}),
    ...(n.memoryLimitMb ? { memoryLimitMb: n.memoryLimitMb } : {}),
    ...(n.fanin ? { fanin: n.fanin } : {}),
    ...(n.faninFromInput ? { faninFromInput: true } : {}),
  }));
  return { name: wire?.name ?? "", nodes, ...(wire?.durability === "express" ? { durability: "express" as const } : {}) };
}

export function placementToWire(p: Placement): weft.v1.Placement.$Properties {
  return {
    workers: p.workers,
    nodeWorker: p.nodeWorker,
    mapWeights: p.mapWeights,
    strategy: p.strategy,
    nodeMemoryBytes: p.nodeMemory ?? {},
    stageBaseWorkers: p.stageBase?.workers ?? [],
    stageBaseWeights: p.stageBase?.weights ?? [],
  };
}

export function placementFromWire(wire: weft.v1.Placement.$Properties | null | undefined): Placement {
  return {
    workers: [...(wire?.workers ?? [])],
    nodeWorker: { ...(wire?.nodeWorker ?? {}) },
    mapWeights: [...(wire?.mapWeights ?? [])],
    strategy: wire?.strategy === "round-robin" ? "round-robin" : "locality",
    ...(wire?.nodeMemoryBytes && Object.keys(wire.nodeMemoryBytes).length > 0 ? { nodeMemory: { ...wire.nodeMemoryBytes } } : {}),
    ...(wire?.stageBaseWorkers && wire.stageBaseWorkers.length > 0
      ? { stageBase: { workers: [...wire.stageBaseWorkers], weights: [...(wire.stageBaseWeights ?? [])] } }
      : {}),
  };
}

/**
 * A placement from its encoded bytes (as StartRun carries them), frozen: a worker shares it
 * between the runs that bring the same bytes (a run that moves nodes makes a new one). Throws E_DECODE.
 */
export function placementFromBytes(bytes: Uint8Array): Placement {
  const wire = decodeMessage(pb.Placement, bytes, () => {});
  if (!wire) throw new WeftError(ErrorCode.Decode, "a placement does not decode as weft.v1.Placement");
  const p = placementFromWire(wire);
  const parts = [p.workers, p.nodeWorker, p.mapWeights, p.nodeMemory, p.stageBase?.workers, p.stageBase?.weights, p.stageBase];
  for (const part of parts) if (part) Object.freeze(part);
  return Object.freeze(p);
}

/** A graph from its encoded bytes (as StartRun and submissions embed them); throws E_DECODE. */
export function graphFromBytes(bytes: Uint8Array): WorkflowGraph {
  const wire = decodeMessage(pb.WorkflowGraph, bytes, () => {});
  if (!wire) throw new WeftError(ErrorCode.Decode, "a graph does not decode as weft.v1.WorkflowGraph");
  return graphFromWire(wire);
}

/** An edge's accounting as it comes off the wire (absent numbers are 0). */
export function edgeFromWire(e: weft.v1.EdgeStats.$Properties): EdgeTotals {
  return {
    from: e.from ?? "",
    to: e.to ?? "",
    records: e.records ?? 0,
    natsMsgs: e.natsMsgs ?? 0,
    natsBytes: e.natsBytes ?? 0,
    localRecords: e.localRecords ?? 0,
    localBytes: e.localBytes ?? 0,
  };
}

export function errorFromWire(wire: weft.v1.ErrorInfo.$Properties | null | undefined): ErrorInfoLike | undefined {
  if (!wire) return undefined;
  return { code: wire.code ?? "", message: wire.message ?? "", stack: wire.stack ?? "", terminal: wire.terminal ?? false };
}
