import { db, cache } from "@pillars/world";

export interface Report {
  orderCount: number;
  revenueCents: number;
}

export const REPORT_KEY = "report:sales";
export const REPORT_TTL_SECONDS = 60;

// The expensive query: in production it scans every order and takes seconds.
async function loadReport(): Promise<Report> {
  const { rows } = await db.query<Report>(
    "SELECT COUNT(*) AS orderCount, COALESCE(SUM(total_cents), 0) AS revenueCents FROM orders",
  );
  return rows[0]!;
}

/**
 * The dashboard calls this on every page view. Plain cache-aside: fine while the entry is
 * cached, but when it expires every request in flight misses at once and each one runs
 * loadReport(): a stampede.
 *
 * TODO: make concurrent callers that miss share ONE loadReport() call. Two ways work:
 *   - in-process single-flight: remember the promise of the load in progress and hand it
 *     to every caller that arrives while it runs; forget it when it settles;
 *   - a lock in the cache: `cache.set(lockKey, token, "PX", 5000, "NX")`; the winner loads,
 *     everyone else waits a little (`clock.sleep(50)`) and reads the cache again.
 * Whatever you choose, a failed load must not block or break the calls that come after it.
 */
export async function getReport(): Promise<Report> {
  const cached = await cache.get(REPORT_KEY);
  if (cached !== null) return JSON.parse(cached) as Report;

  const report = await loadReport();
  await cache.set(REPORT_KEY, JSON.stringify(report), "EX", REPORT_TTL_SECONDS);
  return report;
}
