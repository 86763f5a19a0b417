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

interface LineRow {
  product_id: number;
  quantity: number;
  unit_price_cents: number;
}

export function createOrderSummaries(catalog: Catalog): OrderSummaries {
  return {
    async summary(orderId) {
      // Only the orders module's own tables. The price comes from the line, not the catalog:
      // it is what the customer paid, and must not change when the catalog's price does.
      const { rows: orders } = await db.query<{ customer_email: string }>(
        "SELECT customer_email FROM orders WHERE id = $1",
        [orderId],
      );
      const order = orders[0];
      if (!order) return null;
      const { rows } = await db.query<LineRow>(
        `SELECT product_id, quantity, unit_price_cents FROM order_lines
          WHERE order_id = $1 ORDER BY line_no`,
        [orderId],
      );

      // One call across the boundary for all lines, not one per line: if the catalog becomes a
      // service one day, a call per line would be an N+1 over the network.
      const ids = [...new Set(rows.map((row) => row.product_id))];
      const names = new Map((await catalog.productNames(ids)).map((p) => [p.id, p.name]));

      const lines = rows.map((row) => ({
        productId: row.product_id,
        name: names.get(row.product_id) ?? null,
        quantity: row.quantity,
        unitPriceCents: row.unit_price_cents,
        lineTotalCents: row.quantity * row.unit_price_cents,
      }));
      return {
        orderId,
        email: order.customer_email,
        lines,
        totalCents: lines.reduce((sum, line) => sum + line.lineTotalCents, 0),
      };
    },
  };
}
