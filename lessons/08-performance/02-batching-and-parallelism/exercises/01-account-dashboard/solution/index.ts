import { cache, db, http } from "@pillars/world";

export const LOYALTY_URL = "https://loyalty.test/points";
export const RECOMMENDATIONS_URL = "https://recs.test/recommendations";
export const CATALOG_URL = "https://catalog.test/products";
export const SUPPORT_URL = "https://support.test/tickets";

export interface Product {
  id: number;
  name: string;
  priceCents: number;
}

export interface Dashboard {
  user: { id: number; name: string; email: string };
  recentOrders: { id: number; totalCents: number; placedAt: string }[];
  unreadNotifications: number;
  loyaltyPoints: number;
  openTickets: number;
  recommendations: Product[];
}

async function getJson<T>(url: string): Promise<T> {
  const res = await http.fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return res.json<T>();
}

async function loadUser(userId: number) {
  const { rows } = await db.query("SELECT id, name, email FROM users WHERE id = $1", [userId]);
  return rows[0] ?? null;
}

async function loadRecentOrders(userId: number) {
  const { rows } = await db.query(
    `SELECT id, total_cents AS totalCents, placed_at AS placedAt
       FROM orders WHERE user_id = $1 ORDER BY placed_at DESC LIMIT 5`,
    [userId],
  );
  return rows as Dashboard["recentOrders"];
}

async function loadUnreadCount(userId: number): Promise<number> {
  return Number((await cache.get(`notifications:unread:${userId}`)) ?? 0);
}

async function loadLoyaltyPoints(userId: number): Promise<number> {
  const body = await getJson<{ points: number }>(`${LOYALTY_URL}?user=${userId}`);
  return body.points;
}

async function loadOpenTicketCount(userId: number): Promise<number> {
  const body = await getJson<{ tickets: unknown[] }>(`${SUPPORT_URL}?user=${userId}&status=open`);
  return body.tickets.length;
}

/**
 * Recommended products, ranked by the recommendation service. The product lookup depends on
 * the ids, so these two calls stay in sequence; but one request for all ids costs one round
 * trip instead of one per product.
 */
async function loadRecommendations(userId: number): Promise<Product[]> {
  const { productIds } = await getJson<{ productIds: number[] }>(
    `${RECOMMENDATIONS_URL}?user=${userId}`,
  );
  if (productIds.length === 0) return []; // no request at all beats a request for nothing
  const { products } = await getJson<{ products: Product[] }>(
    `${CATALOG_URL}?ids=${productIds.join(",")}`,
  );
  // The catalog answers in id order; the page wants the service's ranking.
  const byId = new Map(products.map((p) => [p.id, p]));
  return productIds.flatMap((id) => byId.get(id) ?? []);
}

/** Everything the account page shows, or null for an unknown user. */
export async function getDashboard(userId: number): Promise<Dashboard | null> {
  // None of these needs another's result, so they all start now: the page takes as long as
  // the slowest branch (recommendations, then products), not the sum of all of them.
  // Recommendations are a nice-to-have: if that branch fails, show none rather than fail
  // the page, which is why its error is caught here and the others' are not.
  const [user, recentOrders, unreadNotifications, loyaltyPoints, openTickets, recommendations] =
    await Promise.all([
      loadUser(userId),
      loadRecentOrders(userId),
      loadUnreadCount(userId),
      loadLoyaltyPoints(userId),
      loadOpenTicketCount(userId),
      loadRecommendations(userId).catch(() => [] as Product[]),
    ]);
  if (!user) return null;
  return {
    user: user as Dashboard["user"],
    recentOrders,
    unreadNotifications,
    loyaltyPoints,
    openTickets,
    recommendations,
  };
}
