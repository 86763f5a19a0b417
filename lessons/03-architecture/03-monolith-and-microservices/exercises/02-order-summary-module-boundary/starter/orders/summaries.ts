// The orders module owns the orders and order_lines tables, so it queries them directly.
// The catalog is another module: orders reaches it only through its public interface.
import { db } from "@pillars/world";
import type { Catalog } from "../catalog/index.ts";

export interface SummaryLine {
  productId: number;
  /** The catalog's current name, or null if the catalog no longer has the product. */
  name: string | null;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
}

export interface OrderSummary {
  orderId: number;
  email: string;
  lines: SummaryLine[];
  totalCents: number;
}

export interface OrderSummaries {
  /** The order with its lines in line order, or null if there is no such order. */
  summary(orderId: number): Promise<OrderSummary | null>;
}

export function createOrderSummaries(catalog: Catalog): OrderSummaries {
  void catalog;
  return {
    async summary(orderId) {
      // TODO: this JOIN reaches into the catalog's products table, so the catalog can no
      //       longer change its storage without breaking orders. Read only the orders
      //       module's own tables here, and get the names from `catalog` in one call.
      const { rows } = await db.query(
        `SELECT o.customer_email, l.product_id, l.quantity, l.unit_price_cents, p.name
           FROM orders o
           JOIN order_lines l ON l.order_id = o.id
           JOIN products p ON p.id = l.product_id
          WHERE o.id = $1
          ORDER BY l.line_no`,
        [orderId],
      );
      if (rows.length === 0) return null;
      const lines = rows.map((row) => ({
        productId: row.product_id,
        name: row.name,
        quantity: row.quantity,
        unitPriceCents: row.unit_price_cents,
        lineTotalCents: row.quantity * row.unit_price_cents,
      }));
      return {
        orderId,
        email: rows[0].customer_email,
        lines,
        totalCents: lines.reduce((sum, line) => sum + line.lineTotalCents, 0),
      };
    },
  };
}
