/**
 * The /metrics endpoint of a coordinator or worker: a plain HTTP server answering
 * `GET /metrics` with its registry in the Prometheus text format (404 elsewhere). Port 0 takes
 * any free port; `url` says which.
 */
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";
import { ErrorCode, WeftError } from "../errors.js";

export interface MetricsServer {
  /** http://HOST:PORT/metrics */
  readonly url: string;
  close(): Promise<void>;
}

export async function serveMetrics(registry: Registry, listen: { port: number; host: string }): Promise<MetricsServer> {
  // Loaded when metrics are served: a worker without --metrics-port starts without Node's HTTP stack.
  const { createServer } = await import("node:http");
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/metrics" || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("weft: only GET /metrics here\n");
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": registry.contentType }).end(req.method === "HEAD" ? undefined : text),
      (err: unknown) => res.writeHead(500, { "content-type": "text/plain" }).end(`weft: the metrics could not be collected: ${(err as Error).message}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) =>
      reject(
        new WeftError(
          ErrorCode.Infrastructure,
          `the metrics endpoint could not listen on ${listen.host}:${listen.port} (${err.code ?? err.message}): pass another --metrics-port (0: any free one).`,
          { cause: err },
        ),
      ),
    );
    server.listen(listen.port, listen.host, () => resolve());
  });
  server.unref(); // a scrape in progress must not hold the process's exit
  const { port } = server.address() as AddressInfo;
  const host = listen.host.includes(":") ? `[${listen.host}]` : listen.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
