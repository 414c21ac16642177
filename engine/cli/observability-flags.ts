/**
 * `--metrics-port` / `--metrics-host` of `weft coordinator` and `weft worker` (or
 * WEFT_METRICS_PORT / WEFT_METRICS_HOST), and the traces asked for by the OTLP variables: what a
 * long-running command sets up before it starts, serves once it runs, and stops at its end.
 */
import { ErrorCode, WeftError } from "../errors.js";
import { serveMetrics, type MetricsServer } from "../observability/metrics-server.js";
import { startTracing, type SpanSink } from "../observability/span-sink.js";
import type { Registry } from "prom-client";

export interface ObservabilityFlags {
  metricsPort?: string;
  metricsHost?: string;
}

/** Where /metrics listens, or undefined when metrics are off (the default). */
export function metricsListen(flags: ObservabilityFlags, env: NodeJS.ProcessEnv = process.env): { port: number; host: string } | undefined {
  const [raw, from] = flags.metricsPort !== undefined ? [flags.metricsPort, "--metrics-port"] : [env.WEFT_METRICS_PORT, "WEFT_METRICS_PORT"];
  if (raw === undefined || raw === "") return undefined;
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || port > 65535) {
    throw new WeftError(ErrorCode.Usage, `${from} must be a TCP port from 0 to 65535 (0: any free one), got "${raw}".`);
  }
  return { port, host: flags.metricsHost ?? (env.WEFT_METRICS_HOST || "127.0.0.1") };
}

/** The metrics and traces of one coordinator or worker process. */
export class ProcessObservability {
  private server: MetricsServer | undefined;

  private constructor(
    private readonly listen: { port: number; host: string } | undefined,
    /** Where the process's spans go; undefined without an OTLP endpoint. */
    readonly spans: SpanSink | undefined,
  ) {}

  /** Checks the flags (a bad one is a usage error before anything starts) and starts tracing if asked. */
  static async start(flags: ObservabilityFlags, service: string, attributes: Record<string, string>): Promise<ProcessObservability> {
    const listen = metricsListen(flags);
    return new ProcessObservability(listen, await startTracing(service, attributes));
  }

  /** Whether metrics are asked for. */
  get metrics(): boolean {
    return this.listen !== undefined;
  }

  /** Serves `registry` on /metrics; resolves to its URL (undefined when metrics are off). */
  async serve(registry: Registry | undefined): Promise<string | undefined> {
    if (!this.listen || !registry) return undefined;
    this.server = await serveMetrics(registry, this.listen);
    return this.server.url;
  }

  /** Closes the endpoint and exports the spans still buffered. */
  async stop(): Promise<void> {
    await this.server?.close();
    await this.spans?.shutdown().catch(() => {});
  }
}
