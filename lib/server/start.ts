// Everything server.ts does, in order: logger and metrics, store (migrated), sandbox pool
// (warm) and Next, then listen; SIGTERM/SIGINT drain and release. The singletons go into the
// runtime registry, where the route handlers find them.
import { createServer } from "node:http";
import { join } from "node:path";
import next from "next";
import { startAuth } from "../auth/start.ts";
import type { Env } from "../env.ts";
import { startGrading } from "../grading/start.ts";
import { createLogger } from "../observability/logger.ts";
import { createMetrics } from "../observability/metrics.ts";
import { provide } from "../runtime.ts";
import { startStore } from "../store/index.ts";
import { instrument } from "./instrument.ts";
import { createRouteMatcher, loadRoutePatterns } from "./route-patterns.ts";
import { exitGracefullyOnSignals, trackRequests } from "./shutdown.ts";

export async function startServer(env: Env, options: { dev: boolean; dir: string }) {
  const logger = createLogger(env.PILLARS_LOG_LEVEL);
  const metrics = createMetrics();
  provide("env", env);
  provide("logger", logger);
  provide("metrics", metrics);

  const store = await startStore(env, logger);
  provide("store", store);
  // BETTER_AUTH_SECRET is required only where instances share a store (PostgreSQL): there they
  // must share the secret too. One instance on its own SQLite file keeps a generated secret in
  // the data dir, so that `npm start` on a fresh clone serves without any setup.
  provide("auth", startAuth(env, store, !options.dev && env.DATABASE_URL !== undefined));
  const app = next({ dev: options.dev, dir: options.dir, port: env.PORT, hostname: "localhost" });
  const [grading] = await Promise.all([
    startGrading(env, { store, metrics, logger }),
    app.prepare(),
  ]);
  provide("grading", grading);

  const routeOf = createRouteMatcher(
    loadRoutePatterns(join(options.dir, "app"), join(options.dir, "public")),
  );
  const handle = app.getRequestHandler();
  const server = createServer(
    instrument((req, res) => handle(req, res), {
      logger,
      metrics,
      routeOf,
      trustProxy: env.PILLARS_TRUST_PROXY,
    }),
  );
  const requests = trackRequests(server);
  exitGracefullyOnSignals({
    server: requests,
    drainTimeoutMs: env.PILLARS_SHUTDOWN_TIMEOUT_MS,
    logger,
    release: async () => {
      await grading.close();
      await store.close();
      await app.close();
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.PILLARS_HOST, resolve);
  });
  logger.info(
    { port: env.PORT, host: env.PILLARS_HOST, dev: options.dev, store: store.dialect },
    `pillars: listening on http://localhost:${env.PORT}`,
  );
  return server;
}
