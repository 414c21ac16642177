/**
 * At most `slots` jobs at once on a worker, across all runs; the rest wait in FIFO order.
 * Jobs that finish synchronously would chain through microtasks forever and starve the event
 * loop (no heartbeats, no acks, no incoming data): after a few milliseconds of back-to-back
 * jobs the pool yields a macrotask turn before starting the next ones.
 */
/** How long back-to-back jobs may run before the pool lets the event loop breathe. */
const SLICE_MS = 5;

export class SlotPool {
  private active = 0;
  private sliceStart = 0;
  private yielding = false;
  private readonly queue: Array<() => Promise<void>> = [];
  private head = 0;

  constructor(readonly slots: number) {}

  /** Jobs running now. */
  get running(): number {
    return this.active;
  }

  /** Jobs waiting for a slot. */
  get waiting(): number {
    return this.queue.length - this.head;
  }

  /** Queues a job; it starts when a slot is free. A job's rejection is its own business. */
  submit(job: () => Promise<void>): void {
    this.queue.push(job);
    this.pump();
  }

  private pump(): void {
    if (this.yielding) return;
    const now = performance.now();
    if (now - this.sliceStart > SLICE_MS) {
      if (this.sliceStart !== 0 && this.head < this.queue.length) {
        this.yielding = true;
        this.sliceStart = 0;
        setImmediate(() => {
          this.yielding = false;
          this.pump();
        });
        return;
      }
      this.sliceStart = now;
    }
    while (this.active < this.slots && this.head < this.queue.length) {
      const job = this.queue[this.head]!;
      this.queue[this.head++] = undefined as unknown as () => Promise<void>;
      // Compact now and then, so a long-lived worker's queue does not grow forever.
      if (this.head > 4096 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      this.active++;
      void job()
        .catch(() => {})
        .finally(() => {
          this.active--;
          this.pump();
        });
    }
  }
}
