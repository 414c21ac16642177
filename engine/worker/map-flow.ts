/**
 * Map nodes on one worker: dynamic fan-out. The worker that holds a map node's list splits it
 * into contiguous blocks by the workers' weights (remote blocks first, so the others start while
 * this one works), each worker turns its items into tasks as slots take them (a block is one
 * queue entry whatever its length, and only running instances have a machine), and a finished
 * block goes as ONE message to each worker that gathers the node (not one per instance).
 * Gathering is by position: the gathered list is in item order.
 */
import { MAX_MAP_ITEMS, splitMapBlocks } from "../core/map-split.js";
import type { Clock } from "../base/clock.js";
import { ErrorCode, WeftError, toErrorInfo } from "../errors.js";
import type { weft } from "../gen/weft.js";
import type { NodeSpec } from "../model/graph.js";
import type { Placement } from "../model/placement.js";
import { encodeValue } from "../wire/value-codec.js";
import type { SlotPool } from "./slot-pool.js";
import type { MapBlockRun, Task } from "./task-record.js";
import type { TaskTable } from "./run/tasks.js";

/** What MapFlow needs from the run executor. */
export interface MapHost {
  readonly me: number;
  readonly placement: Placement;
  readonly pool: SlotPool;
  readonly stopped: boolean;
  consumersOf(name: string): NodeSpec[];
  recipientsOf(node: NodeSpec): Set<number>;
  newTask(node: NodeSpec, index: number, item: unknown, block: MapBlockRun | undefined): Task;
  forgetTask(task: Task): void;
  /** The run's tasks: their transitions, and their attempts in a held slot. */
  readonly tasks: Pick<TaskTable, "transition" | "readyInHeldSlot">;
  readonly clock: Clock;
  logExpanded(node: string, count: number): void;
  send(worker: number, body: Omit<weft.v1.DataMessage.$Properties, "runId">, edge: { from: string; to: string; records: number }): void;
  /** The gathered list of a map node is complete on this worker. */
  gathered(node: string, values: unknown[]): void;
  fail(node: string, err: unknown): void;
  /** Runs one of the engine's own longer sections, said to be `what` (for the loop watchdog). */
  engineWork<T>(what: string, fn: () => T): T;
}

interface Gather {
  total: number;
  received: number;
  values: unknown[];
}

export class MapFlow {
  private readonly gathers = new Map<string, Gather>();

  constructor(private readonly host: MapHost) {}

  /** This worker holds the list of map node `node`: split it over the workers. */
  split(node: NodeSpec, list: unknown): void {
    // A map over something that is not a list, or a list too long to fan out: the map node
    // fails, terminally, saying what it got.
    if (!Array.isArray(list) || list.length > MAX_MAP_ITEMS) {
      const problem = !Array.isArray(list)
        ? `map node "${node.name}" needs a list from "${node.deps[0]}", which returned ${list === null ? "null" : typeof list}.`
        : `map node "${node.name}" got a list of ${list.length} items from "${node.deps[0]}", at most ${MAX_MAP_ITEMS} are allowed ` +
          "(each item is a task, with its own state changes in the run's log): map over batches of items (e.g. slices of 1000) rather than single items.";
      const task = this.host.newTask(node, -1, undefined, undefined);
      const error = new WeftError(ErrorCode.InvalidInput, problem);
      this.host.tasks.transition(task, { type: "map.input.rejected", at: this.host.clock.now(), error: { ...toErrorInfo(error), terminal: true } });
      return;
    }
    const total = list.length;
    this.host.logExpanded(node.name, total);
    if (total === 0) {
      for (const w of this.host.recipientsOf(node)) this.deliver(w, node, 0, 0, []);
      return;
    }
    const { me, placement } = this.host;
    const blocks = splitMapBlocks(total, placement.mapWeights, placement.workers.length);
    // Remote blocks first: the other workers start while this one works through its own.
    blocks.sort((a, b) => Number(a.worker === me) - Number(b.worker === me));
    for (const b of blocks) {
      if (b.end <= b.start) continue;
      const items = list.slice(b.start, b.end);
      if (b.worker === me) this.startBlock(node, b.start, total, items);
      else {
        this.host.send(
          b.worker,
          { mapItems: { node: node.name, start: b.start, total, items: encodeValue(items, `node "${node.deps[0]}"`) } },
          { from: node.deps[0]!, to: node.name, records: items.length },
        );
      }
    }
  }

  /** A block of items for this worker (from the split, here or on another worker). */
  startBlock(node: NodeSpec, start: number, total: number, items: unknown[]): void {
    if (this.host.stopped) return;
    const block: MapBlockRun = { node, start, total, results: new Array<unknown>(items.length), remaining: items.length };
    // One queue entry for the whole block: instance k is made when a slot takes it.
    this.host.pool.submitMany(items.length, async (k) => {
      if (this.host.stopped) return;
      const task = this.host.newTask(node, start + k, items[k], block);
      // Its slot is already taken: it runs at once, without queueing again.
      await this.host.tasks.readyInHeldSlot(task);
    });
  }

  /** One instance is done (with its value, or a failure its consumers take in). */
  instanceDone(task: Task, value: unknown): void {
    const b = task.block!;
    b.results[task.index - b.start] = value;
    this.host.forgetTask(task); // instances are many: keep only the live ones
    if (--b.remaining > 0) return;
    this.host.engineWork(`gathering the ${b.results.length} results of map node "${b.node.name}" from ${b.start}`, () => {
      try {
        for (const w of this.host.recipientsOf(b.node)) this.deliver(w, b.node, b.start, b.total, b.results);
      } catch (err) {
        // The gathered results cannot travel (e.g. functions in them): the map node fails.
        this.host.fail(b.node.name, err instanceof WeftError ? err : new WeftError(ErrorCode.NotSerializable, String(err)));
      }
    });
  }

  /** A slice of results for a map node gathered here. */
  results(node: string, start: number, total: number, values: unknown[]): void {
    let g = this.gathers.get(node);
    if (!g) this.gathers.set(node, (g = { total, received: 0, values: new Array<unknown>(total) }));
    for (let k = 0; k < values.length; k++) g.values[start + k] = values[k];
    g.received += values.length;
    if (g.received >= g.total) {
      this.gathers.delete(node);
      this.host.gathered(node, g.values);
    }
  }

  clear(): void {
    this.gathers.clear();
  }

  private deliver(worker: number, node: NodeSpec, start: number, total: number, values: unknown[]): void {
    if (worker === this.host.me) {
      this.results(node.name, start, total, values);
      return;
    }
    const to = this.host.consumersOf(node.name).find((c) => this.host.placement.nodeWorker[c.name] === worker)?.name ?? "";
    this.host.send(worker, { mapResults: { node: node.name, start, total, values: encodeValue(values, `map node "${node.name}"`) } }, { from: node.name, to, records: values.length });
  }
}
