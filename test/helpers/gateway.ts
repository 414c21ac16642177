/** Test helpers for the HTTP gateway: start `weft gateway` as a process, call it, check error answers. */
import assert from "node:assert/strict";
import type { CliProcess } from "./cli.js";
import { freePort, waitFor } from "./nats.js";

/** Starts `weft gateway` on a free port and returns it with its URL (read from its stdout). */
export async function startGateway(
  spawn: (args: string[], opts?: { env?: Record<string, string | undefined> }) => CliProcess,
  natsUrl: string,
  extra: string[] = [],
  env?: Record<string, string>,
) {
  const port = await freePort();
  const proc = spawn(["gateway", "--nats", natsUrl, "--port", String(port), ...extra], env ? { env } : {});
  await waitFor(() => proc.stdout().includes("\n") || !proc.running(), { timeoutMs: 20_000 });
  assert.ok(proc.running(), `weft gateway exited:\n${proc.stderr()}`);
  const url = proc.stdout().trim();
  assert.equal(url, `http://127.0.0.1:${port}`);
  return { proc, url };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A request; the body parsed as JSON when it is. */
export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, body };
}

/** Asserts an error answer: its status and `{"error": {"code", "message"}}`. */
export function assertError(a: Answer, status: number, code?: string): void {
  assert.equal(a.status, status, JSON.stringify(a.body));
  assert.equal(typeof a.body?.error?.message, "string", JSON.stringify(a.body));
  if (code) assert.equal(a.body.error.code, code);
}
