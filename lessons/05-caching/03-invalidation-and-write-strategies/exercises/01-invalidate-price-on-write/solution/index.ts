import { db, cache } from "@pillars/world";

export interface Product {
  id: number;
  name: string;
  priceCents: number;
}

/** Products change rarely, so reads are cached for five minutes. */
export const PRODUCT_TTL_SECONDS = 300;

export function productKey(id: number): string {
  return `product:${id}`;
}

// Cache-aside read, as built in the previous lesson.
export async function getProduct(id: number): Promise<Product | null> {
  const key = productKey(id);
  const cached = await cache.get(key);
  if (cached !== null) return JSON.parse(cached) as Product | null;

  const { rows } = await db.query<Product>(
    "SELECT id, name, price_cents AS priceCents FROM products WHERE id = $1",
    [id],
  );
  const product = rows[0] ?? null;
  await cache.set(key, JSON.stringify(product), "EX", PRODUCT_TTL_SECONDS);
  return product;
}

/**
 * Changes a product's price. Resolves to true if a product was updated, false if no product
 * has this id. A database error rejects.
 */
export async function updatePrice(id: number, priceCents: number): Promise<boolean> {
  // Database first: it is the source of truth. If this throws, we never touch the cache,
  // so readers keep seeing the price that is really in the database.
  const { rowCount } = await db.query("UPDATE products SET price_cents = $1 WHERE id = $2", [
    priceCents,
    id,
  ]);

  // Then delete rather than overwrite: the next getProduct misses and loads the committed
  // row. Deleting is safe whatever order two concurrent writers finish in; writing values
  // into the cache would let the slower writer's older price win.
  await cache.del(productKey(id));
  return rowCount > 0;
}
