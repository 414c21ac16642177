/**
 * Data from other workers for one run: checked (this epoch, nodes this run has), decoded and
 * handed to what takes it in (values, map blocks and results, stage data). Data that arrives
 * before the run's stages are laid out waits until then. Bytes that are not data of this run
 * are dropped with one line; data of this run that cannot be taken in fails its node.
 */
import { ErrorCode, WeftError } from "../../errors.js";
import type { NodeSpec } from "../../../model/graph.js";
import type { DataMessage } from "../../wire/data-channel.js";
import { decodeValue } from "../../wire/value-codec.js";
import { rangesLength, type Range } from "../../core/map-ranges.js";
import type { WorkLabeler } from "../work-labeler.js";
import type { Told } from "./node-moves.js";
import type { RunValues } from "./values.js";

/** What takes each kind of data in. */
export interface InboxHandlers {
  nodeValue(node: string, value: unknown): void;
  mapItems(node: NodeSpec, start: number, total: number, items: unknown[]): void;
  mapResults(node: string, start: number, total: number, values: unknown[]): void;
  /** Worker `from`'s results of map items it computed in an earlier epoch (after a loss: MapFlow.recover). */
  keptMapResults(node: string, from: number, total: number, ranges: Range[], values: unknown[]): void;
  stageData(message: DataMessage): void;
  /** Worker `from` moved task nodes not started there to another worker (node-moves.ts). */
  nodesMoved(told: Told): void;
  /** Worker `from` took in this worker's move `id`. */
  nodesMovedSeen(id: number, from: string): void;
  /** Data of this run for `node` could not be taken in (a combiner that throws): the node fails. */
  failed(node: string, err: unknown): void;
}

export class RunInbox {
  /** The stages are laid out: data can be taken in (until then it waits in `early`). */
  private opened = false;
  private readonly early: { message: DataMessage; from: string }[] = [];

  constructor(
    private readonly values: RunValues,
    private readonly epoch: number,
    private readonly stopped: () => boolean,
    private readonly labeler: WorkLabeler,
    private readonly handlers: InboxHandlers,
    private readonly say: (line: string) => void,
  ) {}

  /** Data from worker `from` for this run. */
  receive(message: DataMessage, from: string): void {
    if (this.stopped() || (message.epoch ?? 0) !== this.epoch) return; // another placement's data
    if (!this.opened) {
      this.early.push({ message, from }); // before start() has laid out the stages' partitions
      return;
    }
    this.labeler.engineWork(`taking in ${String(message.body)} data of run ${this.values.runId}`, () => this.takeIn(message, from));
  }

  /** The run is laid out: what arrived early is taken in, and from now on all at once. */
  open(): void {
    this.opened = true;
    for (const { message, from } of this.early.splice(0)) this.receive(message, from);
  }

  private takeIn(message: DataMessage, from: string): void {
    const { values, handlers } = this;
    if (message.body === "nodesMoved" || message.body === "nodesMovedSeen") return this.takeMove(message, from);
    try {
      const body = message.body ? (message as unknown as Record<string, { node?: string; from?: string } | undefined>)[message.body] : undefined;
      if (!body || !values.hasNode(body.node ?? "") || (body.from !== undefined && body.from !== "" && !values.hasNode(body.from))) {
        throw new WeftError(ErrorCode.Decode, `data "${String(message.body)}" names a node this run does not have`);
      }
      switch (message.body) {
        case "nodeValue": {
          const m = message.nodeValue!;
          handlers.nodeValue(m.node ?? "", decodeValue(m.value ?? new Uint8Array()));
          break;
        }
        case "mapItems": {
          const m = message.mapItems!;
          const node = values.hasNode(m.node ?? "") ? values.node(m.node ?? "") : undefined;
          if (!node || node.kind !== "map") throw new WeftError(ErrorCode.Decode, `map items for unknown map node "${m.node}"`);
          handlers.mapItems(node, m.start ?? 0, m.total ?? 0, decodeValue(m.items ?? new Uint8Array()) as unknown[]);
          break;
        }
        case "mapResults": {
          const m = message.mapResults!;
          handlers.mapResults(m.node ?? "", m.start ?? 0, m.total ?? 0, decodeValue(m.values ?? new Uint8Array()) as unknown[]);
          break;
        }
        case "keptMapResults": {
          const m = message.keptMapResults!;
          const starts = m.starts ?? [];
          const ends = m.ends ?? [];
          const kept = decodeValue(m.values ?? new Uint8Array()) as unknown[];
          const ranges = starts.map((s, k): Range => [s, ends[k] ?? s]);
          if (!Array.isArray(kept) || starts.length !== ends.length || rangesLength(ranges) !== kept.length || values.indexOf(from) < 0) {
            throw new WeftError(ErrorCode.Decode, `kept results of map node "${m.node}" that do not add up`);
          }
          handlers.keptMapResults(m.node ?? "", values.indexOf(from), m.total ?? 0, ranges, kept);
          break;
        }
        case "stageRecords":
        case "shuffleBatch":
        case "partialAggregate":
        case "gatherBatch":
        case "partitionsMoved":
          handlers.stageData(message);
          break;
        default:
          throw new WeftError(ErrorCode.Decode, `unexpected data message "${String(message.body)}" for a worker`);
      }
    } catch (err) {
      const b = message.body ? (message as unknown as Record<string, { node?: string } | undefined>)[message.body] : undefined;
      const node = b?.node ?? "";
      // Bytes that are not data of this run (an unknown node, a payload that does not decode):
      // dropped, one line. Data of this run that cannot be taken in (a combiner that throws)
      // would leave the run waiting forever: it fails the node it was for.
      if ((err as { code?: string }).code === ErrorCode.Decode || !values.hasNode(node)) {
        this.say(`dropped data for node "${node}" of run ${values.runId}: ${(err as Error).message}`);
        return;
      }
      this.say(`data for node "${node}" of run ${values.runId}: ${(err as Error).message}`);
      handlers.failed(node, err);
    }
  }

  /** A move of task nodes (or the answer to one): names only nodes this run has, and workers of its epoch. */
  private takeMove(message: DataMessage, from: string): void {
    const { values, handlers } = this;
    if (message.body === "nodesMovedSeen") return handlers.nodesMovedSeen(message.nodesMovedSeen?.id ?? 0, from);
    const m = message.nodesMoved!;
    const nodes = m.nodes ?? [];
    const known = (m.known ?? []).map((k) => ({ node: k.node ?? "", worker: k.worker ?? "", moves: k.moves ?? 0 }));
    const bad = [...nodes, ...known.map((k) => k.node)].find((n) => !values.hasNode(n) || values.node(n).kind !== "task");
    if (bad !== undefined) {
      this.say(`dropped a move of node "${bad}" of run ${values.runId} from ${from}: not a task node of this run`);
      return;
    }
    handlers.nodesMoved({ nodes, to: m.to ?? "", id: m.id ?? 0, from, answer: m.answer ?? false, known });
  }
}
