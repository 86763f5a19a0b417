import { cache, clock, db, type Handler, type HttpResponse } from "@pillars/world";

/** No readiness check may take longer than this; a load balancer's probe gives up soon after. */
export const CHECK_TIMEOUT_MS = 200;

/** A readiness check: resolves when the dependency answers, rejects when it does not. */
export type Check = () => Promise<unknown>;

export type CheckResult =
  | { status: "up"; durationMs: number }
  | { status: "down"; durationMs: number; error: "timeout" | "failed" };

const json = (status: number, body: unknown): HttpResponse => ({
  status,
  headers: { "content-type": "application/json", "cache-control": "no-store" },
  body,
});

/** Builds the probe handler: GET /healthz (alive?) and GET /readyz (ready for traffic?). */
export function createHealthHandler(
  checks: Record<string, Check>,
  timeoutMs: number = CHECK_TIMEOUT_MS,
): Handler {
  return async (req) => {
    if (req.method !== "GET") return json(405, { error: "method_not_allowed" });
    if (req.path !== "/healthz" && req.path !== "/readyz") return json(404, { error: "not_found" });

    // TODO 1: /healthz must not depend on the database or the cache: answer
    //         200 { status: "ok" } straight away.

    // TODO 2: run the checks in parallel, not one after the other.
    // TODO 3: give each check at most `timeoutMs` virtual ms (clock.setTimeout), and report a
    //         slow one as { status: "down", error: "timeout" }.
    // TODO 4: a check that fails is { status: "down", error: "failed" }: log the cause with
    //         log.warn, but never put the error message in the response.
    const results: Record<string, unknown> = {};
    for (const [name, check] of Object.entries(checks)) {
      const startedAt = clock.now();
      try {
        await check();
        results[name] = { status: "up", durationMs: clock.now() - startedAt };
      } catch (err) {
        return json(500, { status: "error", error: String(err) });
      }
    }
    const ready = Object.values(results).every((r) => (r as CheckResult).status === "up");
    return json(ready ? 200 : 503, { status: ready ? "ready" : "not_ready", checks: results });
  };
}

/** The ticketing API's probes: the database and the cache. */
export const handler: Handler = createHealthHandler({
  db: () => db.query("SELECT 1"),
  cache: () => cache.get("health:probe"),
});
