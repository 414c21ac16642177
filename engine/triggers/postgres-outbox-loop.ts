/**
 * The reading loop of one outbox reader (a PostgreSQL trigger on the leader, a streaming job's
 * `postgres` source partition): connect, check the table, put the capture back if it was dropped,
 * LISTEN on the reader's channel, then take steps until stopped, woken by a notification or by
 * `poke()` and polling as a safety net (a notification can be missed across a reconnect). A lost
 * connection is said once and tried again every few seconds; the outbox keeps the rows meanwhile.
 */
import type pg from "pg";
import type { Clock, TimerId } from "../base/clock.js";
import { connectCapture, installCapture, resolveCaptureTable, type CaptureTarget } from "./postgres-capture.js";
import { captureName, quoteIdent, type ResolvedTable } from "./postgres-outbox.js";

/** The safety-net poll, and the wait after a step that asks to wait. */
export const OUTBOX_POLL_MS = 1000;
/** The wait before connecting again after the connection failed. */
const RECONNECT_MS = 2000;

/**
 * What a step did: "more": read on at once; "idle": wait for a notification or a poke (or the
 * poll); "wait": wait the poll period whatever comes (a refused event is not offered again at once).
 */
export type OutboxStep = "more" | "idle" | "wait";

export interface OutboxLoopOptions {
  readonly target: CaptureTarget;
  /** The reader's key: its rows in the outbox, its row trigger and its channel. */
  readonly key: string;
  readonly clock: Clock;
  readonly say: (line: string) => void;
  /** The line said when reading fails (once per distinct failure)... */
  readonly failedLine: (why: string, retryS: number) => string;
  /** ...and when it works again. */
  readonly backLine: string;
  readonly step: (client: pg.Client, table: ResolvedTable) => Promise<OutboxStep>;
}

export class OutboxLoop {
  private stopped = false;
  private client: pg.Client | undefined;
  /** Set by a notification (or poke) that came while no one was waiting: the next wait returns at once. */
  private poked = false;
  private wake: (() => void) | undefined;

  constructor(private readonly opts: OutboxLoopOptions) {}

  begin(): void {
    void this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    // A read in flight fails; its rows stay in the outbox for the next reader.
    await this.client?.end().catch(() => {});
  }

  /** Ends an "idle" wait now (news: a notification, credit, a completed checkpoint). */
  poke(): void {
    this.poked = true;
    this.wake?.();
  }

  /** Waits `ms`, or less when `wakeEarly` and a poke comes (or came since the last wait). */
  private sleep(ms: number, wakeEarly: boolean): Promise<void> {
    if (this.stopped || (wakeEarly && this.poked)) {
      this.poked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      let timer: TimerId | undefined;
      const done = () => {
        this.opts.clock.clearTimeout(timer);
        this.wake = undefined;
        this.poked = false;
        resolve();
      };
      timer = this.opts.clock.setTimeout(done, ms);
      this.wake = () => {
        if (wakeEarly || this.stopped) done();
      };
    });
  }

  private async loop(): Promise<void> {
    const { target, key, say } = this.opts;
    let complaint = "";
    while (!this.stopped) {
      try {
        const client = await connectCapture(target);
        this.client = client;
        if (this.stopped) break;
        client.on("notification", () => this.poke());
        client.on("error", () => this.poke()); // the next query fails and the loop reconnects
        const table = await resolveCaptureTable(client, target);
        // Again here, not only at deploy: the capture dropped by hand, or a deploy that stopped
        // after checking, is put back before reading.
        await installCapture(client, table, key);
        await client.query(`LISTEN ${quoteIdent(captureName(key))}`);
        if (complaint) say(this.opts.backLine);
        complaint = "";
        while (!this.stopped) {
          const step = await this.opts.step(client, table);
          if (step === "more") continue;
          await this.sleep(OUTBOX_POLL_MS, step === "idle");
        }
      } catch (err) {
        if (this.stopped) break;
        const line = this.opts.failedLine((err as Error).message, RECONNECT_MS / 1000);
        if (line !== complaint) say(line);
        complaint = line;
        await this.sleep(RECONNECT_MS, false);
      } finally {
        const client = this.client;
        this.client = undefined;
        await client?.end().catch(() => {});
      }
    }
  }
}
