// Graceful shutdown of an http.Server: stop accepting, let in-flight requests finish (up to a
// bound), then release resources and exit 0. Kept apart from Next so tests can drive it with
// a plain server.
import type { Server, ServerResponse } from "node:http";
import type { Logger } from "../observability/logger.ts";

export interface Drainable {
  /** Resolves once every connection is closed; `forced` if the bound cut requests off. */
  drain(timeoutMs: number): Promise<{ forced: boolean }>;
  inFlight(): number;
}

/** Call right after creating the server, before it takes requests. */
export function trackRequests(server: Server): Drainable {
  const open = new Set<ServerResponse>();
  let draining = false;
  server.on("request", (_req, res: ServerResponse) => {
    open.add(res);
    // A request arriving on a kept-alive connection during the drain is served, but the
    // client is told not to send another on it.
    if (draining) res.setHeader("connection", "close");
    res.once("close", () => {
      open.delete(res);
      // Its connection is idle now: close it instead of waiting out keep-alive.
      if (draining) server.closeIdleConnections();
    });
  });
  return {
    inFlight: () => open.size,
    drain(timeoutMs) {
      draining = true;
      return new Promise((resolve) => {
        let forced = false;
        const timer = setTimeout(() => {
          forced = true;
          server.closeAllConnections();
        }, timeoutMs);
        server.close(() => {
          clearTimeout(timer);
          resolve({ forced });
        });
        server.closeIdleConnections();
      });
    },
  };
}

export interface ShutdownOptions {
  server: Drainable;
  drainTimeoutMs: number;
  logger: Logger;
  /** Releases what the server held (grading pool, store), after the drain. */
  release: () => Promise<void>;
  exit?: (code: number) => void;
}

/** SIGTERM/SIGINT: drain, release, exit 0. A second signal exits at once with 1. */
export function exitGracefullyOnSignals(options: ShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let shuttingDown = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      options.logger.warn({ signal }, "shutdown: second signal, exiting now");
      exit(1);
      return;
    }
    shuttingDown = true;
    options.logger.info(
      { signal, inFlight: options.server.inFlight(), timeoutMs: options.drainTimeoutMs },
      "shutdown: draining",
    );
    let code = 0;
    try {
      const { forced } = await options.server.drain(options.drainTimeoutMs);
      if (forced) options.logger.warn("shutdown: drain timed out; cut remaining requests off");
      await options.release();
      options.logger.info("shutdown: done");
    } catch (error) {
      options.logger.error({ err: error }, "shutdown: releasing resources failed");
      code = 1;
    }
    exit(code);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
