// Wraps the Next.js request handler with what every request gets: a sane X-Request-Id (also
// handed to route handlers in the request headers), the client address for rate limits, one
// JSON log line and one histogram sample when the response ends.
import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_IP_HEADER, clientIpOf } from "../http/client.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { REQUEST_ID_HEADER, requestIdFrom } from "../observability/request-id.ts";
import type { RouteOf } from "./route-patterns.ts";

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface InstrumentOptions {
  logger: Logger;
  metrics: Metrics;
  routeOf: RouteOf;
  trustProxy: boolean;
}

export function instrument(handle: NodeHandler, options: InstrumentOptions): NodeHandler {
  const { logger, metrics, routeOf, trustProxy } = options;
  return (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = requestId;
    req.headers[CLIENT_IP_HEADER] = clientIpOf(req, trustProxy);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const url = req.url ?? "/";
    const method = req.method ?? "GET";

    res.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(url);
      const status = res.statusCode;
      metrics.httpDuration.observe({ method, route, status: String(status) }, seconds);
      // Path without the query string (it may carry tokens); never headers or bodies.
      const line = {
        requestId,
        method,
        route,
        path: url.split("?")[0]?.slice(0, 512),
        status,
        durationMs: Math.round(seconds * 1e6) / 1e3,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (status >= 500) logger.warn(line, "request");
      else logger.info(line, "request");
    });

    Promise.resolve()
      .then(() => handle(req, res))
      .catch((error: unknown) => {
        logger.error({ err: error, requestId }, "request handler failed");
        if (!res.headersSent) {
          res.statusCode = 500;
          res.setHeader("content-type", "text/plain; charset=utf-8");
          res.end(`Internal server error (request id ${requestId})\n`);
        } else {
          res.destroy();
        }
      });
  };
}
