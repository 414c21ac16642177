/**
 * The PostgreSQL trigger: each row inserted or updated in a table starts a run whose input is a
 * RowChange `{table, op, row}`. `weft deploy` installs a row trigger on the table that copies
 * each change into an outbox table in the same transaction (engine/triggers/postgres-outbox.ts);
 * the leader coordinator reads the outbox in commit order (woken by LISTEN/NOTIFY, and polling
 * every second as a safety net), hands each row to the sink and deletes it only once its run is
 * accepted. Changes made while no coordinator is up wait in the outbox and are run when one is;
 * the event id `TABLE:POSITION` (the outbox position) makes a row read again after a crash
 * refused as a duplicate.
 */
import type pg from "pg";
import type { PostgresTriggerSpec } from "../../model/trigger.js";
import { eventsInFlight } from "./event-batcher.js";
import { checkCapture, deployCapture, type CaptureTarget } from "./postgres-capture.js";
import { OutboxLoop, type OutboxStep } from "./postgres-outbox-loop.js";
import { deleteSql, readSql, type ResolvedTable } from "./postgres-outbox.js";
import type { RunningTrigger, TriggerContext, TriggerKindRunner } from "./trigger-kind.js";

/** Outbox rows read (and offered at once) at a time, at least; a batching trigger reads two batches' worth. */
const MIN_PAGE = 100;

/** The trigger's table, named as its flags name it. */
function targetOf(spec: PostgresTriggerSpec): CaptureTarget {
  return { table: spec.table, url: spec.url, names: { url: "--postgres-url", table: "--postgres", reader: "a trigger" } };
}

export const postgresTrigger: TriggerKindRunner<PostgresTriggerSpec> = {
  check: (_bus, spec) => checkCapture(targetOf(spec)),
  install: (_bus, spec, key) => deployCapture(targetOf(spec), key),

  async start(ctx) {
    const source = new OutboxSource(ctx);
    source.begin();
    return source;
  },
};

/** Reads one trigger's outbox on the leader coordinator, reconnecting as long as it runs. */
class OutboxSource implements RunningTrigger {
  private readonly page: number;
  private readonly loop: OutboxLoop;

  constructor(private readonly ctx: TriggerContext<PostgresTriggerSpec>) {
    this.page = Math.max(MIN_PAGE, eventsInFlight(ctx.spec));
    const { spec, key, deployment, clock, say } = ctx;
    this.loop = new OutboxLoop({
      target: targetOf(spec),
      key,
      clock,
      say,
      failedLine: (why, retryS) => `weft coordinator: ${deployment}: the postgres trigger on ${spec.table} cannot read its outbox (${why}); trying again every ${retryS} s`,
      backLine: `weft coordinator: ${deployment}: reading the outbox of table ${spec.table} again`,
      step: (client, table) => this.drain(client, table),
    });
  }

  begin(): void {
    this.loop.begin();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /**
   * Offers one page of the outbox to the sink (all at once, so that a batch can fill) and deletes
   * the rows whose runs were accepted. "more": a full page went through, read on; "idle": all
   * went through, wait for news; "wait": some were not accepted, wait before offering them again.
   */
  private async drain(client: pg.Client, table: ResolvedTable): Promise<OutboxStep> {
    const { spec, key, sink, clock } = this.ctx;
    const { rows } = await client.query<{ position: string; data: string }>(readSql(table), [key, spec.table, this.page]);
    if (rows.length === 0) return "idle";
    const encoder = new TextEncoder();
    const outcomes = await Promise.all(
      rows.map((r) =>
        sink.accept({
          data: encoder.encode(r.data),
          info: { kind: "postgres", eventId: `${spec.table}:${r.position}`, source: spec.table, receivedAtMs: clock.now() },
        }),
      ),
    );
    const accepted = rows.filter((_, i) => outcomes[i] === "ack").map((r) => r.position);
    if (accepted.length > 0) await client.query(deleteSql(table), [key, accepted]);
    if (accepted.length < rows.length) return "wait";
    return rows.length === this.page ? "more" : "idle";
  }
}
