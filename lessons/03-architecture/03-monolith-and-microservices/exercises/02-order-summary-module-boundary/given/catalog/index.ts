// The catalog module's public interface: the only part of the catalog other modules may use.
// Its tables (products) are its own business; the catalog team may rename or split them.
import { db } from "@pillars/world";

export interface ProductName {
  id: number;
  name: string;
}

export interface Catalog {
  /** Names of the products with these ids, in one call. Unknown ids are simply absent. */
  productNames(ids: number[]): Promise<ProductName[]>;
}

export const catalog: Catalog = {
  async productNames(ids) {
    if (ids.length === 0) return [];
    const placeholders = ids.map((_, i) => `$${i + 1}`).join(", ");
    const { rows } = await db.query<ProductName>(
      `SELECT id, name FROM products WHERE id IN (${placeholders})`,
      ids,
    );
    return rows;
  },
};
