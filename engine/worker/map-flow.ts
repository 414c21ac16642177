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
import type { NodeSpec } from "../../model/graph.js";
import { encodeValue } from "../wire/value-codec.js";
import type { JobQueue } from "./slot-pool.js";
import type { MapBlockRun, Task } from "./task-record.js";
import type { RunOutbox } from "./run/outbox.js";
import type { TaskTable } from "./run/tasks.js";
import type { RunValues } from "./run/values.js";
import type { WorkLabeler } from "./work-labeler.js";

/** What MapFlow works through: narrow views of the run's parts. */
export interface MapPorts {
  readonly values: Pick<RunValues, "me" | "placement" | "consumersOf" | "recipientsOf">;
  readonly tasks: Pick<TaskTable, "newTask" | "forget" | "transition" | "readyInHeldSlot">;
  readonly outbox: Pick<RunOutbox, "send" | "logExpanded">;
  readonly pool: JobQueue;
  readonly clock: Clock;
  readonly labeler: WorkLabeler;
  readonly run: {
    /** Cancelled or failed: nothing starts any more. */
    readonly stopped: boolean;
    /** Data could not be handed on for `node`: the node fails (and with it the run). */
    fail(node: string, err: unknown): void;
    /** The gathered list of a map node is complete on this worker. */
    gathered(node: string, values: unknown[]): void;
  };
}

interface Gather {
  total: number;
  received: number;
  values: unknown[];
}

export class MapFlow {
  private readonly gathers = new Map<string, Gather>();

  constructor(private readonly ports: MapPorts) {}

  /** This worker holds the list of map node `node`: split it over the workers. */
  split(node: NodeSpec, list: unknown): void {
    // A map over something that is not a list, or a list too long to fan out: the map node
    // fails, terminally, saying what it got.
    if (!Array.isArray(list) || list.length > MAX_MAP_ITEMS) {
      const problem = !Array.isArray(list)
        ? `map node "${node.name}" needs a list from "${node.deps[0]}", which returned ${list === null ? "null" : typeof list}.`
        : `map node "${node.name}" got a list of ${list.length} items from "${node.deps[0]}", at most ${MAX_MAP_ITEMS} are allowed ` +
          "(each item is a task, with its own state changes in the run's log): map over batches of items (e.g. slices of 1000) rather than single items.";
      const task = this.ports.tasks.newTask(node, -1, undefined, undefined);
      const error = new WeftError(ErrorCode.InvalidInput, problem);
      this.ports.tasks.transition(task, { type: "map.input.rejected", at: this.ports.clock.now(), error: { ...toErrorInfo(error), terminal: true } });
      return;
    }
    const total = list.length;
    this.ports.outbox.logExpanded(node.name, total);
    if (total === 0) {
      for (const w of this.ports.values.recipientsOf(node)) this.deliver(w, node, 0, 0, []);
      return;
    }
    const { me, placement } = this.ports.values;
    const blocks = splitMapBlocks(total, placement.mapWeights, placement.workers.length);
    // Remote blocks first: the other workers start while this one works through its own.
    blocks.sort((a, b) => Number(a.worker === me) - Number(b.worker === me));
    for (const b of blocks) {
      if (b.end <= b.start) continue;
      const items = list.slice(b.start, b.end);
      if (b.worker === me) this.startBlock(node, b.start, total, items);
      else {
        this.ports.outbox.send(
          b.worker,
          { mapItems: { node: node.name, start: b.start, total, items: encodeValue(items, `node "${node.deps[0]}"`) } },
          { from: node.deps[0]!, to: node.name, records: items.length },
        );
      }
    }
  }

  /** A block of items for this worker (from the split, here or on another worker). */
  startBlock(node: NodeSpec, start: number, total: number, items: unknown[]): void {
    if (this.ports.run.stopped) return;
    const block: MapBlockRun = { node, start, total, results: new Array<unknown>(items.length), remaining: items.length };
    // One queue entry for the whole block: instance k is made when a slot takes it.
    this.ports.pool.submitMany(items.length, async (k) => {
      if (this.ports.run.stopped) return;
      const task = this.ports.tasks.newTask(node, start + k, items[k], block);
      // Its slot is already taken: it runs at once, without queueing again.
      await this.ports.tasks.readyInHeldSlot(task);
    }, node.name);
  }

  /** One instance is done (with its value, or a failure its consumers take in). */
  instanceDone(task: Task, value: unknown): void {
    const b = task.block!;
    b.results[task.index - b.start] = value;
    this.ports.tasks.forget(task); // instances are many: keep only the live ones
    if (--b.remaining > 0) return;
    this.ports.labeler.engineWork(`gathering the ${b.results.length} results of map node "${b.node.name}" from ${b.start}`, () => {
      try {
        for (const w of this.ports.values.recipientsOf(b.node)) this.deliver(w, b.node, b.start, b.total, b.results);
      } catch (err) {
        // The gathered results cannot travel (e.g. functions in them): the map node fails.
        this.ports.run.fail(b.node.name, err instanceof WeftError ? err : new WeftError(ErrorCode.NotSerializable, String(err)));
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
      this.ports.run.gathered(node, g.values);
    }
  }

  clear(): void {
    this.gathers.clear();
  }

  private deliver(worker: number, node: NodeSpec, start: number, total: number, values: unknown[]): void {
    if (worker === this.ports.values.me) {
      this.results(node.name, start, total, values);
      return;
    }
    const to = this.ports.values.consumersOf(node.name).find((c) => this.ports.values.placement.nodeWorker[c.name] === worker)?.name ?? "";
    this.ports.outbox.send(worker, { mapResults: { node: node.name, start, total, values: encodeValue(values, `map node "${node.name}"`) } }, { from: node.name, to, records: values.length });
  }
}
