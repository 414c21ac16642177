/**
 * Map nodes on one worker: dynamic fan-out. The worker that holds a map node's list splits it
 * into contiguous blocks by the workers' weights (remote blocks first, so the others start while
 * this one works), each worker turns its items into tasks as slots take them (a block is one
 * queue entry whatever its length, and only running instances have a machine), and a finished
 * block goes as ONE message to each worker that gathers the node (not one per instance).
 * Gathering is by position: the gathered list is in item order.
 *
 * Elastic capacity: items of a block not started yet can be handed to other workers of the
 * epoch (`handOff`: a share to a worker that joined, or all of them when this worker drains),
 * as blocks of their own; what this worker keeps is gathered as a shorter slice. A started item
 * never moves, so each item runs once per epoch and its result is gathered once.
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
import type { ItemShare } from "../core/elastic-placement.js";
import { heldRanges, missingRanges, rangesLength, rangesSlice, type Range } from "../core/map-ranges.js";

/** Decides, for a block's items not started yet, which other workers take how many. */
export type ShareRule = (unstarted: number) => ItemShare[];

/** What MapFlow works through: narrow views of the run's parts. */
export interface MapPorts {
  readonly values: Pick<RunValues, "me" | "placement" | "consumersOf" | "recipientsOf">;
  readonly tasks: Pick<TaskTable, "newTask" | "forget" | "transition" | "readyInHeldSlot">;
  readonly outbox: Pick<RunOutbox, "send" | "sendOrTakeBack" | "logExpanded">;
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

/** A map node's results gathered on this worker (kept into the run's next epoch here: see seed). */
export interface Gather {
  total: number;
  received: number;
  values: unknown[];
  /** Per position: 1 once its result arrived (a result arriving twice counts once). */
  have: Uint8Array;
}

/** The results of a map node's items this worker computed in one epoch of the run (they may be sent to the gatherer of the next: see recover). */
export interface KeptItems {
  total: number;
  /** The positions held, in order. */
  ranges: Range[];
  /** Their results, in the same order. */
  values: unknown[];
}

/** A block sends its results to the gatherers in about this many slices (finished prefixes), so a loss costs only what was not sent. */
const DELIVERIES_PER_BLOCK = 16;

export class MapFlow {
  private readonly gathers = new Map<string, Gather>();
  /** Blocks running here with instances left to finish. */
  private readonly blocks = new Set<MapBlockRun>();
  /** The items of each block running here (to hand on those not started). */
  private readonly itemsOf = new WeakMap<MapBlockRun, unknown[]>();
  /** Set while this worker drains: every block that arrives goes on at once. */
  private drainRule: ShareRule | undefined;
  /** Workers that had left when items were handed to them (a joiner that drained at once): given nothing more. */
  private readonly gone = new Set<number>();
  /** Per map node, the blocks this worker ran (their results are kept until the run ends here: see keptItems). */
  private readonly ran = new Map<string, MapBlockRun[]>();
  /**
   * Map nodes this worker splits and gathers after a loss, whose split waits for every other
   * worker's kept results (recover): who has not sent them yet, and the list once it came.
   * Their gather does not complete before the split.
   */
  private readonly recovering = new Map<string, { from: Set<number>; list?: { node: NodeSpec; list: unknown } }>();
  /** Results of items this worker computed in earlier epochs, carried through this one (see recover). */
  private readonly carried = new Map<string, KeptItems>();

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
    const waiting = this.recovering.get(node.name);
    if (waiting && waiting.from.size > 0) {
      waiting.list = { node, list }; // split once the last worker's kept results are here
      return;
    }
    this.recovering.delete(node.name);
    const total = list.length;
    // Results gathered here in an earlier epoch of the run (kept after a loss): only the rest runs.
    // Only when this worker alone gathers them: another gatherer needs every item's result.
    const recipients = this.ports.values.recipientsOf(node);
    const kept = this.gathers.get(node.name);
    const usable = kept !== undefined && kept.total === total && recipients.size === 1 && recipients.has(this.ports.values.me);
    const ranges: Range[] = usable ? missingRanges(kept.have) : [[0, total]];
    const count = rangesLength(ranges);
    this.ports.outbox.logExpanded(node.name, count);
    if (total === 0) {
      for (const w of this.ports.values.recipientsOf(node)) this.deliver(w, node, 0, 0, []);
      return;
    }
    // Every result is here already (kept on the workers that live): nothing runs again.
    if (usable && count === 0) return this.completeIfFull(node.name);
    const { me, placement } = this.ports.values;
    const blocks = splitMapBlocks(count, placement.mapWeights, placement.workers.length);
    // Remote blocks first: the other workers start while this one works through its own.
    blocks.sort((a, b) => Number(a.worker === me) - Number(b.worker === me));
    for (const b of blocks) {
      for (const [start, end] of rangesSlice(ranges, b.start, b.end)) {
        const items = list.slice(start, end);
        if (b.worker === me) this.startBlock(node, start, total, items);
        else this.sendItems(b.worker, node, start, total, items);
      }
    }
  }

  /** A block of items for this worker (from the split, here or on another worker). */
  startBlock(node: NodeSpec, start: number, total: number, items: unknown[]): void {
    if (this.ports.run.stopped) return;
    const n = items.length;
    const block: MapBlockRun = {
      node,
      start,
      total,
      results: new Array<unknown>(n),
      remaining: n,
      taken: 0,
      limit: n,
      ended: new Uint8Array(n),
      delivered: 0,
      endedPrefix: 0,
    };
    this.blocks.add(block);
    const ran = this.ran.get(node.name);
    if (ran) ran.push(block);
    else this.ran.set(node.name, [block]);
    // One queue entry for the whole block: instance k is made when a slot takes it.
    this.ports.pool.submitMany(
      items.length,
      (k) => {
        // Handed to another worker before it started here: nothing to do.
        if (this.ports.run.stopped || k >= block.limit) return;
        block.taken = k + 1;
        const task = this.ports.tasks.newTask(node, start + k, items[k], block);
        // Its slot is already taken: it runs at once, without queueing again (and is over on
        // return when its function returned a value: see AttemptRunner.runAttempt).
        return this.ports.tasks.readyInHeldSlot(task);
      },
      node.name,
    );
    this.itemsOf.set(block, items);
    if (this.drainRule) this.handOffBlock(block, items, this.drainRule);
  }

  /**
   * Hands items not started yet to other workers of the epoch, as `rule` shares them out per
   * block; with `drain`, every block that arrives from now on too. Returns how many went to each
   * worker index.
   */
  handOff(rule: ShareRule, drain = false): Map<number, number> {
    if (drain) this.drainRule = rule;
    const moved = new Map<number, number>();
    for (const block of [...this.blocks]) {
      for (const [w, n] of this.handOffBlock(block, this.itemsOf.get(block) ?? [], rule)) moved.set(w, (moved.get(w) ?? 0) + n);
    }
    return moved;
  }

  /** Map instances here that have not ended (started or not). */
  get unfinished(): number {
    let n = 0;
    for (const b of this.blocks) n += b.remaining;
    return n;
  }

  private handOffBlock(block: MapBlockRun, items: unknown[], rule: ShareRule): Map<number, number> {
    const moved = new Map<number, number>();
    if (this.ports.run.stopped) return moved;
    const shares = rule(block.limit - block.taken).filter((s) => !this.gone.has(s.worker));
    let from = block.limit - shares.reduce((s, x) => s + x.count, 0);
    if (from >= block.limit) return moved;
    const keep = from;
    for (const { worker, count } of shares) {
      const slice = items.slice(from, from + count);
      const start = block.start + from;
      from += count;
      moved.set(worker, count);
      this.sendItems(worker, block.node, start, block.total, slice);
    }
    block.remaining -= block.limit - keep;
    block.limit = keep;
    block.results.length = keep;
    if (block.remaining === 0) this.blockDone(block);
    return moved;
  }

  /** One instance is done (with its value, or a failure its consumers take in). */
  instanceDone(task: Task, value: unknown): void {
    const b = task.block!;
    b.results[task.index - b.start] = value;
    b.ended[task.index - b.start] = 1;
    this.ports.tasks.forget(task); // instances are many: keep only the live ones
    if (--b.remaining > 0) return this.deliverPrefix(b);
    this.blockDone(b);
  }

  /** Sends the block's finished prefix once it is a slice long: what a loss of this worker then costs is only what was not sent. */
  private deliverPrefix(b: MapBlockRun): void {
    let upto = b.endedPrefix;
    while (upto < b.limit && b.ended[upto] === 1) upto++;
    b.endedPrefix = upto;
    if (upto - b.delivered < Math.max(1, Math.ceil(b.ended.length / DELIVERIES_PER_BLOCK))) return;
    this.sendResults(b, upto);
  }

  /** Sends the block's results from what was sent to `upto` to every worker that gathers the node. */
  private sendResults(b: MapBlockRun, upto: number): void {
    const from = b.delivered;
    if (upto <= from) return;
    b.delivered = upto;
    const values = from === 0 && upto === b.results.length ? b.results : b.results.slice(from, upto);
    this.ports.labeler.engineWork(`gathering the ${values.length} results of map node "${b.node.name}" from ${b.start + from}`, () => {
      try {
        for (const w of this.ports.values.recipientsOf(b.node)) this.deliver(w, b.node, b.start + from, b.total, values);
      } catch (err) {
        // The gathered results cannot travel (e.g. functions in them): the map node fails.
        this.ports.run.fail(b.node.name, err instanceof WeftError ? err : new WeftError(ErrorCode.NotSerializable, String(err)));
      }
    });
  }

  /** Every instance this worker kept of a block ended: its slice of results goes to the gatherers. */
  private blockDone(b: MapBlockRun): void {
    this.blocks.delete(b);
    this.itemsOf.delete(b);
    // What is not sent yet (nothing when every item was handed on: the others send theirs).
    this.sendResults(b, b.limit);
  }

  /** A slice of results for a map node gathered here. */
  results(node: string, start: number, total: number, values: unknown[]): void {
    this.fold(node, total, [[start, start + values.length]], values);
    this.completeIfFull(node);
  }

  /** Results for positions `ranges` (in order) of a map node gathered here; a position that has one keeps it. */
  private fold(node: string, total: number, ranges: readonly Range[], values: readonly unknown[]): void {
    let g = this.gathers.get(node);
    if (!g) this.gathers.set(node, (g = { total, received: 0, values: new Array<unknown>(total), have: new Uint8Array(total) }));
    let k = 0;
    for (const [start, end] of ranges) {
      for (let at = start; at < end; at++, k++) {
        if (at >= g.total || g.have[at] === 1) continue;
        g.have[at] = 1;
        g.values[at] = values[k];
        g.received++;
      }
    }
  }

  /** The gathered list is handed on once every position has its result (not while its split waits for kept results). */
  private completeIfFull(node: string): void {
    const g = this.gathers.get(node);
    if (!g || g.received < g.total || this.recovering.has(node)) return;
    this.gathers.delete(node);
    this.ports.run.gathered(node, g.values);
  }

  /**
   * The results of the items this worker computed, per map node, to be carried into the run's
   * next epoch here (after a loss, recover sends them to the worker that gathers the node then).
   */
  keptItems(): Map<string, KeptItems> {
    const out = new Map<string, KeptItems>();
    for (const node of new Set([...this.ran.keys(), ...this.carried.keys()])) {
      const blocks = this.ran.get(node) ?? [];
      const carried = this.carried.get(node);
      const total = carried?.total ?? blocks[0]!.total;
      const have = new Uint8Array(total);
      const at = new Array<unknown>(total);
      let k = 0;
      for (const [s, e] of carried?.ranges ?? []) {
        for (let i = s; i < e; i++, k++) {
          have[i] = 1;
          at[i] = carried!.values[k];
        }
      }
      for (const b of blocks) {
        for (let j = 0; j < b.limit; j++) {
          if (b.ended[j] !== 1) continue;
          have[b.start + j] = 1;
          at[b.start + j] = b.results[j];
        }
      }
      const ranges = heldRanges(have);
      out.set(node, { total, ranges, values: ranges.flatMap(([s, e]) => at.slice(s, e)) });
    }
    return out;
  }

  /**
   * The run was placed again after a loss: for each map node in `hosts` (map-recovery.ts), the
   * results this worker kept from the previous epoch go to the node's new host, which splits
   * the list only once every other worker's have come and runs only the items still missing.
   * Every worker sends one message per such node, empty when it holds none.
   */
  recover(hosts: ReadonlyMap<string, number>, kept: ReadonlyMap<string, KeptItems> | undefined): void {
    const { me, placement } = this.ports.values;
    for (const [node, host] of hosts) {
      const mine = kept?.get(node);
      if (mine) this.carried.set(node, mine); // kept on, for a loss of that host too
      if (host === me) {
        this.recovering.set(node, { from: new Set(placement.workers.map((_, w) => w).filter((w) => w !== me)) });
        if (mine && mine.ranges.length > 0) this.fold(node, mine.total, mine.ranges, mine.values);
        continue;
      }
      this.sendKept(host, node, mine);
    }
  }

  /** Worker `from`'s kept results of a map node this worker splits and gathers after a loss. */
  keptFrom(node: string, from: number, total: number, ranges: readonly Range[], values: readonly unknown[]): void {
    const waiting = this.recovering.get(node);
    if (!waiting) return; // not asked for (a joiner's, or a second one): the split ran already
    if (ranges.length > 0) this.fold(node, total, ranges, values);
    waiting.from.delete(from);
    if (waiting.from.size > 0 || !waiting.list) return;
    this.recovering.delete(node);
    this.split(waiting.list.node, waiting.list.list);
  }

  private sendKept(host: number, node: string, mine: KeptItems | undefined): void {
    const spec = this.ports.values.consumersOf(node).find((c) => this.ports.values.placement.nodeWorker[c.name] === host);
    let kept = mine ?? { total: 0, ranges: [], values: [] };
    let bytes: Uint8Array;
    try {
      bytes = encodeValue(kept.values, `map node "${node}"`);
    } catch {
      // Results that cannot travel: the host runs those items again.
      kept = { total: kept.total, ranges: [], values: [] };
      bytes = encodeValue([], `map node "${node}"`);
    }
    const body = { node, total: kept.total, starts: kept.ranges.map(([s]) => s), ends: kept.ranges.map(([, e]) => e), values: bytes };
    this.ports.outbox.send(host, { keptMapResults: body }, { from: node, to: spec?.name ?? "", records: kept.values.length });
  }

  /** The results gathered here so far, per map node not complete yet (they seed the run's next epoch here). */
  partialGathers(): Map<string, Gather> {
    return new Map(this.gathers);
  }

  /**
   * Results gathered here in the run's previous epoch, for map nodes whose list survived it (so
   * the same items come again): a split of that list here runs only the rest.
   */
  seed(gathers: ReadonlyMap<string, Gather>, listKept: (node: string) => boolean): void {
    for (const [node, g] of gathers) if (listKept(node)) this.gathers.set(node, g);
  }

  clear(): void {
    this.gathers.clear();
    this.blocks.clear();
    this.ran.clear();
    this.recovering.clear();
    this.carried.clear();
  }

  /**
   * A block of items for another worker of the epoch. One that had left when they arrived (a
   * joiner that drained at once, before it learnt of them) got nothing: they run here after
   * all, as a block of their own, and it is given no more.
   */
  private sendItems(worker: number, node: NodeSpec, start: number, total: number, items: unknown[]): void {
    this.ports.outbox.sendOrTakeBack(
      worker,
      { mapItems: { node: node.name, start, total, items: encodeValue(items, `node "${node.deps[0]}"`) } },
      () => {
        this.gone.add(worker);
        this.startBlock(node, start, total, items);
      },
      { from: node.deps[0]!, to: node.name, records: items.length },
    );
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
