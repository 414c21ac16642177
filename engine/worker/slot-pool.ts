/**
 * At most `slots` jobs at once on a worker, across all runs, shared between owners in turn and,
 * within an owner, between its runs in turn. Jobs
 * that finish synchronously would chain through microtasks forever and starve the event
 * loop (no heartbeats, no acks, no incoming data): after a few milliseconds of back-to-back
 * jobs the pool yields a macrotask turn before starting the next ones.
 *
 * The engine's own long loops (laying out a run's tasks, cancelling them) go in slices the same
 * way (`Slicer`, `inSlices`): a worker whose loop is held for 3 s is declared lost.
 *
 * Memory: a job may carry its node's predicted memory need (the run's placement says it, from the
 * node's resource history; docs/cost.md). A job with a need starts only while the needs of the
 * jobs running fit the worker's memory, or when nothing runs (a job is never kept out forever);
 * meanwhile the other runs' lanes take the free slots. Jobs without a need pay one comparison.
 *
 * Real time on purpose: slices measure how long this thread really held the event loop
 * (performance.now, setImmediate), which the worker's injected Clock does not model.
 */
/** How long back-to-back jobs (or engine work) may run before the pool lets the event loop breathe. */
export const SLICE_MS = 5;

/**
 * A job: a promise that settles when it is over, or nothing when it was over on return (a map
 * instance whose function returned a value: no promise, no microtask, nothing for the GC).
 */
export type Job = () => Promise<void> | void;

/** `count` jobs made on demand: one queue entry, however many (a map block of 1M items). */
interface Batch {
  next: number;
  readonly count: number;
  readonly run: (k: number) => Promise<void> | void;
  /** Each job's predicted memory need in bytes (0: none said). */
  readonly memory: number;
}

type Entry = Job | Batch;

/** Where a run queues its jobs. */
export interface JobQueue {
  /**
   * Queues a job; it starts when a slot is free (and, when `node` has a predicted memory need,
   * when its memory is free too). A job's rejection is its own business.
   */
  submit(job: Job, node?: string): void;
  /**
   * Queues `count` jobs, `run(0)` … `run(count - 1)`, in this order, in one queue entry: each
   * is made when a slot takes it, so queueing a million costs what queueing one does.
   */
  submitMany(count: number, run: (k: number) => Promise<void> | void, node?: string): void;
}

/** Per placement's `nodeMemory` (shared by the runs of a placement): the same needs as a Map, made once. */
const memoryMaps = new WeakMap<object, ReadonlyMap<string, number>>();

function memoryMapOf(nodeMemory: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  let map = memoryMaps.get(nodeMemory);
  if (!map) memoryMaps.set(nodeMemory, (map = new Map(Object.entries(nodeMemory))));
  return map;
}

/** One run's jobs, in FIFO order. */
class Lane implements JobQueue {
  readonly queue: Entry[] = [];
  head = 0;
  /** Jobs queued and not started yet (a batch counts all of its jobs). */
  pending = 0;
  closed = false;

  /** Node -> predicted memory need in bytes (the run's placement's, as a Map: read at every submit). */
  private readonly nodeMemory: ReadonlyMap<string, number> | undefined;

  constructor(
    private readonly pool: SlotPool,
    /** Node -> predicted memory need in bytes (the run's placement). */
    nodeMemory?: Readonly<Record<string, number>>,
    /** Who submitted the run ("" for none): owners take turns before their runs do. */
    readonly owner = "",
  ) {
    this.nodeMemory = nodeMemory === undefined ? undefined : memoryMapOf(nodeMemory);
  }

  submit(job: Job, node?: string): void {
    if (this.closed) return;
    const memory = this.needOf(node);
    this.queue.push(memory > 0 ? { next: 0, count: 1, run: () => job(), memory } : job);
    this.pending++;
    this.pool.queued(this, 1);
  }

  submitMany(count: number, run: (k: number) => Promise<void> | void, node?: string): void {
    if (count <= 0 || this.closed) return;
    this.queue.push({ next: 0, count, run, memory: this.needOf(node) });
    this.pending += count;
    this.pool.queued(this, count);
  }

  private needOf(node: string | undefined): number {
    return node === undefined || this.nodeMemory === undefined ? 0 : (this.nodeMemory.get(node) ?? 0);
  }

  /** The predicted memory need of the next job (0: none said). */
  headNeed(): number {
    const entry = this.queue[this.head]!;
    return typeof entry === "function" ? 0 : entry.memory;
  }

  /** No more jobs from this lane: those waiting are dropped (their run is over here). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pool.dropped(this);
    this.queue.length = 0;
    this.head = 0;
    this.pending = 0;
  }

  /** The next job, taken off the queue. */
  take(): Job {
    const entry = this.queue[this.head]!;
    let job: Job;
    if (typeof entry === "function") {
      job = entry;
      this.queue[this.head++] = undefined as unknown as Entry;
    } else {
      const k = entry.next++;
      if (entry.next >= entry.count) this.queue[this.head++] = undefined as unknown as Entry;
      job = () => entry.run(k);
    }
    this.pending--;
    // Compact now and then, so a long-lived run's queue does not grow forever.
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return job;
  }
}

/** One owner's lanes with jobs waiting, served in turn from `turn`. */
class OwnerTurn {
  readonly lanes: Lane[] = [];
  turn = 0;

  constructor(readonly owner: string) {}
}

/**
 * At most `slots` jobs at once on a worker, across all runs. Each run queues its jobs in a lane
 * of its own (FIFO within it). Free slots go to the owners in turn (the NATS identities that
 * submitted the runs), and within an owner to its runs in turn: a one-task run is not queued
 * behind another run's thousands of tasks, and an owner with ten runs going gets no more of the
 * worker than an owner with one.
 */
export class SlotPool implements JobQueue {
  private active = 0;
  private sliceStart = 0;
  private yielding = false;
  /** Set while pump's loop runs. */
  private pumping = false;
  /** Owners with jobs waiting, served in turn from `turn`. */
  private readonly ready: OwnerTurn[] = [];
  private readonly owners = new Map<string, OwnerTurn>();
  private turn = 0;
  /** Lanes with jobs waiting, in every owner's turn. */
  private readyLanes = 0;
  /** Jobs queued and not started yet, in every lane. */
  private pending = 0;
  /** The lane of submit/submitMany on the pool itself. */
  private readonly shared = new Lane(this);

  /** Predicted memory of the jobs running now. */
  private memoryInUse = 0;

  constructor(
    readonly slots: number,
    /** The memory jobs may use together, in bytes (0: no limit). */
    readonly memoryBytes = 0,
  ) {}

  /** Jobs running now. */
  get running(): number {
    return this.active;
  }

  /** Jobs waiting for a slot. */
  get waiting(): number {
    return this.pending;
  }

  /**
   * A lane of its own for one run's jobs: close it when the run is over here. `nodeMemory`:
   * the predicted memory need per node of the run (its placement's).
   */
  lane(nodeMemory?: Readonly<Record<string, number>>, owner = ""): Lane {
    return new Lane(this, nodeMemory, owner);
  }

  submit(job: Job, node?: string): void {
    this.shared.submit(job, node);
  }

  submitMany(count: number, run: (k: number) => Promise<void> | void, node?: string): void {
    this.shared.submitMany(count, run, node);
  }

  /** @internal A lane queued `count` jobs. */
  queued(lane: Lane, count: number): void {
    this.pending += count;
    if (lane.pending === count) {
      // It was empty: it joins its owner's turn (and the owner the pool's, if it had none waiting).
      let owner = this.owners.get(lane.owner);
      if (!owner) {
        owner = new OwnerTurn(lane.owner);
        this.owners.set(lane.owner, owner);
        this.ready.push(owner);
      }
      owner.lanes.push(lane);
      this.readyLanes++;
    }
    this.pump();
  }

  /** @internal A lane closed with jobs waiting: they leave the count and the turn. */
  dropped(lane: Lane): void {
    this.pending -= lane.pending;
    const owner = this.owners.get(lane.owner);
    const i = owner ? owner.lanes.indexOf(lane) : -1;
    if (!owner || i < 0) return;
    this.leave(owner, i);
  }

  /** Lane `i` of `owner` has nothing waiting any more: out of the turn (and the owner, if it was its last). */
  private leave(owner: OwnerTurn, i: number): void {
    owner.lanes.splice(i, 1);
    if (owner.turn > i) owner.turn--;
    this.readyLanes--;
    if (owner.lanes.length > 0) return;
    this.owners.delete(owner.owner);
    const o = this.ready.indexOf(owner);
    this.ready.splice(o, 1);
    if (this.turn > o) this.turn--;
  }

  private pump(): void {
    // A job that queues another as it runs (a chain's hop readies the next task) is not nested
    // a level deeper per hop: the loop below takes the new job once this one returns.
    if (this.yielding || this.pumping) return;
    this.pumping = true;
    try {
      this.pumpLoop();
    } finally {
      this.pumping = false;
    }
  }

  private pumpLoop(): void {
    const now = performance.now();
    if (now - this.sliceStart > SLICE_MS) {
      if (this.sliceStart !== 0 && this.readyLanes > 0) return this.breathe();
      this.sliceStart = now;
    }
    // Lanes passed over in a row because their next job's memory does not fit now.
    let passed = 0;
    // Jobs over on return, back to back: the clock is read every 64 of them.
    let inline = 0;
    while (this.active < this.slots && this.readyLanes > passed && !this.yielding) {
      if (this.turn >= this.ready.length) this.turn = 0;
      const owner = this.ready[this.turn]!;
      if (owner.turn >= owner.lanes.length) owner.turn = 0;
      const lane = owner.lanes[owner.turn]!;
      const need = lane.headNeed();
      if (need > 0 && this.memoryBytes > 0 && this.active > 0 && this.memoryInUse + need > this.memoryBytes) {
        // Passed over: the next owner's turn, and this owner's next lane when it comes back.
        owner.turn++;
        this.turn++;
        passed++;
        continue;
      }
      passed = 0;
      this.memoryInUse += need;
      const job = lane.take();
      this.pending--;
      // The next owner's turn; within this owner, its next lane's. A lane emptied leaves the
      // turn (the next takes its place), and so does an owner with no lane left.
      const ownersBefore = this.ready.length;
      if (lane.pending === 0) this.leave(owner, owner.turn);
      else owner.turn++;
      if (this.ready.length === ownersBefore) this.turn++;
      this.active++;
      let running: Promise<void> | void;
      try {
        running = job();
      } catch {
        running = undefined; // a job's failure is its own business
      }
      if (running !== undefined) {
        const release = () => {
          this.active--;
          this.memoryInUse -= need;
          this.pump();
        };
        void running.then(release, release);
        continue;
      }
      // Over already: its slot is free at once. The loop breathes after SLICE_MS of these.
      this.active--;
      this.memoryInUse -= need;
      if ((++inline & 63) === 0 && this.readyLanes > 0 && performance.now() - this.sliceStart > SLICE_MS) return this.breathe();
    }
  }

  /** Lets the event loop take a macrotask turn (timers, heartbeats, NATS I/O), then goes on. */
  private breathe(): void {
    this.yielding = true;
    this.sliceStart = 0;
    setImmediate(() => {
      this.yielding = false;
      this.pump();
    });
  }
}

/**
 * Tells a long synchronous loop of the engine when to let the event loop breathe: `due()` is
 * cheap (it reads the clock once every 64 calls) and true once SLICE_MS have gone by since the
 * slice began; `pause()` then yields a macrotask turn (timers, heartbeats, NATS I/O run) and
 * starts a new slice. A loop that ends within its first slice never yields.
 */
export class Slicer {
  private start = performance.now();
  private calls = 0;

  /** `records`: what the step just done weighed (a batch of records counts as many). */
  due(records = 1): boolean {
    this.calls += records;
    if (this.calls < 64) return false;
    this.calls = 0;
    return performance.now() - this.start > SLICE_MS;
  }

  pause(): Promise<void> {
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        this.start = performance.now();
        this.calls = 0;
        resolve();
      }),
    );
  }
}

const DONE: Promise<void> = Promise.resolve();

/**
 * Runs `step` on each item of `items` (a Map's entries, an array) in slices, like inSlices for
 * an iterable: a shuffle's millions of keys are seconds of work. `slicer` may be shared by the
 * loops of one piece of work, so their time adds up.
 */
export async function eachInSlices<T>(items: Iterable<T>, step: (item: T) => void, slicer: Slicer = new Slicer()): Promise<void> {
  for (const item of items) {
    step(item);
    if (slicer.due()) await slicer.pause();
  }
}

/**
 * Runs `step(i)` for i = 0 … count - 1 in slices of about SLICE_MS with a macrotask turn between
 * them; stops early once `stop()` says so (checked after each pause); `around` wraps each slice
 * (to label it for the loop watchdog). The first slice runs now, synchronously: a small count
 * is all done before this returns (no yield, and an already resolved promise, shared, so the
 * common case costs no allocation). The promise rejects with what a step threw.
 */
export function inSlices(
  count: number,
  step: (i: number) => void,
  opts: { stop?: () => boolean; around?: (slice: () => void) => void } = {},
): Promise<void> {
  const slicer = new Slicer();
  const around = opts.around ?? ((slice: () => void) => slice());
  let i = 0;
  const slice = () => {
    for (; i < count; i++) {
      if (slicer.due()) return;
      step(i);
    }
  };
  try {
    around(slice);
  } catch (err) {
    return Promise.reject(err);
  }
  if (i >= count) return DONE;
  return (async () => {
    while (i < count) {
      await slicer.pause();
      if (opts.stop?.()) return;
      around(slice);
    }
  })();
}
