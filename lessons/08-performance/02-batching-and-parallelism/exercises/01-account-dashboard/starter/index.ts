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

/** Everything the account page shows, or null for an unknown user. */
export async function getDashboard(userId: number): Promise<Dashboard | null> {
  // TODO 1: each await below waits for the previous one, yet none of these calls needs
  //         another's result. Start them together so the page takes as long as the slowest.
  const users = await db.query("SELECT id, name, email FROM users WHERE id = $1", [userId]);
  const user = users.rows[0];
  if (!user) return null;

  const orders = await db.query(
    `SELECT id, total_cents AS totalCents, placed_at AS placedAt
       FROM orders WHERE user_id = $1 ORDER BY placed_at DESC LIMIT 5`,
    [userId],
  );
  const unread = Number((await cache.get(`notifications:unread:${userId}`)) ?? 0);
  const loyalty = await getJson<{ points: number }>(`${LOYALTY_URL}?user=${userId}`);
  const support = await getJson<{ tickets: unknown[] }>(
    `${SUPPORT_URL}?user=${userId}&status=open`,
  );

  // TODO 2: one catalog request per product. The catalog accepts several ids at once
  //         (?ids=12,3,40): ask once, and keep the order the recommendation service ranked.
  // TODO 3: when the recommendation service fails, the page should still load, without
  //         recommendations.
  const recs = await getJson<{ productIds: number[] }>(`${RECOMMENDATIONS_URL}?user=${userId}`);
  const recommendations: Product[] = [];
  for (const id of recs.productIds) {
    const { products } = await getJson<{ products: Product[] }>(`${CATALOG_URL}?ids=${id}`);
    recommendations.push(...products);
  }

  return {
    user: user as Dashboard["user"],
    recentOrders: orders.rows as Dashboard["recentOrders"],
    unreadNotifications: unread,
    loyaltyPoints: loyalty.points,
    openTickets: support.tickets.length,
    recommendations,
  };
}
