/**
 * A small OTLP/HTTP trace receiver for tests: accepts `POST /v1/traces` in the JSON encoding
 * (what @opentelemetry/exporter-trace-otlp-http sends; gzip too) and keeps every span, flattened
 * with its resource's service.name and its attributes as plain values.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";

export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  startMs: number;
  endMs: number;
  attributes: Record<string, unknown>;
  /** 0 unset, 1 ok, 2 error. */
  statusCode: number;
  statusMessage: string;
  events: { name: string; attributes: Record<string, unknown> }[];
}

interface AnyValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
  arrayValue?: { values?: AnyValue[] };
}
interface KeyValue {
  key: string;
  value: AnyValue;
}

function valueOf(v: AnyValue): unknown {
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.arrayValue !== undefined) return (v.arrayValue.values ?? []).map(valueOf);
  return undefined;
}

const attributesOf = (kvs: KeyValue[] | undefined) => Object.fromEntries((kvs ?? []).map((kv) => [kv.key, valueOf(kv.value)]));
const nanosToMs = (n: string | number | undefined) => Number(BigInt(n ?? 0) / 1_000_000n);

export interface OtlpReceiver {
  /** The endpoint to give as OTEL_EXPORTER_OTLP_ENDPOINT (the exporter adds /v1/traces). */
  readonly endpoint: string;
  readonly spans: ReceivedSpan[];
  /** Requests that were not OTLP JSON (each with why). */
  readonly refused: string[];
  close(): Promise<void>;
}

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const refused: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        if (req.method !== "POST" || req.url !== "/v1/traces") throw new Error(`${req.method} ${req.url}`);
        if (!String(req.headers["content-type"]).startsWith("application/json")) throw new Error(`content-type ${req.headers["content-type"]}`);
        let body = Buffer.concat(chunks);
        if (req.headers["content-encoding"] === "gzip") body = gunzipSync(body);
        const message = JSON.parse(body.toString("utf8")) as {
          resourceSpans?: { resource?: { attributes?: KeyValue[] }; scopeSpans?: { spans?: Record<string, unknown>[] }[] }[];
        };
        for (const rs of message.resourceSpans ?? []) {
          const service = String(attributesOf(rs.resource?.attributes)["service.name"] ?? "");
          for (const ss of rs.scopeSpans ?? []) {
            for (const s of ss.spans ?? []) {
              const status = (s.status ?? {}) as { code?: number; message?: string };
              spans.push({
                service,
                traceId: String(s.traceId ?? ""),
                spanId: String(s.spanId ?? ""),
                parentSpanId: String(s.parentSpanId ?? ""),
                name: String(s.name ?? ""),
                startMs: nanosToMs(s.startTimeUnixNano as string),
                endMs: nanosToMs(s.endTimeUnixNano as string),
                attributes: attributesOf(s.attributes as KeyValue[]),
                statusCode: status.code ?? 0,
                statusMessage: status.message ?? "",
                events: ((s.events ?? []) as { name: string; attributes?: KeyValue[] }[]).map((e) => ({ name: e.name, attributes: attributesOf(e.attributes) })),
              });
            }
          }
        }
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      } catch (err) {
        refused.push((err as Error).message);
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
