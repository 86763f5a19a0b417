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

// Cache-aside read, as built in the previous lesson. It works: leave it as it is.
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
  const { rowCount } = await db.query("UPDATE products SET price_cents = $1 WHERE id = $2", [
    priceCents,
    id,
  ]);
  // TODO: the database now holds the new price, but getProduct keeps serving the old one
  //       from the cache for up to five minutes. Make the next read see the new price,
  //       without slowing down reads of other products.
  return rowCount > 0;
}
