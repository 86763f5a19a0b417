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

async function readThroughCache(): Promise<Report> {
  const cached = await cache.get(REPORT_KEY);
  if (cached !== null) return JSON.parse(cached) as Report;

  const report = await loadReport();
  await cache.set(REPORT_KEY, JSON.stringify(report), "EX", REPORT_TTL_SECONDS);
  return report;
}

/**
 * The read in progress, shared by every caller that arrives while it runs (single-flight).
 * One process needs nothing more. With many app servers, each would still run one query per
 * expiry; a lock in Redis (`SET lock token PX 5000 NX`) is how you get one query in all.
 */
let inFlight: Promise<Report> | null = null;

export function getReport(): Promise<Report> {
  if (inFlight === null) {
    // Forget the promise once it settles, success or failure: otherwise a failed load would
    // be handed to every later caller, and a successful one would hide the TTL forever.
    inFlight = readThroughCache().finally(() => {
      inFlight = null;
    });
  }
  return inFlight;
}
