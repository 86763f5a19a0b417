// The host side of one run's world: composes the db, cache and queue modules (world-host's)
// with the http module (outbound fetch latency), checks every argument copy before a module
// sees it, and records a span for every call learner code makes. Test-caller calls cost no
// virtual time and stay out of the trace: the trace is the learner's, hidden tests are not.
import type { Fixtures, Limits } from "../types.ts";
import { createDb } from "./db.ts";
import { createCache } from "./cache.ts";
import { createQueue } from "./queue.ts";
import { LATENCY } from "./latency.ts";
import {
  LimitError,
  WorldError,
  type Caller,
  type CallOutcome,
  type HostModule,
  type WorldDeps,
} from "./types.ts";
import { sanitize } from "./sanitize.ts";

export type ModuleName = "db" | "cache" | "queue" | "http";
const MODULES: ReadonlySet<string> = new Set(["db", "cache", "queue", "http"]);

export interface WorldHost {
  /** Runs one op; throws WorldError (learner-safe) or LimitError. */
  call(module: string, op: string, args: unknown, caller: Caller): CallOutcome;
  close(): void;
}

/** Outbound http.fetch: the route lives in the guest; the host prices the round trip. */
function createHttp(): HostModule {
  return {
    call(op, args, caller) {
      if (op !== "fetch" || caller !== "learner")
        throw new WorldError(`http.${op.slice(0, 40)} is not a function`);
      const method = typeof args[0] === "string" ? args[0].slice(0, 16) : "GET";
      const url = typeof args[1] === "string" ? args[1].slice(0, 500) : "";
      return { value: null, latencyMs: LATENCY.http, detail: `${method} ${url}` };
    },
    close() {},
  };
}

export function createWorldHost(opts: {
  fixtures: Fixtures;
  limits: Limits;
  deps: WorldDeps;
}): WorldHost {
  const { fixtures, limits, deps } = opts;
  const modules: Partial<Record<ModuleName, HostModule>> = {};
  try {
    modules.db = createDb({ sql: fixtures.sql, limits, deps });
    modules.cache = createCache({ seed: fixtures.cache, limits, deps });
    modules.queue = createQueue({ seed: fixtures.queues, limits, deps });
    modules.http = createHttp();
  } catch (error) {
    for (const m of Object.values(modules)) m.close();
    throw error;
  }
  return {
    call(module, op, args, caller) {
      if (!MODULES.has(module) || typeof op !== "string")
        throw new WorldError("unknown world call");
      const clean = sanitize(args);
      if (!Array.isArray(clean)) throw new WorldError(`${module}.${op}: arguments must be a list`);
      const target = modules[module as ModuleName]!;
      try {
        return target.call(op, clean, caller);
      } catch (error) {
        if (error instanceof WorldError || error instanceof LimitError) throw error;
        // A bug in a module, never the learner's to see: a generic message, no internals.
        throw new WorldError(`${module}.${op.slice(0, 40)} failed unexpectedly`);
      }
    },
    close() {
      for (const m of Object.values(modules)) m.close();
    },
  };
}
