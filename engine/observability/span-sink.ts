/**
 * Where finished spans go: an OpenTelemetry SDK tracer with a batching OTLP/HTTP (JSON)
 * exporter, set up only when OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) is set. The
 * engine hands over spans whose times and ids it already knows (SpanRecord), after the fact:
 * no context is kept open across async work, and a process without the variable never loads
 * the SDK (`startTracing` resolves to undefined and every hook is a skipped `?.`).
 */

/** A span, complete: ids, times (ms since the epoch), attributes, outcome. */
export interface SpanRecord {
  readonly traceId: string;
  /** Its own id (16 hex digits); random when absent. */
  readonly spanId?: string;
  /** The parent's id, in the same trace; none for a root span. */
  readonly parentSpanId?: string;
  readonly name: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly attributes: Readonly<Record<string, string | number | boolean | string[]>>;
  /** A failure: the span's status is ERROR with this message. */
  readonly error?: string;
  /** Point events (the first failures of a map node, say). */
  readonly events?: readonly { name: string; atMs: number; attributes: Readonly<Record<string, string | number>> }[];
}

export interface SpanSink {
  emit(span: SpanRecord): void;
  /** Exports what is still buffered, then stops. */
  shutdown(): Promise<void>;
}

/** True when the environment asks for traces (the OTLP exporter's own variables). */
export function tracingWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && env.OTEL_SDK_DISABLED !== "true";
}

/**
 * A span sink exporting to the OTLP endpoint of the environment, or undefined when none is set.
 * `serviceName` is the resource's service.name unless OTEL_SERVICE_NAME says otherwise.
 */
export async function startTracing(
  serviceName: string,
  attributes: Record<string, string> = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<SpanSink | undefined> {
  if (!tracingWanted(env)) return undefined;
  const { OtlpSpanSink } = await import("./otlp-span-sink.js");
  return new OtlpSpanSink(env.OTEL_SERVICE_NAME || serviceName, attributes);
}
