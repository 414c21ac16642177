/**
 * The coordinator's leadership: it serves only while it holds the lock (LeaderLock), waits as a
 * standby while another coordinator does, and, when it finds another in its place (it was
 * frozen or cut off for longer than the lock lives), stops serving at once and stands by again.
 * A term (an AbortSignal) ends with each leadership: work begun in it stops at its next step.
 */
import type { LeaderLock } from "./leader-lock.js";

export interface LeadershipHooks {
  /** Begins serving (subscriptions, taking up unfinished runs). */
  serve(): Promise<void>;
  /**
   * Stops serving at once and drops everything of the term: this coordinator writes nothing
   * more, and leaves its runs to the new leader (which resumed them from KV).
   */
  drop(): void;
}

export class Leadership {
  private term = new AbortController();
  /** Lost the leadership at least once (so a later lead() says it is active again). */
  private demoted = false;
  private stopping = false;

  constructor(
    private readonly lock: LeaderLock,
    private readonly name: string,
    private readonly say: (line: string) => void,
    private readonly hooks: LeadershipHooks,
  ) {}

  /** Fires when this coordinator loses the leadership it holds now. */
  get signal(): AbortSignal {
    return this.term.signal;
  }

  /** True if this coordinator still holds the lock (see LeaderLock.confirm). */
  confirm(): Promise<boolean> {
    return this.lock.confirm();
  }

  /** Waits (as a standby) until this coordinator holds the leadership, then serves. */
  async lead(): Promise<void> {
    await this.lock.acquire(
      (holder) => this.say(`weft coordinator ${this.name}: ${holder} is the active coordinator on this NATS; standing by until it goes away.`),
      () => void this.demote(),
      (detail) =>
        this.say(
          `weft coordinator ${this.name}: cannot take the lead: ${detail}. Free space on the server's store (or raise max_file_store and restart nats-server); ` +
            `this coordinator tries again every 2 s and takes up the unfinished runs once the lock is stored.`,
        ),
    );
    if (this.stopping) return;
    if (this.demoted) this.say(`weft coordinator ${this.name}: active again (the other coordinator went away); taking up the unfinished runs.`);
    await this.hooks.serve();
  }

  /** Serves no more: a standby waiting for the lock stops waiting. */
  stop(): void {
    this.stopping = true;
  }

  /** Gives the lock up for good. */
  release(): Promise<void> {
    return this.lock.release();
  }

  private async demote(): Promise<void> {
    this.say(`weft coordinator ${this.name}: lost the leadership to another coordinator; its runs are that one's now. Standing by.`);
    this.demoted = true;
    this.term.abort();
    this.term = new AbortController();
    this.hooks.drop();
    await this.lead();
  }
}
