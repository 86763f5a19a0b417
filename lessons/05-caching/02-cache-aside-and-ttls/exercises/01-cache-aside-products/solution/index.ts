import { db, cache } from "@pillars/world";

export interface Product {
  id: number;
  name: string;
  priceCents: number;
}

/** How long a cached product may be served before it is read from the database again. */
export const PRODUCT_TTL_SECONDS = 60;

/**
 * Misses are cached too (negative caching), so a crawler asking for ids that do not exist
 * cannot send every request to the database. Shorter than the product TTL, because a product
 * created a moment later should appear soon.
 */
const MISSING_TTL_SECONDS = 10;

/** The cache key for one product, e.g. `product:42`. */
export function productKey(id: number): string {
  return `product:${id}`;
}

// The slow path that the cache protects: one query per call.
async function loadProduct(id: number): Promise<Product | null> {
  const { rows } = await db.query<Product>(
    "SELECT id, name, price_cents AS priceCents FROM products WHERE id = $1",
    [id],
  );
  return rows[0] ?? null;
}

export async function getProduct(id: number): Promise<Product | null> {
  const key = productKey(id);

  // `get` answers null only when the key is absent. A cached miss is stored as the JSON text
  // "null", which is a hit that parses back to null: no second query for it.
  const cached = await cache.get(key);
  if (cached !== null) return JSON.parse(cached) as Product | null;

  const product = await loadProduct(id);
  // JSON keeps the types (priceCents stays a number); the TTL bounds how stale a hit can be.
  const ttl = product ? PRODUCT_TTL_SECONDS : MISSING_TTL_SECONDS;
  await cache.set(key, JSON.stringify(product), "EX", ttl);
  return product;
}
