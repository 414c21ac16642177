/**
 * The generated protobuf types (engine/gen, from proto/weft.proto) and the conversions
 * between them and the engine's plain types. Decoding never throws at callers: bytes that
 * do not decode are reported once and dropped.
 */
import protobuf from "protobufjs/minimal.js";
import { weft } from "../gen/weft.js";
import type { ErrorInfoLike } from "../errors.js";
import { DEFAULT_RETRY, type NodeSpec, type WorkflowGraph } from "../model/graph.js";
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

const KIND_TO_PB = { task: pb.NodeKind.NODE_KIND_TASK, map: pb.NodeKind.NODE_KIND_MAP } as const;
const SHAPE_TO_PB = {
  none: pb.InputShape.INPUT_SHAPE_NONE,
  single: pb.InputShape.INPUT_SHAPE_SINGLE,
  tuple: pb.InputShape.INPUT_SHAPE_TUPLE,
} as const;

/** WorkflowGraph -> its protobuf form. */
export function graphToWire(graph: WorkflowGraph): weft.v1.WorkflowGraph.$Properties {
  return {
    name: graph.name,
    nodes: graph.nodes.map((n) => ({
      name: n.name,
      kind: KIND_TO_PB[n.kind],
      deps: n.deps,
      inputShape: SHAPE_TO_PB[n.inputShape],
      retry: n.retry,
      timeoutMs: n.timeoutMs,
      hasInit: n.hasInit,
      sizeHint: n.sizeHint,
    })),
  };
}

/** The protobuf form -> WorkflowGraph (unknown enum values become errors at validation). */
export function graphFromWire(wire: weft.v1.WorkflowGraph.$Properties | null | undefined): WorkflowGraph {
  const nodes: NodeSpec[] = (wire?.nodes ?? []).map((n) => ({
    name: n.name ?? "",
    kind: n.kind === pb.NodeKind.NODE_KIND_MAP ? "map" : "task",
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
  }));
  return { name: wire?.name ?? "", nodes };
}

export function placementToWire(p: Placement): weft.v1.Placement.$Properties {
  return { workers: p.workers, nodeWorker: p.nodeWorker, mapWeights: p.mapWeights };
}

export function placementFromWire(wire: weft.v1.Placement.$Properties | null | undefined): Placement {
  return { workers: [...(wire?.workers ?? [])], nodeWorker: { ...(wire?.nodeWorker ?? {}) }, mapWeights: [...(wire?.mapWeights ?? [])] };
}

export function errorFromWire(wire: weft.v1.ErrorInfo.$Properties | null | undefined): ErrorInfoLike | undefined {
  if (!wire) return undefined;
  return { code: wire.code ?? "", message: wire.message ?? "", stack: wire.stack ?? "", terminal: wire.terminal ?? false };
}
