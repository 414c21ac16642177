/**
 * Map instances that succeeded on their first attempt, told as ranges: consecutive instances of
 * one node become one MapBlockSucceeded entry instead of three TaskEvents each (ready, running,
 * succeeded). At a million instances the per-instance entries were what bounded a run: their
 * encoding and writes on the workers, their decoding on the coordinator and every follower.
 * The range is closed (becomes an entry) when an instance does not extend it, and before any
 * other entry is logged, so the log keeps its order.
 */
import { billedMs } from "../core/usage-figures.js";
import type { weft } from "../gen/weft.js";
import type { AttemptFigures } from "./attempt-meter.js";

/** The open range, as the entry it becomes (fields summed as instances join it). */
interface OpenRange {
  node: string;
  worker: string;
  epoch: number;
  start: number;
  count: number;
  firstAtMs: number;
  atMs: number;
  durationMs: number;
  billedMs: number;
  measured: number;
  cpuMs: number;
  heapGrowthBytes: number;
  memoryMbS: number;
  outputBytes: number;
}

export class MapSuccessRange {
  private open: OpenRange | undefined;

  /**
   * Instance `index` of `node` succeeded at `atMs` after running `durationMs`. Returns the entry
   * of the range this closed (when it does not extend the open one), else undefined.
   */
  add(
    node: string,
    worker: string,
    epoch: number,
    index: number,
    atMs: number,
    durationMs: number,
    usage: AttemptFigures | undefined,
  ): weft.v1.LogEntry.$Properties | undefined {
    const r = this.open;
    let closed: weft.v1.LogEntry.$Properties | undefined;
    if (r !== undefined && r.node === node && r.epoch === epoch && r.start + r.count === index) {
      r.count++;
      r.atMs = atMs;
      this.sum(r, durationMs, usage);
      return undefined;
    }
    if (r !== undefined) closed = { block: r };
    const fresh: OpenRange = {
      node,
      worker,
      epoch,
      start: index,
      count: 1,
      firstAtMs: atMs,
      atMs,
      durationMs: 0,
      billedMs: 0,
      measured: 0,
      cpuMs: 0,
      heapGrowthBytes: 0,
      memoryMbS: 0,
      outputBytes: 0,
    };
    this.sum(fresh, durationMs, usage);
    this.open = fresh;
    return closed;
  }

  /** The open range's entry (the range is closed), or undefined when none is open. */
  close(): weft.v1.LogEntry.$Properties | undefined {
    const r = this.open;
    if (r === undefined) return undefined;
    this.open = undefined;
    return { block: r };
  }

  private sum(r: OpenRange, durationMs: number, usage: AttemptFigures | undefined): void {
    const d = Number.isFinite(durationMs) && durationMs > 0 ? durationMs : 0;
    r.durationMs += d;
    r.billedMs += billedMs(d);
    if (usage === undefined) return;
    r.measured++;
    r.cpuMs += usage.cpuMs;
    r.memoryMbS += usage.memoryMbS;
    r.outputBytes += usage.outputBytes;
    r.heapGrowthBytes = Math.max(r.heapGrowthBytes, usage.heapGrowthBytes);
  }
}
