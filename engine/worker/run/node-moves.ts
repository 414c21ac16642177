/**
 * Task nodes that move between the workers of one epoch before they start, carried out (what
 * moves, and whose word a move waits for, is decided in core/node-handover.ts).
 *
 * The giver places the nodes on their new host, sends it the inputs it holds, and tells the
 * new host and every worker that may still send it an input (`NodesMoved`, with every move it
 * knows of, so the new host learns where its own consumers went). Each of those places the
 * nodes there too and answers (`NodesMovedSeen`) once everything it sent the giver before has
 * arrived: an input that reaches the giver meanwhile is forwarded, and after the last answer
 * none can reach it, so a giver that drains may leave. A move names a worker this one does
 * not know yet (a joiner whose grow has not arrived here) waits for that grow.
 */
import { inputSenders } from "../../core/node-handover.js";
import type { NodeSpec } from "../../../model/graph.js";
import { encodeValue } from "../../wire/value-codec.js";
import { pb } from "../../wire/protocol.js";
import type { RunOutbox } from "./outbox.js";
import type { RunValues } from "./values.js";

export interface NodeMovesPorts {
  readonly values: RunValues;
  readonly outbox: Pick<RunOutbox, "send" | "settledTo">;
  /** A node now placed here may have all its inputs: it starts (or is skipped) as when its last input arrives. */
  consider(node: NodeSpec): void;
  /** Whether the run is stopped here. */
  stopped(): boolean;
}

/** Where a moved node runs now, and how often it moved (the later of two words about it wins). */
export interface NodeHost {
  node: string;
  worker: string;
  moves: number;
}

/** A move told by another worker. */
export interface Told {
  nodes: string[];
  to: string;
  id: number;
  from: string;
  answer: boolean;
  known: NodeHost[];
}

export class NodeMoves {
  private nextId = 1;
  /** Every move this worker knows of, by node. */
  private readonly known = new Map<string, NodeHost>();
  /** Nodes this worker gave away: their inputs that still reach it are forwarded. */
  private readonly given = new Set<string>();
  /** Moves this worker made, by id: the workers whose answer it still waits for. */
  private readonly waiting = new Map<number, Set<string>>();
  /** Moves naming a worker not in this placement yet (until the grow that names it). */
  private readonly early: Told[] = [];

  constructor(private readonly ports: NodeMovesPorts) {}

  /** Whether no answer to a move of this worker is outstanding (nothing more can reach it for what it gave). */
  get settled(): boolean {
    for (const waits of this.waiting.values()) if (waits.size > 0) return false;
    return true;
  }

  /** Hands `nodes` (placed here, not started) to worker `to`. */
  give(nodes: readonly string[], to: number): void {
    const { values, outbox } = this.ports;
    if (nodes.length === 0 || to === values.me || this.ports.stopped()) return;
    const toName = values.workerName(to);
    values.moveNodes(nodes.map((n) => [n, to] as const));
    for (const n of nodes) {
      this.given.add(n);
      this.known.set(n, { node: n, worker: toName, moves: (this.known.get(n)?.moves ?? 0) + 1 });
    }
    // The senders after the move (a node moved together with its input is the new host's own).
    const senders = inputSenders(values.graph, values.placement, values.me, nodes, (d) => values.hasValue(d));
    const inputs = new Set(nodes.flatMap((n) => values.node(n).deps).filter((d) => values.hasValue(d)));
    for (const dep of inputs) this.forward(dep, values.value(dep), to);
    const id = this.nextId++;
    this.waiting.set(id, new Set([...senders].map((w) => values.workerName(w))));
    const known = [...this.known.values()];
    for (const w of new Set([to, ...senders])) {
      outbox.send(w, { nodesMoved: { nodes: [...nodes], to: toName, id, answer: senders.has(w), known } });
    }
  }

  /** Another worker moved nodes (`told`): they run on `told.to` from now on. */
  told(m: Told): void {
    const { values } = this.ports;
    if (this.ports.stopped()) return;
    if ([m.to, ...m.known.map((k) => k.worker)].some((n) => values.indexOf(n) < 0)) {
      this.early.push(m);
      return;
    }
    for (const k of m.known) if (k.moves > (this.known.get(k.node)?.moves ?? 0)) this.known.set(k.node, k);
    this.place();
    const to = values.indexOf(m.to);
    // Inputs of what this worker gave that now come from the new host: it learns where they go, and answers.
    const moved = new Set(m.nodes);
    const waitsForMoved = (g: string) => values.node(g).deps.some((d) => moved.has(d) && !values.hasValue(d));
    const mine = [...this.given].filter((g) => values.placement.nodeWorker[g] !== values.me && waitsForMoved(g));
    for (const g of mine) this.tell([g], values.placement.nodeWorker[g]!, to);
    if (to === values.me) for (const node of m.nodes) this.ports.consider(values.node(node));
    if (m.answer) {
      const from = values.indexOf(m.from);
      void this.ports.outbox.settledTo(from).then(() => {
        if (!this.ports.stopped()) this.ports.outbox.send(from, { nodesMovedSeen: { id: m.id } });
      });
    }
  }

  /** Worker `from` took in move `id` of this worker, after everything it sent here before. */
  seen(id: number, from: string): void {
    this.waiting.get(id)?.delete(from);
  }

  /** A value arrived from another worker: inputs of nodes given away go on to their host. */
  arrived(node: string, value: unknown): void {
    if (this.given.size === 0) return;
    const { values } = this.ports;
    const hosts = new Set<number>();
    for (const c of values.consumersOf(node)) {
      const host = values.placement.nodeWorker[c.name];
      if (this.given.has(c.name) && host !== undefined && host !== values.me) hosts.add(host);
    }
    for (const host of hosts) this.forward(node, value, host);
  }

  /** The epoch grew (a worker joined): the moves known here hold in its placement too, and those that waited for it apply. */
  grown(): void {
    this.place();
    for (const m of this.early.splice(0)) this.told(m);
  }

  /** Places every move known here in this worker's placement. */
  private place(): void {
    const { values } = this.ports;
    values.moveNodes([...this.known.values()].map((k) => [k.node, values.indexOf(k.worker)] as const).filter(([, w]) => w >= 0));
  }

  /** Tells worker `w` that `nodes` run on worker `to` now, and waits for its answer. */
  private tell(nodes: string[], to: number, w: number): void {
    const { values, outbox } = this.ports;
    if (w === values.me) return;
    const id = this.nextId++;
    this.waiting.set(id, new Set([values.workerName(w)]));
    outbox.send(w, { nodesMoved: { nodes, to: values.workerName(to), id, answer: true, known: [...this.known.values()] } });
  }

  private forward(node: string, value: unknown, to: number): void {
    const nodeValue = { node, value: encodeValue(value, `node "${node}"`), encoding: pb.ValueEncoding.VALUE_ENCODING_V8 };
    this.ports.outbox.send(to, { nodeValue });
  }
}
