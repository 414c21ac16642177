/**
 * Measures what attempts use on this worker (docs/cost.md): CPU time, peak heap growth, heap
 * over time and output size. One meter per worker, shared by every run.
 *
 * Cheap by design: every attempt costs two integer updates; only measured attempts (every task,
 * and a sample of map items: `measures`) read the process's CPU time and heap (about 1 µs each),
 * and a 20 ms timer samples the heap's peak only while a measured attempt runs. The process's
 * CPU time and heap are shared evenly among the attempts running at the time (an integral per
 * attempt, advanced at each reading): a run's figures are estimates when attempts overlap, exact
 * with one slot. Isolated attempts run in threads whose CPU the process's figure includes and
 * whose heap it does not.
 */
import { getHeapStatistics } from "node:v8";
import { estimateBytes } from "../core/estimate-bytes.js";

/** How often the heap is sampled while a measured attempt runs. */
const SAMPLE_EVERY_MS = 20;

/** What one measured attempt used. */
export interface AttemptFigures {
  cpuMs: number;
  heapGrowthBytes: number;
  memoryMbS: number;
  outputBytes: number;
}

/** A measured attempt in progress. */
export interface Probe {
  readonly cpuShare0: number;
  readonly memShare0: number;
  readonly heap0: number;
  peak: number;
}

/** Task attempts of one run on one worker measured in full before sampling starts. */
const TASKS_MEASURED_IN_FULL = 16;

/** After those, every how many task attempts one is measured (a power of two). */
const TASK_STRIDE = 64;

/**
 * A map node's items are measured about this many times at most (plus items 0-3): every 64th
 * item, or every 128th, 256th... when the node has more items. A measurement (two reads of the
 * process's CPU time and heap) costs more than an item of a few microseconds (W1's
 * `x => x + 1`): a million-item map measures 1,957 items, not 15,628. The stride is the same
 * for every item of a node, so the sample is uniform and the scaled figures stay unbiased.
 */
const MEASURED_ITEMS_PER_NODE = 2048;

/** Every how many items of a map node of `items` items one is measured (a power of two, at least 64). */
export function itemStride(items: number): number {
  return items <= 64 * MEASURED_ITEMS_PER_NODE ? 64 : 2 ** Math.ceil(Math.log2(items / MEASURED_ITEMS_PER_NODE));
}

/**
 * Whether an attempt is measured: map items 0-3 and each `itemStride(items)`th of a node of
 * `items` items (`index`); task-style attempts (`index` -1) the first 16 of a run on this worker
 * (`nth`, counted from 0), then each 64th. A measurement costs about 10 µs under load (two
 * reads of the process's CPU time, each a syscall): a chain of a thousand tiny tasks must not
 * pay it at every hop (W2's 1000 hops read it 62 times, was 244 with the first 64 and each 16th).
 */
export function measures(index: number, nth: number, items = 0): boolean {
  if (index >= 0) return index < 4 || (index & (itemStride(items) - 1)) === 0;
  return nth < TASKS_MEASURED_IN_FULL || (nth & (TASK_STRIDE - 1)) === 0;
}

function heapNow(): number {
  const h = getHeapStatistics();
  return h.used_heap_size + h.external_memory;
}

export class AttemptMeter {
  /** Attempts running now (measured or not). */
  private running = 0;
  /** Per running attempt, CPU µs and heap MB·s since the meter began (integrals). */
  private cpuShare = 0;
  private memShare = 0;
  private lastCpu = 0;
  private lastAt = 0;
  private lastHeap = 0;
  /** `running` at the last reading: the share until the next one. */
  private sharedBy = 1;
  private readonly open = new Set<Probe>();
  private timer: ReturnType<typeof setInterval> | undefined;

  /** An attempt began (every one: it takes a share). */
  started(): void {
    this.running++;
  }

  /** An attempt ended. */
  ended(): void {
    if (this.running > 0) this.running--;
  }

  /** Begins measuring an attempt (call after `started`). */
  begin(): Probe {
    const heap = this.advance();
    const probe: Probe = { cpuShare0: this.cpuShare, memShare0: this.memShare, heap0: heap, peak: heap };
    this.open.add(probe);
    // Stopped by the sampler itself once no attempt is measured: not re-armed per attempt.
    if (this.timer === undefined) {
      this.timer = setInterval(() => this.sample(), SAMPLE_EVERY_MS);
      this.timer.unref();
    }
    return probe;
  }

  /** Ends measuring (call before `ended`); `output` is the value it returned (undefined on failure). */
  end(probe: Probe, output: unknown): AttemptFigures {
    const heap = this.advance();
    this.open.delete(probe);
    return {
      cpuMs: (this.cpuShare - probe.cpuShare0) / 1000,
      heapGrowthBytes: Math.max(0, Math.max(probe.peak, heap) - probe.heap0),
      memoryMbS: this.memShare - probe.memShare0,
      outputBytes: output === undefined ? 0 : estimateBytes(output),
    };
  }

  /** Reads CPU time and heap, shares what passed since the last reading; returns the heap. */
  private advance(): number {
    const cpu = process.cpuUsage();
    const cpuNow = cpu.user + cpu.system;
    const at = performance.now();
    const heap = heapNow();
    if (this.lastAt !== 0) {
      this.cpuShare += (cpuNow - this.lastCpu) / this.sharedBy;
      this.memShare += ((this.lastHeap / 1048576) * ((at - this.lastAt) / 1000)) / this.sharedBy;
    }
    this.lastCpu = cpuNow;
    this.lastAt = at;
    this.lastHeap = heap;
    this.sharedBy = Math.max(1, this.running);
    return heap;
  }

  private sample(): void {
    if (this.open.size === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
      return;
    }
    const heap = this.advance();
    for (const p of this.open) if (heap > p.peak) p.peak = heap;
  }
}

/** The process's meter: its CPU time and heap are the process's, whatever workers it hosts. */
export const attemptMeter = new AttemptMeter();

/** The V8 heap limit of this process: a worker's memory when it is not told one. */
export function heapLimit(): number {
  return getHeapStatistics().heap_size_limit;
}
