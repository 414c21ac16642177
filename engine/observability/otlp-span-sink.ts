/**
 * The OpenTelemetry SDK behind span-sink.ts: a BasicTracerProvider whose id generator hands out
 * the ids the engine chose (run-trace-ids.ts) for the span being started, a BatchSpanProcessor
 * (OTEL_BSP_* variables apply) and the OTLP/HTTP exporter, which sends JSON to
 * OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as is) with
 * the OTEL_EXPORTER_OTLP_HEADERS. Loaded only when tracing is on.
 */
import { randomBytes } from "node:crypto";
import { ROOT_CONTEXT, SpanStatusCode, TraceFlags, trace, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor, type IdGenerator } from "@opentelemetry/sdk-trace-base";
import type { SpanRecord, SpanSink } from "./span-sink.js";

/** Gives the ids set just before a span starts (startSpan is synchronous), else random ones. */
class ChosenIds implements IdGenerator {
  traceId: string | undefined;
  spanId: string | undefined;

  generateTraceId(): string {
    const id = this.traceId ?? randomBytes(16).toString("hex");
    this.traceId = undefined;
    return id;
  }

  generateSpanId(): string {
    const id = this.spanId ?? randomBytes(8).toString("hex");
    this.spanId = undefined;
    return id;
  }
}

export class OtlpSpanSink implements SpanSink {
  private readonly ids = new ChosenIds();
  private readonly provider: BasicTracerProvider;
  private readonly tracer: Tracer;

  constructor(serviceName: string, attributes: Record<string, string>) {
    this.provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ "service.name": serviceName, ...attributes }),
      idGenerator: this.ids,
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
    });
    this.tracer = this.provider.getTracer("weft");
  }

  emit(s: SpanRecord): void {
    // A child span takes its trace id from the parent's context; a root span from the generator.
    const context = s.parentSpanId
      ? trace.setSpanContext(ROOT_CONTEXT, { traceId: s.traceId, spanId: s.parentSpanId, traceFlags: TraceFlags.SAMPLED, isRemote: true })
      : ROOT_CONTEXT;
    this.ids.traceId = s.traceId;
    this.ids.spanId = s.spanId;
    const span = this.tracer.startSpan(s.name, { startTime: s.startMs, attributes: s.attributes }, context);
    this.ids.traceId = undefined;
    this.ids.spanId = undefined;
    for (const e of s.events ?? []) span.addEvent(e.name, e.attributes, e.atMs);
    if (s.error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: s.error });
    span.end(Math.max(s.startMs, s.endMs));
  }

  async shutdown(): Promise<void> {
    await this.provider.shutdown();
  }
}
