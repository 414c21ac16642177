/**
 * At most `slots` jobs at once on a worker, across all runs; the rest wait in FIFO order.
 */
export class SlotPool {
  private active = 0;
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
