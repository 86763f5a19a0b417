// Process-wide singletons shared by server.ts and the Next.js route handlers.
//
// server.ts loads lib/ natively while Next bundles lib/ again into its server chunks, so the
// same file runs as two module instances in one process: a module-level `let store` would
// exist twice. One registry on globalThis, under a Symbol.for key, is seen by both.
import type { Env } from "./env.ts";
import { parseEnv } from "./env.ts";
import type { Logger } from "./observability/logger.ts";
import { createLogger } from "./observability/logger.ts";
import type { Metrics } from "./observability/metrics.ts";
import { createMetrics } from "./observability/metrics.ts";
import type { Store } from "./store/db.ts";
import type { GradingService } from "./grading/service.ts";
import type { Auth } from "./auth/auth.ts";

export interface Runtime {
  env: Env;
  logger: Logger;
  metrics: Metrics;
  /** Opened, migrated and seeded by server.ts before it listens. */
  store: Store;
  /** Created and warmed by server.ts before it listens. */
  grading: GradingService;
  /** better-auth over the store, created by server.ts after the store is migrated. */
  auth: Auth;
}

const KEY = Symbol.for("pillars.runtime");
type Registry = Partial<Runtime>;

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  g[KEY] ??= {};
  return g[KEY];
}

/** Sets one singleton (server.ts at start-up; tests with fakes). */
export function provide<K extends keyof Runtime>(key: K, value: Runtime[K]): void {
  registry()[key] = value;
}

/** Removes one singleton (tests; shutdown). */
export function withdraw(key: keyof Runtime): void {
  delete registry()[key];
}

// env, logger and metrics need no I/O, so they are created on first use; store and grading
// need start-up work and must have been provided.
const lazy: { [K in keyof Runtime]?: () => Runtime[K] } = {
  env: () => {
    const result = parseEnv(process.env);
    if (!result.ok) throw new Error(result.message);
    return result.env;
  },
  logger: () => createLogger(fromRuntime("env").PILLARS_LOG_LEVEL),
  metrics: () => createMetrics(),
};

export function fromRuntime<K extends keyof Runtime>(key: K): Runtime[K] {
  const reg = registry();
  const existing = reg[key];
  if (existing !== undefined) return existing as Runtime[K];
  const make = lazy[key];
  if (!make)
    throw new Error(`pillars runtime: ${key} is not started (start the app with server.ts)`);
  const value = make();
  reg[key] = value;
  return value;
}

/** The singleton if present, without creating it (readiness checks). */
export function peek<K extends keyof Runtime>(key: K): Runtime[K] | undefined {
  return registry()[key] as Runtime[K] | undefined;
}
