import { cache, clock, db, http, log } from "@pillars/world";
import type { HttpRequest, HttpResponse } from "@pillars/world";

export interface Recommendation {
  id: number;
  name: string;
}

/** How long the page waits for recommendations: a slice of the page's latency budget. */
export const RECS_TIMEOUT_MS = 200;
export const RECS_URL = "https://recs.test/recommendations";

// The last good list: where to keep the recommendations from the last successful call, as a
// fallback for when the service fails. Keep it for a day.
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
 * TODO: race `work` against a timer (`clock.setTimeout`), and clear the timer once the race
 * is decided.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what = "call"): Promise<T> {
  return work;
}

async function fetchRecommendations(productId: number): Promise<Recommendation[]> {
  const res = await http.fetch(`${RECS_URL}?productId=${productId}`);
  const body = await res.json<{ items: Recommendation[] }>();
  return body.items;
}

/**
 * Recommendations for the page.
 * TODO:
 * - give the service RECS_TIMEOUT_MS, with one attempt;
 * - treat a timeout, a non-2xx answer, a network error or a body without `items` as a failure;
 * - on success, keep the list under lastGoodKey(productId) for LAST_GOOD_TTL_SECONDS;
 * - on failure, return the last good list (or []) with degraded: true. Never throw.
 */
async function recommendationsFor(
  productId: number,
): Promise<{ items: Recommendation[]; degraded: boolean }> {
  const items = await fetchRecommendations(productId);
  return { items, degraded: false };
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
