import { cache, clock, db, log, type Handler, type HttpResponse } from "@pillars/world";

/** No readiness check may take longer than this; a load balancer's probe gives up soon after. */
export const CHECK_TIMEOUT_MS = 200;

/** A readiness check: resolves when the dependency answers, rejects when it does not. */
export type Check = () => Promise<unknown>;

export type CheckResult =
  | { status: "up"; durationMs: number }
  | { status: "down"; durationMs: number; error: "timeout" | "failed" };

class CheckTimeout extends Error {}

/** Settles with `work`, or rejects with CheckTimeout after `ms` virtual milliseconds. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = clock.setTimeout(() => reject(new CheckTimeout(`no answer within ${ms} ms`)), ms);
  });
  // Clear the timer either way, so finished checks leave nothing behind on the clock.
  return Promise.race([work, timeout]).finally(() => clock.clearTimeout(timer));
}

async function runCheck(name: string, check: Check, timeoutMs: number): Promise<CheckResult> {
  const startedAt = clock.now();
  try {
    // Promise.resolve().then(check): a check that throws synchronously is a failure too.
    await withTimeout(Promise.resolve().then(check), timeoutMs);
    return { status: "up", durationMs: clock.now() - startedAt };
  } catch (err) {
    const error = err instanceof CheckTimeout ? "timeout" : "failed";
    // The cause goes to our logs; the probe's answer only says which check failed, since
    // /readyz is often reachable by anyone who can reach the service.
    log.warn("readiness check failed", {
      check: name,
      error,
      cause: err instanceof Error ? err.message : String(err),
    });
    return { status: "down", durationMs: clock.now() - startedAt, error };
  }
}

const json = (status: number, body: unknown): HttpResponse => ({
  status,
  headers: { "content-type": "application/json", "cache-control": "no-store" },
  body,
});

/**
 * Builds the probe handler. /healthz answers from the process alone: if it checked the
 * database, a database outage would make the orchestrator restart every healthy instance,
 * which fixes nothing. /readyz asks "can I serve traffic right now?" and checks what this
 * instance cannot work without.
 */
export function createHealthHandler(
  checks: Record<string, Check>,
  timeoutMs: number = CHECK_TIMEOUT_MS,
): Handler {
  return async (req) => {
    if (req.method !== "GET") return json(405, { error: "method_not_allowed" });
    if (req.path === "/healthz") return json(200, { status: "ok" });
    if (req.path !== "/readyz") return json(404, { error: "not_found" });

    // In parallel: the probe takes as long as the slowest check, not the sum of all.
    const names = Object.keys(checks);
    const results = await Promise.all(
      names.map((name) => runCheck(name, checks[name]!, timeoutMs)),
    );
    const byName = Object.fromEntries(names.map((name, i) => [name, results[i]!]));
    const ready = results.every((result) => result.status === "up");
    return json(ready ? 200 : 503, { status: ready ? "ready" : "not_ready", checks: byName });
  };
}

/** The ticketing API's probes: the database and the cache. */
export const handler: Handler = createHealthHandler({
  db: () => db.query("SELECT 1"),
  cache: () => cache.get("health:probe"),
});
