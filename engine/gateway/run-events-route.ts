/**
 * `GET /v1/runs/ID/events`: the run's log as Server-Sent Events, one JSON object per entry
 * (the lines `weft logs --json` prints), from the start or after `Last-Event-ID`. Each
 * event's id is `SEQ.INDEX`: the run log stream sequence of the entry's batch and its place in
 * it. The stream ends once the run has ended.
 */
import type { FastifyInstance } from "fastify";
import type { Bus } from "../bus/bus.js";
import { isTerminalRunState } from "../../model/status.js";
import { followRun, runLogExists, type FollowHandle, type LogPosition } from "../client/run-client.js";
import { logEntryJson } from "../client/run-json.js";
import { HttpError } from "./http-errors.js";
import type { RunParams } from "./runs-routes.js";
import { findRun } from "./run-lookup.js";
import { ErrorCode } from "../errors.js";

/** A comment line this often keeps proxies and load balancers from closing a quiet stream. */
const KEEPALIVE_MS = 15_000;
/** An ended run's log is complete: if its end is not there (pruned), stop after this long without an entry. */
const ENDED_IDLE_MS = 2000;
/** An express run's log ends with its end unless its coordinator was lost: then it goes quiet, and the stream ends this long after. */
const EXPRESS_IDLE_MS = 30_000;

/** `Last-Event-ID`: `SEQ.INDEX` as this route sends them, or `SEQ` (after that whole batch). */
export function parseLastEventId(raw: string | undefined): LogPosition | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(raw.trim());
  if (!m) throw new HttpError(400, ErrorCode.InvalidInput, `Last-Event-ID must be an event id this stream sent (SEQ.INDEX), got ${JSON.stringify(raw)}`);
  return { seq: Number(m[1]), index: m[2] === undefined ? Number.MAX_SAFE_INTEGER : Number(m[2]) };
}

/** Registers the route; the returned function ends every open stream (for a clean shutdown). */
export function runEventsRoute(app: FastifyInstance, bus: Bus): () => void {
  const open = new Set<FollowHandle>();
  app.get<{ Params: RunParams }>("/v1/runs/:id/events", async (req, reply) => {
    // An express run has no record; its log is in the stream all the same (docs/express.md).
    const record = await findRun(bus, req.params.id).catch(async (err: unknown) => {
      if ((err as { code?: string }).code === ErrorCode.NotFound && (await runLogExists(bus, req.params.id))) return undefined;
      throw err;
    });
    const runId = record?.runId ?? req.params.id;
    const after = parseLastEventId(req.headers["last-event-id"] as string | undefined);
    // Entries may come before the headers are out: held until then.
    const held: string[] = [];
    let send = (chunk: string) => void held.push(chunk);
    const handle = await followRun(
      bus,
      runId,
      (entry, at) => {
        const json = logEntryJson(runId, entry);
        if (json) send(`id: ${at.seq}.${at.index}\ndata: ${JSON.stringify(json)}\n\n`);
      },
      { ...(after ? { after } : {}), ...(!record ? { idleMs: EXPRESS_IDLE_MS } : isTerminalRunState(record.state) ? { idleMs: ENDED_IDLE_MS } : {}) },
    );
    open.add(handle);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    send = (chunk) => void res.write(chunk);
    for (const chunk of held.splice(0)) send(chunk);
    const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
    res.on("close", () => handle.stop());
    await handle.ended;
    clearInterval(keepalive);
    open.delete(handle);
    res.end();
  });
  return () => {
    for (const handle of open) handle.stop();
  };
}
