import { db, cache } from "@pillars/world";

export interface Product {
  id: number;
  name: string;
  priceCents: number;
}

/** How long a cached product may be served before it is read from the database again. */
export const PRODUCT_TTL_SECONDS = 60;

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
  // TODO 1: look for productKey(id) in the cache; on a hit, return the parsed value.
  // TODO 2: on a miss, load the product from the database, store it as JSON with a
  //         TTL of PRODUCT_TTL_SECONDS, then return it.
  // TODO 3: decide what happens when the product does not exist (it must return null).
  return loadProduct(id);
}
