import { cache, clock, db, http, log } from "@pillars/world";
import type { HttpRequest, HttpResponse } from "@pillars/world";

export interface Recommendation {
  id: number;
  name: string;
}

/** How long the page waits for recommendations: a slice of the page's latency budget. */
export const RECS_TIMEOUT_MS = 200;
export const RECS_URL = "https://recs.test/recommendations";

// The last good list is a fallback, not a cache in front of the service: it is written on
// every success and read only when the service fails, so it may be a day old.
const LAST_GOOD_TTL_SECONDS = 24 * 60 * 60;
export const lastGoodKey = (productId: number) => `recs:last-good:${productId}`;

export class TimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms`);
    this.name = "TimeoutError";
  }
}

/**
 * Settles like `work`, or rejects with a TimeoutError after `ms` if `work` is still pending.
 * The slow call is not cancelled (http.fetch cannot be); its late answer is simply ignored.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what = "call"): Promise<T> {
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = clock.setTimeout(() => reject(new TimeoutError(what, ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    // A timer left running would fire into a settled race: harmless here, but in a real
    // server thousands of them keep memory and the process alive.
    clock.clearTimeout(timer);
  }
}

async function fetchRecommendations(productId: number): Promise<Recommendation[]> {
  const res = await http.fetch(`${RECS_URL}?productId=${productId}`);
  if (!res.ok) throw new Error(`recommendations answered ${res.status}`);
  const body = await res.json<{ items?: unknown }>();
  if (!Array.isArray(body.items)) throw new Error("recommendations answered without items");
  return body.items as Recommendation[];
}

/** Fresh recommendations, or the fallback and `degraded: true`. Never throws. */
async function recommendationsFor(
  productId: number,
): Promise<{ items: Recommendation[]; degraded: boolean }> {
  try {
    // One attempt only: the shopper is waiting, and a retry would not fit in the budget.
    const items = await withTimeout(
      fetchRecommendations(productId),
      RECS_TIMEOUT_MS,
      "recommendations",
    );
    await cache.set(lastGoodKey(productId), JSON.stringify(items), "EX", LAST_GOOD_TTL_SECONDS);
    return { items, degraded: false };
  } catch (err) {
    // Expected and handled, so a warning, not an error: the page still works.
    log.warn("recommendations unavailable, serving fallback", {
      productId,
      reason: err instanceof Error ? err.message : String(err),
    });
    return { items: await lastGood(productId), degraded: true };
  }
}

async function lastGood(productId: number): Promise<Recommendation[]> {
  try {
    const cached = await cache.get(lastGoodKey(productId));
    return cached === null ? [] : (JSON.parse(cached) as Recommendation[]);
  } catch {
    // The fallback must not become a new way to fail: with the cache down, show nothing.
    return [];
  }
}

async function loadProduct(id: number) {
  const { rows } = await db.query(
    "SELECT id, name, price_cents AS priceCents FROM products WHERE id = $1",
    [id],
  );
  return rows[0] ?? null;
}

export async function handler(req: HttpRequest): Promise<HttpResponse> {
  const match = /^\/products\/(\d+)$/.exec(req.path);
  if (req.method !== "GET" || !match) {
    return problem(404, "No such page.");
  }
  const id = Number(match[1]);
  // Both at once: the page takes as long as the slower of the two, not their sum.
  const [product, recs] = await Promise.all([loadProduct(id), recommendationsFor(id)]);
  if (!product) return problem(404, `Product ${id} does not exist.`);
  return {
    status: 200,
    headers: { "Content-Type": "application/json" },
    body: {
      product,
      recommendations: recs.items,
      degraded: recs.degraded ? ["recommendations"] : [],
    },
  };
}

function problem(status: number, detail: string): HttpResponse {
  return {
    status,
    headers: { "Content-Type": "application/problem+json" },
    body: { type: "about:blank", title: "Not Found", status, detail },
  };
}
