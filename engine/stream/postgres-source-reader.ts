/**
 * A streaming job's `postgres(url, table)` source partition. The changes are captured as the
 * PostgreSQL trigger captures them (a row trigger fills weft's outbox in the same transaction,
 * engine/triggers/postgres-outbox.ts), under a key of the job's own, so a trigger and a stream on
 * the same table each get every row. The reader keeps its place as an outbox cursor
 * `TXID:POSITION` (the job's checkpoints store it; a restore reads the rows after it, the same
 * rows in the same order) and deletes outbox rows only up to the cursor of a completed
 * checkpoint: the job never lets go of a row a restore could still need.
 *
 * Partitions: partition p of P reads the rows whose outbox position ≡ p (mod P), with its own
 * cursor, so several readers share a table's changes (the order holds within a partition).
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import type { RowChangeRecord, StreamSourceSpec } from "../../model/stream.js";
import type { CaptureTarget } from "../triggers/postgres-capture.js";
import { OutboxLoop, type OutboxStep } from "../triggers/postgres-outbox-loop.js";
import { cursorText, deleteThroughSql, parseCursor, readAfterSql, type OutboxCursor, type ResolvedTable } from "../triggers/postgres-outbox.js";
import type { Deliver, ReaderPlace, SourceOffset, SourceReader } from "./source-reader.js";

/** Outbox rows read at a time. */
const PAGE = 500;

type PostgresSpec = Extract<StreamSourceSpec, { kind: "postgres" }>;

/** The outbox key of job `job` reading `table`: its own rows, row trigger and channel (hex, as trigger keys are). */
export function streamCaptureKey(job: string, table: string): string {
  return createHash("sha256").update(`stream\n${job}\n${table}`).digest("hex").slice(0, 12);
}

/** The source's table, named as the SDK call names it (in error messages). */
export function streamCaptureTarget(spec: PostgresSpec): CaptureTarget {
  return { table: spec.table, url: spec.url, names: { url: "postgres(url, table): the url", table: "postgres(url, table): the table", reader: "a stream source" } };
}

interface OutboxRow {
  txid: string;
  position: string;
  op: "INSERT" | "UPDATE";
  row: string;
  changed_at_ms: number;
}

export class PostgresReader implements SourceReader {
  private readonly key: string;
  private readonly loop: OutboxLoop;
  private cursor: OutboxCursor = parseCursor(0);
  /** The cursor of the last completed checkpoint, until its rows are deleted. */
  private forget: OutboxCursor | undefined;
  private deliver: Deliver = () => {};
  private paused = false;

  constructor(
    private readonly spec: PostgresSpec,
    private readonly place: ReaderPlace,
  ) {
    const { job, partition, clock, say } = place;
    this.key = streamCaptureKey(job, spec.table);
    this.loop = new OutboxLoop({
      target: streamCaptureTarget(spec),
      key: this.key,
      clock,
      say,
      failedLine: (why, retryS) => `weft stream ${job}: s${partition}: cannot read the outbox of table ${spec.table} (${why}); trying again every ${retryS} s`,
      backLine: `weft stream ${job}: s${partition}: reading the outbox of table ${spec.table} again`,
      step: (client, table) => this.step(client, table),
    });
  }

  async start(position: SourceOffset, deliver: Deliver): Promise<void> {
    this.cursor = parseCursor(position);
    this.deliver = deliver;
    this.loop.begin();
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.loop.poke();
  }

  committed(position: SourceOffset): void {
    this.forget = parseCursor(position);
    this.loop.poke();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async step(client: pg.Client, table: ResolvedTable): Promise<OutboxStep> {
    const { partition, partitions } = this.place;
    const forget = this.forget;
    if (forget) {
      await client.query(deleteThroughSql(table), [this.key, forget.txid, forget.position, partitions, partition]);
      if (this.forget === forget) this.forget = undefined;
    }
    if (this.paused) return "idle"; // resume() pokes
    const { rows } = await client.query<OutboxRow>(readAfterSql(table), [this.key, this.cursor.txid, this.cursor.position, PAGE, partitions, partition]);
    for (const r of rows) {
      // Delivered one by one: a pause (no credit downstream) stops here, and the rest is read again after the cursor.
      if (this.paused) return "idle";
      this.cursor = { txid: r.txid, position: r.position };
      const record: RowChangeRecord = {
        table: this.spec.table,
        op: r.op,
        row: JSON.parse(r.row) as Record<string, unknown>,
        id: `${this.spec.table}:${r.position}`,
        txid: r.txid,
        position: r.position,
        changedAt: r.changed_at_ms,
      };
      this.deliver(record, cursorText(this.cursor));
    }
    return rows.length === PAGE ? "more" : "idle";
  }
}
